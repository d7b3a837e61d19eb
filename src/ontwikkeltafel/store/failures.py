"""Why the database could not be used, said so a person can act on it.

A driver's error text quotes its statement, and SQLAlchemy adds the statement's
values unless told not to: record contents (people's names and addresses) in a
message or a log. A :class:`StoreUnavailable` names only the kind of failure and the
database, and says what to do: another program holds the write lock (``db.locked``),
the file or folder cannot be written (``db.read_only``), the disk is full
(``db.disk_full``), the server went away (``db.connection_lost``), or a page of the
file is damaged (``db.damaged_page``: SQLite's "database disk image is malformed", or
a stored text that is no UTF-8).
"""

import errno
import sqlite3
import sys
from typing import TYPE_CHECKING, Final

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.location import url_display

if TYPE_CHECKING:  # the quick commands read SQLite files without loading SQLAlchemy
    from sqlalchemy.engine import URL

LOCKED: Final = "db.locked"
READ_ONLY: Final = "db.read_only"
DISK_FULL: Final = "db.disk_full"
CONNECTION_LOST: Final = "db.connection_lost"
DAMAGED: Final = "db.damaged_page"
TRANSIENT: Final = frozenset({LOCKED, CONNECTION_LOST})

SQLITE_CODES: Final = {
    sqlite3.SQLITE_BUSY: LOCKED,
    sqlite3.SQLITE_LOCKED: LOCKED,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
}
# What Python's sqlite3 says of a stored text that is no UTF-8 (it has no SQLite code).
UNDECODABLE: Final = "Could not decode to UTF-8"
# Extended codes that say more than their primary code: SQLite could not grow the WAL
# index (-shm) because the disk had no room for it.
SQLITE_EXTENDED_CODES: Final = {sqlite3.SQLITE_IOERR_SHMSIZE: DISK_FULL}
# PostgreSQL's SQLSTATEs; class 08 (connection exception) is connection lost too.
SQLSTATES: Final = {
    "53100": DISK_FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction (a standby server)
    "55P03": LOCKED,  # lock_not_available
    "40P01": LOCKED,  # deadlock_detected
    "40001": LOCKED,  # serialization_failure
    "57P01": CONNECTION_LOST,  # admin_shutdown
    "57P02": CONNECTION_LOST,  # crash_shutdown
    "57P03": CONNECTION_LOST,  # cannot_connect_now
    "57014": CONNECTION_LOST,  # query_canceled: the window's statement timeout (store.engine)
}
ERRNOS: Final = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}


class StoreUnavailable(UserError):
    """The database cannot be used now: locked, read-only, full, out of reach, or damaged.

    ``transient`` is True when trying again soon may work (locked, connection lost).
    """

    def __init__(self, key: str, where: str) -> None:
        """Failure ``key`` (one of the five) of the database named ``where``."""
        super().__init__(key, where=where)
        self.where = where
        self.transient = key in TRANSIENT


def where_of(url: "URL") -> str:
    """How a message names the database at ``url``: its file, or the URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url_display(url)  # the password masked, in the query too


def classify(exc: BaseException, where: str) -> StoreUnavailable | None:
    """The :class:`StoreUnavailable` that ``exc`` amounts to, or None for any other failure.

    Understands SQLAlchemy's DBAPI errors, sqlite3 and psycopg errors and OSErrors.
    """
    if isinstance(exc, StoreUnavailable):
        return exc
    key = failure_key(exc)
    return None if key is None else StoreUnavailable(key, where)


def failure_key(exc: BaseException) -> str | None:
    """Which of the five failures ``exc`` is, if any."""
    if "sqlalchemy.exc" in sys.modules and _is_dbapi_error(exc):
        orig = getattr(exc, "orig", None)
        key = None if orig is None else failure_key(orig)
        lost = getattr(exc, "connection_invalidated", False)
        if key is None and lost and not isinstance(orig, sqlite3.Error):
            key = CONNECTION_LOST  # SQLAlchemy saw the server connection go
        return key
    if isinstance(exc, sqlite3.Error):
        if str(exc).startswith(UNDECODABLE):
            return DAMAGED  # a stored text that is no UTF-8: the app writes none
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return None
        return SQLITE_EXTENDED_CODES.get(code) or SQLITE_CODES.get(code & 0xFF)
    if type(exc).__module__.partition(".")[0] == "psycopg":
        return _psycopg_key(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return ERRNOS.get(exc.errno)
    return None


def _is_dbapi_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLAlchemy's wrapper of a driver's error (only once it is loaded)."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError)


def _psycopg_key(exc: BaseException) -> str | None:
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate:
        return SQLSTATES.get(sqlstate) or (CONNECTION_LOST if sqlstate[:2] == "08" else None)
    # No SQLSTATE: the client lost the server (closed, reset, unreachable).
    names = {cls.__name__ for cls in type(exc).__mro__}
    return CONNECTION_LOST if "OperationalError" in names else None

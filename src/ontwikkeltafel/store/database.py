"""Open a database safely: refuse what is not ours or too new, back up, migrate, then connect."""

import errno
import logging
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.preferences import os_user_name
from ontwikkeltafel.store.backup import backup_folder, backup_sqlite
from ontwikkeltafel.store.failures import (
    DISK_FULL,
    READ_ONLY,
    StoreUnavailable,
    classify,
)
from ontwikkeltafel.store.inspect_file import FileState, inspect_sqlite_file, unwritable_part
from ontwikkeltafel.store.location import DatabaseLocation
from ontwikkeltafel.store.plain import Plain, connect_sqlite, sqlite_transaction
from ontwikkeltafel.store.revision import SCHEMA_REVISION, SCRIPT_LOCATION, UPGRADE_LOCK_KEY

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
_MAX_PAGE = 65536  # SQLite's largest page size
_BUSY_TIMEOUT_MS = 5000  # store.engine.BUSY_TIMEOUT_MS, known without loading SQLAlchemy


class Database:
    """An open database: its location, engine and the factory of sessions for services.

    A SQLite file's engine (and SQLAlchemy with it) is made when first used: a command
    that only reads or writes plain SQL (:meth:`plain`) never loads it.
    """

    def __init__(
        self,
        location: DatabaseLocation,
        engine: "Engine | None" = None,
        backup_path: Path | None = None,
        *,
        busy_timeout_ms: int | None = None,
    ) -> None:
        """The database at ``location``; ``engine`` made already, or made when first asked."""
        self.location = location
        self.backup_path = backup_path
        self.busy_timeout_ms = busy_timeout_ms
        self.author = ""
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> "Engine":
        """The SQLAlchemy engine (made on first use for a SQLite file)."""
        if self._engine is None:
            from ontwikkeltafel.store.engine import make_engine

            self._engine = make_engine(self.location, self.busy_timeout_ms)
        return self._engine

    @property
    def session_factory(self) -> "sessionmaker[Session]":
        """Sessions for the services, whose changes go into the history."""
        if self._sessions is None:
            from ontwikkeltafel.store.engine import make_session_factory
            from ontwikkeltafel.store.history import set_author

            self._sessions = make_session_factory(self.engine)
            if self.author:
                set_author(self._sessions, self.author)
        return self._sessions

    def set_author(self, name: str) -> None:
        """Make ``name`` the author of what is written from now on (the history's "by")."""
        self.author = name.strip() or os_user_name()
        if self._sessions is not None:
            from ontwikkeltafel.store.history import set_author

            set_author(self._sessions, self.author)

    def plain(self, *, write: bool = False) -> AbstractContextManager[Plain]:
        """A :class:`Plain` in one transaction (on a file: sqlite3 itself), committed at the end."""
        path = self.location.sqlite_path
        if path is None:
            return self._engine_plain(write)
        timeout = _BUSY_TIMEOUT_MS if self.busy_timeout_ms is None else self.busy_timeout_ms
        author = self.author or os_user_name()
        return sqlite_transaction(path, timeout, write=write, author=author)

    @contextmanager
    def _engine_plain(self, write: bool) -> Iterator[Plain]:
        from ontwikkeltafel.store.plain import session_plain

        with session_plain(self.session_factory, write=write) as plain:
            yield plain

    def close(self) -> None:
        """Release every connection (and so the SQLite WAL files)."""
        if self._engine is not None:
            self._engine.dispose()


def _check_revision(revision: str | None, has_tables: bool, where: str, scripts: str) -> bool:
    """Whether the database needs an upgrade; raise for a foreign or too new one."""
    if revision is None:
        if has_tables:
            raise UserError("db.foreign", path=where)
        return True
    if revision == SCHEMA_REVISION and scripts == SCRIPT_LOCATION:
        return False
    from ontwikkeltafel.store.migrate import head_revision, is_known_revision

    if not is_known_revision(revision, scripts):
        raise UserError("db.too_new", path=where, revision=revision)
    return revision != head_revision(scripts)


def _upgrade(engine: "Engine", scripts: str, new: bool = False) -> None:
    """Bring the database to the newest revision; a ``new`` one gets the schema at once.

    A new, empty database is made without Alembic (store.creation), under the same lock
    an upgrade takes; if another process filled it in the meantime, Alembic takes over.
    """
    if new and scripts == SCRIPT_LOCATION:
        from ontwikkeltafel.store.creation import create_schema, is_empty
        from ontwikkeltafel.store.engine import WRITE_OPTION

        with engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})  # SQLite: BEGIN IMMEDIATE
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})")
                if is_empty(connection):
                    create_schema(connection)
                    log.info("made a new database at revision %s", SCHEMA_REVISION)
                    return
    from ontwikkeltafel.store.migrate import upgrade_to_head

    upgrade_to_head(engine, scripts)


def _cannot_write(path: Path) -> StoreUnavailable | None:
    """Whether the existing file ``path``, or its folder, refuses to be written.

    Asked only after SQLite failed to open it: whether the file, its ``-wal`` and
    ``-shm`` may be written, then opening the file for writing and making (and removing)
    a file beside it, as SQLite must for its ``-wal`` and ``-shm``.
    """
    unwritable = unwritable_part(path)
    if unwritable is not None:
        return StoreUnavailable(READ_ONLY, str(unwritable))
    try:
        os.close(os.open(path, os.O_RDWR))
        with tempfile.TemporaryFile(dir=path.parent, prefix=".ontwikkeltafel-"):
            pass
    except OSError as exc:
        return classify(exc, str(path))
    return None


def _unavailable(path: Path, exc: BaseException, exists: bool) -> StoreUnavailable | None:
    """What SQLite failing to open or write ``path`` amounts to, if it is one of the four."""
    failure = classify(exc, str(path))
    if failure is None and exists and isinstance(getattr(exc, "orig", exc), sqlite3.Error):
        failure = _cannot_write(path)
    return failure


def _refuse_what_is_no_file(path: Path) -> None:
    """Refuse a FIFO, a device or a socket before anything opens it: reading one may block.

    A folder is left to :func:`inspect_sqlite_file`, which names it as one.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (or not to be looked at): the look that follows says which
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise UserError("db.not_a_file", path=path)


def _remove_unmade(path: Path) -> None:
    """Take away what making a new database on a full disk left: the file, its -wal and -shm.

    Only while they hold no database: a file of at most one page (the schema takes many)
    and a -wal without frames; so never one another process made there meanwhile.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return
        if path.exists() and path.stat().st_size > _MAX_PAGE:
            return
        for part in (path, wal, shm):
            part.unlink(missing_ok=True)
    except OSError:
        log.warning("cannot remove the unmade database %s", path, exc_info=True)


def _look(path: Path) -> FileState:
    """The file's state; a file SQLite cannot open beside a read-only folder says so."""
    _refuse_what_is_no_file(path)
    try:
        return inspect_sqlite_file(path)
    except UserError as exc:
        cause = exc.__cause__
        if exc.key != "db.cannot_read" or not isinstance(cause, sqlite3.Error):
            raise
        failure = _unavailable(path, cause, exists=True)
        if failure is None:
            raise
        raise failure from cause


def _open_sqlite(location: DatabaseLocation, scripts: str, busy_timeout_ms: int | None) -> Database:
    path = location.sqlite_path
    assert path is not None
    state = _look(path)
    needs_upgrade = _check_revision(state.revision, state.has_tables, str(path), scripts)
    backup_path = None
    if needs_upgrade and state.revision is not None:
        folder = backup_folder(path)
        try:
            backup_path = backup_sqlite(path, folder, state.revision)
        except (OSError, sqlite3.Error) as exc:
            failure = classify(exc, str(folder))
            if failure is None:
                raise
            raise failure from exc
        log.info("backed up %s to %s before upgrading", path, backup_path)
    if not state.exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StoreUnavailable(DISK_FULL, str(path)) from exc
            raise UserError("db.cannot_create", path=path, reason=exc.strerror or exc) from exc
    if not needs_upgrade:
        _try_sqlite(path, busy_timeout_ms)
        return Database(location, busy_timeout_ms=busy_timeout_ms)
    if not state.has_tables and scripts == SCRIPT_LOCATION and _made_sqlite(path, busy_timeout_ms):
        return Database(location, busy_timeout_ms=busy_timeout_ms)
    from sqlalchemy.exc import SQLAlchemyError

    from ontwikkeltafel.store.engine import make_engine

    engine = make_engine(location, busy_timeout_ms)
    try:
        _upgrade(engine, scripts, new=not state.has_tables)
    except (SQLAlchemyError, sqlite3.Error, StoreUnavailable) as exc:
        engine.dispose()
        _refuse_open(path, exc, state.exists)
    return Database(location, engine, backup_path, busy_timeout_ms=busy_timeout_ms)


def _made_sqlite(path: Path, busy_timeout_ms: int | None) -> bool:
    """Give the new, empty file the newest schema with sqlite3 alone (store.sqlite_schema).

    Under the write lock, as an upgrade takes it; False when another process made the
    schema first (then the usual way checks and, if need be, upgrades what it made).
    """
    from ontwikkeltafel.store.sqlite_schema import STATEMENTS

    timeout = _BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    try:
        connection = connect_sqlite(path, timeout)
        try:
            connection.execute("BEGIN IMMEDIATE")
            if connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None:
                connection.execute("ROLLBACK")
                return False
            for statement in STATEMENTS:
                connection.execute(statement)
            connection.execute("INSERT INTO alembic_version VALUES (?)", (SCHEMA_REVISION,))
            connection.execute("COMMIT")
        finally:
            connection.close()  # an open transaction is rolled back with it
    except (sqlite3.Error, StoreUnavailable) as exc:
        _refuse_open(path, exc, exists=False)
    log.info("made a new database at revision %s", SCHEMA_REVISION)
    return True


def _try_sqlite(path: Path, busy_timeout_ms: int | None) -> None:
    """Open the current file once as the app will (WAL, pragmas), without SQLAlchemy."""
    timeout = _BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    try:
        connect_sqlite(path, timeout).close()
    except (sqlite3.Error, StoreUnavailable) as exc:
        _refuse_open(path, exc, exists=True)


def _refuse_open(path: Path, exc: BaseException, exists: bool) -> NoReturn:
    """Raise what failing to open (or make) the file ``path`` amounts to, for a person."""
    log.exception("cannot open %s", path)
    failure = _unavailable(path, exc, exists)
    if failure is not None and failure.key == DISK_FULL and not exists:
        _remove_unmade(path)
    if failure is not None:
        if failure is exc:
            raise failure
        raise failure from exc
    key = "db.cannot_create" if not exists else "db.cannot_open"
    raise UserError(key, path=path, reason=getattr(exc, "orig", exc)) from exc


def _open_server(location: DatabaseLocation, scripts: str, busy_timeout_ms: int | None) -> Database:
    """Connect to a server whose schema is ready; never make or migrate it (store.shared_setup).

    An empty database is refused with the ``init`` its owner must run, an out-of-date one
    with the ``upgrade``: the app's role may have only the rights to read and write data.
    """
    from ontwikkeltafel.store.engine import make_engine
    from ontwikkeltafel.store.shared_setup import read_schema, refuse_unready, server_errors

    engine = make_engine(location, busy_timeout_ms)
    try:
        with server_errors(location), engine.connect() as connection:
            schema = read_schema(connection, location)
        refuse_unready(location, schema, scripts)
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine, busy_timeout_ms=busy_timeout_ms)


def open_database(
    location: DatabaseLocation,
    scripts: str = SCRIPT_LOCATION,
    *,
    busy_timeout_ms: int | None = None,
) -> Database:
    """Open the database at ``location``: a SQLite file is made or upgraded when needed.

    A server's schema is made and upgraded by its owner (``init``, ``upgrade``:
    store.shared_setup); an empty or out-of-date one is refused, saying who must act.

    A file that is not a database, a foreign database, or one made by a newer
    version of the app is refused with a UserError and left untouched; one that is
    locked, read-only or on a full disk with a StoreUnavailable. ``busy_timeout_ms``
    is how long a SQLite connection waits for another process's lock (default 5 s).
    """
    if location.sqlite_path is not None:
        return _open_sqlite(location, scripts, busy_timeout_ms)
    return _open_server(location, scripts, busy_timeout_ms)

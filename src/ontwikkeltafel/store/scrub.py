"""Making data a transaction removed unrecoverable from the database's own files (AVG).

A deleted or rewritten row leaves its old bytes behind: in free pages and cells of the
SQLite file, in its write-ahead log, in the search index's segments (FTS5 keeps a deleted
entry's words until its segments are merged), and in PostgreSQL's dead tuples. After an
erasure, an anonymisation or a retention clean-up :func:`scrub` removes them: on SQLite
the search index is built anew, ``secure_delete`` zeroes what is freed, ``VACUUM`` writes
the file anew and the log is checkpointed and truncated; on PostgreSQL the touched tables
are vacuumed (server backups and WAL archives keep old data until they expire: README).
"""

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ontwikkeltafel.store.search_schema import SQLITE_HASH_SIZE, SQLITE_PREFIX, sqlite_rebuild

log = logging.getLogger(__name__)

#: The search index's own tables on PostgreSQL, vacuumed with every scrub.
_PG_SEARCH = ("search.search_index",)

#: Whether this role may vacuum a table (its owner, a member of that role, or a superuser).
_OWNED = (
    "SELECT pg_has_role(current_user, c.relowner, 'USAGE') "
    "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
    "pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = to_regclass(%s)"
)

#: How long VACUUM FULL waits for another session's lock before giving up (PostgreSQL).
PG_LOCK_TIMEOUT = "10s"


@dataclass(frozen=True)
class Scrubbed:
    """What a scrub did: ``complete`` False when it could not finish (``problem`` says why).

    ``log_truncated`` False: another program kept SQLite's log in use, so it holds old pages.
    ``not_owned``: tables this role may not vacuum (PostgreSQL: only their ``owner`` may), left
    as they were; their old bytes stay until the owner runs ``VACUUM (FULL)`` on them.
    """

    complete: bool
    log_truncated: bool
    problem: str = ""
    not_owned: tuple[str, ...] = ()
    owner: str = ""


def scrub(engine: Engine, tables: Iterable[str]) -> Scrubbed:
    """Remove the old bytes of what was deleted or rewritten in ``tables`` (their names).

    Runs outside any transaction (VACUUM cannot run in one); the rows themselves must have
    been changed and committed already.
    """
    try:
        if engine.dialect.name == "sqlite":
            return _scrub_sqlite(engine)
        not_owned, owner = _vacuum_postgresql(engine, tables)
        if not_owned:
            log.warning("scrub not finished: %d tables belong to another role", len(not_owned))
            return Scrubbed(False, log_truncated=True, not_owned=not_owned, owner=owner)
    except (DBAPIError, sqlite3.Error) as exc:
        # The change itself is committed; what is left is wiping the old bytes.
        problem = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        log.warning("scrub not finished: %s", problem)
        return Scrubbed(complete=False, log_truncated=False, problem=problem)
    return Scrubbed(complete=True, log_truncated=True)


def _scrub_sqlite(engine: Engine) -> Scrubbed:
    with engine.begin() as connection:
        # A new FTS5 table: the old one's segments (deleted words included) are dropped.
        for statement in sqlite_rebuild(SQLITE_PREFIX, SQLITE_HASH_SIZE):
            connection.exec_driver_sql(statement)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete=ON")
        try:
            # The file written anew, page by page, without free pages or old cells.
            cursor.execute("VACUUM")
            busy, _pages, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            cursor.execute("PRAGMA secure_delete=OFF")
            cursor.close()
    finally:
        raw.close()
    truncated = not busy
    return Scrubbed(complete=truncated, log_truncated=truncated)


def _vacuum_postgresql(engine: Engine, tables: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """VACUUM FULL the tables this role owns; the others' names and their owner.

    PostgreSQL passes over a table of another role with a warning only, so which ones
    this role may vacuum is asked first (the app's own role owns none: README).
    """
    names = sorted(set(tables)) + list(_PG_SEARCH)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
        not_owned: list[str] = []
        owner = ""
        for name in names:
            row = connection.exec_driver_sql(_OWNED, (name,)).one()
            if not row[0]:
                not_owned.append(name)
                owner = owner or str(row[1])
        for name in names:
            if name in not_owned:
                continue
            schema, _dot, table = name.rpartition(".")
            quoted = f'"{schema}"."{table}"' if schema else f'"{table}"'
            # FULL: the table written anew, so dead rows' bytes leave the data files.
            connection.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {quoted}")
    return tuple(not_owned), owner

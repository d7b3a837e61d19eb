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

#: How long VACUUM FULL waits for another session's lock before giving up (PostgreSQL).
PG_LOCK_TIMEOUT = "10s"


@dataclass(frozen=True)
class Scrubbed:
    """What a scrub did: ``complete`` False when it could not finish (``problem`` says why).

    ``log_truncated`` False: another program kept SQLite's log in use, so it holds old pages.
    """

    complete: bool
    log_truncated: bool
    problem: str = ""


def scrub(engine: Engine, tables: Iterable[str]) -> Scrubbed:
    """Remove the old bytes of what was deleted or rewritten in ``tables`` (their names).

    Runs outside any transaction (VACUUM cannot run in one); the rows themselves must have
    been changed and committed already.
    """
    try:
        if engine.dialect.name == "sqlite":
            return _scrub_sqlite(engine)
        _vacuum_postgresql(engine, tables)
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


def _vacuum_postgresql(engine: Engine, tables: Iterable[str]) -> None:
    names = sorted(set(tables)) + list(_PG_SEARCH)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
        for name in names:
            schema, _dot, table = name.rpartition(".")
            quoted = f'"{schema}"."{table}"' if schema else f'"{table}"'
            # FULL: the table written anew, so dead rows' bytes leave the data files.
            connection.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {quoted}")

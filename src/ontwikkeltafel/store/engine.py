"""Engines and session factories; SQLite gets WAL, foreign keys, a busy timeout and real BEGINs."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "ontwikkeltafel_writes"


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every connection, and let SQLAlchemy (not pysqlite) open transactions.

    pysqlite only begins a transaction before DML, so DDL in a migration would
    autocommit; emitting BEGIN ourselves makes migrations and imports atomic.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # The busy timeout first: another process creating or recovering the file holds
        # a lock that switching to WAL must wait for, not fail on at once.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: every autosaved edit is on disk when its commit returns, so a power cut
        # loses at most the input typed since (NORMAL may roll back recent commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes the write lock at once: a read-then-write transaction that
        # finds another writer in between fails at once, past any busy timeout.
        writes = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(location: DatabaseLocation) -> Engine:
    """An engine for the location, configured for the app."""
    if location.url.get_backend_name() == "sqlite":
        engine = create_engine(location.url)
        _configure_sqlite(engine)
        return engine
    try:
        return create_engine(location.url, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise UserError("db.no_driver", url=location.display, reason=exc) from exc


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction that will write: committed at the end, else rolled back."""
    with sessions() as session, session.begin():
        session.connection(execution_options={WRITE_OPTION: True})
        yield session


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action each; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)

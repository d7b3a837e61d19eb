"""Engines and session factories; SQLite gets WAL, foreign keys, a busy timeout and real BEGINs.

PostgreSQL gets a connect timeout and TCP keepalives, and for the window's transactions a
lock wait limit (writes), a statement timeout and a client-side limit on every wait for the
server's answer, so that a hanging server never freezes the window.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store import folding, history
from ontwikkeltafel.store.failures import classify, where_of
from ontwikkeltafel.store.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "ontwikkeltafel_writes"
# How long a write waits for another program's lock, per engine (execution option): the
# window's writes run on its thread, so they wait briefly and are tried again later.
WRITE_WAIT_OPTION = "ontwikkeltafel_write_wait_ms"
# How long connecting to a PostgreSQL server may take: a lost server is reported
# (db.connection_lost) after this, not after TCP gives up (minutes).
PG_CONNECT_TIMEOUT_S = 5
# How long one statement of the window's may run on PostgreSQL (the engines that carry a
# WRITE_WAIT_OPTION: the window's); past it the server cancels it (57014) and it fails as a
# lost connection: autosave keeps the input and tries again. A save touches one record and
# takes milliseconds: 5 s (the connect timeout's length) is a server that does not answer.
# A list may read 20,000 actions or search the whole database (benchmarks: under 100 ms),
# on a loaded server far longer: 15 s. The command line (imports, exports, migrations)
# has no statement timeout: its long statements are its work.
PG_WRITE_STATEMENT_TIMEOUT_MS = 5000
PG_READ_STATEMENT_TIMEOUT_MS = 15000
# The statement timeout is the server's own: a server that stops answering (its processes
# stopped, a cable pulled, packets dropped) never sends it. The client gives up waiting for
# an answer this long after the statement timeout, closes the connection and reports it
# lost (db.connection_lost): autosave keeps the input and tries again.
PG_ANSWER_MARGIN_MS = 1000
# A connection the network silently dropped is noticed by TCP keepalives within
# idle + interval x count seconds; unacknowledged data is given up after the user timeout.
PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    """Pragmas and the fold (store.folding) on every connection; SQLAlchemy opens transactions.

    pysqlite only begins a transaction before DML, so DDL in a migration would
    autocommit; emitting BEGIN ourselves makes migrations and imports atomic.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        record.info["busy_timeout"] = busy_timeout_ms
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # The busy timeout first: another process creating or recovering the file holds
        # a lock that switching to WAL must wait for, not fail on at once.
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: every autosaved edit is on disk when its commit returns, so a power cut
        # loses at most the input typed since (NORMAL may roll back recent commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()
        folding.register(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes the write lock at once: a read-then-write transaction that
        # finds another writer in between fails at once, past any busy timeout.
        options = connection.get_execution_options()
        writes = options.get(WRITE_OPTION)
        wait = options.get(WRITE_WAIT_OPTION) if writes else None
        if wait is None:  # not asked for, or taken off again (without_write_wait)
            wait = busy_timeout_ms
        info = connection.connection.info  # the pooled DBAPI connection's own
        if info.get("busy_timeout") != wait:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
            info["busy_timeout"] = wait
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    """A write with :data:`WRITE_WAIT_OPTION` waits at most that long for a lock.

    ``SET LOCAL lock_timeout`` lasts for the transaction: a row lock another session
    holds longer makes the write fail with 55P03 (``db.locked``, transient) instead of
    waiting for as long as that session keeps it. Every transaction of an engine with that
    option (the window's, reads too) gets a statement timeout as well (one round trip for
    both): :data:`PG_WRITE_STATEMENT_TIMEOUT_MS` for a write, else
    :data:`PG_READ_STATEMENT_TIMEOUT_MS`. Other transactions wait as before.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        from ontwikkeltafel.store.answering import answering

        answering(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        wait = options.get(WRITE_WAIT_OPTION)
        writes = bool(options.get(WRITE_OPTION))
        limit = PG_WRITE_STATEMENT_TIMEOUT_MS if writes else PG_READ_STATEMENT_TIMEOUT_MS
        driver = connection.connection.dbapi_connection
        # The window's own: a server that does not answer within the limit is lost. The
        # command line and work in the background wait as long as their work takes.
        driver.answer_within_s = None if wait is None else (limit + PG_ANSWER_MARGIN_MS) / 1000
        if wait is None:
            return
        if writes:
            connection.exec_driver_sql(
                f"SELECT set_config('lock_timeout', '{int(wait)}ms', true), "
                f"set_config('statement_timeout', '{PG_WRITE_STATEMENT_TIMEOUT_MS}ms', true)"
            )
        else:
            connection.exec_driver_sql(
                f"SELECT set_config('statement_timeout', '{PG_READ_STATEMENT_TIMEOUT_MS}ms', true)"
            )


def strip_details(text: str) -> str:
    """``text`` without the server's DETAIL and CONTEXT lines (they quote the rows' values).

    A COPY's CONTEXT says 'COPY actions, line 12, column number: "..."' with the value.
    """
    lines = text.split("\n")
    return "\n".join(line for line in lines if not line.startswith(("DETAIL:", "CONTEXT:")))


def _without_details(context: ExceptionContext) -> None:
    """Take PostgreSQL's DETAIL out of a driver error's text, and out of SQLAlchemy's.

    A unique key refused says "DETAIL: Key (lower(name))=(huiselijk geweld bij fam.
    jansen) already exists.": record contents in a message or the log, which
    ``hide_parameters`` keeps out of everything else. The error's fields (``diag``) stay.
    """
    original = context.original_exception
    if original is None or ("DETAIL:" not in str(original) and "CONTEXT:" not in str(original)):
        return
    original.args = tuple(strip_details(a) if isinstance(a, str) else a for a in original.args)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
        wrapped.args = (strip_details(wrapped.args[0]), *wrapped.args[1:])


def _report_unavailable(engine: Engine, where: str) -> None:
    """Turn the four failures a person can act on into a StoreUnavailable naming ``where``.

    Every statement, commit or connect that fails for a locked, read-only or full
    database, or a lost server, raises that instead of the driver's error.
    """

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if context.is_pre_ping:  # the pool handles a dead connection on checkout itself
            return
        _without_details(context)
        # SQLAlchemy's own exception knows whether the server connection went away.
        failure = classify(context.sqlalchemy_exception or context.original_exception, where)
        if failure is not None:
            raise failure  # SQLAlchemy cleans up, then raises it from the driver's error


def make_engine(location: DatabaseLocation, busy_timeout_ms: int | None = None) -> Engine:
    """An engine for the location, configured for the app.

    ``busy_timeout_ms`` is how long a SQLite connection waits for another process's
    lock before it gives up with ``db.locked`` (default :data:`BUSY_TIMEOUT_MS`).
    Statement parameters (record contents) never appear in an error's text or a log.
    """
    if location.url.get_backend_name() == "sqlite":
        timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        engine = create_engine(
            location.url,
            hide_parameters=True,
            # pysqlite's own wait while connecting, before the pragmas run
            connect_args={"timeout": timeout / 1000},
        )
        _configure_sqlite(engine, timeout)
    else:
        postgresql = location.url.get_backend_name() == "postgresql"
        # One the URL gives (?connect_timeout=20, ?keepalives_idle=60) stands.
        given = location.url.query
        ours = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **PG_KEEPALIVES} if postgresql else {}
        connect_args = {name: value for name, value in ours.items() if name not in given}
        try:
            engine = create_engine(
                location.url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
            )
        except (ImportError, NoSuchModuleError) as exc:
            raise UserError("db.no_driver", url=location.display, reason=exc) from exc
        if postgresql:
            _configure_postgresql(engine)
    _report_unavailable(engine, location.display)
    return engine


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction that will write: committed at the end, else rolled back.

    A locked, read-only or full database, or a lost server, raises a
    :class:`~ontwikkeltafel.store.failures.StoreUnavailable` (a UserError) and nothing
    is stored.
    """
    try:
        with sessions() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            yield session
    except DBAPIError as exc:  # one the engine did not turn into a StoreUnavailable
        failure = classify(exc, _where(sessions))
        if failure is None:
            raise
        raise failure from exc


def _where(sessions: sessionmaker[Session]) -> str:
    bind = sessions.kw.get("bind")
    return where_of(bind.url) if isinstance(bind, Engine) else "?"


def without_write_wait(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """``sessions`` with the short write wait taken off: for work off the window's thread.

    An import, export or report that runs in the background waits for another
    program's lock as the command line does, not as briefly as the window's edits.
    """
    bind = sessions.kw.get("bind")
    if not isinstance(bind, Engine) or bind.get_execution_options().get(WRITE_WAIT_OPTION) is None:
        return sessions
    unhurried = sessionmaker(
        **{**sessions.kw, "bind": bind.execution_options(**{WRITE_WAIT_OPTION: None})}
    )
    history.install(unhurried)
    return unhurried


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action each, whose changes go into the history.

    Objects stay readable after commit.
    """
    sessions = sessionmaker(engine, expire_on_commit=False)
    history.install(sessions)
    return sessions

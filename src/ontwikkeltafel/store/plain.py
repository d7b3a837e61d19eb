"""Reads and writes through the DB-API, without SQLAlchemy: what the quick commands run on.

A command that writes one report or exports a file is mostly start-up on a real (small)
database, and importing SQLAlchemy alone costs more than plain python-docx writing the
whole verslag. So reports, the export and the import run plain SQL through a
:class:`Plain`: named parameters (``:name``), rows read by column name (``row["title"]``).

On a SQLite file it is a ``sqlite3`` connection set up as :mod:`store.engine` sets up
the app's (busy timeout, WAL, foreign keys, FULL sync, the fold); on PostgreSQL, or
inside a session the window already holds, the same SQL runs on SQLAlchemy's connection.
Values come back as the driver gives them: :func:`moment`, :func:`day` and :func:`flag`
make them the same Python values on both engines.
"""

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from ontwikkeltafel.store import fold_function
from ontwikkeltafel.store.failures import classify

Params = Mapping[str, Any]

#: How SQLAlchemy's SQLite dialect stores a moment (naive UTC), so both write the same.
_SQLITE_MOMENT = "%Y-%m-%d %H:%M:%S.%f"


class Row(Protocol):
    """One result row: its values by column name."""

    def __getitem__(self, key: str) -> Any:
        """The value of column ``key``."""

    def keys(self) -> Iterable[str]:
        """The column names."""


class Plain:
    """One connection inside one transaction, for plain SQL (see the module)."""

    #: "sqlite" or "postgresql": where SQL must differ, it asks this.
    dialect = "sqlite"
    #: Who writes (the history's "by"), as the command line's preferences say.
    author = ""

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """Every row ``sql`` gives."""
        raise NotImplementedError

    def run(self, sql: str, params: Params | None = None) -> int:
        """Carry out one statement; how many rows it changed."""
        raise NotImplementedError

    def run_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Carry out one statement once per parameter set (executemany)."""
        raise NotImplementedError

    def insert_many(self, table: str, names: Sequence[str], rows: Sequence[Params]) -> None:
        """INSERT ``rows`` (each with a value for every column of ``names``) into ``table``."""
        columns = ", ".join(f'"{name}"' for name in names)
        values = ", ".join(f":{name}" for name in names)
        self.run_many(f'INSERT INTO "{table}" ({columns}) VALUES ({values})', rows)

    def first(self, sql: str, params: Params | None = None) -> Row | None:
        """The first row ``sql`` gives, or None."""
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        """The first column of the first row, or None."""
        row = self.first(sql, params)
        return None if row is None else row[next(iter(row.keys()))]

    def moment_value(self, value: datetime | None) -> Any:
        """A moment as this engine stores it (naive UTC; on SQLite as SQLAlchemy writes it)."""
        if value is None:
            return None
        naive = value.astimezone(UTC).replace(tzinfo=None)
        return naive.strftime(_SQLITE_MOMENT) if self.dialect == "sqlite" else naive

    def day_value(self, value: date | None) -> Any:
        """A date as this engine stores it."""
        if value is None:
            return None
        return value.isoformat() if self.dialect == "sqlite" else value


class SqlitePlain(Plain):
    """:class:`Plain` on a ``sqlite3`` connection (rows as :class:`sqlite3.Row`)."""

    def __init__(self, connection: sqlite3.Connection, where: str) -> None:
        """Run on ``connection``; failures name the database ``where``."""
        self.connection = connection
        self.where = where

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """Every row ``sql`` gives."""
        cursor = self.connection.cursor()
        cursor.row_factory = sqlite3.Row
        try:
            return list(cursor.execute(sql, params or {}))
        except sqlite3.Error as exc:
            raise _failure(exc, self.where) from exc
        finally:
            cursor.close()

    def run(self, sql: str, params: Params | None = None) -> int:
        """Carry out one statement; how many rows it changed."""
        try:
            return self.connection.execute(sql, params or {}).rowcount
        except sqlite3.Error as exc:
            raise _failure(exc, self.where) from exc

    def run_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Carry out one statement once per parameter set."""
        try:
            self.connection.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise _failure(exc, self.where) from exc


def _failure(exc: sqlite3.Error, where: str) -> Exception:
    """A locked, read-only, full or damaged file said as such; else the error itself."""
    return classify(exc, where) or exc


class EnginePlain(Plain):
    """:class:`Plain` on a SQLAlchemy connection (PostgreSQL, or a session's connection)."""

    def __init__(self, connection: Any) -> None:
        """Run on ``connection`` (a ``sqlalchemy.Connection``) in its transaction."""
        self.connection = connection
        self.dialect = connection.dialect.name

    def rows(self, sql: str, params: Params | None = None) -> list[Row]:
        """Every row ``sql`` gives."""
        from sqlalchemy import text

        return list(self.connection.execute(text(sql), dict(params or {})).mappings())

    def run(self, sql: str, params: Params | None = None) -> int:
        """Carry out one statement; how many rows it changed."""
        from sqlalchemy import text

        return int(self.connection.execute(text(sql), dict(params or {})).rowcount)

    def run_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Carry out one statement once per parameter set."""
        from sqlalchemy import text

        if rows:
            self.connection.execute(text(sql), [dict(row) for row in rows])

    def insert_many(self, table: str, names: Sequence[str], rows: Sequence[Params]) -> None:
        """On PostgreSQL one COPY: the same rows as the INSERTs, without a statement per row.

        The server takes each value as text, as it would a parameter of the INSERT; the
        columns not named keep their defaults, and the triggers and foreign keys run per
        row as for an INSERT. A failure is SQLAlchemy's error, as the INSERT's would be.
        """
        if self.dialect != "postgresql":
            super().insert_many(table, names, rows)
            return
        if not rows:
            return
        columns = ", ".join(f'"{name}"' for name in names)
        sql = f'COPY "{table}" ({columns}) FROM STDIN'
        import psycopg
        from sqlalchemy.exc import DBAPIError

        from ontwikkeltafel.store.engine import strip_details

        raw = self.connection.connection.dbapi_connection
        try:
            with raw.cursor() as cursor, cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row([row[name] for name in names])
        except psycopg.Error as exc:
            # Past the engine's handle_error, which keeps record contents out of errors.
            exc.args = tuple(strip_details(a) if isinstance(a, str) else a for a in exc.args)
            raise DBAPIError.instance(sql, None, exc, psycopg.Error, hide_parameters=True) from exc


def connect_sqlite(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A connection to the file as the app's engine makes them; transactions are ours."""
    connection = sqlite3.connect(
        path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA synchronous=FULL")
    except sqlite3.Error:
        connection.close()
        raise
    fold_function.register(connection)
    return connection


@contextmanager
def sqlite_transaction(
    path: Path, busy_timeout_ms: int, *, write: bool, author: str = ""
) -> Iterator[Plain]:
    """A :class:`Plain` on the file in one transaction: committed at the end, else rolled back.

    ``write``: the write lock is taken at once (``BEGIN IMMEDIATE``), as the app's writes do.
    """
    where = str(path)
    try:
        connection = connect_sqlite(path, busy_timeout_ms)
    except sqlite3.Error as exc:
        raise _failure(exc, where) from exc
    plain = SqlitePlain(connection, where)
    plain.author = author
    try:
        plain.run("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield plain
        except BaseException:
            connection.rollback()
            raise
        plain.run("COMMIT")
    finally:
        connection.close()


@contextmanager
def session_plain(sessions: Any, *, write: bool = False) -> Iterator[Plain]:
    """A :class:`Plain` inside a session of ``sessions`` (a sessionmaker), one transaction.

    On SQLite the SQL runs on the session's own ``sqlite3`` connection (rows as quick as
    the file's); the session commits or rolls back.
    """
    from ontwikkeltafel.store.engine import write_transaction

    context = write_transaction(sessions) if write else _read_session(sessions)
    with context as session:
        yield plain_in(session)


def plain_in(session: Any) -> Plain:
    """A :class:`Plain` on the connection of ``session`` (a Session), in its transaction."""
    from ontwikkeltafel.store.history import author_of

    connection = session.connection()
    plain: Plain
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        plain = SqlitePlain(raw, str(connection.engine.url.database))
    else:
        plain = EnginePlain(connection)
    plain.author = author_of(session)
    return plain


@contextmanager
def _read_session(sessions: Any) -> Iterator[Any]:
    with sessions() as session, session.begin():
        yield session


def moment(value: Any) -> datetime | None:
    """A stored moment as an aware UTC datetime (SQLite gives text, PostgreSQL naive UTC)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
    return value.astimezone(UTC)  # type: ignore[no-any-return]


def day(value: Any) -> date | None:
    """A stored date (SQLite gives text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def flag(value: Any) -> bool:
    """A stored boolean (SQLite gives 0 or 1)."""
    return bool(value)


def in_list(prefix: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """``(:p0, :p1, ...)`` and its parameters, for ``column IN ...``.

    Callers pass at most 900 values a go (services.past.chunks): SQLite allows 999 in all.
    """
    params = {f"{prefix}{i}": value for i, value in enumerate(values)}
    if not params:
        return "(NULL)", {}
    return "(" + ", ".join(f":{name}" for name in params) + ")", params

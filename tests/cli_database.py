"""The database a command-line test runs on: a SQLite file (--db) or a PostgreSQL one (--db-url)."""

import hashlib
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import pytest
from _pytest.mark import ParameterSet
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import (
    DatabaseLocation,
    location_from_path,
    location_from_url,
)

#: Every table of ours on PostgreSQL (the search index's own schema too), by qualified name.
_TABLES = text(
    "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1"
)


#: The password in the command-line tests' PostgreSQL URLs: the test server trusts its
#: connections, so it is never checked, only carried; the ``cli`` fixture makes sure it is
#: never printed or logged (issue 15, point 7).
TEST_PASSWORD = "Wachtw00rd-Tafel-8d3f"


def with_password(url: str) -> str:
    """``url`` with :data:`TEST_PASSWORD` in it, as a person would give it to ``--db-url``."""
    return make_url(url).set(password=TEST_PASSWORD).render_as_string(hide_password=False)


class CliDatabase:
    """A test's database as the command line names it, with what it holds as a fingerprint."""

    def __init__(self, *, path: Path | None = None, url: str | None = None) -> None:
        """A SQLite file at ``path`` (made by the first command) or the database at ``url``."""
        assert (path is None) != (url is None), "a path or a URL"
        self.path, self.url = path, url

    @property
    def engine(self) -> str:
        """``sqlite`` or ``postgresql``, as the test ids show them."""
        return "sqlite" if self.path is not None else "postgresql"

    @property
    def where(self) -> tuple[str, str]:
        """The global option naming it: ``("--db", PATH)`` or ``("--db-url", URL)``."""
        return ("--db", str(self.path)) if self.path is not None else ("--db-url", str(self.url))

    @property
    def display(self) -> str:
        """How the app names it to a person: the path, or the URL without its password."""
        return self.location.display

    @property
    def location(self) -> DatabaseLocation:
        """Where it is, as the app says it."""
        if self.path is not None:
            return location_from_path(self.path)
        return location_from_url(str(self.url))

    def open(self) -> Database:
        """The database opened in this process (close it after)."""
        return open_database(self.location)

    def scalar(self, sql: str, **params: Any) -> Any:
        """The first value ``sql`` (plain SQL, ``:name`` parameters) gives, on either engine."""
        from ontwikkeltafel.services import plain_of

        database = self.open()
        try:
            with plain_of(database) as plain:
                return plain.scalar(sql, params)
        finally:
            database.close()

    def values(self, sql: str, **params: Any) -> list[Any]:
        """The first column of every row ``sql`` gives, on either engine."""
        from ontwikkeltafel.services import plain_of

        database = self.open()
        try:
            with plain_of(database) as plain:
                return [row[next(iter(row.keys()))] for row in plain.rows(sql, params)]
        finally:
            database.close()

    def fingerprint(self) -> dict[str, str]:
        """What it holds, to prove a refused command wrote nothing.

        The file's SHA-256 on SQLite; on PostgreSQL each table's row count and a digest of
        its rows (every column, the version and the search index included), so that a
        changed table is named.
        """
        if self.path is not None:
            digest = hashlib.sha256(self.path.read_bytes()).hexdigest()
            return {"file": digest}
        engine = create_engine(str(self.url), poolclass=NullPool)
        try:
            with engine.connect() as connection:
                tables = connection.execute(_TABLES).scalars().all()
                each = " UNION ALL ".join(
                    f"SELECT '{table}', count(*) || ' ' || md5(coalesce(string_agg("
                    f"md5(t::text), ',' ORDER BY md5(t::text)), '')) FROM {table} t"
                    for table in tables
                )
                return {str(row[0]): str(row[1]) for row in connection.execute(text(each))}
        finally:
            engine.dispose()


def on_engines(
    cases: Sequence[Any], postgresql: Collection[str], ids: Sequence[str] | None = None
) -> list[Any]:
    """Cases for ``parametrize(("cli_engine", ...), ...)``: all on SQLite, some on PostgreSQL.

    For a module whose cases the engine cannot tell apart (refused in Python before the
    database is read or written), where running every one of them on PostgreSQL too would
    only cost time: the cases whose id is in ``postgresql`` run there as well. A case is a
    ``pytest.param`` (its id), a tuple of values, or one value (its id from ``ids``, or the
    value itself).
    """
    chosen: list[Any] = []
    seen: set[str] = set()
    for index, case in enumerate(cases):
        if isinstance(case, ParameterSet):
            values, marks, name = tuple(case.values), case.marks, str(case.id)
        else:
            values = case if isinstance(case, tuple) else (case,)
            marks, name = (), ids[index] if ids is not None else str(case)
        seen.add(name)
        for engine in ("sqlite", "postgresql") if name in postgresql else ("sqlite",):
            chosen.append(pytest.param(engine, *values, marks=marks, id=f"{engine}-{name}"))
    assert set(postgresql) <= seen, f"no such case: {set(postgresql) - seen}"
    return chosen


def with_demo(target: CliDatabase, folder: Path) -> None:
    """Load the demo into ``target`` (the app's log and settings kept in ``folder``)."""
    from ontwikkeltafel.services.demo import load_demo

    with pytest.MonkeyPatch.context() as env:
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env.setenv(var, str(folder / "home"))
        database = target.open()
        try:
            load_demo(database)
        finally:
            database.close()


def where_of(database: Database) -> tuple[str, str]:
    """The global option naming an open database (the ``database`` fixture's, either engine)."""
    location = database.location
    if location.sqlite_path is not None:
        return ("--db", str(location.sqlite_path))
    return ("--db-url", location.url.render_as_string(hide_password=False))

"""Fixtures for the store tests: a throwaway PostgreSQL server and database; search helpers."""

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.search import Hit, search
from ontwikkeltafel.store.shared_setup import init_database
from tests.pg_server import PROGRAMS, PostgresStartError, find_bindir, start_server
from tests.store.shared_roles import shared  # noqa: F401  (a fixture of every store test)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The URL of the ``postgres`` database on a throwaway server started once per session.

    Skipped only when there are no PostgreSQL binaries at all; a server that
    does not start is a failure, with the server's log in the report.
    """
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(
            f"PostgreSQL is not installed: no {', '.join(PROGRAMS)} on PATH "
            "or in /usr/lib/postgresql/*/bin"
        )
    server, problem = None, ""
    try:
        server = start_server(bindir)
    except PostgresStartError as exc:
        problem = str(exc)
    if server is None:  # fail outside the except block: the log once, no chained traceback
        pytest.fail(f"cannot start a PostgreSQL server for the tests:\n{problem}", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of a new database on the test server, its schema made by ``init``; dropped after.

    The app never makes a server's schema itself (store.shared_setup): its owner runs init.
    """
    yield from _initialised(_new_pg_database(pg_url))


@pytest.fixture
def second_pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of another new database made by ``init`` on the test server, dropped after."""
    yield from _initialised(_new_pg_database(pg_url))


@pytest.fixture
def empty_pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server (no schema), dropped after."""
    yield from _new_pg_database(pg_url)


@pytest.fixture
def second_empty_pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of another new, empty database on the test server, dropped after the test."""
    yield from _new_pg_database(pg_url)


def _initialised(urls: Iterator[str]) -> Iterator[str]:
    for url in urls:
        init_database(location_from_url(url))
        yield url


def _new_pg_database(pg_url: str) -> Iterator[str]:
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def find(database: Database, text: str, **options: Any) -> list[Hit]:
    with database.session_factory() as session:
        return search(session, text, **options)


def keys(hits: list[Hit]) -> set[tuple[str, str]]:
    return {(hit.kind, hit.record_id) for hit in hits}

"""Shared fixtures: the app's folders redirected to a temporary place, databases, documents."""

import copy
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from ontwikkeltafel.cli import main
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.shared_setup import init_database
from tests.documents import small_document
from tests.pg_server import PROGRAMS, PostgresStartError, find_bindir, start_server

#: Set by .ci/run, which provides root, mount, chattr and capsh: there a test that cannot
#: make its failure real fails instead of being skipped (a skipped test proves nothing).
STRICT_ENVIRONMENT = "ONTWIKKELTAFEL_STRICT_ENVIRONMENT"


def unavailable(reason: str) -> None:
    """This machine cannot make the test's failure real: skip, or fail where CI runs."""
    if os.environ.get(STRICT_ENVIRONMENT):
        pytest.fail(f"{reason} (CI provides what this test needs: see .ci/run)")
    pytest.skip(reason)


# The screen the UI tests run on: the 1366 x 768 laptop the app is made for (Qt's offscreen
# screen is 800 x 800 unless told, too small to give back a window's remembered size).
LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
LAPTOP_SCREEN |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """pytest-qt's QApplication arguments: offscreen on a laptop-sized screen."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return ["pytest"]  # a real display (xvfb, a desktop): its own screen
    config = tmp_path_factory.mktemp("screen") / "laptop.json"
    config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), encoding="utf-8")
    return ["pytest", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (data, logs, config) into a fresh folder; no database from the env."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ONTWIKKELTAFEL_DB", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database lives (not created yet)."""
    return tmp_path / "test.sqlite3"


#: The engines the ``database`` fixture runs on, as the test ids show them.
SQLITE, POSTGRESQL = "sqlite", "postgresql"
#: The folders whose tests of ``database`` run on both engines (the UI's stay on SQLite: slow).
BOTH_ENGINES_FOLDERS = ("services", "exchange", "reports", "store")
_TESTS = Path(__file__).parent
#: A file to which the session adds what copying the PostgreSQL template cost (measuring).
PG_TIMING = "ONTWIKKELTAFEL_PG_TIMING"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test of ``database`` in the four folders on SQLite and on PostgreSQL.

    Not a test that looks at the SQLite file itself: one that uses ``db_path`` (directly or
    through a fixture) or is marked ``sqlite_only("why")``; those keep SQLite alone. Nor one
    that runs on both engines its own way (it asks for a PostgreSQL fixture itself). A test
    marked ``postgresql_differs("why")`` shows a difference of the app on PostgreSQL not yet
    fixed: there it is a strict xfail (it fails the run once the app is fixed).
    """
    names = metafunc.fixturenames
    if "database" not in names or "db_path" in names or "pg_url" in names:
        return  # not a test of ``database``; one about the file; one on both its own way
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    folder = metafunc.definition.path.relative_to(_TESTS).parts[0]
    if folder not in BOTH_ENGINES_FOLDERS:
        return
    differs = metafunc.definition.get_closest_marker("postgresql_differs")
    marks = [pytest.mark.xfail(reason=differs.args[0], strict=True)] if differs else []
    engines = [SQLITE, pytest.param(POSTGRESQL, marks=marks, id=POSTGRESQL)]
    metafunc.parametrize("database", engines, indirect=True)


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, current database: SQLite (the file ``db_path`` names), or PostgreSQL.

    On PostgreSQL a copy of a template made by ``init`` once per session (quick), dropped after.
    """
    engine = getattr(request, "param", SQLITE)
    if engine == SQLITE:
        db = open_database(location_from_path(tmp_path / "test.sqlite3"))
        yield db
        db.close()
        return
    template: PgTemplate = request.getfixturevalue("pg_template")
    url = template.copy()
    db = open_database(location_from_url(url))
    try:
        yield db
    finally:
        db.close()
        template.drop(url)


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


class PgTemplate:
    """A database made by ``init`` once per session, copied (``CREATE DATABASE ... TEMPLATE``)."""

    def __init__(self, pg_url: str) -> None:
        """Make the template on the server at ``pg_url``."""
        self.pg_url = pg_url
        self.admin: Engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        self.name = f"template_{uuid.uuid4().hex[:16]}"
        self.copies = 0
        self.seconds = 0.0
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        init_database(location_from_url(self._url(self.name)))

    def _url(self, name: str) -> str:
        return make_url(self.pg_url).set(database=name).render_as_string(hide_password=False)

    def copy(self) -> str:
        """The URL of a new database, a copy of the template."""
        start = time.perf_counter()
        name = f"test_{uuid.uuid4().hex[:16]}"
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        self.copies += 1
        self.seconds += time.perf_counter() - start
        return self._url(name)

    def drop(self, url: str) -> None:
        """Drop a copy (its connections too)."""
        start = time.perf_counter()
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        self.seconds += time.perf_counter() - start

    def close(self) -> None:
        """Drop the template and let go of the server."""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{self.name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_url: str) -> Iterator[PgTemplate]:
    """The session's template database (made by ``init``) that each PostgreSQL test copies."""
    template = PgTemplate(pg_url)
    try:
        yield template
    finally:
        timing = os.environ.get(PG_TIMING)
        if timing and template.copies:
            each = 1000 * template.seconds / template.copies
            with open(timing, "a", encoding="utf-8") as out:
                out.write(f"{template.copies} copies of the template: {each:.0f} ms each\n")
        template.close()


@pytest.fixture
def pg_database_url(pg_template: PgTemplate) -> Iterator[str]:
    """The URL of a new database on the test server, its schema made by ``init``; dropped after.

    The app never makes a server's schema itself (store.shared_setup): its owner runs init.
    """
    url = pg_template.copy()
    yield url
    pg_template.drop(url)


@pytest.fixture
def second_pg_database_url(pg_template: PgTemplate) -> Iterator[str]:
    """The URL of another new database made by ``init`` on the test server, dropped after."""
    url = pg_template.copy()
    yield url
    pg_template.drop(url)


@pytest.fixture
def empty_pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server (no schema), dropped after."""
    yield from _new_pg_database(pg_url)


@pytest.fixture
def second_empty_pg_database_url(pg_url: str) -> Iterator[str]:
    """The URL of another new, empty database on the test server, dropped after the test."""
    yield from _new_pg_database(pg_url)


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


@pytest.fixture
def document() -> dict[str, Any]:
    """A small valid exchange document touching every kind of record (a fresh copy)."""
    return copy.deepcopy(small_document())


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[[Any, str], Path]:
    """Write an object as a JSON file in the test folder."""

    def write(data: Any, name: str = "input.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


class CliResult:
    """Exit status and output of one in-process run of the command line."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``ontwikkeltafel ARGS`` in this process and capture what it prints."""

    def run(*args: str | os.PathLike[str]) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove it was left untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()

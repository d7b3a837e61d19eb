"""Shared fixtures: the app's folders redirected to a temporary place, databases, documents."""

import copy
import hashlib
import json
import os
import shutil
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
from tests.cli_database import TEST_PASSWORD, CliDatabase, with_demo, with_password
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

    A command-line test on data asks for ``cli_database`` (or ``cli_engine``, the engine
    alone): it runs on both engines wherever it is, unless marked ``sqlite_only("why")``.
    """
    names = metafunc.fixturenames
    if "cli_engine" in names and not _sqlite_only_or_chosen(metafunc.definition):
        metafunc.parametrize("cli_engine", [SQLITE, POSTGRESQL])
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


def _sqlite_only_or_chosen(definition: pytest.Function) -> bool:
    """Whether a test is marked ``sqlite_only`` or chooses the engine of each case itself."""
    if definition.get_closest_marker("sqlite_only") is not None:
        return True
    for mark in definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "cli_engine" in (
            [n.strip() for n in names.split(",")] if isinstance(names, str) else names
        ):
            return True  # tests.cli_database.on_engines: a subset of its cases on PostgreSQL
    return False


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


@pytest.fixture
def cli_engine() -> str:
    """The engine of a command-line test's database (parametrised over both, see above)."""
    return SQLITE


@pytest.fixture
def new_cli_database(
    cli_engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], CliDatabase]]:
    """Makes fresh databases for the command line, each on the test's engine.

    A SQLite file in ``tmp_path`` (``test.sqlite3``, then ``test-2.sqlite3``, ...), not made
    yet: the first command makes it. On PostgreSQL a copy of the session's template made by
    ``init``, dropped after the test.
    """
    urls: list[str] = []
    template: PgTemplate | None = None
    made = 0

    def make() -> CliDatabase:
        nonlocal template, made
        made += 1
        if cli_engine == SQLITE:
            return CliDatabase(
                path=tmp_path / ("test.sqlite3" if made == 1 else f"test-{made}.sqlite3")
            )
        template = template or request.getfixturevalue("pg_template")
        urls.append(template.copy())
        return CliDatabase(url=with_password(urls[-1]))

    yield make
    for url in urls:
        assert template is not None
        template.drop(url)


@pytest.fixture
def cli_database(new_cli_database: Callable[[], CliDatabase]) -> CliDatabase:
    """A fresh database for the command line: a SQLite file (``tmp_path / "test.sqlite3"``,
    not made yet: the first command makes it) or a copy of the PostgreSQL template.
    """
    return new_cli_database()


@pytest.fixture(scope="session")
def demo_file_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the demo, made once a session (copied by ``demo_cli_database``)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    with_demo(CliDatabase(path=path), folder)
    return path


@pytest.fixture(scope="session")
def demo_pg_template(
    pg_url: str, pg_template: "PgTemplate", tmp_path_factory: pytest.TempPathFactory
) -> Iterator["PgTemplate"]:
    """A PostgreSQL template holding the demo, made once a session."""
    template = PgTemplate(pg_url, base=pg_template)
    try:
        with_demo(CliDatabase(url=template.url), tmp_path_factory.mktemp("demo-pg"))
        yield template
    finally:
        template.close()


@pytest.fixture
def demo_cli_database(
    cli_engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[CliDatabase]:
    """A fresh copy of a database holding the demo (as ``ontwikkeltafel demo`` loads it).

    The file ``tmp_path / "test.sqlite3"``, or a copy of a PostgreSQL template; made once a
    session, so a test of a report of the demo need not load it again.
    """
    if cli_engine == SQLITE:
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(request.getfixturevalue("demo_file_database"), path)
        yield CliDatabase(path=path)
        return
    template: PgTemplate = request.getfixturevalue("demo_pg_template")
    url = template.copy()
    try:
        yield CliDatabase(url=with_password(url))
    finally:
        template.drop(url)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The URL of the ``postgres`` database on a throwaway server started once per session.

    Skipped only when there are no PostgreSQL binaries at all (failed where CI runs); a server that
    does not start is a failure, with the server's log in the report.
    """
    bindir = find_bindir()
    if bindir is None:
        unavailable(
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

    def __init__(self, pg_url: str, base: "PgTemplate | None" = None) -> None:
        """Make the template on the server at ``pg_url`` (by ``init``, or a copy of ``base``)."""
        self.pg_url = pg_url
        self.admin: Engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        self.name = f"template_{uuid.uuid4().hex[:16]}"
        self.copies = 0
        self.seconds = 0.0
        source = f' TEMPLATE "{base.name}"' if base is not None else ""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{self.name}"{source}')
        if base is None:
            init_database(location_from_url(self._url(self.name)))

    @property
    def url(self) -> str:
        """The template's own URL: fill a derived template through it before its first copy."""
        return self._url(self.name)

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
def cli(capsys: pytest.CaptureFixture[str], user_dirs: Path) -> Callable[..., CliResult]:
    """Run ``ontwikkeltafel ARGS`` in this process and capture what it prints.

    The password of the command-line tests' PostgreSQL URLs (``TEST_PASSWORD``) is never in
    what it prints or logs, whatever the command and however it ends.
    """
    log_file = user_dirs / "state" / "ontwikkeltafel" / "log" / "ontwikkeltafel.log"

    def run(*args: str | os.PathLike[str]) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        logged = log_file.read_text("utf-8", errors="replace") if log_file.is_file() else ""
        for shown, text in (("stdout", captured.out), ("stderr", captured.err), ("log", logged)):
            assert TEST_PASSWORD not in text, f"the database's password in the {shown}: {text}"
        return CliResult(code, captured.out, captured.err)

    return run


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove it was left untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()

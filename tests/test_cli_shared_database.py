"""``init`` and ``upgrade`` on the command line, on a server that asks for passwords.

A throwaway PostgreSQL server of this module (tests/pg_server.py) checks passwords
(scram-sha-256) for every role but its superuser. Each run, whether it succeeds, is
refused (an empty database, an out-of-date schema, a role that does not own it, no
rights), meets a wrong password or a server that is down, gives its messages without
the password: not on standard output, not on standard error, not in the log file.
``sslmode=require`` in the URL reaches the driver; a server without SSL is one line.
"""

import re
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url

from ontwikkeltafel.catalogue import CATALOGUE
from ontwikkeltafel.logs import LOG_NAME
from ontwikkeltafel.paths import log_dir
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.migrate import alembic_config, head_revision
from tests.conftest import CliResult, unavailable
from tests.pg_server import PostgresServer, PostgresStartError, find_bindir, start_server

OWNER_PASSWORD = "Eig3n@ar/Pw7x"
APP_PASSWORD = "Ap9p:Ww8q#Zr"
HBA = (
    "local all all trust\n"
    "host all postgres 127.0.0.1/32 trust\n"
    "host all all 127.0.0.1/32 scram-sha-256\n"
)


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    """A throwaway server that checks the password of every role but ``postgres``."""
    bindir = find_bindir()
    if bindir is None:
        unavailable("PostgreSQL is not installed")
    folder = Path(tempfile.mkdtemp(prefix="ontwikkeltafel-hba-", dir="/tmp"))
    folder.chmod(0o755)
    hba = folder / "pg_hba.conf"
    hba.write_text(HBA, encoding="utf-8")
    hba.chmod(0o644)
    started, problem = None, ""
    try:
        started = start_server(bindir, ["-c", f"hba_file={hba}"])
    except PostgresStartError as exc:
        problem = str(exc)
    if started is None:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"cannot start a PostgreSQL server for the tests:\n{problem}", pytrace=False)
    try:
        yield started
    finally:
        started.stop()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Roles:
    """A database owned by one role with a password, and an app's role with another."""

    server: PostgresServer
    name: str
    admin: str

    def url(self, role: str, password: str, query: str = "") -> str:
        """The role's URL, the password typed in it unescaped, as a person would."""
        host = f"127.0.0.1:{self.server.port}"
        return f"postgresql+psycopg://{role}:{password}@{host}/{self.name}{query}"

    @property
    def owner(self) -> str:
        return self.url("eigenaar", OWNER_PASSWORD)

    @property
    def app(self) -> str:
        return self.url("app", APP_PASSWORD)

    def sql(self, *statements: str, database: str | None = None) -> None:
        url = make_url(self.admin).set(database=database or self.name)
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.exec_driver_sql(statement)
        finally:
            engine.dispose()


@pytest.fixture
def roles(server: PostgresServer) -> Iterator[Roles]:
    made = Roles(server, "tafels", server.url)
    made.sql(
        f"CREATE ROLE eigenaar LOGIN PASSWORD '{OWNER_PASSWORD}'",
        f"CREATE ROLE app LOGIN PASSWORD '{APP_PASSWORD}'",
        "CREATE DATABASE tafels OWNER eigenaar",
        database="postgres",
    )
    try:
        yield made
    finally:
        made.sql(
            "DROP DATABASE tafels WITH (FORCE)",
            "DROP ROLE app",
            "DROP ROLE eigenaar",
            database="postgres",
        )


def secret_forms(*passwords: str) -> set[str]:
    """Each password as typed, percent-encoded, and its pieces between punctuation."""
    forms: set[str] = set()
    for password in passwords:
        forms |= {password, quote(password, safe="")}
        forms.update(p for p in re.split(r"[^A-Za-z0-9]+", password) if len(p) >= 4)
    return forms


def literal_part(key: str, lang: str = "en") -> str:
    """The longest fixed text of a catalogue message: proof that this message was given."""
    return max(re.split(r"\{[^}]*\}", CATALOGUE[key][lang]), key=len).strip()


def shown_nowhere(result: CliResult) -> None:
    """No password on standard output, standard error, or in the log file."""
    logged = (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    for secret in secret_forms(OWNER_PASSWORD, APP_PASSWORD):
        assert secret not in result.out, f"{secret!r} on stdout: {result.out}"
        assert secret not in result.err, f"{secret!r} on stderr: {result.err}"
        assert secret not in logged, f"{secret!r} in the log: {logged}"


def refused_with(result: CliResult, key: str) -> None:
    assert result.code == 1, (result.out, result.err)
    assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
    assert literal_part(key) in result.err, result.err
    shown_nowhere(result)


def step_back(url: str) -> str:
    """Take the schema one revision back, as the version before made it; that revision."""
    engine = make_engine(location_from_url(url))
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
            stamp = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return str(stamp.scalar())
    finally:
        engine.dispose()


def test_init_and_upgrade_by_the_owner_and_the_refusals_never_show_a_password(
    cli: Callable[..., CliResult], roles: Roles, tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    empty = cli("--lang", "en", "--db-url", roles.app, "export", "-o", out)
    refused_with(empty, "shared.not_initialised")
    assert "app:***@" in empty.err and "(eigenaar)" in empty.err
    assert f"--db-url postgresql+psycopg://eigenaar@127.0.0.1:{roles.server.port}/tafels init" in (
        empty.err
    )
    refused_with(cli("--lang", "en", "--db-url", roles.app, "upgrade"), "shared.upgrade_empty")

    made = cli("--lang", "en", "--db-url", roles.owner, "init")
    assert made.code == 0, made.err
    assert literal_part("shared.made") in made.out and "eigenaar" in made.out
    shown_nowhere(made)
    again = cli("--lang", "nl", "--db-url", roles.owner, "init")
    assert again.code == 0 and "niets veranderd" in again.out
    shown_nowhere(again)

    # Before the owner grants anything, the app's role may not even read the revision.
    refused_with(
        cli("--lang", "en", "--db-url", roles.app, "export", "-o", out), "shared.no_rights"
    )
    roles.sql("GRANT SELECT ON alembic_version TO app")
    old = step_back(roles.url("eigenaar", quote(OWNER_PASSWORD, safe="")))
    outdated = cli("--lang", "en", "--db-url", roles.app, "export", "-o", out)
    refused_with(outdated, "shared.needs_upgrade")
    assert f"postgresql+psycopg://eigenaar@127.0.0.1:{roles.server.port}/tafels upgrade" in (
        outdated.err
    )
    not_owner = cli("--lang", "en", "--db-url", roles.app, "upgrade")
    refused_with(not_owner, "shared.upgrade_not_owner")
    assert "app" in not_owner.err and "eigenaar" in not_owner.err

    upgraded = cli("--lang", "en", "--db-url", roles.owner, "upgrade")
    assert upgraded.code == 0, upgraded.err
    assert "pg_dump" in upgraded.out  # the reminder of the server's backup, before migrating
    assert f"from schema revision {old} to {head_revision()}" in upgraded.out
    shown_nowhere(upgraded)
    current = cli("--lang", "en", "--db-url", roles.owner, "upgrade")
    assert current.code == 0 and literal_part("shared.current") in current.out
    shown_nowhere(current)


@pytest.mark.parametrize("command_line", [["init"], ["upgrade"], ["export", "-o", "x.json"]])
def test_a_wrong_password_or_a_server_down_is_one_line_without_it(
    cli: Callable[..., CliResult], roles: Roles, command_line: list[str], tmp_path: Path
) -> None:
    wrong = roles.url("eigenaar", APP_PASSWORD)  # the other role's: a real secret all the same
    result = cli("--lang", "en", "--db-url", wrong, *command_line)
    refused_with(result, "db.cannot_connect")
    assert "password authentication failed" in result.err and "eigenaar:***@" in result.err

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = f"postgresql+psycopg://eigenaar:{OWNER_PASSWORD}@127.0.0.1:{port}/tafels"
    refused_with(cli("--lang", "en", "--db-url", down, *command_line), "db.cannot_connect")


def test_sslmode_in_the_url_reaches_the_driver(roles: Roles) -> None:
    location = location_from_url(roles.url("eigenaar", OWNER_PASSWORD, "?sslmode=require"))
    assert location.url.query["sslmode"] == "require"
    assert "sslmode=require" in location.display
    engine = make_engine(location)
    given: dict[str, Any] = {}
    event.listen(engine, "do_connect", lambda _d, _r, _a, params: given.update(params))
    try:
        with pytest.raises(StoreUnavailable) as refused, engine.connect():
            pass
    finally:
        engine.dispose()
    assert given["sslmode"] == "require"
    assert "SSL" in str(refused.value.__cause__)  # the test server has none


@pytest.mark.parametrize("command_line", [["init"], ["export", "-o", "x.json"]])
def test_a_server_without_ssl_when_the_url_requires_it_is_one_line(
    cli: Callable[..., CliResult], roles: Roles, command_line: list[str]
) -> None:
    url = roles.url("eigenaar", OWNER_PASSWORD, "?sslmode=require")
    result = cli("--lang", "en", "--db-url", url, *command_line)
    refused_with(result, "db.cannot_connect")
    assert "SSL" in result.err and "sslmode=require" in result.err

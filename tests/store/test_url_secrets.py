"""A database password is never printed nor logged, whatever the shape of the URL (issue 8.4).

Every URL shape goes through the command line in this process, by --db-url, by
ONTWIKKELTAFEL_DB, and as the desktop command (no sub-command: with Qt offscreen,
and with no screen at all). Each run must fail with one line on standard error
that names the database without its password and says what is wrong, and the
password, in every form (as typed, decoded, percent-encoded, and each piece of
it between punctuation), must be neither on standard error nor in the log file.
"""

import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from sqlalchemy.engine import make_url

from ontwikkeltafel.catalogue import CATALOGUE
from ontwikkeltafel.logs import LOG_NAME
from ontwikkeltafel.paths import log_dir
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.location import location_from_url
from tests.conftest import CliResult


def _closed_port() -> int:
    """A local TCP port nobody listens on: connecting to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


PORT = _closed_port()


@dataclass(frozen=True)
class Shape:
    """One URL shape: the URL, its password as typed, the message it must give, what it names."""

    name: str
    url: str
    password: str
    key: str  # the catalogue message the user must get
    names: tuple[str, ...]  # what the message must still show: user, host, database, the fault
    by_env: bool = True  # ONTWIKKELTAFEL_DB takes it as a URL (it has a scheme://)


HOST = f"127.0.0.1:{PORT}"
PG = "postgresql+psycopg://"
CONNECT = "db.cannot_connect"
BAD_URL = "db.bad_url"
NO_DRIVER = "db.no_driver"
SHOWN = ("anna", "127.0.0.1", "tafels")

SHAPES = [
    Shape("plain", f"{PG}anna:S3cretPw1@{HOST}/tafels", "S3cretPw1", CONNECT, SHOWN),
    Shape(
        "port not a number",
        f"{PG}anna:S3cretPw1@127.0.0.1:abc/tafels",
        "S3cretPw1",
        BAD_URL,
        (*SHOWN, ":abc"),
    ),
    Shape(
        "port out of range",
        f"{PG}anna:S3cretPw1@127.0.0.1:99999/tafels",
        "S3cretPw1",
        CONNECT,
        SHOWN,
    ),
    Shape("@ in the password", f"{PG}anna:S3cr@tPw1@{HOST}/tafels", "S3cr@tPw1", CONNECT, SHOWN),
    Shape(
        "@ and / in the password",
        f"{PG}anna:S3cr@Xy7q/Zq9w@{HOST}/tafels",
        "S3cr@Xy7q/Zq9w",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "@ in the password, port not a number",
        f"{PG}anna:S3cr@tPw1@127.0.0.1:abc/tafels",
        "S3cr@tPw1",
        BAD_URL,
        (*SHOWN, ":abc"),
    ),
    Shape(
        "percent-encoded password",
        f"{PG}anna:S3cr%40tPw1@{HOST}/tafels",
        "S3cr%40tPw1",
        CONNECT,
        SHOWN,
    ),
    Shape(
        ": / # ? in the password",
        f"{PG}anna:S3cr:Xy7q/Zq9w#Wv4k?Ru5m@{HOST}/tafels",
        "S3cr:Xy7q/Zq9w#Wv4k?Ru5m",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "password in the query",
        f"{PG}anna@{HOST}/tafels?password=S3cretPw1",
        "S3cretPw1",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "password among other query arguments",
        f"{PG}anna@{HOST}/tafels?sslmode=disable&password=S3cretPw1&application_name=tafel",
        "S3cretPw1",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "@ in a query password",
        f"{PG}anna@{HOST}/tafels?password=S3cr@tPw1&connect_timeout=5",
        "S3cr@tPw1",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "query password, port not a number",
        f"{PG}anna@127.0.0.1:abc/tafels?password=S3cretPw1",
        "S3cretPw1",
        BAD_URL,
        (*SHOWN, ":abc"),
    ),
    Shape(
        "percent-encoded query key",
        f"{PG}anna@{HOST}/tafels?pass%77ord=S3cretPw1",
        "S3cretPw1",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "percent-encoded query key, port not a number",
        f"{PG}anna@127.0.0.1:abc/tafels?pass%77ord=S3cretPw1",
        "S3cretPw1",
        BAD_URL,
        (*SHOWN, ":abc"),
    ),
    Shape(
        "query key encoded throughout, port not a number",
        f"{PG}anna@127.0.0.1:abc/tafels?%50%41SSWD=S3cretPw1&%73slpassword=S3cretPw1",
        "S3cretPw1",
        BAD_URL,
        (*SHOWN, ":abc"),
    ),
    Shape(
        "password in user info and query",
        f"{PG}anna:S3cretPw1@{HOST}/tafels?password=Zq9wXy7qRu5m",
        "Zq9wXy7qRu5m",
        CONNECT,
        SHOWN,
    ),
    Shape(
        "broken IPv6 host",
        f"{PG}anna:S3cretPw1@[::1/tafels",
        "S3cretPw1",
        BAD_URL,
        ("anna", "[::1", "tafels"),
    ),
    Shape(
        "broken IPv6 host with a port",
        f"{PG}anna:S3cr@tPw1@[::1:{PORT}/tafels",
        "S3cr@tPw1",
        BAD_URL,
        ("anna", "[::1", "tafels"),
    ),
    Shape(
        "unknown driver",
        f"postgresql+nosuchdriver://anna:S3cretPw1@{HOST}/tafels",
        "S3cretPw1",
        NO_DRIVER,
        SHOWN,
    ),
    Shape(
        "empty host", f"{PG}anna:S3cretPw1@:{PORT}/tafels", "S3cretPw1", CONNECT, ("anna", "tafels")
    ),
    Shape(
        "postgres:// scheme",
        f"postgres://anna:S3cretPw1@{HOST}/tafels",
        "S3cretPw1",
        NO_DRIVER,
        SHOWN,
    ),
    Shape(
        "another backend", f"mysql://anna:S3cr@tPw1@{HOST}/tafels", "S3cr@tPw1", NO_DRIVER, SHOWN
    ),
    Shape(
        "no scheme",
        f"anna:S3cr@tPw1@{HOST}/tafels",
        "S3cr@tPw1",
        BAD_URL,
        SHOWN,
        by_env=False,  # without :// the variable is a file path, not a URL
    ),
    Shape(
        "scheme without //",
        f"postgresql:anna:S3cretPw1@{HOST}/tafels",
        "S3cretPw1",
        BAD_URL,
        ("127.0.0.1", "tafels"),  # where the user name ends is anybody's guess
        by_env=False,
    ),
]

ROUTES = ("--db-url", "ONTWIKKELTAFEL_DB", "desktop offscreen", "desktop without a screen")


def secret_forms(password: str) -> set[str]:
    """The password as typed, decoded, percent-encoded, and its pieces between punctuation."""
    decoded = unquote(password)
    forms = {password, decoded, quote(decoded, safe=""), quote(decoded, safe="+ ")}
    for form in list(forms):
        forms.update(piece for piece in re.split(r"[^A-Za-z0-9]+", form) if len(piece) >= 4)
    return forms


def literal_part(key: str, lang: str) -> str:
    """The longest fixed text of a catalogue message: proof that this message was given."""
    pieces = re.split(r"\{[^}]*\}", CATALOGUE[key][lang])
    return max(pieces, key=len).strip()


def run_shape(
    cli: Callable[..., CliResult],
    monkeypatch: pytest.MonkeyPatch,
    shape: Shape,
    route: str,
    lang: str,
    out: Path,
) -> CliResult:
    if route.startswith("desktop"):
        if route == "desktop offscreen":
            monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
        else:
            for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
                monkeypatch.delenv(name, raising=False)
        return cli("--db-url", shape.url, "--lang", lang)
    if route == "ONTWIKKELTAFEL_DB":
        monkeypatch.setenv("ONTWIKKELTAFEL_DB", shape.url)
        return cli("--lang", lang, "export", "-o", out)
    return cli("--db-url", shape.url, "--lang", lang, "export", "-o", out)


# Without scheme:// the variable names a file, not a URL: those pairs are not tried.
SHAPE_ROUTES = [
    pytest.param(shape, route, id=f"{shape.name}-{route}")
    for shape in SHAPES
    for route in ROUTES
    if route != "ONTWIKKELTAFEL_DB" or shape.by_env
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("shape", "route"), SHAPE_ROUTES)
def test_password_is_never_shown(
    cli: Callable[..., CliResult],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shape: Shape,
    route: str,
    lang: str,
) -> None:
    result = run_shape(cli, monkeypatch, shape, route, lang, tmp_path / "x.json")

    assert result.code == 1, result.err
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert "Traceback" not in result.err
    log_file = log_dir() / LOG_NAME
    logged = log_file.read_text(encoding="utf-8")
    assert "refused" in logged  # the refusal was logged, so the log was looked at
    for secret in secret_forms(shape.password):
        assert secret not in result.err, f"{secret!r} on stderr: {result.err}"
        assert secret not in logged, f"{secret!r} in the log: {logged}"

    key = shape.key
    if route == "desktop without a screen" and key != BAD_URL:
        key = "cli.no_display"  # the screen is checked before the database is opened
    assert literal_part(key, lang) in result.err, result.err
    if key != "cli.no_display":
        for shown in shape.names:
            assert shown in result.err, f"{shown!r} missing: {result.err}"


@pytest.mark.parametrize(
    "password",
    ["S3cr@tPw1", "S3cr@Xy7q/Zq9w", "S3cr:Xy7q/Zq9w#Wv4k?Ru5m", "p@ss w0rd%", "p@ss?w=rd"],
)
@pytest.mark.parametrize("where", ["user info", "query"])
def test_the_connection_gets_the_whole_password(
    cli: Callable[..., CliResult], pg_database_url: str, tmp_path: Path, password: str, where: str
) -> None:
    """Typed unescaped, the password still reaches the server whole (and the command works)."""
    server = make_url(pg_database_url)
    place = f"{server.host}:{server.port}/{server.database}"
    if where == "user info":
        url = f"{PG}{server.username}:{password}@{place}"
    else:
        url = f"{PG}{server.username}@{place}?sslmode=disable&password={password}"
    location = location_from_url(url)
    assert (location.url.host, location.url.database) == (server.host, server.database)
    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            assert connection.connection.dbapi_connection.info.password == password  # type: ignore[union-attr]
    finally:
        engine.dispose()
    result = cli("--db-url", url, "export", "-o", tmp_path / "x.json")
    assert result.code == 0, result.err

"""Which database is opened: --db, --db-url, ONTWIKKELTAFEL_DB, then the user data folder."""

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import default_db_path
from ontwikkeltafel.store.location import (
    _HOST_PATH_QUERY,
    is_secret_key,
    location_from_url,
    redact,
    resolve_location,
)


def test_db_path_wins(tmp_path: Path) -> None:
    env = {"ONTWIKKELTAFEL_DB": "/elsewhere.sqlite3"}
    location = resolve_location(str(tmp_path / "a.sqlite3"), None, env)
    assert location.sqlite_path == tmp_path / "a.sqlite3"


def test_db_url_before_environment() -> None:
    location = resolve_location(None, "postgresql+psycopg://u:geheim@host/db", {})
    assert location.sqlite_path is None
    assert location.display == "postgresql+psycopg://u:***@host/db"


def test_sqlite_url_is_a_file(tmp_path: Path) -> None:
    location = resolve_location(None, f"sqlite:///{tmp_path}/x.sqlite3", {})
    assert location.sqlite_path == tmp_path / "x.sqlite3"


@pytest.mark.parametrize("value", ["/data/tafel.sqlite3", "sqlite:////data/tafel.sqlite3"])
def test_environment_takes_a_path_or_a_url(value: str) -> None:
    location = resolve_location(None, None, {"ONTWIKKELTAFEL_DB": value})
    assert location.sqlite_path == Path("/data/tafel.sqlite3")


def test_default_is_in_the_user_data_folder(user_dirs: Path) -> None:
    location = resolve_location(None, None, {})
    assert location.sqlite_path == default_db_path()
    assert str(location.sqlite_path).startswith(str(user_dirs / "data"))
    assert location.sqlite_path.name == "ontwikkeltafel.sqlite3"


def test_bad_url_is_a_user_error() -> None:
    with pytest.raises(UserError) as info:
        resolve_location(None, "::not a url::", {})
    assert "::not a url::" in info.value.render("en")


# Passwords (issue 8.4): understood whatever they hold, never shown.

PG = "postgresql+psycopg://"


@pytest.mark.parametrize(
    ("url", "user", "password"),
    [
        (f"{PG}anna:S3cretPw1@127.0.0.1:5432/tafels", "anna", "S3cretPw1"),
        (f"{PG}anna:S3cr@tPw1@127.0.0.1:5432/tafels", "anna", "S3cr@tPw1"),
        (f"{PG}anna:S3cr%40tPw1@127.0.0.1:5432/tafels", "anna", "S3cr@tPw1"),
        (
            f"{PG}anna:S3cr:Xy7q/Zq9w#Wv4k?Ru5m@127.0.0.1:5432/tafels",
            "anna",
            "S3cr:Xy7q/Zq9w#Wv4k?Ru5m",
        ),
        (f"{PG}anna:a@b/c?d@127.0.0.1:5432/tafels", "anna", "a@b/c?d"),
        (f"{PG}anna:p@ss w0rd%@127.0.0.1:5432/tafels", "anna", "p@ss w0rd%"),
        (f"{PG}anna@server:S3cr@tPw1@127.0.0.1:5432/tafels", "anna@server", "S3cr@tPw1"),
        (f"{PG}anna:@127.0.0.1:5432/tafels", "anna", ""),
        (f"{PG}anna@127.0.0.1:5432/tafels", "anna", None),
    ],
)
def test_user_info_ends_at_the_last_at_sign(url: str, user: str, password: str | None) -> None:
    location = location_from_url(url)
    assert (location.url.username, location.url.password) == (user, password)
    assert (location.url.host, location.url.port, location.url.database) == (
        "127.0.0.1",
        5432,
        "tafels",
    )


@pytest.mark.parametrize(
    ("url", "user", "password", "query"),
    [
        (f"{PG}anna@h:5/db?password=S3cr@tPw1&sslmode=disable", "anna", None, "S3cr@tPw1"),
        (f"{PG}anna:pw@h:5/db?application_name=a@b", "anna", "pw", None),
        (f"{PG}anna:S3cr@tPw1@h:5/db?application_name=a@b", "anna", "S3cr@tPw1", None),
        (f"{PG}anna@h?password=S3cr@tPw1", "anna", None, "S3cr@tPw1"),
        (f"{PG}h:5/db?application_name=a@b", None, None, None),
        (f"{PG}h:5/db?password=S3cr@tPw1", None, None, "S3cr@tPw1"),
        (f"{PG}h/db?password=S3cr@tPw1", None, None, "S3cr@tPw1"),
    ],
)
def test_an_at_sign_in_the_query_stays_in_the_query(
    url: str, user: str | None, password: str | None, query: str | None
) -> None:
    parsed = location_from_url(url).url
    assert (parsed.username, parsed.password, parsed.host) == (user, password, "h")
    assert parsed.query.get("password") == query
    if "application_name" in url:
        assert parsed.query["application_name"] == "a@b"


def test_ordinary_urls_parse_as_sqlalchemy_parses_them() -> None:
    for url in (
        f"{PG}anna:S3cretPw1@127.0.0.1:5432/tafels?sslmode=disable&application_name=x",
        f"{PG}anna:S3cr%3At@[::1]:5432/tafels",
        f"{PG}anna@/tafels?host=/var/run/postgresql",
        "postgresql://localhost/tafels",
        "mysql://anna:S3cretPw1@db.example.org/tafels",
        "sqlite://",
    ):
        assert location_from_url(url).url == make_url(url), url


def test_sqlite_path_with_an_at_sign(tmp_path: Path) -> None:
    path = tmp_path / "anna@home" / "tafel.sqlite3"
    assert location_from_url(f"sqlite:///{path}").sqlite_path == path


PASSWORDS = st.text(
    st.one_of(
        st.sampled_from("@:/?#&=+[] "),
        st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="%"),
    ),
    min_size=1,
)


@settings(max_examples=500, deadline=None)
@given(PASSWORDS)
def test_any_typed_password_is_understood_and_masked(password: str) -> None:
    # The one reading left ambiguous: "@host/db?name=" typed in a password reads as a query.
    assume(_HOST_PATH_QUERY.search(f"anna:{password}") is None)
    url = f"{PG}anna:{password}@127.0.0.1:5432/tafels?sslmode=disable"
    location = location_from_url(url)
    assert location.url.password == password
    assert location.url.query == {"sslmode": "disable"}
    masked = f"{PG}anna:***@127.0.0.1:5432/tafels?sslmode=disable"
    assert location.display == masked
    assert redact(url) == masked


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"{PG}anna:S3cr@tPw1@h:5/db", f"{PG}anna:***@h:5/db"),
        (f"{PG}anna@h:5/db?password=S3cretPw1", f"{PG}anna@h:5/db?password=***"),
        (
            f"{PG}anna@h:5/db?sslmode=disable&password=S3cretPw1&application_name=x",
            f"{PG}anna@h:5/db?application_name=x&password=***&sslmode=disable",
        ),
        (f"{PG}anna:S3cretPw1@h:5/db?sslpassword=Zq9w", f"{PG}anna:***@h:5/db?sslpassword=***"),
        (f"{PG}anna@server:S3cretPw1@h/db", f"{PG}anna%40server:***@h/db"),
    ],
)
def test_display_masks_every_password(url: str, shown: str) -> None:
    assert location_from_url(url).display == shown


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"{PG}anna:S3cretPw1@127.0.0.1:abc/tafels", f"{PG}anna:***@127.0.0.1:abc/tafels"),
        (f"{PG}anna:S3cr@tPw1@127.0.0.1:abc/tafels", f"{PG}anna:***@127.0.0.1:abc/tafels"),
        (f"{PG}anna:S3cr@tPw1@[::1/tafels", f"{PG}anna:***@[::1/tafels"),
        (
            f"{PG}anna@127.0.0.1:abc/tafels?password=S3cretPw1",
            f"{PG}anna@127.0.0.1:abc/tafels?password=***",
        ),
        ("anna:S3cr@tPw1@127.0.0.1/tafels", "anna:***@127.0.0.1/tafels"),
        ("::not a url::", "::not a url::"),
    ],
)
def test_a_bad_url_is_named_without_its_password(url: str, shown: str) -> None:
    with pytest.raises(UserError) as info:
        location_from_url(url)
    assert info.value.params["url"] == shown
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (f"{PG}anna:S3cr@tPw1@h:abc/db", f"{PG}anna:***@h:abc/db"),
        (f"{PG}anna:S3cr:Xy/Zq#W?R@h/db", f"{PG}anna:***@h/db"),
        (f"{PG}:S3cretPw1@h/db", f"{PG}:***@h/db"),
        (f"{PG}anna@h/db?password=S3cr&x=1", f"{PG}anna@h/db?password=***&x=1"),
        (f"{PG}anna@h/db?x=1&PassWord=S3cr", f"{PG}anna@h/db?x=1&PassWord=***"),
        (f"{PG}anna@h/db?passwd=S3cr&pwd=Zq9w", f"{PG}anna@h/db?passwd=***&pwd=***"),
        ("anna:S3cr@tPw1@h/db", "anna:***@h/db"),
        (
            f"refused: cannot open '{PG}anna:S3cretPw1@h/db' (refused)\nnext line: anna@h",
            f"refused: cannot open '{PG}anna:***@h/db' (refused)\nnext line: anna@h",
        ),
        ("connect(host=h, password='S3 cret')\nother", "connect(host=h, password=***\nother"),
        # Text cannot tell a password from a port and path: when in doubt it masks.
        (f"{PG}anna@h:5432/db?application_name=a@b", f"{PG}anna@h:***@b"),
        ("{'user': 'anna', 'password': 'S3cret'}", "{'user': 'anna', 'password': '***'}"),
        ('{"sslpassword": "S3cret"}', '{"sslpassword": "***"}'),
    ],
)
def test_redact_masks_passwords(text: str, redacted: str) -> None:
    assert redact(text) == redacted
    assert redact(redacted) == redacted


@pytest.mark.parametrize(
    "text",
    [
        f"{PG}anna@127.0.0.1:5432/tafels?sslmode=disable",
        f"{PG}anna:***@h/db?password=***&sslmode=disable (connection refused)",
        "sqlite:////home/anna/tafel.sqlite3",
        "2024-05-01 10:00:00,123 INFO ontwikkeltafel.cli: refused: x is a folder",
        'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: 12:30',
        "mail anna@example.org at 10:30",
        "anna@h:5432/tafels",
    ],
)
def test_redact_leaves_text_without_passwords_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("name", ["password", "PASSWORD", "passwd", "pwd", "sslpassword"])
def test_secret_query_arguments(name: str) -> None:
    assert is_secret_key(name)


@pytest.mark.parametrize("name", ["passfile", "user", "sslmode", "application_name"])
def test_other_query_arguments(name: str) -> None:
    assert not is_secret_key(name)

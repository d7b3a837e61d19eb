"""Which database is opened: --db, --db-url, ONTWIKKELTAFEL_DB, then the user data folder."""

from pathlib import Path

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import default_db_path
from ontwikkeltafel.store.location import resolve_location


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

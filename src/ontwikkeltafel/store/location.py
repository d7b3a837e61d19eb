"""Which database to open: --db PATH, --db-url URL, ONTWIKKELTAFEL_DB, or the user data folder."""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import default_db_path

ENV_VAR = "ONTWIKKELTAFEL_DB"


@dataclass(frozen=True)
class DatabaseLocation:
    """A database to open: a SQLAlchemy URL, plus the file when it is SQLite on disk."""

    url: URL
    sqlite_path: Path | None

    @property
    def display(self) -> str:
        """How to name the database to a person (the file path, or the URL without password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def location_from_path(path: str | Path) -> DatabaseLocation:
    """A SQLite file on disk."""
    resolved = Path(path).expanduser().absolute()
    return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(resolved)), resolved)


def location_from_url(url: str) -> DatabaseLocation:
    """Any SQLAlchemy URL; a SQLite URL with a file is treated as that file."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise UserError("db.bad_url", url=url) from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return location_from_path(str(parsed.database))
    return DatabaseLocation(parsed, None)


def resolve_location(
    db_path: str | None, db_url: str | None, environ: Mapping[str, str]
) -> DatabaseLocation:
    """Apply the order of spec/cli.md: --db, --db-url, ONTWIKKELTAFEL_DB, the default."""
    if db_path:
        return location_from_path(db_path)
    if db_url:
        return location_from_url(db_url)
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        return location_from_url(from_env) if "://" in from_env else location_from_path(from_env)
    return location_from_path(default_db_path())

"""The fold of names and titles as a SQLite function, without SQLAlchemy (store.folding uses it)."""

from typing import Any

from ontwikkeltafel.i18n import fold

SQL_NAME = "ot_fold"


def _fold_or_null(value: str | None) -> str | None:
    return None if value is None else fold(value)  # called once a row: kept lean


def register(dbapi_connection: Any) -> None:
    """Make ``ot_fold(text)`` known on a new sqlite3 connection (NULL stays NULL)."""
    dbapi_connection.create_function(SQL_NAME, 1, _fold_or_null, deterministic=True)

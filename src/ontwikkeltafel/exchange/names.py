"""The database tables behind the exchange lists and id lists, by name, for plain SQL (no ORM)."""

import sqlite3
from dataclasses import dataclass
from typing import Any

from ontwikkeltafel.store.plain import Plain

#: The table of each list of records (top level, nested lists, agenda items and decisions).
TABLES: dict[str, str] = {
    "organisations": "organisations",
    "people": "people",
    "themes": "themes",
    "tables": "tables",
    "practices": "practices",
    "meetings": "meetings",
    "concerns": "concerns",
    "development_points": "development_points",
    "actions": "actions",
    "agenda": "agenda_items",
    "decisions": "decisions",
    "members": "table_members",
    "agenda_template": "agenda_template_items",
    "attendance": "attendance",
}


@dataclass(frozen=True)
class Link:
    """An id list of a record, stored as rows (owner column, target column) of a link table."""

    record: str
    field: str
    table: str
    owner: str
    target: str


LINKS: tuple[Link, ...] = (
    Link("tables", "theme_ids", "table_themes", "table_id", "theme_id"),
    Link(
        "practices", "organisation_ids", "practice_organisations", "practice_id", "organisation_id"
    ),
    Link("practices", "theme_ids", "practice_themes", "practice_id", "theme_id"),
    Link("agenda", "concern_ids", "agenda_item_concerns", "agenda_item_id", "concern_id"),
    Link("agenda", "practice_ids", "agenda_item_practices", "agenda_item_id", "practice_id"),
    Link("concerns", "theme_ids", "concern_themes", "concern_id", "theme_id"),
    Link("concerns", "practice_ids", "concern_practices", "concern_id", "practice_id"),
    Link(
        "development_points",
        "concern_ids",
        "development_point_concerns",
        "development_point_id",
        "concern_id",
    ),
)


def tuples(plain: Plain, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` as tuples, in the order of its columns."""
    rows = plain.rows(sql, params)
    if not rows:
        return []
    if isinstance(rows[0], sqlite3.Row):
        return [tuple(row) for row in rows]  # type: ignore[arg-type]
    columns = list(rows[0].keys())
    return [tuple(row[column] for column in columns) for row in rows]

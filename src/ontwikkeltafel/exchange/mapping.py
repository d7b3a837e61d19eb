"""How exchange records map onto the database: tables per list, link tables per id list."""

from dataclasses import dataclass

from sqlalchemy import Table

from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Base,
    Concern,
    Decision,
    DevelopmentPoint,
    Meeting,
    Organisation,
    Person,
    Practice,
    Theme,
)
from ontwikkeltafel.model import Table as DevelopmentTable
from ontwikkeltafel.model.links import (
    agenda_item_concerns,
    agenda_item_practices,
    concern_practices,
    concern_themes,
    development_point_concerns,
    practice_organisations,
    practice_themes,
    table_themes,
)

#: The ORM class behind each list of records (top level, and agenda items and decisions).
CLASSES: dict[str, type[Base]] = {
    "organisations": Organisation,
    "people": Person,
    "themes": Theme,
    "tables": DevelopmentTable,
    "practices": Practice,
    "meetings": Meeting,
    "concerns": Concern,
    "development_points": DevelopmentPoint,
    "actions": Action,
    "agenda": AgendaItem,
    "decisions": Decision,
}


@dataclass(frozen=True)
class Link:
    """An id list of a record, stored as rows (owner column, target column) of a link table."""

    record: str
    field: str
    table: Table
    owner: str
    target: str


LINKS: tuple[Link, ...] = (
    Link("tables", "theme_ids", table_themes, "table_id", "theme_id"),
    Link("practices", "organisation_ids", practice_organisations, "practice_id", "organisation_id"),
    Link("practices", "theme_ids", practice_themes, "practice_id", "theme_id"),
    Link("agenda", "concern_ids", agenda_item_concerns, "agenda_item_id", "concern_id"),
    Link("agenda", "practice_ids", agenda_item_practices, "agenda_item_id", "practice_id"),
    Link("concerns", "theme_ids", concern_themes, "concern_id", "theme_id"),
    Link("concerns", "practice_ids", concern_practices, "concern_id", "practice_id"),
    Link(
        "development_points",
        "concern_ids",
        development_point_concerns,
        "development_point_id",
        "concern_id",
    ),
)


def table_of(name: str) -> Table:
    """The database table of a list of records."""
    table = Base.metadata.tables[CLASSES[name].__tablename__]
    assert isinstance(table, Table)
    return table

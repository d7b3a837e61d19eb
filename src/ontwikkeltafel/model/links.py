"""Association tables: the many-to-many links between records (id lists in the exchange format)."""

from sqlalchemy import Column, ForeignKey, Table

from ontwikkeltafel.model.base import Base


def _link(name: str, left: str, right: str) -> Table:
    """A link table of two cascading foreign keys that together form the primary key."""
    left_table, left_col = left.split(".")
    right_table, right_col = right.split(".")
    return Table(
        name,
        Base.metadata,
        Column(left_col, ForeignKey(f"{left_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            right_col,
            ForeignKey(f"{right_table}.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


table_themes = _link("table_themes", "tables.table_id", "themes.theme_id")
agenda_item_concerns = _link(
    "agenda_item_concerns", "agenda_items.agenda_item_id", "concerns.concern_id"
)
agenda_item_practices = _link(
    "agenda_item_practices", "agenda_items.agenda_item_id", "practices.practice_id"
)
concern_themes = _link("concern_themes", "concerns.concern_id", "themes.theme_id")
concern_practices = _link("concern_practices", "concerns.concern_id", "practices.practice_id")
practice_organisations = _link(
    "practice_organisations", "practices.practice_id", "organisations.organisation_id"
)
practice_themes = _link("practice_themes", "practices.practice_id", "themes.theme_id")
development_point_concerns = _link(
    "development_point_concerns",
    "development_points.development_point_id",
    "concerns.concern_id",
)

"""What a one-table export holds: the table, all that hangs off it, and what those refer to.

Meetings, agenda items, concerns, development points and actions of other
tables stay out; a reference to one of them is left out of the file (null or
dropped from an id list), so the file always imports into an empty database.
"""

from dataclasses import dataclass, field

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.plain import Plain

#: Which set of a scope each reference field points into.
FIELD_SETS = {
    "table_id": "tables",
    "meeting_id": "meetings",
    "raised_in_meeting_id": "meetings",
    "agenda_item_id": "agenda_items",
    "concern_ids": "concerns",
    "practice_ids": "practices",
    "theme_ids": "themes",
    "organisation_ids": "organisations",
    "organisation_id": "organisations",
}

# The queries of a scope, each of the one table ``:table``; those of the sets that other
# sets are made from nest as subqueries, so no query names more than one parameter.
_MEETINGS = "SELECT id FROM meetings WHERE table_id = :table"
_AGENDA_ITEMS = f"SELECT id FROM agenda_items WHERE meeting_id IN ({_MEETINGS})"
_CONCERNS = "SELECT id FROM concerns WHERE table_id = :table"
_PRACTICES = (
    f"SELECT practice_id FROM agenda_item_practices WHERE agenda_item_id IN ({_AGENDA_ITEMS})"
    f" UNION SELECT practice_id FROM concern_practices WHERE concern_id IN ({_CONCERNS})"
)
#: Everyone the table's records name: members, attendees, chairs, owners, contacts.
_PEOPLE = " UNION ".join(
    (
        "SELECT person_id FROM table_members WHERE table_id = :table",
        f"SELECT person_id FROM attendance WHERE meeting_id IN ({_MEETINGS})",
        "SELECT chair_id FROM meetings WHERE table_id = :table",
        "SELECT secretary_id FROM meetings WHERE table_id = :table",
        f"SELECT presenter_id FROM agenda_items WHERE meeting_id IN ({_MEETINGS})",
        "SELECT raised_by_id FROM concerns WHERE table_id = :table",
        "SELECT owner_id FROM development_points WHERE table_id = :table",
        "SELECT owner_id FROM actions WHERE table_id = :table",
        f"SELECT contact_id FROM practices WHERE id IN ({_PRACTICES})",
    )
)
_QUERIES = {
    "meetings": _MEETINGS,
    "agenda_items": _AGENDA_ITEMS,
    "concerns": _CONCERNS,
    "development_points": "SELECT id FROM development_points WHERE table_id = :table",
    "actions": "SELECT id FROM actions WHERE table_id = :table",
    "practices": _PRACTICES,
    "people": _PEOPLE,
    "organisations": (
        f"SELECT organisation_id FROM people WHERE id IN ({_PEOPLE})"
        " UNION SELECT organisation_id FROM practice_organisations"
        f" WHERE practice_id IN ({_PRACTICES})"
    ),
    "themes": (
        "SELECT theme_id FROM table_themes WHERE table_id = :table"
        f" UNION SELECT theme_id FROM concern_themes WHERE concern_id IN ({_CONCERNS})"
        f" UNION SELECT theme_id FROM practice_themes WHERE practice_id IN ({_PRACTICES})"
    ),
}


@dataclass
class Scope:
    """The ids, per kind of record, that a one-table export contains."""

    sets: dict[str, set[str]] = field(default_factory=dict)

    @property
    def meetings(self) -> set[str]:
        """The table's meetings."""
        return self.sets["meetings"]

    def admits(self, field_name: str, value: str | None) -> bool:
        """Whether a reference through ``field_name`` to ``value`` stays in the file."""
        if value is None:
            return True
        return value in self.sets[FIELD_SETS.get(field_name, "people")]


def _ids(plain: Plain, sql: str, table_id: str) -> set[str]:
    """The ids the first column of ``sql`` gives for the table (NULL left out)."""
    rows = plain.rows(sql, {"table": table_id})
    if not rows:
        return set()
    column = next(iter(rows[0].keys()))
    return {str(row[column]) for row in rows if row[column] is not None}


def table_scope(plain: Plain, table_id: str) -> Scope:
    """Work out the scope of the table ``table_id``; an unknown id is a UserError."""
    if plain.first("SELECT id FROM tables WHERE id = :table", {"table": table_id}) is None:
        raise UserError("export.unknown_table", table_id=table_id)
    sets = {name: _ids(plain, sql, table_id) for name, sql in _QUERIES.items()}
    return Scope({"tables": {table_id}, **sets})

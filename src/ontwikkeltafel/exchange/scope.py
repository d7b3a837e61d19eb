"""What a one-table export holds: the table, all that hangs off it, and what those refer to.

Meetings, agenda items, concerns, development points and actions of other
tables stay out; a reference to one of them is left out of the file (null or
dropped from an id list), so the file always imports into an empty database.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Attendance,
    Concern,
    DevelopmentPoint,
    Meeting,
    Person,
    Practice,
    TableMember,
)
from ontwikkeltafel.model import Table as DevelopmentTable
from ontwikkeltafel.model.links import (
    agenda_item_practices,
    concern_practices,
    concern_themes,
    practice_organisations,
    practice_themes,
    table_themes,
)

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


def _ids(session: Session, query: Any) -> set[str]:
    return {str(value) for value in session.scalars(query) if value is not None}


def _where_in(column: Any, ids: set[str]) -> list[Any]:
    return [column.in_(sorted(ids))]


def table_scope(session: Session, table_id: str) -> Scope:
    """Work out the scope of the table ``table_id``; an unknown id is a UserError."""
    if session.get(DevelopmentTable, table_id) is None:
        raise UserError("export.unknown_table", table_id=table_id)
    s: dict[str, set[str]] = {"tables": {table_id}}
    s["meetings"] = _ids(session, select(Meeting.id).where(Meeting.table_id == table_id))
    s["agenda_items"] = _ids(
        session, select(AgendaItem.id).where(*_where_in(AgendaItem.meeting_id, s["meetings"]))
    )
    for name, model in (
        ("concerns", Concern),
        ("development_points", DevelopmentPoint),
        ("actions", Action),
    ):
        s[name] = _ids(session, select(model.id).where(model.table_id == table_id))
    s["practices"] = _ids(
        session,
        union(
            select(agenda_item_practices.c.practice_id).where(
                *_where_in(agenda_item_practices.c.agenda_item_id, s["agenda_items"])
            ),
            select(concern_practices.c.practice_id).where(
                *_where_in(concern_practices.c.concern_id, s["concerns"])
            ),
        ),
    )
    s["people"] = _people(session, table_id, s)
    s["organisations"] = _ids(
        session,
        union(
            select(Person.organisation_id).where(*_where_in(Person.id, s["people"])),
            select(practice_organisations.c.organisation_id).where(
                *_where_in(practice_organisations.c.practice_id, s["practices"])
            ),
        ),
    )
    s["themes"] = _ids(
        session,
        union(
            select(table_themes.c.theme_id).where(table_themes.c.table_id == table_id),
            select(concern_themes.c.theme_id).where(
                *_where_in(concern_themes.c.concern_id, s["concerns"])
            ),
            select(practice_themes.c.theme_id).where(
                *_where_in(practice_themes.c.practice_id, s["practices"])
            ),
        ),
    )
    return Scope(s)


def _people(session: Session, table_id: str, s: dict[str, set[str]]) -> set[str]:
    """Everyone the table's records name: members, attendees, chairs, owners, contacts."""
    meetings, items = s["meetings"], s["agenda_items"]
    queries = [
        select(TableMember.person_id).where(TableMember.table_id == table_id),
        select(Attendance.person_id).where(*_where_in(Attendance.meeting_id, meetings)),
        select(Meeting.chair_id).where(*_where_in(Meeting.id, meetings)),
        select(Meeting.secretary_id).where(*_where_in(Meeting.id, meetings)),
        select(AgendaItem.presenter_id).where(*_where_in(AgendaItem.id, items)),
        select(Concern.raised_by_id).where(Concern.table_id == table_id),
        select(DevelopmentPoint.owner_id).where(DevelopmentPoint.table_id == table_id),
        select(Action.owner_id).where(Action.table_id == table_id),
        select(Practice.contact_id).where(*_where_in(Practice.id, s["practices"])),
    ]
    return _ids(session, union(*queries))

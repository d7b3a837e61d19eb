"""Plain-SQL reads of the convocatie and the presentielijst: people and heads, as they stood.

Records are dicts of their columns as Python values (:func:`typed_row`); an
:class:`~ontwikkeltafel.services.past.AsOf` gives them as they stood at a moment. The
same SQL runs on SQLite and PostgreSQL.
"""

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Final

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.reports import data
from ontwikkeltafel.services.past import AsOf, chunks, typed
from ontwikkeltafel.store.plain import Plain, Row, in_list

Record = dict[str, Any]


def typed_row(list_name: str, row: Row) -> Record:
    """A row read from the database as a record of ``list_name`` (a dict of Python values)."""
    # (iterating a sqlite3.Row gives its values: its keys() are the names)
    return typed(list_name, {key: row[key] for key in row.keys()})  # noqa: SIM118


def local_date(value: datetime) -> date:
    """The calendar date of a moment in Amsterdam."""
    return value.astimezone(AMSTERDAM).date()


_PERSON: Final = ("first_name", "prefix", "last_name", "organisation_id", "function", "email")


class People:
    """People as reports show them, read in a few queries; as they stood, given an AsOf."""

    def __init__(self, db: Plain, then: AsOf | None = None) -> None:
        """Read through ``db``; as at ``then``'s moment when given, else as they are."""
        self.db = db
        self.then = then
        self._rows: dict[str, Record | None] = {}
        self._organisations: dict[str, Record | None] = {}
        self._made: dict[str, data.Person | None] = {}

    def load(self, ids: Iterable[str | None]) -> None:
        """Read the people ``ids`` (and their organisations, now and then) at once."""
        wanted = sorted({i for i in ids if i and i not in self._rows})
        for part in chunks(wanted):
            marks, params = in_list("p", part)
            for row in self.db.rows(f"SELECT * FROM people WHERE id IN {marks}", params):
                self._rows[row["id"]] = typed_row("people", row)
        for person_id in wanted:
            self._rows.setdefault(person_id, None)
        found = [self._rows[i] for i in wanted if self._rows[i] is not None]
        organisations = [r["organisation_id"] for r in found if r]
        if self.then is not None:
            self.then.load("people", wanted)
            organisations += [
                self.then.values("people", r, ("organisation_id",))["organisation_id"]
                for r in found
                if r
            ]
        self._load_organisations(organisations)

    def _load_organisations(self, ids: Iterable[str | None]) -> None:
        wanted = sorted({i for i in ids if i and i not in self._organisations})
        for part in chunks(wanted):
            marks, params = in_list("o", part)
            for row in self.db.rows(
                f"SELECT id, name, sector, short_name FROM organisations WHERE id IN {marks}",
                params,
            ):
                self._organisations[row["id"]] = typed_row("organisations", row)
        for organisation_id in wanted:
            self._organisations.setdefault(organisation_id, None)
        if self.then is not None:
            self.then.load("organisations", wanted)

    def get(self, person_id: str | None) -> data.Person | None:
        """The person ``person_id`` (None for none, or one no longer there)."""
        if not person_id:
            return None
        if person_id not in self._made:
            self.load([person_id])
            self._made[person_id] = self._make(person_id)
        return self._made[person_id]

    def _make(self, person_id: str) -> data.Person | None:
        record = self._rows.get(person_id)
        if record is None:
            return None
        values = record
        if self.then is not None:
            values = self.then.values("people", record, _PERSON)
        organisation_id = values["organisation_id"]
        self._load_organisations([organisation_id])
        organisation = self._organisations.get(organisation_id) if organisation_id else None
        named: Mapping[str, Any] = organisation or {}
        if organisation is not None and self.then is not None:
            shown = ("name", "sector", "short_name")
            named = self.then.values("organisations", organisation, shown)
        return data.Person(
            id=person_id,
            first_name=values["first_name"],
            prefix=values["prefix"],
            last_name=values["last_name"],
            organisation=named.get("name", ""),
            sector=named.get("sector"),
            function=values["function"],
            email=values["email"],
            organisation_short=named.get("short_name", ""),
        )


#: A meeting's columns a report reads (not the kept documents: they can be large).
_MEETING: Final = (
    "SELECT m.id, m.table_id, m.kind, m.title, m.starts_at, m.ends_at, m.location,"
    " m.chair_id, m.secretary_id, m.status, m.minutes_approved_on, t.title AS table_title"
    " FROM meetings m LEFT JOIN tables t ON t.id = m.table_id"
)


def meeting_record(db: Plain, meeting_id: str) -> Record:
    """A meeting with its table's title; an unknown id is a UserError."""
    row = db.first(f"{_MEETING} WHERE m.id = :id", {"id": meeting_id})
    if row is None:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    return typed_row("meetings", row)


def table_meetings(db: Plain, meeting: Record) -> list[Record]:
    """The meetings of the same table in date order (only itself when it has no table)."""
    if meeting["table_id"] is None:
        return [meeting]
    rows = db.rows(
        f"{_MEETING} WHERE m.table_id = :table ORDER BY m.starts_at, m.id",
        {"table": meeting["table_id"]},
    )
    return [typed_row("meetings", row) for row in rows]


_HEADER: Final = (
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "location",
    "status",
    "minutes_approved_on",
    "chair_id",
    "secretary_id",
)


def header(meeting: Record, people: People) -> data.MeetingHeader:
    """The head of a convocatie or list; as at the moment of ``people``'s AsOf when it has one."""
    values = meeting
    if people.then is not None:
        values = people.then.values("meetings", meeting, _HEADER)
    return data.MeetingHeader(
        id=meeting["id"],
        title=values["title"],
        kind=values["kind"],
        starts_at=values["starts_at"],
        ends_at=values["ends_at"],
        location=values["location"],
        status=values["status"],
        minutes_approved_on=values["minutes_approved_on"],
        table_id=meeting["table_id"],
        table_title=meeting["table_title"] or "",
        chair=people.get(values["chair_id"]),
        secretary=people.get(values["secretary_id"]),
    )


def seats(db: Plain, table_id: str | None) -> list[Record]:
    """The members of a table (person_id, role), in their order."""
    if table_id is None:
        return []
    rows = db.rows(
        "SELECT person_id, role FROM table_members WHERE table_id = :table ORDER BY position",
        {"table": table_id},
    )
    return [typed_row("members", row) for row in rows]


def attendance(db: Plain, meeting_id: str) -> list[Record]:
    """The attendance list of a meeting (person_id, status), in its order."""
    rows = db.rows(
        "SELECT person_id, status FROM attendance WHERE meeting_id = :meeting ORDER BY position",
        {"meeting": meeting_id},
    )
    return [typed_row("attendance", row) for row in rows]

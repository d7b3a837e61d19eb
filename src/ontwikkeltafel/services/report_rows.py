"""Plain-SQL reads every report shares: agenda items, actions, decisions, the next meeting.

Records are dicts of their columns as Python values (``report_stood.typed_row``); people
and the meeting's head come from :mod:`services.report_stood`. The same SQL runs on
SQLite and PostgreSQL, without SQLAlchemy.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import ActionStatus, AgendaItemKind
from ontwikkeltafel.reports import data
from ontwikkeltafel.services.past import AsOf, chunks, deleted_since, typed
from ontwikkeltafel.services.report_stood import People, Record, local_date, typed_row
from ontwikkeltafel.store.plain import Plain, in_list

OPEN: Final = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def action_sort_key(item: data.Action) -> tuple[str, str]:
    """Actions in number order ("2018-02" before "2018-10")."""
    year, _, sequence = item.number.partition("-")
    return (year, sequence.zfill(6))


def visible(items: list[data.Action], internal: bool) -> tuple[data.Action, ...]:
    """Actions in number order, without the confidential ones in a participant version."""
    shown = [a for a in items if internal or not a.confidential]
    return tuple(sorted(shown, key=action_sort_key))


def table_record(db: Plain, table_id: str) -> Record:
    """A table; an unknown id is a UserError."""
    row = db.first("SELECT * FROM tables WHERE id = :id", {"id": table_id})
    if row is None:
        raise UserError("report.unknown_table", table_id=table_id)
    return typed_row("tables", row)


def agenda_items(db: Plain, meeting_id: str) -> list[Record]:
    """The agenda items of a meeting (every column), in their order."""
    rows = db.rows(
        "SELECT * FROM agenda_items WHERE meeting_id = :meeting ORDER BY position",
        {"meeting": meeting_id},
    )
    return [typed_row("agenda", row) for row in rows]


@dataclass(frozen=True)
class ItemView:
    """An agenda item as a report shows it: from the record now, or as it stood."""

    id: str
    position: int
    title: str
    kind: AgendaItemKind
    planned_minutes: int | None
    presenter: data.Person | None
    description: str
    minutes: str
    confidential: bool
    started_at: datetime | None = None  # when it was really discussed (the live mode)
    ended_at: datetime | None = None


def items_now(records: Iterable[Mapping[str, Any]], people: People) -> list[ItemView]:
    """Agenda items as they are (their presenters as ``people`` gives them)."""
    records = list(records)
    people.load(r["presenter_id"] for r in records)
    return [
        ItemView(
            id=r["id"],
            position=r["position"],
            title=r["title"],
            kind=r["kind"],
            planned_minutes=r["planned_minutes"],
            presenter=people.get(r["presenter_id"]),
            description=r["description"],
            minutes=r["minutes"],
            confidential=r["confidential"],
            started_at=r["started_at"],
            ended_at=r["ended_at"],
        )
        for r in records
    ]


def agenda_entries(
    starts_at: datetime | None,
    items: list[ItemView],
    decisions: Mapping[str, list[data.Decision]],
    actions: Mapping[str, list[data.Action]],
    internal: bool,
) -> tuple[data.AgendaEntry, ...]:
    """The agenda with planned start times (counted over every item, also left-out ones).

    An item's start is known when every item before it has planned minutes; after one
    without, the starts are left out (None) rather than repeated.
    """
    entries = []
    start = starts_at
    for item in items:
        if internal or not item.confidential:
            entries.append(
                data.AgendaEntry(
                    position=item.position,
                    title=item.title,
                    kind=item.kind,
                    planned_minutes=item.planned_minutes,
                    planned_start=start,
                    presenter=item.presenter,
                    description=item.description,
                    minutes=item.minutes,
                    confidential=item.confidential,
                    decisions=tuple(decisions.get(item.id, ())),
                    actions=tuple(actions.get(item.id, ())),
                    discussed_from=item.started_at if internal else None,
                    discussed_until=item.ended_at if internal else None,
                )
            )
        minutes = item.planned_minutes
        start = start + timedelta(minutes=minutes) if start is not None and minutes else None
    return tuple(entries)


def numbered_decisions(db: Plain, meeting: Record) -> list[tuple[str, str, data.Decision]]:
    """(meeting id, agenda item id, decision) for the table's besluitenlijst, in date order.

    Numbers run over every decision, confidential ones too, so that a number means the
    same decision in the internal and the participant version. A stand-alone meeting
    numbers its own decisions.
    """
    where, owner = ("m.table_id = :owner", meeting["table_id"])
    if owner is None:
        where, owner = ("m.id = :owner", meeting["id"])
    rows = db.rows(
        "SELECT d.text, d.agenda_item_id, a.confidential, m.id AS meeting_id,"
        " m.starts_at, m.title FROM decisions d"
        " JOIN agenda_items a ON d.agenda_item_id = a.id"
        " JOIN meetings m ON a.meeting_id = m.id"
        f" WHERE {where} ORDER BY m.starts_at, m.id, a.position, d.position, d.id",
        {"owner": owner},
    )
    result = []
    for number, row in enumerate(rows, start=1):
        starts_at = typed("meetings", {"starts_at": row["starts_at"]})["starts_at"]
        item = data.Decision(
            number=number,
            text=row["text"],
            taken_on=local_date(starts_at),
            meeting_title=row["title"],
            confidential=bool(row["confidential"]),
        )
        result.append((row["meeting_id"], row["agenda_item_id"], item))
    return result


def table_actions(db: Plain, table_id: str | None, meeting_id: str) -> list[Record]:
    """The actions of a table (or, without a table, of the one meeting): every column."""
    if table_id is None:
        rows = db.rows("SELECT * FROM actions WHERE meeting_id = :id", {"id": meeting_id})
    else:
        rows = db.rows("SELECT * FROM actions WHERE table_id = :id", {"id": table_id})
    return [typed_row("actions", row) for row in rows]


def confidential_items(db: Plain, actions: Iterable[Mapping[str, Any]]) -> set[str]:
    """The confidential agenda items the actions were agreed under (any meeting's)."""
    item_ids = sorted({a["agenda_item_id"] for a in actions if a["agenda_item_id"]})
    found: set[str] = set()
    for part in chunks(item_ids):
        marks, params = in_list("i", part)
        found.update(
            row["id"]
            for row in db.rows(
                f"SELECT id FROM agenda_items WHERE id IN {marks} AND confidential = :yes",
                {**params, "yes": True},
            )
        )
    return found


_PROGRESS: Final = ("status", "done_on", "notes")
_TEXTS: Final = ("description", "due_on", "owner_id")


def action(
    record: Mapping[str, Any],
    confidential: set[str],
    agreed: Mapping[str, date],
    people: People,
    progress: AsOf | None = None,
) -> data.Action:
    """An action as reports show it; confidential when agreed under a confidential item.

    Its status, done date and notes are as at ``progress``'s moment when given; what it
    is, by when and whose as at the moment of ``people`` (its AsOf, if any).
    """
    done = record if progress is None else progress.values("actions", record, _PROGRESS)
    what = record if people.then is None else people.then.values("actions", record, _TEXTS)
    return data.Action(
        number=record["number"],
        description=what["description"],
        owner=people.get(what["owner_id"]),
        due_on=what["due_on"],
        status=done["status"],
        done_on=done["done_on"],
        agreed_on=agreed.get(record["meeting_id"] or ""),
        notes=done["notes"],
        confidential=record["agenda_item_id"] in confidential,
    )


_NEXT: Final = ("table_id", "starts_at", "location")


def next_meeting(
    db: Plain, meeting: Record, meetings: Sequence[Record], then: AsOf | None = None
) -> data.NextMeeting | None:
    """The first meeting of the table after ``meeting`` (of ``meetings``, the table's now).

    As it is, or with ``then`` as it stood at its moment: a meeting made since was not
    there, one deleted since was, and each had the time and place it had then.
    """
    if meeting["table_id"] is None:
        return None
    others = {m["id"]: m for m in meetings if m["id"] != meeting["id"]}
    if then is None:
        found = [(m["starts_at"], m["id"], m["location"]) for m in others.values()]
        start = meeting["starts_at"]
    else:
        start = then.value("meetings", meeting, "starts_at")
        gone = deleted_since(db, "meetings", then.moment, "table_id", meeting["table_id"])
        gone = [i for i in gone if i not in others and i != meeting["id"]]
        then.load("meetings", [*others, *gone])
        found = []
        for meeting_id in [*others, *gone]:
            stood = then.past("meetings", meeting_id)
            if not stood.existed:
                continue
            if meeting_id in others:
                values = then.values("meetings", others[meeting_id], _NEXT)
            else:
                values = typed("meetings", stood.values)
            if values.get("table_id") == meeting["table_id"] and values.get("starts_at"):
                found.append((values["starts_at"], meeting_id, values.get("location") or ""))
    later = [item for item in found if item[0] > start]
    if not later:
        return None
    starts_at, _id, location = min(later)
    return data.NextMeeting(starts_at=starts_at, location=location)

"""Query services of the verslag and the besluiten- en actielijst, through plain SQL.

Confidential parts stay out unless an internal report is asked for. A report reads in
one transaction (``plain_of``): on a SQLite file sqlite3 itself, without SQLAlchemy.
"""

import json
import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ontwikkeltafel.model import ActionStatus, MeetingStatus, MemberRole
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.data_json import from_json
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.past import AsOf, end_of_day, load_together
from ontwikkeltafel.services.report_rows import (
    OPEN,
    ItemView,
    action,
    action_sort_key,
    agenda_items,
    confidential_items,
    next_meeting,
    numbered_decisions,
    table_actions,
    table_record,
    visible,
)
from ontwikkeltafel.services.report_rows import agenda_entries as entries_from
from ontwikkeltafel.services.report_rows import items_now as item_views
from ontwikkeltafel.services.report_stood import (
    People,
    Record,
    attendance,
    header,
    local_date,
    meeting_record,
    seats,
    typed_row,
)
from ontwikkeltafel.services.report_stood import table_meetings as meetings_of
from ontwikkeltafel.store.plain import Plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ontwikkeltafel.model import Meeting, Table
    from ontwikkeltafel.services.as_of import AsOf as OrmAsOf

logger = logging.getLogger(__name__)

__all__ = ["ItemView", "visible"]  # the convocatie's service still imports them from here


def minutes_data(source: Source, meeting_id: str, internal: bool) -> data.MinutesData:
    """The verslag: attendance, agenda with minutes, decisions and the living actielijst.

    A concept shows the actions as they stood at the end of the meeting's day. An adopted
    verslag is the one kept at its adoption; without one (a file from another tool) it
    is made as it stood at the end of the adoption day.
    """
    with plain_of(source) as db:
        return minutes_in(db, meeting_id, internal)


def minutes_in(db: Plain, meeting_id: str, internal: bool) -> data.MinutesData:
    """:func:`minutes_data` on an open transaction ``db``."""
    meeting = meeting_record(db, meeting_id)
    if meeting["status"] is MeetingStatus.MINUTES_APPROVED:
        adopted_in = adoption_meeting_day(db, meeting)
        document = db.scalar(
            "SELECT adoption_document FROM meetings WHERE id = :id", {"id": meeting_id}
        )
        kept = adopted_minutes(meeting, document)
        approved_on: date | None = meeting["minutes_approved_on"]
        if kept is not None:
            kept = replace(kept, adopted_in=adopted_in)
            if '"next_meeting"' not in (document or ""):
                # Kept before the verslag named the next meeting: as it stood then.
                then = AsOf(db, end_of_day(approved_on)) if approved_on is not None else None
                upcoming = next_meeting(db, meeting, meetings_of(db, meeting), then)
                kept = replace(kept, next_meeting=upcoming)
            return kept if internal else participant_version(kept)
        if approved_on is not None:
            written = AsOf(db, end_of_day(approved_on))
            made = build_minutes(db, meeting, internal, written)
            return replace(made, adopted_in=adopted_in)
    return build_minutes(db, meeting, internal)


def adoption_meeting_day(db: Plain, meeting: Record) -> date | None:
    """The day of the later meeting of the table in which the verslag was adopted, if any."""
    day = meeting["minutes_approved_on"]
    if day is None or meeting["table_id"] is None:
        return None
    rows = db.rows(
        "SELECT starts_at FROM meetings WHERE table_id = :table AND id <> :id"
        " AND starts_at > :after AND starts_at <= :until",
        {
            "table": meeting["table_id"],
            "id": meeting["id"],
            "after": db.moment_value(meeting["starts_at"]),
            "until": db.moment_value(end_of_day(day)),
        },
    )
    days = {local_date(typed_row("meetings", row)["starts_at"]) for row in rows}
    return day if day in days else None


def adopted_minutes(meeting: Record, document: str | None) -> data.MinutesData | None:
    """The internal verslag kept at adoption, ``document`` (None when it cannot be read)."""
    if not document:
        return None
    try:
        kept = from_json(data.MinutesData, json.loads(document))
    except (ValueError, TypeError):  # NotReadable and JSONDecodeError are ValueErrors
        logger.warning("adoption document of meeting %s unreadable; rebuilt", meeting["id"])
        return None
    adopted = replace(
        kept.meeting,
        status=meeting["status"],
        minutes_approved_on=meeting["minutes_approved_on"],
    )
    return replace(kept, meeting=adopted, internal=True)


def participant_version(minutes: data.MinutesData) -> data.MinutesData:
    """The verslag for participants made from the internal one: nothing confidential in it."""
    return replace(
        minutes,
        agenda=tuple(e for e in minutes.agenda if not e.confidential),
        decisions=tuple(d for d in minutes.decisions if not d.confidential),
        actions=tuple(a for a in minutes.actions if not a.confidential),
        internal=False,
    )


def build_minutes(
    db: Plain, meeting: Record, internal: bool, written: AsOf | None = None
) -> data.MinutesData:
    """The verslag made from the records as they stand, and as they stood.

    The actions' progress is as at the end of the meeting's day; with ``written``,
    people and what the actions say are as at its moment.
    """
    meetings = meetings_of(db, meeting)
    agreed = {m["id"]: local_date(m["starts_at"]) for m in meetings}
    this_day = local_date(meeting["starts_at"])
    records = [
        r
        for r in table_actions(db, meeting["table_id"], meeting["id"])
        if agreed.get(r["meeting_id"] or "", this_day) <= this_day
    ]
    stood = AsOf(db, end_of_day(this_day))
    load_together(
        [stood] if written is None else [stood, written], "actions", [r["id"] for r in records]
    )
    people = People(db, written)
    present = attendance(db, meeting["id"])
    items = agenda_items(db, meeting["id"])
    people.load(
        [a["person_id"] for a in present]
        + [r["owner_id"] for r in records]
        + [meeting["chair_id"], meeting["secretary_id"]]
        + [i["presenter_id"] for i in items]
    )
    secret = confidential_items(db, records)
    by_item: dict[str, list[data.Decision]] = {}
    mine = []
    for owner, item_id, decision in numbered_decisions(db, meeting):
        if owner == meeting["id"]:
            mine.append(decision)
            by_item.setdefault(item_id, []).append(decision)
    start = meeting["starts_at"]
    earlier = [local_date(m["starts_at"]) for m in meetings if m["starts_at"] < start]
    since = earlier[-1] if earlier else None
    listed: list[data.Action] = []
    under_item: dict[str, list[data.Action]] = {}
    for record in records:
        if record["meeting_id"] not in agreed and not stood.existed("actions", record["id"]):
            continue  # entered after the meeting, agreed at none of the table's meetings
        item = action(record, secret, agreed, people, progress=stood)
        done = item.done_on
        if item.status not in OPEN and done is not None and done > this_day:
            # Finished after this meeting (no history says when): then still to be done.
            item = replace(item, status=ActionStatus.OPEN, done_on=None)
        if record["meeting_id"] == meeting["id"] and record["agenda_item_id"]:
            under_item.setdefault(record["agenda_item_id"], []).append(item)
        reported_now = (
            item.status not in OPEN
            and done is not None
            and done <= this_day
            and (since is None or done > since)
        )
        if item.status in OPEN or reported_now:
            listed.append(item)
    attendees = tuple(
        data.Attendee(
            person=people.get(a["person_id"]),  # type: ignore[arg-type]
            status=a["status"],
            is_chair=a["person_id"] == meeting["chair_id"],
            is_secretary=a["person_id"] == meeting["secretary_id"],
        )
        for a in present
    )
    head = header(meeting, people)
    if written is not None:  # the status and the adoption day are those of now
        head = replace(
            head, status=meeting["status"], minutes_approved_on=meeting["minutes_approved_on"]
        )
    return data.MinutesData(
        meeting=head,
        attendees=attendees,
        agenda=entries_from(
            start, item_views(items, people), by_item, _sorted(under_item), internal
        ),
        decisions=tuple(d for d in mine if internal or not d.confidential),
        actions=visible(listed, internal),
        internal=internal,
        next_meeting=next_meeting(db, meeting, meetings, written),
    )


def _sorted(groups: dict[str, list[data.Action]]) -> dict[str, list[data.Action]]:
    return {key: sorted(items, key=action_sort_key) for key, items in groups.items()}


def actions_data(source: Source, table_id: str, internal: bool) -> data.ActionsData:
    """The besluiten- en actielijst: every decision, numbered, and the open actions."""
    with plain_of(source) as db:
        return actions_list(db, table_id, internal)


def actions_list(db: Plain, table_id: str, internal: bool) -> data.ActionsData:
    """:func:`actions_data` on an open transaction ``db``."""
    table = table_record(db, table_id)
    first = db.first(
        "SELECT id, table_id, starts_at FROM meetings WHERE table_id = :table"
        " ORDER BY starts_at, id LIMIT 1",
        {"table": table_id},
    )
    decisions: list[data.Decision] = []
    agreed: dict[str, date] = {}
    if first is not None:
        earliest = {"id": first["id"], "table_id": first["table_id"]}
        decisions = [d for _m, _i, d in numbered_decisions(db, earliest)]
        agreed = {m["id"]: local_date(m["starts_at"]) for m in meetings_of(db, earliest)}
    records = [r for r in table_actions(db, table_id, "") if r["status"] in OPEN]
    people = People(db)
    secretary = next((s["person_id"] for s in seats(db, table_id) if s["role"] is _SECRETARY), None)
    people.load([r["owner_id"] for r in records] + [secretary])
    secret = confidential_items(db, records)
    open_actions = [action(r, secret, agreed, people) for r in records]
    return data.ActionsData(
        table_id=table["id"],
        table_title=table["title"],
        decisions=tuple(d for d in decisions if internal or not d.confidential),
        open_actions=visible(open_actions, internal),
        secretary=people.get(secretary),
        made_on=date.today(),
        internal=internal,
    )


_SECRETARY = MemberRole.SECRETARY


# What the convocatie, the presentielijst and the tafelrapportage (report_agenda_data.py,
# report_attendance_data.py, report_table_data.py) and their tests still import from here:
# it goes when they use report_rows. SQLAlchemy is imported only when one of them is called.


def load_meeting(session: "Session", meeting_id: str) -> "Meeting":
    """A meeting with everything a report of it shows; an unknown id is a UserError."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from ontwikkeltafel.i18n import UserError
    from ontwikkeltafel.model import AgendaItem, Attendance, Meeting, Person

    query = (
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.agenda).selectinload(AgendaItem.decisions),
            selectinload(Meeting.agenda)
            .selectinload(AgendaItem.presenter)
            .selectinload(Person.organisation),
            selectinload(Meeting.attendance)
            .selectinload(Attendance.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.chair).selectinload(Person.organisation),
            selectinload(Meeting.secretary).selectinload(Person.organisation),
            selectinload(Meeting.table),
        )
    )
    meeting = session.scalars(query).first()
    if meeting is None:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    return meeting


def agenda_entries(
    meeting: Any,
    items: list[ItemView],
    decisions: dict[str, list[data.Decision]],
    actions: dict[str, list[data.Action]],
    internal: bool,
) -> tuple[data.AgendaEntry, ...]:
    """The agenda with planned start times of ``meeting`` (anything with a ``starts_at``)."""
    return entries_from(meeting.starts_at, items, decisions, actions, internal)


def load_table(session: "Session", table_id: str) -> "Table":
    """A table; an unknown id is a UserError."""
    from ontwikkeltafel.i18n import UserError
    from ontwikkeltafel.model import Table

    table = session.get(Table, table_id)
    if table is None:
        raise UserError("report.unknown_table", table_id=table_id)
    return table


def table_meetings(session: "Session", meeting: "Meeting") -> "list[Meeting]":
    """The meetings of the same table in date order (only itself when it has no table)."""
    from sqlalchemy import select

    from ontwikkeltafel.model import Meeting

    if meeting.table_id is None:
        return [meeting]
    query = (
        select(Meeting)
        .where(Meeting.table_id == meeting.table_id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(session.scalars(query))


def items_now(meeting: "Meeting", past: "OrmAsOf | None" = None) -> list[ItemView]:
    """The meeting's agenda items as they are (presenters as at ``past``'s moment)."""
    from ontwikkeltafel.services.report_parts import person

    return [
        ItemView(
            id=item.id,
            position=item.position,
            title=item.title,
            kind=item.kind,
            planned_minutes=item.planned_minutes,
            presenter=person(item.presenter, past),
            description=item.description,
            minutes=item.minutes,
            confidential=item.confidential,
            started_at=item.started_at,
            ended_at=item.ended_at,
        )
        for item in meeting.agenda
    ]

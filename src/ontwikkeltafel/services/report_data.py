"""Query services of the verslag and the besluiten- en actielijst, through plain SQL.

Confidential parts stay out unless an internal report is asked for. A report reads in
one transaction (``plain_of``): on a SQLite file sqlite3 itself, without SQLAlchemy.
"""

import json
import logging
from dataclasses import replace
from datetime import date

from ontwikkeltafel.model import ActionStatus, MeetingStatus, MemberRole
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.data_json import from_json
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.past import AsOf, end_of_day, load_together
from ontwikkeltafel.services.report_rows import (
    OPEN,
    action,
    action_sort_key,
    agenda_entries,
    agenda_items,
    confidential_items,
    items_now,
    next_meeting,
    numbered_decisions,
    table_actions,
    table_record,
    visible,
)
from ontwikkeltafel.services.report_stood import (
    People,
    Record,
    attendance,
    header,
    local_date,
    meeting_record,
    seats,
    table_meetings,
    typed_row,
)
from ontwikkeltafel.store.plain import Plain

logger = logging.getLogger(__name__)


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
                upcoming = next_meeting(db, meeting, table_meetings(db, meeting), then)
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
    meetings = table_meetings(db, meeting)
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
        agenda=agenda_entries(
            start, items_now(items, people), by_item, _sorted(under_item), internal
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
        agreed = {m["id"]: local_date(m["starts_at"]) for m in table_meetings(db, earliest)}
    records = [r for r in table_actions(db, table_id, "") if r["status"] in OPEN]
    people = People(db)
    secretary = next(
        (s["person_id"] for s in seats(db, table_id) if s["role"] is MemberRole.SECRETARY), None
    )
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

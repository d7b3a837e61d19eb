"""Query services that gather the plain data of each report.

Confidential parts stay out unless an internal report is asked for.
"""

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    Meeting,
    MeetingStatus,
    MemberRole,
    Person,
    Table,
    TableMember,
)
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.data_json import from_json
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.as_of import AsOf, end_of_day, load_together
from ontwikkeltafel.services.report_parts import (
    OPEN,
    action,
    action_sort_key,
    confidential_items,
    header,
    load_people,
    local_date,
    next_meeting,
    numbered_decisions,
    person,
    table_actions,
)

logger = logging.getLogger(__name__)


def load_meeting(session: Session, meeting_id: str) -> Meeting:
    """A meeting with everything a report of it shows; an unknown id is a UserError."""
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


def table_meetings(session: Session, meeting: Meeting) -> list[Meeting]:
    """The meetings of the same table in date order (only itself when it has no table)."""
    if meeting.table_id is None:
        return [meeting]
    query = (
        select(Meeting)
        .where(Meeting.table_id == meeting.table_id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(session.scalars(query))


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


def items_now(meeting: Meeting, past: AsOf | None = None) -> list[ItemView]:
    """The meeting's agenda items as they are (presenters as at ``past``'s moment)."""
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


def agenda_entries(
    meeting: Meeting,
    items: list[ItemView],
    decisions: dict[str, list[data.Decision]],
    actions: dict[str, list[data.Action]],
    internal: bool,
) -> tuple[data.AgendaEntry, ...]:
    """The agenda with planned start times (counted over every item, also left-out ones).

    An item's start is known when every item before it has planned minutes; after one
    without, the starts are left out (None) rather than repeated.
    """
    entries = []
    start: datetime | None = meeting.starts_at
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


def minutes_data(sessions: SessionFactory, meeting_id: str, internal: bool) -> data.MinutesData:
    """The verslag: attendance, agenda with minutes, decisions and the living actielijst.

    A concept shows the actions as they stood at the end of the meeting's day. An adopted
    verslag is the one kept at its adoption; without one (a file from another tool) it
    is made as it stood at the end of the adoption day.
    """
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        if meeting.status is MeetingStatus.MINUTES_APPROVED:
            adopted_in = adoption_meeting_day(session, meeting)
            kept = adopted_minutes(meeting)
            if kept is not None:
                kept = replace(kept, adopted_in=adopted_in)
                if '"next_meeting"' not in (meeting.adoption_document or ""):
                    # Kept before the verslag named the next meeting: as it stood then.
                    day = meeting.minutes_approved_on
                    then = AsOf(session, end_of_day(day)) if day is not None else None
                    upcoming = next_meeting(
                        session, meeting, table_meetings(session, meeting), then
                    )
                    kept = replace(kept, next_meeting=upcoming)
                return kept if internal else participant_version(kept)
            if meeting.minutes_approved_on is not None:
                written = AsOf(session, end_of_day(meeting.minutes_approved_on))
                made = build_minutes(session, meeting, internal, written)
                return replace(made, adopted_in=adopted_in)
        return build_minutes(session, meeting, internal)


def adoption_meeting_day(session: Session, meeting: Meeting) -> date | None:
    """The day of the later meeting of the table in which the verslag was adopted, if any."""
    day = meeting.minutes_approved_on
    if day is None or meeting.table_id is None:
        return None
    query = select(Meeting.starts_at).where(
        Meeting.table_id == meeting.table_id,
        Meeting.id != meeting.id,
        Meeting.starts_at > meeting.starts_at,
        Meeting.starts_at <= end_of_day(day),
    )
    return day if any(local_date(s) == day for s in session.scalars(query)) else None


def adopted_minutes(meeting: Meeting) -> data.MinutesData | None:
    """The internal verslag kept at adoption (None when there is none it can read)."""
    if not meeting.adoption_document:
        return None
    try:
        kept = from_json(data.MinutesData, json.loads(meeting.adoption_document))
    except (ValueError, TypeError):  # NotReadable and JSONDecodeError are ValueErrors
        logger.warning("adoption document of meeting %s unreadable; rebuilt", meeting.id)
        return None
    adopted = replace(
        kept.meeting, status=meeting.status, minutes_approved_on=meeting.minutes_approved_on
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
    session: Session, meeting: Meeting, internal: bool, written: AsOf | None = None
) -> data.MinutesData:
    """The verslag made from the records as they stand, and as they stood.

    The actions' progress is as at the end of the meeting's day; with ``written``,
    people and what the actions say are as at its moment.
    """
    meetings = table_meetings(session, meeting)
    agreed = {m.id: local_date(m.starts_at) for m in meetings}
    this_day = local_date(meeting.starts_at)
    records = [
        r
        for r in table_actions(session, meeting.table_id, meeting.id)
        if agreed.get(r.meeting_id or "", this_day) <= this_day
    ]
    stood = AsOf(session, end_of_day(this_day))
    load_together(
        [stood] if written is None else [stood, written], "actions", [r.id for r in records]
    )
    if written is not None:
        people = [a.person for a in meeting.attendance] + [r.owner for r in records]
        people += [meeting.chair, meeting.secretary] + [i.presenter for i in meeting.agenda]
        load_people(written, people)
    secret = confidential_items(session, records)
    by_item: dict[str, list[data.Decision]] = {}
    mine = []
    for owner, item_id, decision in numbered_decisions(session, meeting):
        if owner == meeting.id:
            mine.append(decision)
            by_item.setdefault(item_id, []).append(decision)
    earlier = [local_date(m.starts_at) for m in meetings if m.starts_at < meeting.starts_at]
    since = earlier[-1] if earlier else None
    listed: list[data.Action] = []
    under_item: dict[str, list[data.Action]] = {}
    for record in records:
        if record.meeting_id not in agreed and not stood.existed(record):
            continue  # entered after the meeting, agreed at none of the table's meetings
        item = action(record, secret, agreed, progress=stood, texts=written)
        done = item.done_on
        if item.status not in OPEN and done is not None and done > this_day:
            # Finished after this meeting (no history says when): then still to be done.
            item = replace(item, status=ActionStatus.OPEN, done_on=None)
        if record.meeting_id == meeting.id and record.agenda_item_id:
            under_item.setdefault(record.agenda_item_id, []).append(item)
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
            person=person(a.person, written),  # type: ignore[arg-type]
            status=a.status,
            is_chair=a.person_id == meeting.chair_id,
            is_secretary=a.person_id == meeting.secretary_id,
        )
        for a in meeting.attendance
    )
    head = header(meeting)
    if written is not None:
        head = replace(header(meeting, written), status=head.status)
        head = replace(head, minutes_approved_on=meeting.minutes_approved_on)
    items = items_now(meeting, written)
    return data.MinutesData(
        meeting=head,
        attendees=attendees,
        agenda=agenda_entries(meeting, items, by_item, _sorted(under_item), internal),
        decisions=tuple(d for d in mine if internal or not d.confidential),
        actions=visible(listed, internal),
        internal=internal,
        next_meeting=next_meeting(session, meeting, meetings, written),
    )


def _sorted(groups: dict[str, list[data.Action]]) -> dict[str, list[data.Action]]:
    return {key: sorted(items, key=action_sort_key) for key, items in groups.items()}


def visible(items: list[data.Action], internal: bool) -> tuple[data.Action, ...]:
    """Actions in number order, without the confidential ones in a participant version."""
    shown = [a for a in items if internal or not a.confidential]
    return tuple(sorted(shown, key=action_sort_key))


def load_table(session: Session, table_id: str) -> Table:
    """A table; an unknown id is a UserError."""
    table = session.get(Table, table_id)
    if table is None:
        raise UserError("report.unknown_table", table_id=table_id)
    return table


def actions_data(sessions: SessionFactory, table_id: str, internal: bool) -> data.ActionsData:
    """The besluiten- en actielijst: every decision, numbered, and the open actions."""
    with sessions() as session:
        table = load_table(session, table_id)
        first = session.scalars(
            select(Meeting).where(Meeting.table_id == table_id).order_by(Meeting.starts_at)
        ).first()
        decisions: list[data.Decision] = []
        agreed: dict[str, date] = {}
        if first is not None:
            decisions = [d for _m, _i, d in numbered_decisions(session, first)]
            agreed = {m.id: local_date(m.starts_at) for m in table_meetings(session, first)}
        records = [r for r in table_actions(session, table_id, "") if r.status in OPEN]
        secret = confidential_items(session, records)
        open_actions = [action(r, secret, agreed) for r in records]
        return data.ActionsData(
            table_id=table.id,
            table_title=table.title,
            decisions=tuple(d for d in decisions if internal or not d.confidential),
            open_actions=visible(open_actions, internal),
            secretary=_member(session, table_id, MemberRole.SECRETARY),
            made_on=date.today(),
            internal=internal,
        )


def _member(session: Session, table_id: str, role: MemberRole) -> data.Person | None:
    query = (
        select(TableMember)
        .where(TableMember.table_id == table_id, TableMember.role == role)
        .options(selectinload(TableMember.person).selectinload(Person.organisation))
        .order_by(TableMember.position)
    )
    member = session.scalars(query).first()
    return person(member.person) if member else None

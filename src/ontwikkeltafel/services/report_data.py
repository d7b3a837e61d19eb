"""Query services that gather the plain data of each report.

Confidential parts stay out unless an internal report is asked for.
"""

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItem,
    Attendance,
    Meeting,
    MemberRole,
    Person,
    Table,
    TableMember,
)
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.report_parts import (
    OPEN,
    action,
    action_sort_key,
    confidential_items,
    header,
    local_date,
    numbered_decisions,
    person,
    table_actions,
)


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


def _table_meetings(session: Session, meeting: Meeting) -> list[Meeting]:
    """The meetings of the same table in date order (only itself when it has no table)."""
    if meeting.table_id is None:
        return [meeting]
    query = (
        select(Meeting)
        .where(Meeting.table_id == meeting.table_id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(session.scalars(query))


def _agenda(
    meeting: Meeting,
    decisions: dict[str, list[data.Decision]],
    actions: dict[str, list[data.Action]],
    internal: bool,
) -> tuple[data.AgendaEntry, ...]:
    """The agenda with planned start times (counted over every item, also left-out ones)."""
    entries = []
    start = meeting.starts_at
    for item in meeting.agenda:
        if internal or not item.confidential:
            entries.append(
                data.AgendaEntry(
                    position=item.position,
                    title=item.title,
                    kind=item.kind,
                    planned_minutes=item.planned_minutes,
                    planned_start=start,
                    presenter=person(item.presenter),
                    description=item.description,
                    minutes=item.minutes,
                    confidential=item.confidential,
                    decisions=tuple(decisions.get(item.id, ())),
                    actions=tuple(actions.get(item.id, ())),
                )
            )
        start = start + timedelta(minutes=item.planned_minutes or 0)
    return tuple(entries)


def minutes_data(sessions: SessionFactory, meeting_id: str, internal: bool) -> data.MinutesData:
    """The verslag: attendance, agenda with minutes, decisions and the living actielijst."""
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        meetings = _table_meetings(session, meeting)
        agreed = {m.id: local_date(m.starts_at) for m in meetings}
        records = table_actions(session, meeting.table_id, meeting.id)
        secret = confidential_items(session, records)
        by_item: dict[str, list[data.Decision]] = {}
        mine = []
        for owner, item_id, decision in numbered_decisions(session, meeting):
            if owner == meeting.id:
                mine.append(decision)
                by_item.setdefault(item_id, []).append(decision)
        this_day = local_date(meeting.starts_at)
        earlier = [local_date(m.starts_at) for m in meetings if m.starts_at < meeting.starts_at]
        since = earlier[-1] if earlier else None
        listed: list[data.Action] = []
        under_item: dict[str, list[data.Action]] = {}
        for record in records:
            made = agreed.get(record.meeting_id or "")
            if made is not None and made > this_day:
                continue
            item = action(record, secret, agreed)
            done = record.done_on
            if record.status not in OPEN and done is not None and done > this_day:
                # Finished after this meeting: on this verslag it was still to be done.
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
                person=person(a.person),  # type: ignore[arg-type]
                status=a.status,
                is_chair=a.person_id == meeting.chair_id,
                is_secretary=a.person_id == meeting.secretary_id,
            )
            for a in meeting.attendance
        )
        return data.MinutesData(
            meeting=header(meeting),
            attendees=attendees,
            agenda=_agenda(meeting, by_item, _sorted(under_item), internal),
            decisions=tuple(d for d in mine if internal or not d.confidential),
            actions=_visible(listed, internal),
            internal=internal,
        )


def _sorted(groups: dict[str, list[data.Action]]) -> dict[str, list[data.Action]]:
    return {key: sorted(items, key=action_sort_key) for key, items in groups.items()}


def _visible(items: list[data.Action], internal: bool) -> tuple[data.Action, ...]:
    """Actions in number order, without the confidential ones in a participant version."""
    shown = [a for a in items if internal or not a.confidential]
    return tuple(sorted(shown, key=action_sort_key))


def agenda_data(sessions: SessionFactory, meeting_id: str, internal: bool) -> data.AgendaData:
    """The convocatie: the agenda with times, the verslag to adopt, the open actions."""
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        meetings = _table_meetings(session, meeting)
        earlier = [m for m in meetings if m.starts_at < meeting.starts_at]
        agreed = {m.id: local_date(m.starts_at) for m in meetings}
        records = [
            r for r in table_actions(session, meeting.table_id, meeting.id) if r.status in OPEN
        ]
        secret = confidential_items(session, records)
        open_actions = [action(r, secret, agreed) for r in records]
        return data.AgendaData(
            meeting=header(meeting),
            agenda=_agenda(meeting, {}, {}, internal),
            previous_minutes=header(earlier[-1]) if earlier else None,
            open_actions=_visible(open_actions, internal),
            invitees=_invitees(session, meeting),
            internal=internal,
        )


def _invitees(session: Session, meeting: Meeting) -> tuple[data.Person, ...]:
    """The table's members and whoever is on the meeting's attendance list, once each."""
    people: dict[str, data.Person] = {}
    if meeting.table_id is not None:
        query = (
            select(TableMember)
            .where(TableMember.table_id == meeting.table_id)
            .options(selectinload(TableMember.person).selectinload(Person.organisation))
            .order_by(TableMember.position)
        )
        for member in session.scalars(query):
            people[member.person_id] = person(member.person)  # type: ignore[assignment]
    for entry in meeting.attendance:
        people.setdefault(entry.person_id, person(entry.person))  # type: ignore[arg-type]
    return tuple(people.values())


def invite_data(sessions: SessionFactory, meeting_id: str) -> data.InviteData:
    """An invitation: never internal, it goes to everyone invited."""
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        return data.InviteData(
            meeting=header(meeting),
            agenda=_agenda(meeting, {}, {}, internal=False),
            organizer=person(meeting.secretary),
            attendees=_invitees(session, meeting),
        )


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
            agreed = {m.id: local_date(m.starts_at) for m in _table_meetings(session, first)}
        records = [r for r in table_actions(session, table_id, "") if r.status in OPEN]
        secret = confidential_items(session, records)
        open_actions = [action(r, secret, agreed) for r in records]
        return data.ActionsData(
            table_id=table.id,
            table_title=table.title,
            decisions=tuple(d for d in decisions if internal or not d.confidential),
            open_actions=_visible(open_actions, internal),
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

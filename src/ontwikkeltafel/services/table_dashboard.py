"""Where a table stands: open actions, concerns, attendance, last and next meeting (no Qt)."""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import (
    AMSTERDAM,
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Concern,
    ConcernStatus,
    Decision,
    DocumentKind,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
)
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.lists import person_of

OPEN_ACTIONS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
LAST_MEETINGS = 6  # attendance is counted over this many meetings
MISSED = (AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)


class Missing(StrEnum):
    """What the next meeting still lacks."""

    INVITATION = "invitation"  # no invitation (convocatie) made yet (documents_sent)
    PREVIOUS_MINUTES = "previous_minutes"  # the verslag of the last meeting not adopted


@dataclass(frozen=True)
class OpenActions:
    """The open actions (open or in progress) of one organisation; ``""``: owner without one."""

    organisation_id: str | None
    organisation: str
    open: int
    overdue: int


@dataclass(frozen=True)
class Attended:
    """One organisation's attendance over the last meetings: expected rows, present, missed."""

    organisation_id: str | None
    organisation: str
    expected: int
    present: int
    missed: int


@dataclass(frozen=True)
class Absentee:
    """Someone who keeps missing: away at ``missed`` of the ``listed`` last meetings."""

    person: data.Person
    organisation: str
    missed: int
    listed: int


@dataclass(frozen=True)
class MeetingLine:
    """A meeting as the dashboard names it."""

    id: str
    title: str
    starts_at: datetime
    status: MeetingStatus


@dataclass(frozen=True)
class Dashboard:
    """Where a table stands on ``today``; plain data for the table page."""

    table_id: str
    today: date
    actions: tuple[OpenActions, ...]  # most open first
    open_actions: int
    overdue_actions: int
    concerns: tuple[tuple[ConcernStatus, int], ...]  # every status, in the domain's order
    meetings_counted: tuple[MeetingLine, ...]  # the last six, newest first
    attendance: tuple[Attended, ...]  # most missed first
    absentees: tuple[Absentee, ...]  # who keeps missing, most missed first
    last_meeting: MeetingLine | None
    decisions: tuple[str, ...]  # of the last meeting, in agenda order
    next_meeting: MeetingLine | None
    missing: tuple[Missing, ...]  # what the next meeting still lacks


def table_dashboard(sessions: SessionFactory, table_id: str, today: date) -> Dashboard:
    """The figures of the table ``table_id`` on ``today`` (a handful of queries)."""
    start = datetime.combine(today, time(), AMSTERDAM)  # the day starts in Amsterdam
    with sessions() as session:
        actions = _actions(session, table_id, today)
        concerns = _concerns(session, table_id)
        past = _meetings(session, table_id, start, before=True)
        upcoming = _meetings(session, table_id, start, before=False)
        attendance, absentees = _attendance(session, [m.id for m, _sent in past])
        last = past[0] if past else None
        decisions = _decisions(session, last[0].id) if last else ()
    next_meeting = upcoming[0] if upcoming else None
    missing: list[Missing] = []
    if next_meeting is not None:
        if not _made(next_meeting[1], DocumentKind.AGENDA):
            missing.append(Missing.INVITATION)
        if last is not None and last[0].status is not MeetingStatus.MINUTES_APPROVED:
            missing.append(Missing.PREVIOUS_MINUTES)
    return Dashboard(
        table_id=table_id,
        today=today,
        actions=tuple(actions),
        open_actions=sum(a.open for a in actions),
        overdue_actions=sum(a.overdue for a in actions),
        concerns=concerns,
        meetings_counted=tuple(m for m, _sent in past),
        attendance=attendance,
        absentees=absentees,
        last_meeting=last[0] if last else None,
        decisions=decisions,
        next_meeting=next_meeting[0] if next_meeting else None,
        missing=tuple(missing),
    )


def _made(sent: str | None, kind: DocumentKind) -> bool:
    """Whether ``documents_sent`` (JSON, see services/documents_sent.py) names ``kind``."""
    return any(entry.get("kind") == kind.value for entry in json.loads(sent or "[]"))


def _actions(session: Session, table_id: str, today: date) -> list[OpenActions]:
    overdue = func.sum(case((Action.due_on < today, 1), else_=0))
    query = (
        select(Organisation.id, Organisation.name, func.count(), overdue)
        .select_from(Action)
        .outerjoin(Person, Action.owner_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Action.table_id == table_id, Action.status.in_(OPEN_ACTIONS))
        .group_by(Organisation.id, Organisation.name)
    )
    rows = [
        OpenActions(org_id, name or "", int(count), int(late or 0))
        for org_id, name, count, late in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (-r.open, -r.overdue, r.organisation == "", r.organisation))


def _concerns(session: Session, table_id: str) -> tuple[tuple[ConcernStatus, int], ...]:
    query = (
        select(Concern.status, func.count())
        .where(Concern.table_id == table_id)
        .group_by(Concern.status)
    )
    counts = {ConcernStatus(status): int(n) for status, n in session.execute(query)}
    return tuple((status, counts.get(status, 0)) for status in ConcernStatus)


def _meetings(
    session: Session, table_id: str, start: datetime, *, before: bool
) -> list[tuple[MeetingLine, str | None]]:
    """The last six meetings before ``start`` (newest first), or the first one from it."""
    query = select(
        Meeting.id, Meeting.title, Meeting.starts_at, Meeting.status, Meeting.documents_sent
    ).where(Meeting.table_id == table_id)
    if before:
        query = query.where(Meeting.starts_at < start)
        query = query.order_by(Meeting.starts_at.desc(), Meeting.id).limit(LAST_MEETINGS)
    else:
        query = query.where(Meeting.starts_at >= start)
        query = query.order_by(Meeting.starts_at, Meeting.id).limit(1)
    return [
        (MeetingLine(mid, title, starts_at, MeetingStatus(status)), sent)
        for mid, title, starts_at, status, sent in session.execute(query)
    ]


def _attendance(
    session: Session, meeting_ids: list[str]
) -> tuple[tuple[Attended, ...], tuple[Absentee, ...]]:
    """Attendance per organisation over ``meeting_ids``, and who missed at least half of them."""
    if not meeting_ids:
        return (), ()
    query = (
        select(
            Attendance.status,
            Person.id,
            Person.first_name,
            Person.prefix,
            Person.last_name,
            Organisation.id,
            Organisation.name,
        )
        .join(Person, Attendance.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(
            Attendance.meeting_id.in_(meeting_ids),
            Attendance.status != AttendanceStatus.GUEST,  # guests are not expected
        )
    )
    per_org: dict[tuple[str | None, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    per_person: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    people: dict[str, tuple[data.Person, str]] = {}
    for status, pid, first, prefix, last, org_id, org_name in session.execute(query):
        away = AttendanceStatus(status) in MISSED
        figures = per_org[(org_id, org_name or "")]
        figures[0] += 1
        figures[1 if not away else 2] += 1
        per_person[pid][0] += 1
        per_person[pid][1] += away
        person = person_of(pid, first, prefix, last)
        assert person is not None
        people[pid] = (person, org_name or "")
    attended = sorted(
        (Attended(org_id, name, *figures) for (org_id, name), figures in per_org.items()),
        key=lambda a: (-a.missed, a.organisation == "", a.organisation),
    )
    absentees = sorted(
        (
            Absentee(people[pid][0], people[pid][1], missed, listed)
            for pid, (listed, missed) in per_person.items()
            if missed >= 2 and missed * 2 >= listed
        ),
        key=lambda a: (-a.missed, a.person.last_name, a.person.first_name, a.person.id),
    )
    return tuple(attended), tuple(absentees)


def _decisions(session: Session, meeting_id: str) -> tuple[str, ...]:
    query = (
        select(Decision.text)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, Decision.position, Decision.id)
    )
    return tuple(session.scalars(query))

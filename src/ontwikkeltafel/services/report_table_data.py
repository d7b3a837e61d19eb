"""The query service behind the table report (tafelrapportage): all a table produced."""

from collections import Counter
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Concern,
    ConcernStatus,
    DevelopmentPoint,
    Meeting,
    MemberRole,
    Person,
    Practice,
    TableMember,
)
from ontwikkeltafel.model.links import agenda_item_practices
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.table_report_parts import point_order
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.as_of import end_of_day, timelines
from ontwikkeltafel.services.report_data import actions_data, load_table
from ontwikkeltafel.services.report_parts import local_date, person


def _members(session: Session, table_id: str) -> tuple[data.Member, ...]:
    query = (
        select(TableMember)
        .where(TableMember.table_id == table_id)
        .options(selectinload(TableMember.person).selectinload(Person.organisation))
        .order_by(TableMember.position)
    )
    return tuple(
        data.Member(person=person(m.person), role=m.role)  # type: ignore[arg-type]
        for m in session.scalars(query)
    )


def _meetings(session: Session, table_id: str) -> list[Meeting]:
    query = (
        select(Meeting)
        .where(Meeting.table_id == table_id)
        .options(
            selectinload(Meeting.attendance)
            .selectinload(Attendance.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.agenda),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(session.scalars(query))


def _summary(meeting: Meeting) -> data.MeetingSummary:
    """A meeting with how many were present per sector (code; "other" without one)."""
    sectors: Counter[str] = Counter()
    for entry in meeting.attendance:
        if entry.status in (AttendanceStatus.PRESENT, AttendanceStatus.GUEST):
            organisation = entry.person.organisation
            sectors[organisation.sector.value if organisation else "other"] += 1
    timed = tuple(
        data.TimedItem(
            title=item.title,
            planned_minutes=item.planned_minutes,
            taken_minutes=round((item.ended_at - item.started_at).total_seconds() / 60),
            confidential=item.confidential,
        )
        for item in meeting.agenda
        if item.started_at is not None and item.ended_at is not None
    )
    return data.MeetingSummary(
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        status=meeting.status,
        present_by_sector=dict(sectors),
        timed_items=timed,
    )


def _concerns(session: Session, table_id: str, held: dict[str, date]) -> list[data.ConcernItem]:
    query = (
        select(Concern)
        .where(Concern.table_id == table_id)
        .options(selectinload(Concern.themes), selectinload(Concern.practices))
        .order_by(Concern.title, Concern.id)
    )
    return [
        data.ConcernItem(
            id=c.id,
            kind=c.kind,
            title=c.title,
            description=c.description,
            status=c.status,
            resolution=c.resolution,
            raised_on=held.get(c.raised_in_meeting_id or ""),
            themes=tuple(sorted(t.name for t in c.themes)),
            practices=tuple(sorted(p.title for p in c.practices)),
        )
        for c in session.scalars(query)
    ]


def _history(
    session: Session, concerns: list[data.ConcernItem], dates: list[date]
) -> tuple[data.ConcernStatusPoint, ...]:
    """Per meeting date: the concerns there were by the end of that day, by their status then.

    A concern counts from the meeting where it was raised (else from when it was entered;
    from the start when neither is known), with the status the history gives for that
    day (its status now when nothing changed it since).
    """
    lines = timelines(session, "concerns", [c.id for c in concerns], "status")
    steady = [(c.raised_on, c.status) for c in concerns if lines[c.id].empty]
    changed = [(c, lines[c.id]) for c in concerns if not lines[c.id].empty]
    points = []
    for day in dates:
        counts = Counter(status for raised, status in steady if raised is None or raised <= day)
        moment = end_of_day(day)
        for concern, line in changed:
            existed, code = line.at(moment, concern.status.value)
            raised = concern.raised_on
            if (raised is not None and raised > day) or (raised is None and not existed):
                continue
            try:
                counts[ConcernStatus(code)] += 1
            except ValueError:
                counts[concern.status] += 1
        points.append(data.ConcernStatusPoint(on=day, counts=dict(counts)))
    return tuple(points)


def _practices(session: Session, table_id: str, meeting_ids: list[str]) -> list[Practice]:
    """The good practices named by the table's concerns or discussed at its meetings."""
    by_concern = select(Practice.id).join(Concern.practices).where(Concern.table_id == table_id)
    by_item = (
        select(agenda_item_practices.c.practice_id)
        .join(AgendaItem, AgendaItem.id == agenda_item_practices.c.agenda_item_id)
        .where(AgendaItem.meeting_id.in_(meeting_ids))
    )
    ids = set(session.scalars(by_concern)) | set(session.scalars(by_item))
    query = (
        select(Practice)
        .where(Practice.id.in_(sorted(ids)))
        .options(selectinload(Practice.organisations), selectinload(Practice.themes))
        .order_by(Practice.title)
    )
    return list(session.scalars(query))


def table_report_data(
    sessions: SessionFactory, table_id: str, internal: bool
) -> data.TableReportData:
    """Everything the tafelrapportage shows, with two charts' worth of figures."""
    listing = actions_data(sessions, table_id, internal)
    with sessions() as session:
        table = load_table(session, table_id)
        meetings = _meetings(session, table_id)
        held = {m.id: local_date(m.starts_at) for m in meetings}
        concerns = _concerns(session, table_id, held)
        points = session.scalars(
            select(DevelopmentPoint)
            .where(DevelopmentPoint.table_id == table_id)
            .options(selectinload(DevelopmentPoint.concerns), selectinload(DevelopmentPoint.owner))
            .order_by(DevelopmentPoint.id)  # sorted below, as the report shows them
        )
        return data.TableReportData(
            table_id=table.id,
            title=table.title,
            goal=table.goal,
            description=table.description,
            started_on=table.started_on,
            ended_on=table.ended_on,
            themes=tuple(sorted(t.name for t in table.themes)),
            members=_members(session, table_id),
            meetings=tuple(_summary(m) for m in meetings),
            concerns=tuple(concerns),
            practices=tuple(
                data.PracticeItem(
                    title=p.title,
                    summary=p.summary,
                    description=p.description,
                    organisations=tuple(sorted(o.name for o in p.organisations)),
                    region=p.region,
                    source=p.source,
                    success_factors=p.success_factors,
                    themes=tuple(sorted(t.name for t in p.themes)),
                )
                for p in _practices(session, table_id, list(held))
            ),
            development_points=tuple(
                sorted(
                    (
                        data.DevelopmentPointItem(
                            title=d.title,
                            description=d.description,
                            status=d.status,
                            owner=person(d.owner),
                            concerns=tuple(sorted((c.title for c in d.concerns), key=fold)),
                        )
                        for d in points
                    ),
                    key=point_order,
                )
            ),
            decisions=listing.decisions,
            open_actions=listing.open_actions,
            concern_history=_history(session, concerns, sorted(set(held.values()))),
            secretary=listing.secretary or _chair(session, table_id),
            made_on=date.today(),
            internal=internal,
        )


def _chair(session: Session, table_id: str) -> data.Person | None:
    """The chair, who signs for a table without a secretary."""
    query = select(TableMember).where(
        TableMember.table_id == table_id, TableMember.role == MemberRole.CHAIR
    )
    member = session.scalars(query).first()
    return person(member.person) if member else None

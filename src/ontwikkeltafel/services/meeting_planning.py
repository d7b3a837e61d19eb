"""Planning the next meeting of a table: from its agenda template, with what is still open.

The new meeting gets the table's agenda template (or the usual Dutch skeleton), an item
to adopt the previous verslag when one waits for adoption, an actielijst item when actions
are open, the chair and secretary of the table, and every member on the attendance list.
"""

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange.values import AMSTERDAM
from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    AgendaItemKind,
    AgendaTemplateItem,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Table,
    TableMember,
)
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.reports.format import long_date
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.meeting_status import last_held
from ontwikkeltafel.services.minutes_editing import OPEN
from ontwikkeltafel.store.engine import write_transaction

Kind = AgendaItemKind
# The skeleton of CONVENTIONS-nl.md, for a table without a template: (kind, minutes).
SKELETON = [
    (Kind.OPENING, 5),
    (Kind.ANNOUNCEMENTS, 10),
    (Kind.AGENDA, 5),
    (Kind.ANY_OTHER_BUSINESS, 10),
    (Kind.CLOSING, 5),
]
# Items that come before what is picked up from earlier meetings.
_OPENING_KINDS = (Kind.OPENING, Kind.ANNOUNCEMENTS, Kind.AGENDA)
DEFAULT_START = time(15, 0)
DEFAULT_LENGTH = timedelta(minutes=90)
DEFAULT_GAP = timedelta(weeks=4)
FIRST_NOTICE = timedelta(weeks=2)


def proposed_start(earlier: list[Meeting], today: date) -> datetime:
    """When the next meeting might be: a working day, in the table's rhythm, not past.

    A table's first meeting: two weeks on (time to send the convocatie) at 15.00, or the
    Monday after when that falls in a weekend. After that the rhythm is the gap between the
    last two meetings (else four weeks) at the time of day of the last one; a date already
    past moves on by whole gaps, and then to the nearest of the table's usual weekday (the
    one it met on most, the last one's on a tie), not before ``today``,
    or on to the next working day when the table met on weekends.
    """
    if isinstance(today, datetime):  # a moment: its day in Amsterdam
        today = today.astimezone(AMSTERDAM).date()
    if not earlier:
        day = _working_day(today + FIRST_NOTICE)
        return datetime.combine(day, DEFAULT_START, tzinfo=AMSTERDAM)
    last = earlier[-1].starts_at.astimezone(AMSTERDAM)
    gap = DEFAULT_GAP
    if len(earlier) > 1:
        between = last.date() - earlier[-2].starts_at.astimezone(AMSTERDAM).date()
        if timedelta(days=7) <= between <= timedelta(days=120):
            gap = timedelta(days=between.days)
    day = last.date() + gap
    while day < today:
        day += gap
    usual = _usual_weekday(earlier)
    if usual is None:
        day = _working_day(day)
    else:
        day += timedelta(days=(usual - day.weekday() + 3) % 7 - 3)  # the nearest such day
        if day < today:
            day += timedelta(weeks=1)
    return datetime.combine(day, last.time(), tzinfo=AMSTERDAM)


def _working_day(day: date) -> date:
    """``day``, or the Monday after it when it falls in a weekend."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _usual_weekday(earlier: list[Meeting]) -> int | None:
    """The weekday the table met on most (the last meeting's on a tie); None: a weekend."""
    days = [m.starts_at.astimezone(AMSTERDAM).weekday() for m in earlier]
    counts = {day: days.count(day) for day in days}
    most = max(counts.values())
    usual = next(day for day in reversed(days) if counts[day] == most)
    return usual if usual < 5 else None


def _member_with(session: Session, table_id: str, role: MemberRole) -> str | None:
    query = (
        select(TableMember.person_id)
        .where(TableMember.table_id == table_id, TableMember.role == role)
        .order_by(TableMember.position)
    )
    return session.scalars(query).first()


def waiting_for_adoption(session: Session, table_id: str, before: datetime) -> Meeting | None:
    """The verslag the next meeting adopts, unless it is adopted already.

    That is the table's last meeting before ``before`` that was held: a status past
    planned, or minutes written, whatever its status says.
    """
    last = last_held(session, table_id, before)
    if last is None or last.status == MeetingStatus.MINUTES_APPROVED:
        return None
    return last


def _agenda(
    session: Session, table_id: str, lang: str, waiting: Meeting | None
) -> list[dict[str, Any]]:
    """The items of the new meeting: the template, plus what is picked up from before."""
    template = session.scalars(
        select(AgendaTemplateItem)
        .where(AgendaTemplateItem.table_id == table_id)
        .order_by(AgendaTemplateItem.position)
    ).all()
    items: list[dict[str, Any]] = [
        {"title": t.title, "kind": t.kind, "planned_minutes": t.planned_minutes} for t in template
    ] or [
        {"title": message(f"plan.{kind.value}", lang), "kind": kind, "planned_minutes": minutes}
        for kind, minutes in SKELETON
    ]
    kinds = {item["kind"] for item in items}
    at = 0
    while at < len(items) and items[at]["kind"] in _OPENING_KINDS:
        at += 1
    if waiting is not None and Kind.PREVIOUS_MINUTES not in kinds:
        title = message("plan.previous_minutes", lang)
        items.insert(at, {"title": title, "kind": Kind.PREVIOUS_MINUTES, "planned_minutes": 10})
        at += 1
    open_actions = session.scalars(
        select(Action.id).where(Action.table_id == table_id, Action.status.in_(OPEN)).limit(1)
    ).first()
    if open_actions is not None and Kind.ACTION_LIST not in kinds:
        title = message("plan.action_list", lang)
        items.insert(at, {"title": title, "kind": Kind.ACTION_LIST, "planned_minutes": 15})
    if waiting is not None:
        description = message(
            "plan.previous_minutes.description",
            lang,
            title=waiting.title.strip(),
            date=long_date(waiting.starts_at, lang),
        )
        for item in items:
            if item["kind"] == Kind.PREVIOUS_MINUTES:
                item["description"] = description
    return items


def plan_meeting(
    sessions: SessionFactory,
    table_id: str,
    starts_at: datetime | None = None,
    *,
    lang: str = "nl",
    meeting_id: str | None = None,
    today: date | None = None,
) -> tuple[str, Change]:
    """Plan the table's next meeting (at ``starts_at``, else in the table's rhythm)."""
    meeting_id = meeting_id or new_id()
    today = today or date.today()
    with write_transaction(sessions) as session:
        if session.get(Table, table_id) is None:
            raise UserError("edit.gone")
        earlier = list(
            session.scalars(
                select(Meeting).where(Meeting.table_id == table_id).order_by(Meeting.starts_at)
            )
        )
        start = starts_at or proposed_start(earlier, today)
        earlier = [m for m in earlier if m.starts_at < start]
        last = earlier[-1] if earlier else None
        length = DEFAULT_LENGTH
        if last is not None and last.ends_at is not None and last.ends_at > last.starts_at:
            length = last.ends_at - last.starts_at
        session.add(
            Meeting(
                id=meeting_id,
                table_id=table_id,
                kind=MeetingKind.TABLE_SESSION,
                title=message("plan.title", lang, number=len(earlier) + 1),
                starts_at=start,
                ends_at=start + length,
                location=last.location if last is not None else "",
                chair_id=_member_with(session, table_id, MemberRole.CHAIR)
                or (last.chair_id if last else None),
                secretary_id=_member_with(session, table_id, MemberRole.SECRETARY)
                or (last.secretary_id if last else None),
                status=MeetingStatus.PLANNED,
            )
        )
        session.flush()
        waiting = waiting_for_adoption(session, table_id, start)
        for position, values in enumerate(_agenda(session, table_id, lang, waiting), start=1):
            session.add(AgendaItem(meeting_id=meeting_id, position=position, **values))
        members = list(
            session.scalars(
                select(TableMember.person_id)
                .where(TableMember.table_id == table_id)
                .order_by(TableMember.position)
            )
        )
        for position, person_id in enumerate(members):
            session.add(
                Attendance(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    status=AttendanceStatus.PRESENT,
                    position=position,
                )
            )
    kinds = ("meetings", "agenda_items", "attendance")
    return meeting_id, Change.of(*kinds, ids=[meeting_id, table_id])

"""How a concern or good practice hangs together with meetings, points and history (no Qt)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import (
    AgendaItem,
    Concern,
    ConcernStatus,
    DevelopmentPoint,
    DevelopmentPointStatus,
    HistoryEntry,
    Meeting,
    Person,
    Practice,
)
from ontwikkeltafel.model.links import (
    agenda_item_concerns,
    agenda_item_practices,
    concern_practices,
    development_point_concerns,
)
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.history_view import aware, decode
from ontwikkeltafel.services.lists import person_of


@dataclass(frozen=True)
class MeetingRef:
    """A meeting as a link names it."""

    id: str
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class Discussion:
    """An agenda item where the record came up, with the verslag text of that item."""

    meeting: MeetingRef
    item_id: str
    item_title: str
    minutes: str
    confidential: bool


@dataclass(frozen=True)
class Named:
    """A linked record: its id, title and status code."""

    id: str
    title: str
    status: str


@dataclass(frozen=True)
class StatusChange:
    """One change of the status: when, by whom, from what to what (None: no value)."""

    at: datetime
    by: str
    old: ConcernStatus | None
    new: ConcernStatus | None


@dataclass(frozen=True)
class ConcernContext:
    """Where a concern was raised and discussed, what answers it, how its status went."""

    concern_id: str
    raised_in: MeetingRef | None
    raised_by: data.Person | None
    discussions: tuple[Discussion, ...]  # oldest first
    development_points: tuple[Named, ...]  # status: a DevelopmentPointStatus code
    practices: tuple[Named, ...]  # status: ""
    status_history: tuple[StatusChange, ...]  # oldest first


@dataclass(frozen=True)
class PracticeContext:
    """The concerns a good practice helped with and the meetings where it came up."""

    practice_id: str
    concerns: tuple[Named, ...]  # status: a ConcernStatus code
    discussions: tuple[Discussion, ...]  # oldest first


def concern_context(sessions: SessionFactory, concern_id: str) -> ConcernContext | None:
    """The context of the concern ``concern_id`` (None when there is no such concern)."""
    with sessions() as session:
        found = session.execute(
            select(Concern.raised_in_meeting_id, Concern.raised_by_id).where(
                Concern.id == concern_id
            )
        ).first()
        if found is None:
            return None
        meeting_id, raiser_id = found
        raised_in = None
        if meeting_id is not None:
            row = session.execute(
                select(Meeting.id, Meeting.title, Meeting.starts_at).where(Meeting.id == meeting_id)
            ).first()
            raised_in = None if row is None else MeetingRef(row[0], row[1], aware(row[2]))
        raised_by = None
        if raiser_id is not None:
            person = session.execute(
                select(Person.id, Person.first_name, Person.prefix, Person.last_name).where(
                    Person.id == raiser_id
                )
            ).first()
            raised_by = None if person is None else person_of(*person)
        link = agenda_item_concerns.c
        discussions = _discussions(session, link.concern_id == concern_id, link.agenda_item_id)
        point = development_point_concerns.c
        points = session.execute(
            select(DevelopmentPoint.id, DevelopmentPoint.title, DevelopmentPoint.status)
            .join(development_point_concerns, point.development_point_id == DevelopmentPoint.id)
            .where(point.concern_id == concern_id)
            .order_by(DevelopmentPoint.title, DevelopmentPoint.id)
        )
        development_points = tuple(
            Named(i, t, DevelopmentPointStatus(s).value) for i, t, s in points
        )
        practice = concern_practices.c
        practices = tuple(
            Named(i, t, "")
            for i, t in session.execute(
                select(Practice.id, Practice.title)
                .join(concern_practices, practice.practice_id == Practice.id)
                .where(practice.concern_id == concern_id)
                .order_by(Practice.title, Practice.id)
            )
        )
        history = _status_history(session, concern_id)
    return ConcernContext(
        concern_id, raised_in, raised_by, discussions, development_points, practices, history
    )


def practice_context(sessions: SessionFactory, practice_id: str) -> PracticeContext | None:
    """The context of the good practice ``practice_id`` (None when there is none)."""
    with sessions() as session:
        if session.get(Practice, practice_id) is None:
            return None
        link = concern_practices.c
        concerns = tuple(
            Named(i, t, ConcernStatus(s).value)
            for i, t, s in session.execute(
                select(Concern.id, Concern.title, Concern.status)
                .join(concern_practices, link.concern_id == Concern.id)
                .where(link.practice_id == practice_id)
                .order_by(Concern.title, Concern.id)
            )
        )
        item = agenda_item_practices.c
        discussions = _discussions(session, item.practice_id == practice_id, item.agenda_item_id)
    return PracticeContext(practice_id, concerns, discussions)


def _discussions(session: Session, where: Any, item_column: Any) -> tuple[Discussion, ...]:
    """The agenda items linked by ``where`` (on a link table), oldest meeting first."""
    query = (
        select(
            Meeting.id,
            Meeting.title,
            Meeting.starts_at,
            AgendaItem.id,
            AgendaItem.title,
            AgendaItem.minutes,
            AgendaItem.confidential,
        )
        .select_from(AgendaItem)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(item_column.table, item_column == AgendaItem.id)
        .where(where)
        .order_by(Meeting.starts_at, Meeting.id, AgendaItem.position)
    )
    return tuple(
        Discussion(MeetingRef(mid, mtitle, aware(starts)), iid, ititle, minutes, bool(secret))
        for mid, mtitle, starts, iid, ititle, minutes, secret in session.execute(query)
    )


def _status(value: Any) -> ConcernStatus | None:
    try:
        return None if value is None else ConcernStatus(value)
    except ValueError:  # a code no longer known: shown as no value rather than failing
        return None


def _status_history(session: Session, concern_id: str) -> tuple[StatusChange, ...]:
    query = (
        select(HistoryEntry.at, HistoryEntry.by, HistoryEntry.old, HistoryEntry.new)
        .where(
            HistoryEntry.list == "concerns",
            HistoryEntry.record_id == concern_id,
            HistoryEntry.field == "status",
        )
        .order_by(HistoryEntry.seq)
    )
    return tuple(
        StatusChange(aware(at), by, _status(decode(old)), _status(decode(new)))
        for at, by, old, new in session.execute(query)
    )

"""A meeting's status follows the work: one table of transitions, and the freeze of adoption.

:data:`TRANSITIONS` is the one table. The work moves a meeting on by itself, in the
transaction of the edit that does the work (:func:`follow_work`): ``planned`` -> ``held``
once its start has passed and attendance or minutes are recorded, ``held`` ->
``minutes_draft`` once a verslag text is written (both at once when both apply). Only
adoption makes it ``minutes_approved``, only reopening takes it back to ``minutes_draft``;
the secretary may pick the other steps by hand (:func:`allowed_statuses`). While a verslag
is adopted, its meeting, agenda, decisions and attendance are frozen: every service that
would change them calls :func:`refuse_if_adopted` first and nothing is written.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from babel.dates import format_date
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItem, Attendance, Decision, Meeting, MeetingStatus
from ontwikkeltafel.services.changes import Change

Status = MeetingStatus


class How(StrEnum):
    """What may make a transition happen."""

    WORK = "work"  # by itself, with the edit that records attendance or minutes
    HAND = "hand"  # the secretary picks the status
    ADOPTION = "adoption"
    REOPENING = "reopening"


#: (from, to) -> how it may happen. A step that is not here does not happen.
TRANSITIONS: dict[tuple[Status, Status], frozenset[How]] = {
    (Status.PLANNED, Status.HELD): frozenset({How.WORK, How.HAND}),
    (Status.HELD, Status.MINUTES_DRAFT): frozenset({How.WORK, How.HAND}),
    (Status.PLANNED, Status.MINUTES_DRAFT): frozenset({How.WORK, How.HAND}),
    # A status set too early (a meeting put off, a verslag not begun) can be set back.
    (Status.HELD, Status.PLANNED): frozenset({How.HAND}),
    (Status.MINUTES_DRAFT, Status.HELD): frozenset({How.HAND}),
    (Status.MINUTES_DRAFT, Status.PLANNED): frozenset({How.HAND}),
    (Status.MINUTES_DRAFT, Status.MINUTES_APPROVED): frozenset({How.ADOPTION}),
    # A verslag written before its status followed the work (older data, an import)
    # is adopted from where its meeting stands.
    (Status.HELD, Status.MINUTES_APPROVED): frozenset({How.ADOPTION}),
    (Status.PLANNED, Status.MINUTES_APPROVED): frozenset({How.ADOPTION}),
    (Status.MINUTES_APPROVED, Status.MINUTES_DRAFT): frozenset({How.REOPENING}),
}


def allowed(old: Status, new: Status, how: How) -> bool:
    """Whether the table lets ``how`` take a meeting from ``old`` to ``new``."""
    return old == new or how in TRANSITIONS.get((old, new), frozenset())


def allowed_statuses(current: MeetingStatus) -> list[MeetingStatus]:
    """The statuses the secretary may pick by hand from ``current`` (itself included)."""
    return [status for status in MeetingStatus if allowed(current, status, How.HAND)]


def after_work(status: Status, started: bool, attended: bool, minutes: bool) -> Status:
    """Where the work puts a meeting: never back, never adopted.

    Held once it started and attendance or minutes are recorded; a concept verslag once
    minutes are written (both at once when both apply).
    """
    if status == Status.PLANNED and started and (attended or minutes):
        status = Status.HELD
    if status == Status.HELD and minutes:
        status = Status.MINUTES_DRAFT
    return status


class Day(date):
    """A date that writes itself in the language its format asks for: ``{date:nl}``."""

    def __format__(self, spec: str) -> str:
        """The date in words without its weekday: 14 mei 2024 (``nl``), 14 May 2024."""
        return format_date(self, "d MMMM y", locale="nl" if spec == "nl" else "en")

    @classmethod
    def of(cls, day: date) -> "Day":
        """``day`` as a :class:`Day`."""
        return cls(day.year, day.month, day.day)


def has_minutes(session: Session, meeting_id: str) -> bool:
    """Whether a verslag text exists: some agenda item of the meeting has minutes."""
    texts = session.scalars(select(AgendaItem.minutes).where(AgendaItem.meeting_id == meeting_id))
    return any(text.strip() for text in texts)


def last_held(
    session: Session, table_id: str | None, before: datetime, but: str | None = None
) -> Meeting | None:
    """The table's last meeting before ``before`` that was held (whose verslag comes next).

    Held: a status past planned, or a verslag written whatever the status says.
    """
    if table_id is None:
        return None
    query = select(Meeting).where(Meeting.table_id == table_id, Meeting.starts_at < before)
    if but is not None:
        query = query.where(Meeting.id != but)
    for meeting in session.scalars(query.order_by(Meeting.starts_at.desc(), Meeting.id)):
        if meeting.status != Status.PLANNED or has_minutes(session, meeting.id):
            return meeting
    return None


def follow_work(session: Session, meeting_id: str, now: datetime | None = None) -> Change:
    """Move the meeting on as far as its recorded work takes it (in the caller's transaction).

    Returns the change to the meeting when its status moved (the lists showing it reload),
    else an empty change.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.status not in (Status.PLANNED, Status.HELD):
        return Change.of()
    session.flush()
    started = meeting.starts_at <= (now or datetime.now(UTC))
    attended = session.scalar(select(exists().where(Attendance.meeting_id == meeting_id)))
    new = after_work(meeting.status, started, bool(attended), has_minutes(session, meeting_id))
    if new == meeting.status:
        return Change.of()
    meeting.status = new
    session.flush()
    return Change.of("meetings", ids=[meeting_id])


def refuse_if_adopted(session: Session, meeting_id: str) -> None:
    """Refuse a change to a meeting whose verslag is adopted: it must be reopened first."""
    found = session.execute(
        select(Meeting.status, Meeting.minutes_approved_on).where(Meeting.id == meeting_id)
    ).first()
    if found is None or found.status != Status.MINUTES_APPROVED:
        return
    if found.minutes_approved_on is None:
        raise UserError("adoption.frozen.undated")
    raise UserError("adoption.frozen", date=Day.of(found.minutes_approved_on))


def meeting_of_item(session: Session, item_id: str) -> str | None:
    """The meeting an agenda item belongs to."""
    return session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))


def meeting_of_decision(session: Session, decision_id: str) -> str | None:
    """The meeting a decision was taken at."""
    query = (
        select(AgendaItem.meeting_id)
        .join(Decision, Decision.agenda_item_id == AgendaItem.id)
        .where(Decision.id == decision_id)
    )
    return session.scalar(query)


def _meeting_of(session: Session, kind: str, record_id: str, values: dict[str, Any]) -> str | None:
    """The meeting whose verslag a record of ``kind`` is part of (None: not part of one)."""
    if kind == "meetings":
        return record_id
    if kind == "agenda_items":
        return values.get("meeting_id") or meeting_of_item(session, record_id)
    if kind == "decisions":
        item_id = values.get("agenda_item_id")
        if item_id:
            return meeting_of_item(session, item_id)
        return meeting_of_decision(session, record_id)
    return None  # actions stay editable: their status changes long after the meeting


def check_create(session: Session, kind: str, values: dict[str, Any]) -> None:
    """Refuse a new agenda item or decision in an adopted verslag, or a meeting made adopted."""
    if kind == "meetings":
        if values.get("status") == Status.MINUTES_APPROVED:
            raise UserError("adoption.by_adopt_only")
        return
    meeting_id = _meeting_of(session, kind, "", values)
    if meeting_id is not None:
        refuse_if_adopted(session, meeting_id)


def check_update(session: Session, kind: str, record_id: str, values: dict[str, Any]) -> None:
    """Refuse a change to a frozen record, or a status the table does not let a hand set."""
    meeting_id = _meeting_of(session, kind, record_id, {})
    if meeting_id is None:
        return
    refuse_if_adopted(session, meeting_id)
    if kind == "agenda_items" and "meeting_id" in values:
        refuse_if_adopted(session, values["meeting_id"])  # nor moved into an adopted verslag
    if kind == "decisions" and values.get("agenda_item_id"):
        target = meeting_of_item(session, values["agenda_item_id"])
        if target is not None:
            refuse_if_adopted(session, target)
    if kind == "meetings" and "status" in values:
        current = session.scalar(select(Meeting.status).where(Meeting.id == record_id))
        new = Status(values["status"])
        if current is not None and not allowed(current, new, How.HAND):
            raise UserError("adoption.by_adopt_only")


def after_write(session: Session, kind: str, record_id: str, values: dict[str, Any]) -> Change:
    """Let the meeting follow the work a generic edit did: minutes written move it on."""
    if kind == "agenda_items" and "minutes" in values:
        meeting_id = meeting_of_item(session, record_id)
        if meeting_id is not None:
            return follow_work(session, meeting_id)
    return Change.of()


def check_delete(session: Session, kind: str, record_id: str) -> None:
    """Refuse deleting an adopted meeting, or an agenda item or decision of one."""
    meeting_id = _meeting_of(session, kind, record_id, {})
    if meeting_id is not None:
        refuse_if_adopted(session, meeting_id)


def check_restore(
    session: Session, rows: dict[str, list[dict[str, Any]]], adopted_then: Iterable[str] = ()
) -> None:
    """Refuse putting back agenda items, decisions or attendance into an adopted verslag.

    Meetings in ``adopted_then`` were adopted already when the rows were deleted (deleting
    a person takes their attendance): putting back what went is no change to the verslag.
    """
    refuse_any(session, sorted(_meetings_of_rows(session, rows) - set(adopted_then)))


def adopted_meetings(session: Session, rows: dict[str, list[dict[str, Any]]]) -> frozenset[str]:
    """The meetings with an adopted verslag that ``rows`` (about to be deleted) belong to."""
    meeting_ids = _meetings_of_rows(session, rows)
    if not meeting_ids:
        return frozenset()
    query = select(Meeting.id).where(
        Meeting.id.in_(sorted(meeting_ids)), Meeting.status == Status.MINUTES_APPROVED
    )
    return frozenset(session.scalars(query))


def _meetings_of_rows(session: Session, rows: dict[str, list[dict[str, Any]]]) -> set[str]:
    """The meetings whose agenda items, decisions or attendance are among ``rows``."""
    meeting_ids: set[str] = set()
    for name in ("agenda_items", "attendance"):
        meeting_ids |= {row["meeting_id"] for row in rows.get(name, [])}
    restored_items = {row["id"] for row in rows.get("agenda_items", [])}
    for row in rows.get("decisions", []):
        if row["agenda_item_id"] not in restored_items:
            meeting_id = meeting_of_item(session, row["agenda_item_id"])
            if meeting_id is not None:
                meeting_ids.add(meeting_id)
    return meeting_ids - {row["id"] for row in rows.get("meetings", [])}


def refuse_any(session: Session, meeting_ids: Iterable[str]) -> None:
    """:func:`refuse_if_adopted` for each of ``meeting_ids``."""
    for meeting_id in meeting_ids:
        refuse_if_adopted(session, meeting_id)

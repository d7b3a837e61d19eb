"""Adopting a verslag (vaststellen) and reopening it: one transaction each.

Adoption makes the meeting ``minutes_approved`` with its date and the corrections, keeps
what the adopted verslag is made from (:func:`.adoption_document.minutes_document`), and,
when adopted from the next meeting's item "Verslag vorige bijeenkomst", writes the
corrections into that item's minutes too. Reopening takes it back to a concept, with the
reason as the note of the status change in the history.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM, AgendaItem, AgendaItemKind, Meeting, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption_document import minutes_document
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import next_version
from ontwikkeltafel.services.meeting_status import (
    Day,
    How,
    allowed,
    follow_work,
    has_minutes,
    last_held,
    refuse_if_adopted,
)
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction


@dataclass(frozen=True)
class AdoptionState:
    """Where a meeting's verslag stands: what the window shows, and what it may offer."""

    meeting_id: str
    status: MeetingStatus
    approved_on: date | None
    changes: str  # the corrections kept with the adoption ("" = unchanged)
    has_minutes: bool  # a verslag text exists (some agenda item has minutes)
    can_adopt: bool
    can_reopen: bool


def today() -> date:
    """Today in Amsterdam."""
    return datetime.now(AMSTERDAM).date()


def _meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise UserError("adoption.unknown_meeting", meeting_id=meeting_id)
    return meeting


def _day_of(meeting: Meeting) -> date:
    return meeting.starts_at.astimezone(AMSTERDAM).date()


def adoption_state(sessions: SessionFactory, meeting_id: str) -> AdoptionState:
    """The adoption state of a meeting; an unknown meeting is refused (adoption.unknown_meeting)."""
    with sessions() as session:
        meeting = _meeting(session, meeting_id)
        written = has_minutes(session, meeting_id)
        adopted = meeting.status == MeetingStatus.MINUTES_APPROVED
        return AdoptionState(
            meeting_id=meeting_id,
            status=meeting.status,
            approved_on=meeting.minutes_approved_on,
            changes=meeting.adoption_changes if adopted else "",
            has_minutes=written,
            can_adopt=written and not adopted and _day_of(meeting) <= today(),
            can_reopen=adopted,
        )


def previous_meeting(session: Session, meeting_id: str) -> str | None:
    """The meeting whose verslag the next meeting ``meeting_id`` adopts.

    That is the table's last meeting before it that was held: a status past planned, or
    minutes written, whatever its status says.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    found = last_held(session, meeting.table_id, meeting.starts_at, but=meeting_id)
    return None if found is None else found.id


def previous_minutes_meeting(sessions: SessionFactory, agenda_item_id: str) -> str | None:
    """For a "Verslag vorige bijeenkomst" item: the meeting whose verslag it adopts.

    None for an item of another kind, of a meeting without a table, or without an earlier
    meeting that was held.
    """
    with sessions() as session:
        item = session.get(AgendaItem, agenda_item_id)
        if item is None or item.kind != AgendaItemKind.PREVIOUS_MINUTES:
            return None
        return previous_meeting(session, item.meeting_id)


def _check_day(meeting: Meeting, day: date) -> None:
    if day > today():
        raise UserError("adoption.future", date=Day.of(day))
    if day < _day_of(meeting):
        raise UserError("adoption.before_meeting", date=Day.of(day), held=Day.of(_day_of(meeting)))


def _write_into_item(session: Session, meeting_id: str, item_id: str, changes: str) -> str:
    """Write the corrections into the minutes of the next meeting's item; return its meeting."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise UserError("edit.gone")
    if previous_meeting(session, item.meeting_id) != meeting_id:
        raise UserError("adoption.wrong_item")
    refuse_if_adopted(session, item.meeting_id)
    if changes and changes not in item.minutes:
        item.minutes = f"{item.minutes.rstrip()}\n\n{changes}" if item.minutes.strip() else changes
    return item.meeting_id


def adopt(
    sessions: SessionFactory,
    meeting_id: str,
    on: date | None = None,
    changes: str = "",
    via_item_id: str | None = None,
) -> Change:
    """Adopt the verslag of ``meeting_id`` on ``on`` (default today), with ``changes``.

    ``via_item_id`` is the next meeting's "Verslag vorige bijeenkomst" item it is adopted
    under: non-empty corrections are added to its minutes too. Refused, nothing written,
    for an unknown meeting, one without a verslag, one adopted already, or a date after
    today or before the meeting.
    """
    changes = changes.strip()
    ids = [meeting_id]
    with write_transaction(sessions) as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status == MeetingStatus.MINUTES_APPROVED:
            refuse_if_adopted(session, meeting_id)  # says when, and how to change it
        if not has_minutes(session, meeting_id):
            raise UserError("adoption.no_minutes", title=meeting.title.strip())
        day = on or today()
        _check_day(meeting, day)
        assert allowed(meeting.status, MeetingStatus.MINUTES_APPROVED, How.ADOPTION)
        if via_item_id is not None:
            ids += [via_item_id, _write_into_item(session, meeting_id, via_item_id, changes)]
        meeting.status = MeetingStatus.MINUTES_APPROVED
        meeting.minutes_approved_on = day
        meeting.adoption_changes = changes
        session.flush()
        meeting.adoption_document = json.dumps(minutes_document(session, meeting_id))
        if via_item_id is not None and changes:
            follow_work(session, ids[-1])  # the corrections are minutes of the next meeting
    kinds = ("meetings", "agenda_items") if via_item_id is not None else ("meetings",)
    return Change.of(*kinds, ids=ids)


def reopen(sessions: SessionFactory, meeting_id: str, reason: str) -> Change:
    """Make the adopted verslag of ``meeting_id`` a concept again.

    ``reason`` is required; it is the note of the status change in the history, and of
    no other entry.
    """
    reason = reason.strip()
    if not reason:
        raise UserError("adoption.reason_required")
    with write_transaction(sessions) as session:
        found = session.execute(
            select(Meeting.status, Meeting.minutes_approved_on, Meeting.adoption_changes).where(
                Meeting.id == meeting_id
            )
        ).first()
        if found is None:
            raise UserError("adoption.unknown_meeting", meeting_id=meeting_id)
        if found.status != MeetingStatus.MINUTES_APPROVED:
            raise UserError("adoption.not_adopted")
        new = MeetingStatus.MINUTES_DRAFT
        assert allowed(found.status, new, How.REOPENING)
        # A Core update, so that the history entries are these two and the reason is
        # the note of the status change only.
        values = {"minutes_approved_on": None, "adoption_changes": ""}
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(status=new, adoption_document=None, **values, **next_version(Meeting))
        )
        key = {"id": meeting_id}
        history.record_fields(
            session, "meetings", key, {"status": found.status}, {"status": new}, note=reason
        )
        old = {
            "minutes_approved_on": found.minutes_approved_on,
            "adoption_changes": found.adoption_changes,
        }
        history.record_fields(session, "meetings", key, old, values)
    return Change.of("meetings", ids=[meeting_id])

"""Helpers of the status and adoption tests: meetings made in a test, and their history."""

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ontwikkeltafel.model import AMSTERDAM, HistoryEntry, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import create_record, read_record


def new_meeting(
    sessions: SessionFactory,
    starts_at: datetime,
    status: MeetingStatus = MeetingStatus.PLANNED,
    title: str = "Tweede bijeenkomst",
) -> str:
    """A meeting of tafel-1 at ``starts_at`` (Amsterdam time when naive), without agenda."""
    if starts_at.tzinfo is None:
        starts_at = starts_at.replace(tzinfo=AMSTERDAM)
    values = {"title": title, "table_id": "tafel-1", "starts_at": starts_at, "status": status}
    meeting_id, _ = create_record(sessions, "meetings", values)
    return meeting_id


def status_of(sessions: SessionFactory, meeting_id: str) -> MeetingStatus:
    """The stored status of a meeting."""
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    return MeetingStatus(values["status"])


def entries(sessions: SessionFactory, record_id: str, field: str | None = None) -> list[Any]:
    """The history of one record (of one field), oldest first, as (field, old, new, note)."""
    query = select(HistoryEntry).where(HistoryEntry.record_id == record_id)
    if field is not None:
        query = query.where(HistoryEntry.field == field)
    with sessions() as session:
        rows = session.scalars(query.order_by(HistoryEntry.seq)).all()
        return [
            (
                row.field,
                None if row.old is None else json.loads(row.old),
                None if row.new is None else json.loads(row.new),
                row.note,
            )
            for row in rows
        ]


def all_entries(sessions: SessionFactory) -> list[tuple[Any, ...]]:
    """Every history entry as a row of its stored values."""
    with sessions() as session:
        return [tuple(row) for row in session.execute(select(HistoryEntry.__table__))]


def history_count(sessions: SessionFactory) -> int:
    """How many history entries there are."""
    with sessions() as session:
        return len(session.scalars(select(HistoryEntry.seq)).all())

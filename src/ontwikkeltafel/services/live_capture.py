"""What one key stores in the live mode: an item's real start and end, a concern, a practice.

Each returns what its undo needs, as the meeting page's edits do; decisions, actions and
lines of the verslag go through the services the meeting page uses.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItem, Concern, ConcernKind, Meeting, Practice
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import (
    create_record,
    delete_record,
    read_record,
    update_record,
)
from ontwikkeltafel.services.minutes_editing import action_rows, decision_rows


def record_step(
    sessions: SessionFactory, leaving: str | None, entering: str | None, now: datetime
) -> tuple[list[tuple[str, dict[str, Any]]], Change]:
    """Leave one item (its end is ``now``) and enter another (its start, if it has none).

    Returns the values before, for :func:`undo_step`.
    """
    before: list[tuple[str, dict[str, Any]]] = []
    change = Change.of()
    if leaving is not None:
        previous, done = update_record(sessions, "agenda_items", leaving, {"ended_at": now})
        before.append((leaving, previous))
        change |= done
    if entering is not None:
        values = read_record(sessions, "agenda_items", entering)
        if values is not None and values["started_at"] is None:
            previous, done = update_record(sessions, "agenda_items", entering, {"started_at": now})
            before.append((entering, previous))
            change |= done
    return before, change


def undo_step(sessions: SessionFactory, before: list[tuple[str, dict[str, Any]]]) -> Change:
    """Put the moments of :func:`record_step` back as they were."""
    change = Change.of()
    for item_id, values in reversed(before):
        change |= update_record(sessions, "agenda_items", item_id, values, restoring=True)[1]
    return change


def _linked(
    sessions: SessionFactory, item_id: str, kind: str, values: dict[str, Any], link: str
) -> tuple[str, Change]:
    """Make a record and link it to the agenda item; the record is gone again if that fails."""
    item = read_record(sessions, "agenda_items", item_id)
    if item is None:
        raise UserError("edit.gone")
    record_id, change = create_record(sessions, kind, values)
    try:
        _previous, linked = update_record(
            sessions, "agenda_items", item_id, {link: [*item[link], record_id]}
        )
    except UserError:
        delete_record(sessions, kind, record_id)
        raise
    return record_id, change | linked


def raise_concern(
    sessions: SessionFactory, item_id: str, title: str, concern_id: str | None = None
) -> tuple[str, Change]:
    """A question or concern raised under an item (a question when it ends in "?")."""
    with sessions() as session:
        found = session.execute(
            select(Meeting.id, Meeting.table_id)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.id == item_id)
        ).first()
    if found is None:
        raise UserError("edit.gone")
    kind = ConcernKind.QUESTION if title.strip().endswith("?") else ConcernKind.CONCERN
    values: dict[str, Any] = {
        "title": title.strip(),
        "kind": kind,
        "table_id": found[1],
        "raised_in_meeting_id": found[0],
    }
    if concern_id:
        values["id"] = concern_id
    return _linked(sessions, item_id, "concerns", values, "concern_ids")


def add_practice(
    sessions: SessionFactory, item_id: str, title: str, practice_id: str | None = None
) -> tuple[str, Change]:
    """A good practice named under an item, linked to it."""
    values: dict[str, Any] = {"title": title.strip()}
    if practice_id:
        values["id"] = practice_id
    return _linked(sessions, item_id, "practices", values, "practice_ids")


def minutes_with(minutes: str, line: str) -> str:
    """An item's verslag with ``line`` added as a line of its own."""
    line = line.strip()
    return f"{minutes.rstrip()}\n{line}" if minutes.strip() else line


class Produced(StrEnum):
    """What an item produced, as the live view lists it."""

    DECISION = "decision"
    ACTION = "action"
    CONCERN = "concern"
    PRACTICE = "practice"
    MINUTES = "minutes"


@dataclass(frozen=True)
class ProducedLine:
    """One thing an item produced: its kind, its text and (an action) who and when."""

    kind: Produced
    text: str
    owner: str = ""
    due_on: date | None = None


def produced(sessions: SessionFactory, item_id: str) -> list[ProducedLine]:
    """What the item produced so far: decisions, actions, concerns, practices, verslag lines."""
    item = read_record(sessions, "agenda_items", item_id)
    if item is None:
        return []
    found = [ProducedLine(Produced.DECISION, row.text) for row in decision_rows(sessions, item_id)]
    found += [
        ProducedLine(Produced.ACTION, row.description, row.owner, row.due_on)
        for row in action_rows(sessions, item_id)
    ]
    with sessions() as session:
        for kind, model, ids in (
            (Produced.CONCERN, Concern, item["concern_ids"]),
            (Produced.PRACTICE, Practice, item["practice_ids"]),
        ):
            query = select(model.id, model.title).where(model.id.in_(ids))
            titles = {record_id: title for record_id, title in session.execute(query)}
            found += [ProducedLine(kind, titles[i]) for i in ids if i in titles]
    lines = [line.strip() for line in str(item["minutes"]).splitlines() if line.strip()]
    found += [ProducedLine(Produced.MINUTES, line) for line in lines]
    return found

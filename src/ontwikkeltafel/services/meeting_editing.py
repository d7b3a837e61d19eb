"""Editing a meeting's agenda: items added, removed and moved, decisions, actions agreed.

Agenda positions stay 1, 2, 3... (reports number the items by them), so adding, removing
and moving renumber inside the same transaction; each returns the positions before, and
its undo puts them back exactly. Values of an item, a decision or an action themselves
go through :mod:`ontwikkeltafel.services.editing`.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItem, AgendaItemKind, Decision, Meeting, Person
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.reports.format import initials_name
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import refuse_changed_delete
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.services.meeting_status import follow_work, refuse_if_adopted
from ontwikkeltafel.services.positions import (
    Positions,
    core_table,
    current_positions,
    in_order,
    moved,
    numbered,
    refuse_reordered,
    reposition,
)
from ontwikkeltafel.services.snapshots import Snapshot, delete_rows, restore_rows
from ontwikkeltafel.store.engine import write_transaction

ITEM_VALUES = ("title", "kind", "planned_minutes", "presenter_id", "description", "minutes")


@dataclass(frozen=True)
class AgendaRow:
    """One line of a meeting's agenda as the meeting page shows it."""

    id: str
    position: int
    title: str
    kind: AgendaItemKind
    planned_minutes: int | None
    presenter: str
    confidential: bool
    decisions: int
    has_minutes: bool


@dataclass(frozen=True)
class Removed:
    """What removing an agenda item took: its rows (and what hung from it), and the order."""

    meeting_id: str
    snapshot: Snapshot
    positions: Positions


def _agenda(meeting_id: str) -> Any:
    return AgendaItem.meeting_id == meeting_id


def _changed_agenda(meeting_id: str, *item_ids: str) -> Change:
    return Change.of("agenda_items", ids=[meeting_id, *item_ids])


def _positions(session: Session, scope: Any) -> Positions:
    return current_positions(session, AgendaItem.id, AgendaItem.position, scope)


def _place(session: Session, meeting_id: str, order: list[str]) -> Positions:
    """Number the agenda in ``order`` 1, 2, 3...; return the positions before."""
    return reposition(
        session, AgendaItem.id, AgendaItem.position, _agenda(meeting_id), numbered(order, 1)
    )


def agenda_rows(sessions: SessionFactory, meeting_id: str) -> list[AgendaRow]:
    """The agenda of a meeting in order, with presenters and how many decisions each has."""
    decisions = (
        select(func.count(Decision.id))
        .where(Decision.agenda_item_id == AgendaItem.id)
        .correlate(AgendaItem)
        .scalar_subquery()
    )
    query = (
        select(
            AgendaItem,
            Person.first_name,
            Person.prefix,
            Person.last_name,
            decisions,
        )
        .outerjoin(Person, AgendaItem.presenter_id == Person.id)
        .where(_agenda(meeting_id))
        .order_by(AgendaItem.position)
    )
    with sessions() as session:
        rows = session.execute(query).all()
    found = []
    for item, first, prefix, last, count in rows:
        presenter = person_of(item.presenter_id, first, prefix, last)
        found.append(
            AgendaRow(
                item.id,
                item.position,
                item.title,
                item.kind,
                item.planned_minutes,
                initials_name(presenter) if presenter else "",
                item.confidential,
                count or 0,
                bool(item.minutes.strip()),
            )
        )
    return found


def add_agenda_item(
    sessions: SessionFactory, meeting_id: str, values: dict[str, Any], index: int | None = None
) -> tuple[str, Positions, Change]:
    """Add an item at ``index`` (default: last); return its id and the positions before.

    ``values`` may hold ``id`` (a redo makes the same item) and any of :data:`ITEM_VALUES`
    and ``confidential``; a title is required.
    """
    if not str(values.get("title") or "").strip():
        raise UserError("edit.required.title")
    item_id = values.get("id") or new_id()
    with write_transaction(sessions) as session:
        if session.get(Meeting, meeting_id) is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_id)
        scope = _agenda(meeting_id)
        order = in_order(current_positions(session, AgendaItem.id, AgendaItem.position, scope))
        order.insert(len(order) if index is None else max(0, min(index, len(order))), item_id)
        before = _place(session, meeting_id, order)  # the new item is not stored yet
        columns = {k: v for k, v in values.items() if k in (*ITEM_VALUES, "confidential")}
        session.add(
            AgendaItem(
                id=item_id, meeting_id=meeting_id, position=order.index(item_id) + 1, **columns
            )
        )
        moved = Change.of()
        if str(columns.get("minutes") or "").strip():
            moved = follow_work(session, meeting_id)
    return item_id, before, _changed_agenda(meeting_id, item_id) | moved


def take_back_agenda_item(
    sessions: SessionFactory,
    item_id: str,
    positions: Positions,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Change:
    """Undo :func:`add_agenda_item`: the item goes, the others close up (``positions`` again).

    When the agenda changed since (a colleague's new item or reorder) they close up in
    the order they have now.

    With ``expected_version`` and ``base`` (the item as it was made), an item a colleague
    changed since (their minutes in it) stays: :class:`Conflict`, nothing removed.
    """
    with write_transaction(sessions) as session:
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
        if meeting_id is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_id)
        refuse_changed_delete(session, "agenda_items", item_id, expected_version, base)
        delete_rows(session, core_table(AgendaItem), [{"id": item_id}])
        # The rest close up in the order they have now: ``positions`` again when nobody
        # changed the agenda since (an add moves no other item), while a colleague's new
        # item or reorder stays.
        _place(session, meeting_id, in_order(_positions(session, _agenda(meeting_id))))
    return _changed_agenda(meeting_id, item_id)


def remove_agenda_item(
    sessions: SessionFactory,
    item_id: str,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> tuple[Removed, Change]:
    """Remove an item with its decisions and links; the rest close up (1, 2, 3...).

    With ``expected_version`` and ``base`` (the item as the page showed it), an item a
    colleague changed since is not removed (:class:`Conflict`, ``edit.delete_conflict``).
    """
    with write_transaction(sessions) as session:
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
        if meeting_id is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_id)
        refuse_changed_delete(session, "agenda_items", item_id, expected_version, base)
        scope = _agenda(meeting_id)
        before = current_positions(session, AgendaItem.id, AgendaItem.position, scope)
        snapshot = delete_rows(session, core_table(AgendaItem), [{"id": item_id}])
        _place(session, meeting_id, [key for key in in_order(before) if key != item_id])
    change = _changed_agenda(meeting_id, item_id) | Change.of("decisions", "actions")
    return Removed(meeting_id, snapshot, before), change


def restore_agenda_item(sessions: SessionFactory, removed: Removed) -> Change:
    """Undo :func:`remove_agenda_item`: the item and all it had, back at its place.

    The others keep the order they have now (a colleague's reorder or new item since
    stays); the item goes back at the position it had, the rest close up around it.
    """
    item_ids = [row["id"] for row in removed.snapshot.rows.get("agenda_items", [])]
    with write_transaction(sessions) as session:
        refuse_if_adopted(session, removed.meeting_id)
        scope = _agenda(removed.meeting_id)
        now = current_positions(session, AgendaItem.id, AgendaItem.position, scope)
        others = [key for key in in_order(now) if key not in item_ids]
        holes = sorted(removed.positions[key] for key in item_ids if key in removed.positions)
        free: Positions = {}
        number = 1
        for key in others:  # numbered 1, 2, 3... leaving the items' old positions free
            while number in holes:
                number += 1
            free[key] = number
            number += 1
        reposition(session, AgendaItem.id, AgendaItem.position, scope, free)
        restore_rows(session, removed.snapshot)
        _place(session, removed.meeting_id, in_order(_positions(session, scope)))
    change = _changed_agenda(removed.meeting_id, *item_ids)
    return change | Change.of("decisions", "actions")


def move_agenda_item(
    sessions: SessionFactory, item_id: str, index: int, *, shown: list[str] | None = None
) -> tuple[Positions, Change]:
    """Put an item at ``index`` of its agenda; return the positions before (the undo).

    ``shown`` is the agenda's order as the page showed it (None: no check): when a
    colleague reordered it since, the move is refused (:class:`Conflict`), nothing moved.
    """
    with write_transaction(sessions) as session:
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
        if meeting_id is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_id)
        scope = _agenda(meeting_id)
        order = in_order(current_positions(session, AgendaItem.id, AgendaItem.position, scope))
        refuse_reordered(session, "agenda_items", meeting_id, order, shown, "edit.move_conflict")
        before = _place(session, meeting_id, moved(order, item_id, index))
    return before, _changed_agenda(meeting_id, item_id)


def set_agenda_positions(
    sessions: SessionFactory,
    meeting_id: str,
    positions: Positions,
    *,
    left: list[str] | None = None,
) -> Change:
    """Give the agenda the positions ``positions`` (the undo of a move).

    ``left`` is the order the move left (None: no check): when a colleague reordered the
    agenda since, the undo is refused (:class:`Conflict`), their order stays.
    """
    with write_transaction(sessions) as session:
        refuse_if_adopted(session, meeting_id)
        scope = _agenda(meeting_id)
        order = in_order(current_positions(session, AgendaItem.id, AgendaItem.position, scope))
        refuse_reordered(session, "agenda_items", meeting_id, order, left, "edit.undo_conflict")
        reposition(session, AgendaItem.id, AgendaItem.position, scope, positions)
    return _changed_agenda(meeting_id)

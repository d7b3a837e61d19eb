"""What an agenda item produced: its decisions (in order) and the actions agreed under it.

Adding returns the new id; the undo deletes it through
:func:`ontwikkeltafel.services.editing.delete_record`, whose snapshot a redo restores.
Changing a decision's text or an action's values goes through ``update_record``.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange.numbering import next_number
from ontwikkeltafel.exchange.values import AMSTERDAM
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Action, ActionStatus, AgendaItem, Decision, Meeting, Person
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.reports.format import initials_name
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.services.meeting_status import (
    meeting_of_decision,
    meeting_of_item,
    refuse_if_adopted,
)
from ontwikkeltafel.services.positions import (
    Positions,
    current_positions,
    in_order,
    moved,
    numbered,
    refuse_reordered,
    reposition,
)
from ontwikkeltafel.store.engine import write_transaction

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class DecisionRow:
    """A decision under an agenda item."""

    id: str
    text: str
    #: The stored version: what an edit of the row hands over as expected_version.
    version: int = 0


@dataclass(frozen=True)
class ActionRow:
    """An action as the meeting page lists it: wie, wat, wanneer, status."""

    id: str
    number: str
    description: str
    owner_id: str | None
    owner: str
    due_on: date | None
    status: ActionStatus
    agenda_item_id: str | None
    done_on: date | None = None
    #: The stored version: what an edit of the row hands over as expected_version.
    version: int = 0


def _decisions(item_id: str) -> Any:
    return Decision.agenda_item_id == item_id


def _changed_decisions(item_id: str, *decision_ids: str) -> Change:
    return Change.of("decisions", ids=[item_id, *decision_ids])


def decision_rows(sessions: SessionFactory, item_id: str) -> list[DecisionRow]:
    """The decisions of an agenda item, in order."""
    query = select(Decision.id, Decision.text, Decision.version).where(_decisions(item_id))
    with sessions() as session:
        rows = session.execute(query.order_by(Decision.position, Decision.id)).all()
    return [DecisionRow(decision_id, text, version) for decision_id, text, version in rows]


def add_decision(
    sessions: SessionFactory, item_id: str, text: str, decision_id: str | None = None
) -> tuple[str, Change]:
    """Record a decision under an item, after the ones it has."""
    if not text.strip():
        raise UserError("edit.required.text")
    decision_id = decision_id or new_id()
    with write_transaction(sessions) as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, item.meeting_id)
        last = session.scalar(select(func.max(Decision.position)).where(_decisions(item_id)))
        position = 0 if last is None else last + 1
        session.add(
            Decision(id=decision_id, agenda_item_id=item_id, position=position, text=text.strip())
        )
    return decision_id, _changed_decisions(item_id, decision_id)


def move_decision(
    sessions: SessionFactory, decision_id: str, index: int, *, shown: list[str] | None = None
) -> tuple[Positions, Change]:
    """Put a decision at ``index`` under its item; return the positions before.

    ``shown``: the decisions' order as the page showed it (None: no check); a colleague's
    reorder since refuses the move (:class:`Conflict`), nothing moved.
    """
    with write_transaction(sessions) as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_of_decision(session, decision_id) or "")
        item_id = decision.agenda_item_id
        scope = _decisions(item_id)
        before = current_positions(session, Decision.id, Decision.position, scope)
        refuse_reordered(
            session, "decisions", item_id, in_order(before), shown, "edit.move_conflict"
        )
        order = moved(in_order(before), decision_id, index)
        reposition(session, Decision.id, Decision.position, scope, numbered(order, 0))
    return before, _changed_decisions(item_id, decision_id)


def set_decision_positions(
    sessions: SessionFactory,
    item_id: str,
    positions: Positions,
    *,
    left: list[str] | None = None,
) -> Change:
    """Give the decisions of an item the positions ``positions`` (the undo of a move).

    ``left``: the order the move left (None: no check); a colleague's reorder since
    refuses the undo, their order stays.
    """
    with write_transaction(sessions) as session:
        refuse_if_adopted(session, meeting_of_item(session, item_id) or "")
        scope = _decisions(item_id)
        order = in_order(current_positions(session, Decision.id, Decision.position, scope))
        refuse_reordered(session, "decisions", item_id, order, left, "edit.undo_conflict")
        reposition(session, Decision.id, Decision.position, scope, positions)
    return _changed_decisions(item_id)


def _action_rows(session: Session, where: Any) -> list[ActionRow]:
    query = (
        select(Action, Person.first_name, Person.prefix, Person.last_name)
        .outerjoin(Person, Action.owner_id == Person.id)
        .where(where)
        .order_by(Action.number, Action.id)
    )
    found = []
    for action, first, prefix, last in session.execute(query).all():
        owner = person_of(action.owner_id, first, prefix, last)
        found.append(
            ActionRow(
                action.id,
                action.number,
                action.description,
                action.owner_id,
                initials_name(owner) if owner else "",
                action.due_on,
                action.status,
                action.agenda_item_id,
                action.done_on,
                action.version,
            )
        )
    return found


def action_rows(sessions: SessionFactory, item_id: str) -> list[ActionRow]:
    """The actions agreed under an agenda item, by number."""
    with sessions() as session:
        return _action_rows(session, Action.agenda_item_id == item_id)


def open_action_rows(sessions: SessionFactory, table_id: str) -> list[ActionRow]:
    """The table's actions still open or in progress (the actielijst), by number."""
    with sessions() as session:
        return _action_rows(session, (Action.table_id == table_id) & Action.status.in_(OPEN))


def agree_action(
    sessions: SessionFactory,
    item_id: str,
    values: dict[str, Any],
    today: date | None = None,
) -> tuple[str, Change]:
    """Record an action agreed under an item: its meeting and table are the item's.

    ``values`` holds ``description`` and may hold ``owner_id``, ``due_on``, ``status`` and
    ``id``; the number is the next free one of the table in the year of the meeting.
    """
    if not str(values.get("description") or "").strip():
        raise UserError("edit.required.description")
    action_id = values.get("id") or new_id()
    with write_transaction(sessions) as session:
        found = session.execute(
            select(Meeting.id, Meeting.table_id, Meeting.starts_at)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.id == item_id)
        ).first()
        if found is None:
            raise UserError("edit.gone")
        meeting_id, table_id, starts_at = found
        refuse_if_adopted(session, meeting_id)
        taken = set(session.scalars(select(Action.number).where(Action.table_id == table_id)))
        year = starts_at.astimezone(AMSTERDAM).year if starts_at else (today or date.today()).year
        session.add(
            Action(
                id=action_id,
                number=values.get("number") or next_number(taken, year),
                table_id=table_id,
                meeting_id=meeting_id,
                agenda_item_id=item_id,
                description=str(values["description"]).strip(),
                owner_id=values.get("owner_id"),
                due_on=values.get("due_on"),
                status=values.get("status", ActionStatus.OPEN),
            )
        )
    return action_id, Change.of("actions", ids=[action_id, item_id])

"""Query services of the action list (the actielijst): its ids in order, its rows, its owners."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, SmallInteger, SQLColumnExpression, Text, column, func, select
from sqlalchemy.orm import aliased

from ontwikkeltafel.model import Action, ActionStatus, Person, Table
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.list_filters import (
    among,
    like_any,
    name_columns,
    name_sort,
    on_server,
    order,
    ordered,
    person_columns,
    rank,
    scalars,
)
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.store.action_sort_keys import OWNER_KEYS, STATUS_KEY, TABLE_KEY
from ontwikkeltafel.store.folding import folded, stored_fold
from ontwikkeltafel.store.list_keys import DESCRIPTION_KEY

OPEN_ACTIONS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ActionRow:
    """One line of the actielijst: wie, wat, wanneer, status."""

    id: str
    number: str
    description: str
    owner: data.Person | None
    due_on: date | None
    status: ActionStatus
    table_title: str


_OWNER = aliased(Person)

# SQLite's order (PostgreSQL reads the keys it stores, below). The owner's and the table's
# place in name order, folded once a person or table (2,000 people, 50 tables at scale 1)
# instead of once an action (20,000). The same order as sorting by the folded names
# themselves: equal names share a place, no owner or table none.
_OWNER_PLACE = select(
    Person.id.label("id"), func.dense_rank().over(order_by=name_sort(Person)).label("place")
).subquery("owner_place")
_TABLE_PLACE = select(
    Table.id.label("id"),
    func.dense_rank().over(order_by=folded(func.coalesce(Table.title, ""))).label("place"),
).subquery("table_place")
#: An action without a table sorts as the empty title did: before every table.
_NO_TABLE = 0

ACTION_SORTS: dict[str, list[SQLColumnExpression[Any]]] = {
    "number": [Action.number],
    "description": [stored_fold(Action.description, DESCRIPTION_KEY)],
    "owner": [_OWNER_PLACE.c.place],
    "due_on": [Action.due_on],
    "status": [rank(Action.status, ActionStatus)],
    "table_title": [func.coalesce(_TABLE_PLACE.c.place, _NO_TABLE)],
}


def _stored(name: str, type_: Any) -> Any:
    """A key PostgreSQL keeps on each action beyond the model (store.action_sort_keys)."""
    return column(name, type_, _selectable=Action.__table__)


_STATUS_RANK = _stored(STATUS_KEY, SmallInteger())
_OWNER_FOLDED = [_stored(key, Text()) for key in OWNER_KEYS]
_TABLE_FOLDED = _stored(TABLE_KEY, Text())


def _postgres_action_order(sort: str, descending: bool) -> list[ColumnElement[Any]]:
    """PostgreSQL's order terms of ``sort``: keys on the action, each order an index's.

    The same order as ACTION_SORTS gives (migration 0016): no owner last ascending, first
    descending; no table first ascending, last descending; no due date last both ways.
    """
    if sort == "owner":
        return ordered(_OWNER_FOLDED, descending)
    if sort == "status":
        return ordered([_STATUS_RANK], descending)
    if sort == "table_title":
        term = order(_TABLE_FOLDED, descending)
        return [term.nulls_last() if descending else term.nulls_first()]
    return ordered(ACTION_SORTS[sort], descending, nulls_last=sort == "due_on")


def action_ids(
    sessions: SessionFactory,
    *,
    sort: str = "number",
    descending: bool = False,
    text: str = "",
    open_only: bool = False,
    owner_id: str | None = None,
    overdue: bool = False,
    today: date | None = None,
    table_id: str | None = None,
) -> list[str]:
    """The ids of the actions matching ``text`` and the filters, in order.

    ``open_only`` keeps open and in-progress actions; ``overdue`` those of them due
    before ``today`` (the real today unless given); ``owner_id`` one person's actions;
    ``table_id`` one table's.
    """
    # Joined only where the filter or the sort reads them: PostgreSQL then reads the
    # order from its index instead of sorting (the unused joins kept it from that).
    postgres = on_server(sessions)
    query = select(Action.id)
    if text.strip():
        query = query.outerjoin(Table, Action.table_id == Table.id).outerjoin(
            _OWNER, Action.owner_id == _OWNER.id
        )
        columns = [Action.number, Action.description, Table.title, *name_columns(_OWNER)]
        query = query.where(like_any(columns, text))
    if sort == "owner" and not postgres:
        query = query.outerjoin(_OWNER_PLACE, Action.owner_id == _OWNER_PLACE.c.id)
    elif sort == "table_title" and not postgres:
        query = query.outerjoin(_TABLE_PLACE, Action.table_id == _TABLE_PLACE.c.id)
    if open_only or overdue:
        query = query.where(Action.status.in_(OPEN_ACTIONS))
    if overdue:
        query = query.where(Action.due_on < (today or date.today()))
    if owner_id is not None:
        query = query.where(Action.owner_id == owner_id)
    if table_id is not None:
        query = query.where(Action.table_id == table_id)
    if postgres:
        sorts = _postgres_action_order(sort, descending)
    else:
        sorts = ordered(ACTION_SORTS[sort], descending, nulls_last=sort == "due_on")
    return scalars(sessions, query.order_by(*sorts, Action.id))


def action_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[ActionRow]:
    """The rows of the actions ``ids`` (in no particular order)."""
    query = (
        select(
            Action.id,
            Action.number,
            Action.description,
            Action.due_on,
            Action.status,
            func.coalesce(Table.title, ""),
            *person_columns(_OWNER),
        )
        .outerjoin(Table, Action.table_id == Table.id)
        .outerjoin(_OWNER, Action.owner_id == _OWNER.id)
        .where(among(sessions, Action.id, ids))
    )
    with sessions() as session:
        return [
            ActionRow(aid, number, text, person_of(*person), due, status, table)
            for aid, number, text, due, status, table, *person in session.execute(query)
        ]


def action_owners(sessions: SessionFactory) -> list[data.Person]:
    """The people who own at least one action, by surname (for a "whose actions" filter)."""
    query = (
        select(*person_columns(Person))
        .where(Person.id.in_(select(Action.owner_id).where(Action.owner_id.is_not(None))))
        .order_by(*name_sort(Person), Person.id)
    )
    with sessions() as session:
        return [data.Person(*row) for row in session.execute(query)]

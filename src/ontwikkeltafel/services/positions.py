"""Ordered children (agenda items, decisions, members): reading, moving and renumbering them.

An order is kept as positions by key. Renumbering goes through distinct negative numbers
first, so that positions unique per parent (an agenda) never collide half-way.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Table, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from ontwikkeltafel.model import Base
from ontwikkeltafel.services.conflicts import Conflict, Side, last_change, next_version
from ontwikkeltafel.store import history

Positions = dict[str, int]


def core_table(model: type[Base]) -> Table:
    """The Core table of a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def current_positions(
    session: Session,
    key: InstrumentedAttribute[str],
    position: InstrumentedAttribute[int],
    scope: ColumnElement[bool],
) -> Positions:
    """The positions of the rows in ``scope`` by key, in their order; the rows locked.

    Locked (PostgreSQL) for the rest of the write: a colleague's move being stored at the
    same moment is waited for and its positions read, so a check of the order shown sees
    it; unlocked, both moves passed the check and the later wrote over the first.
    """
    query = select(key, position).where(scope).order_by(position, key).with_for_update()
    return {row_key: row_position for row_key, row_position in session.execute(query).all()}


def in_order(positions: Mapping[str, int]) -> list[str]:
    """The keys ordered by position."""
    return [key for key, _ in sorted(positions.items(), key=lambda pair: (pair[1], pair[0]))]


def numbered(order: list[str], first: int) -> Positions:
    """Positions ``first``, ``first + 1``... for the keys in ``order``."""
    return {key: number for number, key in enumerate(order, start=first)}


def moved(order: list[str], key: str, index: int) -> list[str]:
    """``order`` with ``key`` taken out and put at ``index`` (clamped to the ends)."""
    rest = [other for other in order if other != key]
    index = max(0, min(index, len(rest)))
    return [*rest[:index], key, *rest[index:]]


def reposition(
    session: Session,
    key: InstrumentedAttribute[str],
    position: InstrumentedAttribute[int],
    scope: ColumnElement[bool],
    new: Mapping[str, int],
) -> Positions:
    """Give each row of ``new`` (in ``scope``) its position; return the positions they had.

    ``new`` names every row of the scope whose position may change, with distinct values.
    A row that moves goes up one version (once): a form holding its old position meets a
    conflict instead of writing it back.
    """
    old = current_positions(session, key, position, scope)
    changed = {k: v for k, v in new.items() if k in old and old[k] != v}
    floor = min([0, *old.values(), *new.values()]) - 1
    table: Any = key.class_.__table__
    key_column, position_column = table.c[key.key], table.c[position.key]
    for step, row_key in enumerate(changed):  # out of the way first: no collisions
        statement = update(table).where(scope, key_column == row_key)
        session.execute(statement.values({position_column: floor - step}))
    bump = next_version(table)
    for row_key, value in changed.items():
        statement = update(table).where(scope, key_column == row_key)
        session.execute(statement.values({position_column.key: value, **bump}))
        if key.key == "id":  # rows named by an id (agenda items, decisions) keep their order
            history.record_fields(
                session,
                table.name,
                {"id": row_key},
                {position.key: old[row_key]},
                {position.key: value},
            )
    return old


def refuse_reordered(
    session: Session,
    table: str,
    parent_id: str,
    stored: list[str],
    shown: list[str] | None,
    key: str,
    named: bool = True,
) -> None:
    """Raise :class:`Conflict` (message ``key``) when the stored order is not ``shown``.

    For a move (``shown``: the order the page showed) or its undo (the order the move
    left): a colleague's reorder since is not moved about. ``shown`` None: no check.
    Not ``named``: the history keeps no order of these rows (a table's members), so who
    moved them and when is not known (never the last change of another field).
    """
    if shown is None or stored == shown:
        return
    moved_since = [row for row, was in zip(stored, shown, strict=False) if row != was]
    found = {"id": (moved_since or stored)[0]}
    by, at = last_change(session, table, found) if named else ("", None)
    theirs, mine = Side({"order": stored}, None, by, at), Side({"order": shown}, None)
    refusal = Conflict(f"{table}_order", parent_id, theirs, mine)
    refusal.key = key
    raise refusal

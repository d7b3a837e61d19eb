"""A table's members are moved over the order the page showed (issue 15, point 1).

A move names a member and a place; over a colleague's reorder since (or a member added or
taken away), it would put people in an order nobody chose. The move passes the order it
showed and is refused with a conflict, nothing moved; its undo passes the order the move
left. Both engines.
"""

from typing import Any

import pytest

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_editing import (
    add_member,
    member_rows,
    move_member,
    set_member_positions,
)
from ontwikkeltafel.store.database import Database
from tests.services.state import stored_state


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    document["people"].append({"id": "p-new", "first_name": "Nina", "last_name": "Jansen"})
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _order(sessions: SessionFactory) -> list[str]:
    return [row.person_id for row in member_rows(sessions, "tafel-1")]


def test_a_move_over_a_colleagues_reorder_is_refused(sessions: SessionFactory) -> None:
    shown = _order(sessions)
    first, second, third = shown
    move_member(sessions, "tafel-1", third, 0)  # a colleague's move meanwhile
    theirs = stored_state(sessions)
    with pytest.raises(Conflict) as refused:
        move_member(sessions, "tafel-1", first, 2, shown=shown)
    assert refused.value.key == "edit.move_conflict"
    assert refused.value.theirs.values == {"order": [third, first, second]}
    assert refused.value.mine.values == {"order": shown}
    assert stored_state(sessions) == theirs  # nothing moved
    # Who moved them is not kept (the history has no members' order): not a wrong name.
    text = refused.value.render("nl")
    assert text.startswith("Niet verplaatst: iemand anders heeft de volgorde intussen")


def test_a_move_over_a_member_added_since_is_refused(sessions: SessionFactory) -> None:
    shown = _order(sessions)
    add_member(sessions, "tafel-1", "p-new")
    with pytest.raises(Conflict):
        move_member(sessions, "tafel-1", shown[2], 0, shown=shown)
    assert _order(sessions) == [*shown, "p-new"]


def test_a_move_over_the_order_shown_is_stored_and_undone(sessions: SessionFactory) -> None:
    before = stored_state(sessions)
    shown = _order(sessions)
    positions, _change = move_member(sessions, "tafel-1", shown[2], 0, shown=shown)
    left = _order(sessions)
    assert left == [shown[2], shown[0], shown[1]]
    set_member_positions(sessions, "tafel-1", positions, left=left)
    assert stored_state(sessions) == before


def test_the_undo_of_a_move_over_a_colleagues_reorder_is_refused(
    sessions: SessionFactory,
) -> None:
    shown = _order(sessions)
    positions, _change = move_member(sessions, "tafel-1", shown[2], 0, shown=shown)
    left = _order(sessions)
    move_member(sessions, "tafel-1", shown[1], 0)  # a colleague's move after ours
    theirs = stored_state(sessions)
    with pytest.raises(Conflict) as refused:
        set_member_positions(sessions, "tafel-1", positions, left=left)
    assert refused.value.key == "edit.undo_conflict"
    assert stored_state(sessions) == theirs  # their order stays


def test_without_an_order_shown_nothing_is_checked(sessions: SessionFactory) -> None:
    shown = _order(sessions)
    move_member(sessions, "tafel-1", shown[2], 0)
    positions, _change = move_member(sessions, "tafel-1", shown[0], 2)  # the command line
    set_member_positions(sessions, "tafel-1", positions)
    assert _order(sessions) == [shown[2], shown[0], shown[1]]

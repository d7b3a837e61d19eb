"""Two windows: a member moved on a table page over a colleague's reorder is refused.

Issue 15, point 1 (the gaps): the members list moved people by place without saying what
order it showed, so a stale page put them in an order nobody chose. Now the move passes
the order shown; refused, the page says so and shows the order as stored.
"""

from typing import Any

from ontwikkeltafel.services.table_editing import member_rows, move_member
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.table.page import TablePage
from tests.ui.two_windows import shown_window


def _order(database: Database) -> list[str]:
    return [row.person_id for row in member_rows(database.session_factory, "tafel-1")]


def test_a_move_over_a_colleagues_reorder_is_refused_and_shows_theirs(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    window.open_record("tables", "tafel-1")
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    members = page.members
    shown = [members.model.row_id(row) for row in range(members.model.rowCount())]
    assert shown == _order(first)
    move_member(first.session_factory, "tafel-1", shown[2], 0)  # a colleague, meanwhile
    theirs = _order(first)
    members.move_row(0, 1)  # before: stored over theirs (an order nobody chose)
    assert _order(first) == theirs
    assert page.notice.isVisible()
    assert page.notice.text().startswith("Niet verplaatst: iemand anders heeft de volgorde")
    qtbot.waitUntil(
        lambda: [members.model.row_id(r) for r in range(members.model.rowCount())] == theirs
    )
    assert not window.undo_stack.canUndo()  # nothing to undo: nothing was stored
    # Over the order now shown the move is stored, and undone.
    members.move_row(0, 1)
    moved = _order(first)
    assert moved == [theirs[1], theirs[0], theirs[2]]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _order(first) == theirs)

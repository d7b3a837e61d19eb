"""Two windows: a delete or an agenda move over a colleague's change since is refused.

Issue 15, point 1 (the last window paths): the list pages, the verslag's lists and the
first page delete only what they showed ("... heeft dit intussen gewijzigd; niet
verwijderd", nothing removed); the agenda's moves and their undo refuse a colleague's
reorder since instead of putting positions back over it.
"""

from typing import Any

import pytest

from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.meeting_editing import agenda_rows, move_agenda_item
from ontwikkeltafel.services.minutes_editing import add_decision, decision_rows, move_decision
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.first import deleting
from ontwikkeltafel.ui.window import main_window
from tests.ui.conftest import open_page
from tests.ui.two_windows import meeting_page, shown_window


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window would say in a message box (an undo refused), instead of the box."""
    keys: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda _parent, error: keys.append(error.key))
    return keys


def _order(database: Database) -> list[str]:
    return [row.id for row in agenda_rows(database.session_factory, "m-1")]


def test_a_list_pages_delete_over_a_colleagues_change_is_refused(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = open_page(shown_window(qtbot, second), "concerns")
    assert page.open_record("c-1")
    update_record(first.session_factory, "concerns", "c-1", {"title": "Hun titel"})
    assert not page.delete_selected()  # before: deleted with their title
    assert read_record(second.session_factory, "concerns", "c-1") is not None
    assert page.form.error.isVisible()
    assert "heeft dit intussen gewijzigd" in page.form.error.text()
    assert "niet verwijderd" in page.form.error.text()
    page.form.show_record("c-1")  # read again: now it shows theirs, and goes
    assert page.delete_selected()
    assert read_record(second.session_factory, "concerns", "c-1") is None


def test_a_delete_after_ones_own_edit_goes_through(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    _first, second = two
    window = shown_window(qtbot, second)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    window.editor.update("Titel", "concerns", "c-1", {"title": "Mijn titel"}, merge=False)
    assert page.delete_selected()  # my own save raised the version: no conflict
    assert read_record(second.session_factory, "concerns", "c-1") is None


def test_a_decision_deleted_from_its_list_checks_what_the_row_showed(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    decisions = page.editor_panel.decisions_part
    decision = decisions.model.rows[0].id
    update_record(first.session_factory, "decisions", decision, {"text": "Hun besluit."})
    decisions.view.select_row(0)
    decisions.remove()  # before: their decision deleted unseen
    assert read_record(second.session_factory, "decisions", decision) is not None
    assert "niet verwijderd" in page.notice.text() and page.notice.isVisible()
    decisions.reload()
    decisions.view.select_row(decisions.model.row_of(decision))
    decisions.remove()  # on what it shows now: deleted
    assert read_record(second.session_factory, "decisions", decision) is None


def test_the_first_pages_delete_checks_what_it_asked_about(
    qtbot: Any, two: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    said: list[str] = []

    def ask(_parent: Any, question: str, _details: str) -> bool:
        # While the question is open a colleague renames the meeting.
        update_record(first.session_factory, "meetings", "m-1", {"title": "Hun titel"})
        return True

    monkeypatch.setattr(deleting.DeleteConfirmation, "ask", classmethod(lambda _c, *a: ask(*a)))
    monkeypatch.setattr(deleting, "show_error", lambda _parent, error: said.append(error.key))
    assert not deleting.delete_record(window, window, "meetings", "m-1")
    assert said == ["edit.delete_conflict"]
    assert read_record(second.session_factory, "meetings", "m-1") is not None


def test_an_agenda_move_and_its_undo_refuse_a_colleagues_reorder(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    agenda = page.agenda_part
    shown = _order(second)
    move_agenda_item(first.session_factory, shown[2], 0)  # a colleague's reorder
    theirs = _order(first)
    agenda.move_item(0, 1)  # before: moved their order about by what this page showed
    assert _order(second) == theirs
    assert "niet verplaatst" in page.notice.text().lower()
    assert [agenda.model.row_id(r) for r in range(agenda.model.rowCount())] == theirs
    agenda.move_item(0, 1)  # on what it shows now: moved
    mine = [theirs[1], theirs[0], *theirs[2:]]
    assert _order(second) == mine
    move_agenda_item(first.session_factory, mine[2], 0)  # a colleague reorders again
    after = _order(first)
    page.editor.stack.undo()  # would put back positions over theirs: refused
    qtbot.waitUntil(lambda: told == ["edit.undo_conflict"], timeout=2000)
    assert _order(second) == after


def test_an_agenda_item_a_colleague_wrote_minutes_in_is_not_removed(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second), item_id="ai-3")
    agenda = page.agenda_part
    update_record(first.session_factory, "agenda_items", "ai-3", {"minutes": "Hun verslag."})
    agenda.view.select_row(agenda.model.row_of("ai-3"))
    agenda.remove_item()  # before: removed with their minutes
    assert read_record(second.session_factory, "agenda_items", "ai-3") is not None
    assert "niet verwijderd" in page.notice.text() and page.notice.isVisible()


def test_the_undo_of_an_add_leaves_a_record_a_colleague_changed_since(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    decisions = page.editor_panel.decisions_part
    decisions.entry.setText("Mijn besluit.")
    decisions.add()
    made = next(row.id for row in decisions.model.rows if row.text == "Mijn besluit.")
    update_record(first.session_factory, "decisions", made, {"text": "Hun besluit."})
    page.editor.stack.undo()  # before: deleted their decision
    qtbot.waitUntil(lambda: told == ["edit.undo_conflict"], timeout=2000)
    assert read_record(second.session_factory, "decisions", made) is not None


def test_the_undo_of_an_add_after_ones_own_edit_undone_goes_through(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    _first, second = two
    page = meeting_page(shown_window(qtbot, second))
    decisions = page.editor_panel.decisions_part
    decisions.entry.setText("Mijn besluit.")
    decisions.add()
    row = next(row for row in decisions.model.rows if row.text == "Mijn besluit.")
    decisions._edited(row, 0, "Mijn besluit, verbeterd.")
    page.editor.stack.undo()  # my edit
    qtbot.waitUntil(lambda: page.editor.stack.index() == 1, timeout=2000)
    page.editor.stack.undo()  # my add: the decision is as it was made, so it goes
    qtbot.waitUntil(lambda: page.editor.stack.index() == 0, timeout=2000)
    assert told == []
    assert read_record(second.session_factory, "decisions", row.id) is None


def test_the_undo_of_a_new_agenda_item_leaves_a_colleagues_minutes(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    made = page.agenda_part.new_item()
    update_record(first.session_factory, "agenda_items", made, {"minutes": "Hun verslag."})
    page.editor.stack.undo()  # before: the item went with their minutes
    qtbot.waitUntil(lambda: told == ["edit.undo_conflict"], timeout=2000)
    assert read_record(second.session_factory, "agenda_items", made) is not None


def test_a_decision_move_over_a_colleagues_reorder_is_refused(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    add_decision(first.session_factory, "ai-2", "Een tweede besluit.")
    add_decision(first.session_factory, "ai-2", "Een derde besluit.")
    page = meeting_page(shown_window(qtbot, second))
    decisions = page.editor_panel.decisions_part
    decisions.reload()
    shown = [row.id for row in decisions.model.rows]
    move_decision(first.session_factory, shown[2], 0)  # a colleague's reorder
    theirs = [shown[2], shown[0], shown[1]]
    decisions.move_row(1, -1)  # before: [1, 2, 0], their order moved about
    assert [row.id for row in decision_rows(second.session_factory, "ai-2")] == theirs
    assert "niet verplaatst" in page.notice.text().lower()
    assert [row.id for row in decisions.model.rows] == theirs  # shown as stored

"""The first page: Ctrl+N makes a table, Bijeenkomst plannen plans one, Delete asks first;
Enter in a list of meetings opens the meeting page."""

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.model.history import HistoryEntry
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.first.deleting import DeleteConfirmation
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.record.creating import NewTableDialog
from ontwikkeltafel.ui.pages.table.page import TablePage
from tests.ui.conftest import active_window


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened: these tests change it (adopted, it is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests wijzigen het verslag")
    return filled


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions asked before a delete (each answered yes)."""
    questions: list[str] = []

    def ask(cls: Any, _parent: Any, question: str, details: str) -> bool:
        questions.append(question + "\n" + details)
        return True

    monkeypatch.setattr(DeleteConfirmation, "ask", classmethod(ask))
    return questions


def test_ctrl_n_on_the_first_page_makes_a_table_and_delete_asks_first(
    qtbot: Any, filled: Database, asked: list[str]
) -> None:
    window = active_window(qtbot, filled)
    window.tables_page.table_view.setFocus()
    qtbot.keyClick(window.tables_page.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(NewTableDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.create_button.isEnabled()  # no title yet: nothing to make
    qtbot.keyClicks(dialog.title_field, "Pesten in de wijk")
    qtbot.keyClick(dialog.title_field, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    assert page.title_field.text() == "Pesten in de wijk"
    table_id = page.record_id
    stored = read_record(filled.session_factory, "tables", table_id or "")
    assert stored is not None and stored["title"] == "Pesten in de wijk"
    page.close_page()
    assert window.tables_page.tables.rowCount() == 3
    window.tables_page.table_view.setFocus()
    window.tables_page.table_view.selectRow(window.tables_page.tables.row_of("tafel-1"))
    qtbot.keyClick(window.tables_page.table_view, Qt.Key.Key_Delete)
    assert "‘Onderwijs en zorg vinden elkaar!’" in asked[0]
    assert "1 bijeenkomst, 3 agendapunten" in asked[0]
    assert window.tables_page.tables.rowCount() == 2
    window.undo_stack.undo()
    assert window.tables_page.tables.rowCount() == 3
    assert read_record(filled.session_factory, "agenda_items", "ai-2") is not None


def test_a_meeting_is_planned_from_the_first_page_and_deleted_after_asking(
    qtbot: Any, filled: Database, asked: list[str]
) -> None:
    window = active_window(qtbot, filled)
    page = window.pages["tables"]
    assert not page.plan_button.isEnabled()  # type: ignore[attr-defined]
    window.tables_page.table_view.selectRow(window.tables_page.tables.row_of("tafel-1"))
    assert page.plan_button.isEnabled()  # type: ignore[attr-defined]
    page.plan_button.click()  # type: ignore[attr-defined]
    meeting_page = window.stack.currentWidget()
    assert isinstance(meeting_page, MeetingPage)
    assert meeting_page.title.text() == "Bijeenkomst 2"
    meeting_page.close_page()
    assert window.tables_page.meetings.rowCount() == 2
    window.tables_page.meeting_view.setFocus()
    window.tables_page.meeting_view.selectRow(window.tables_page.meetings.row_of("m-1"))
    qtbot.keyClick(window.tables_page.meeting_view, Qt.Key.Key_Delete)
    assert "‘Eerste bijeenkomst’" in asked[0]
    assert "2 actiepunten van deze bijeenkomst blijven op de actielijst." in asked[0]
    assert read_record(filled.session_factory, "meetings", "m-1") is None
    assert read_record(filled.session_factory, "actions", "a-2") is not None
    window.undo_stack.undo()
    assert read_record(filled.session_factory, "agenda_items", "ai-3") is not None


def test_no_answer_no_delete(qtbot: Any, filled: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DeleteConfirmation, "ask", classmethod(lambda cls, *_args: False))
    window = active_window(qtbot, filled)
    window.tables_page.table_view.setFocus()
    window.tables_page.table_view.selectRow(0)
    qtbot.keyClick(window.tables_page.table_view, Qt.Key.Key_Delete)
    assert window.tables_page.tables.rowCount() == 2
    assert window.undo_stack.count() == 0


def test_the_meetings_list_and_the_table_page_open_meetings(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    list_page = window.show_page("meetings")
    view = list_page.view  # type: ignore[attr-defined]
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    # Ctrl+W goes back to the list it came from.
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is list_page
    # From a table page, a meeting opens, and going back shows the table again.
    window.open_record("tables", "tafel-1")
    table_page = window.stack.currentWidget()
    assert isinstance(table_page, TablePage)
    table_page.meetings.view.setFocus()
    table_page.meetings.view.select_row(0)
    qtbot.keyClick(table_page.meetings.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is page and page.record_id == "m-1"
    page.close_page()
    assert window.stack.currentWidget() is table_page
    table_page.close_page()
    assert window.stack.currentWidget() is list_page


def test_a_new_table_left_without_a_title_stores_nothing(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    before = history_count(filled)
    window.tables_page.new_record()
    dialog = window.findChild(NewTableDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Nieuwe tafel"
    qtbot.keyClick(dialog.title_field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.tables_page.tables.rowCount() == 2
    assert history_count(filled) == before
    assert window.undo_stack.count() == 0


def history_count(database: Database) -> int:
    """How many history entries the database holds."""
    with database.session_factory() as session:
        return session.query(HistoryEntry).count()

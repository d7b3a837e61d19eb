"""The table page: details, themes, members with roles, agenda template; all undoable."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItemKind, MemberRole
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.table_editing import member_rows, template_items
from ontwikkeltafel.store.database import Database
from tests.ui.conftest import active_window, open_table


def test_enter_opens_the_table_and_its_models_pass_the_tester(
    qtbot: Any, qtmodeltester: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window)
    assert page.title.text() == "Onderwijs en zorg vinden elkaar!"
    assert page.title_field.text() == "Onderwijs en zorg vinden elkaar!"
    assert page.retention.value() == 7
    assert page.themes.chosen.item(0).text() == "Geweld in gezinnen"
    assert page.members.model.rowCount() == 3
    assert page.members.model.data(page.members.model.index(0, 3)) == "voorzitter"
    assert [page.template.model.data(page.template.model.index(r, 0)) for r in range(2)] == [
        "Opening",
        "Rondvraag",
    ]
    assert page.meetings.model.rowCount() == 1
    for model in (page.members.model, page.template.model, page.meetings.model):
        qtmodeltester.check(model)
    # Ctrl+W goes back to the first page.
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["tables"]


def test_typing_in_the_form_is_stored_and_undone(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window)
    page.goal.setFocus()
    page.goal.moveCursor(page.goal.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.form.saved, timeout=3000):
        qtbot.keyClicks(page.goal, " Samen.")
    stored = read_record(filled.session_factory, "tables", "tafel-1")
    assert stored is not None and stored["goal"].endswith("zorg. Samen.")
    page.retention.setFocus()
    page.retention.set_value(10)
    page.retention.value_changed.emit()
    assert page.form.flush()
    assert read_record(filled.session_factory, "tables", "tafel-1")["retention_years"] == 10  # type: ignore[index]
    window.undo_stack.undo()
    window.undo_stack.undo()
    stored = read_record(filled.session_factory, "tables", "tafel-1")
    assert stored is not None
    assert stored["retention_years"] == 7 and not stored["goal"].endswith("Samen.")
    assert page.goal.toPlainText() == stored["goal"]


def test_members_added_with_a_role_moved_and_removed_all_undoable(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window, "tafel-2")
    assert page.members.model.rowCount() == 0
    page.members.add("p-anna")
    page.members.add("p-bas")
    assert page.members.model.rowCount() == 2
    # The role is chosen in the cell (the delegate hands the value to the model).
    index = page.members.model.index(1, 3)
    assert page.members.model.setData(index, MemberRole.SECRETARY)
    assert member_rows(filled.session_factory, "tafel-2")[1].role == MemberRole.SECRETARY
    assert window.undo_stack.undoText() == "Rol wijzigen"
    page.members.view.setFocus()
    page.members.view.select_row(1)
    qtbot.keyClick(page.members.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in member_rows(filled.session_factory, "tafel-2")] == [
        "Bas Bakker",
        "Anna de Vries",
    ]
    assert page.members.view.current_row() == 0
    assert window.undo_stack.undoText() == "Deelnemer verplaatsen"
    page.delete_selected()
    assert [r.name for r in member_rows(filled.session_factory, "tafel-2")] == ["Anna de Vries"]
    for _ in range(5):
        window.undo_stack.undo()
    assert member_rows(filled.session_factory, "tafel-2") == []
    for _ in range(5):
        window.undo_stack.redo()
    assert [r.name for r in member_rows(filled.session_factory, "tafel-2")] == ["Anna de Vries"]


def test_template_items_added_edited_moved_removed(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window)
    page.template.view.select_row(0)
    page.template.add()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.selectedText() == "Nieuw agendapunt"
    qtbot.keyClicks(editor, "Actielijst")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(
        lambda: template_items(filled.session_factory, "tafel-1")[1].title == "Actielijst"
    )
    model = page.template.model
    assert model.setData(model.index(1, 1), AgendaItemKind.ACTION_LIST)
    assert model.setData(model.index(1, 2), 15)
    assert template_items(filled.session_factory, "tafel-1")[1].title == "Actielijst"
    assert template_items(filled.session_factory, "tafel-1")[1].kind == AgendaItemKind.ACTION_LIST
    page.template.move_row(1, 1)
    assert [t.title for t in template_items(filled.session_factory, "tafel-1")] == [
        "Opening",
        "Rondvraag",
        "Actielijst",
    ]
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert [t.title for t in template_items(filled.session_factory, "tafel-1")] == [
        "Opening",
        "Rondvraag",
    ]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the picker's completion
def test_themes_are_linked_and_unlinked(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window, "tafel-2")
    page.themes.picker.setFocus()
    qtbot.keyClicks(page.themes.picker.lineEdit(), "Geweld in gezinnen")
    qtbot.keyClick(page.themes.picker, Qt.Key.Key_Return)
    assert read_record(filled.session_factory, "tables", "tafel-2")["theme_ids"] == ["th-geweld"]  # type: ignore[index]
    assert page.themes.labels() == ["Geweld in gezinnen"]
    assert window.undo_stack.undoText() == "Thema koppelen"
    window.undo_stack.undo()
    assert page.themes.chosen.count() == 0
    window.undo_stack.redo()
    page.themes.chosen.setFocus()
    page.themes.chosen.setCurrentRow(0)
    qtbot.keyClick(page.themes.chosen, Qt.Key.Key_Delete)  # unlinks; the table stays
    assert read_record(filled.session_factory, "tables", "tafel-2")["theme_ids"] == []  # type: ignore[index]
    assert window.undo_stack.undoText() == "Thema ontkoppelen"
    assert window.stack.currentWidget() is page and page.themes.chosen.count() == 0
    window.undo_stack.undo()
    assert page.themes.labels() == ["Geweld in gezinnen"]


def test_a_refused_link_is_said_and_the_list_shows_what_is_stored(
    qtbot: Any, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window, "tafel-2")

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise UserError("edit.gone")

    monkeypatch.setattr("ontwikkeltafel.ui.core.versions.update_record", refuse)
    page.themes.add("th-geweld")  # as picking it does
    assert page.themes.value() == [] and page.themes.chosen.count() == 0
    assert page.notice.isVisibleTo(page) and page.notice.text()
    assert read_record(filled.session_factory, "tables", "tafel-2")["theme_ids"] == []  # type: ignore[index]

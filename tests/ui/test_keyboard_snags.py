"""Snag 8: Down from a list's filter box, the page shortcuts, and F1 listing them."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.help_dialogs import ShortcutsDialog
from tests.ui.conftest import active_window, open_meeting, open_table

# The member picker's completion and the dialogs: the offscreen platform warns about their sizes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_down_from_the_filter_box_goes_into_the_list_and_up_back(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = window.show_page("people")
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    assert page.view.currentIndex().row() == 0
    assert page.view.selectionModel().isRowSelected(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is page.search
    dialog = ShortcutsDialog.show_for(window, page)  # the list offers its keys to F1
    assert ("Op deze pagina", "Van het zoekveld naar de lijst", "Down") in dialog.rows()
    dialog.close()


def test_table_page_shortcuts_pick_a_member_and_plan_a_meeting(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window, "tafel-1")
    page.title_field.setFocus()
    qtbot.keyClick(page.title_field, Qt.Key.Key_M, CTRL_SHIFT)
    assert QApplication.focusWidget() in (page.members.picker, page.members.picker.lineEdit())
    assert "Ctrl+Shift+M" in page.members.picker.toolTip()
    assert "Ctrl+Shift+P" in page.plan_button.toolTip()
    qtbot.keyClick(page.members.picker, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), MeetingPage))
    meeting = window.stack.currentWidget()
    assert isinstance(meeting, MeetingPage) and meeting.table_id == "tafel-1"


def test_meeting_page_shortcuts_step_through_items_and_export(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    assert page.agenda.rowCount() >= 2
    view = page.agenda_view
    view.setFocus()
    view.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == 1
    assert page.editor_panel.item_id == page.agenda.rows[1].id
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == 0
    minutes = page.editor_panel.minutes  # also while writing the verslag
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    asked: list[str] = []
    page._report = asked.append  # type: ignore[method-assign]
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL_SHIFT)
    assert asked == ["minutes", "agenda"]
    tips = {button.text(): button.toolTip() for button in page.report_buttons}
    assert "Ctrl+Shift+V" in tips["Verslag"] and "Ctrl+Shift+C" in tips["Convocatie"]


def test_ctrl_shift_g_goes_to_the_guest_picker(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "z-1")  # m-1's verslag is adopted: no guests there
    page.agenda_view.setFocus()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_G, CTRL_SHIFT)
    picker = page.attendance.guest_picker
    assert QApplication.focusWidget() in (picker, picker.lineEdit())
    assert "Ctrl+Shift+G" in picker.toolTip()


def test_f1_lists_the_shortcuts_of_the_page_shown(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    page.agenda_view.setFocus()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    here = {(command, keys) for group, command, keys in rows if group == "Op deze pagina"}
    assert ("Gast toevoegen", "Ctrl+Shift+G") in here
    assert ("Volgend agendapunt", "Ctrl+PgDown") in here
    assert ("Verslag exporteren", "Ctrl+Shift+V") in here
    assert ("Bewerken", "Nieuw", "Ctrl+N") in rows  # the global ones still
    dialog.close()


def test_f1_on_a_table_page_lists_its_shortcuts(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    table = open_table(qtbot, window, "tafel-1")
    dialog = ShortcutsDialog.show_for(window, table)
    assert ("Op deze pagina", "Deelnemer toevoegen", "Ctrl+Shift+M") in dialog.rows()
    assert ("Op deze pagina", "Bijeenkomst plannen", "Ctrl+Shift+P") in dialog.rows()
    dialog.close()

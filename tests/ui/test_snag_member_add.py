"""Snag 3: a member or guest added by keyboard is added once, with no refusal, picker cleared."""

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.services.attendance_editing import attendance_rows
from ontwikkeltafel.services.table_editing import member_rows
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from tests.ui.conftest import active_window, open_meeting, open_table

# The completion's popup: the offscreen platform cannot raise it nor grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def pick_by_keyboard(qtbot: Any, picker: RecordPicker, text: str) -> None:
    """Type ``text``, go Down into the completion and press Enter, as a user does."""
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), text)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)  # let anything queued after the Enter run (a second add, a name written back)


def test_a_member_added_by_keyboard_is_added_once_without_a_refusal(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window, "tafel-2")
    members = page.members
    assert members.model.rowCount() == 0
    pick_by_keyboard(qtbot, members.picker, "anna")
    rows = member_rows(filled.session_factory, "tafel-2")
    assert [row.person_id for row in rows] == ["p-anna"]
    assert not page.notice.isVisible(), page.notice.text()
    assert members.picker.currentText() == "" and members.picker.value() is None
    assert page.editor.stack.count() == 1  # one undo step
    pick_by_keyboard(qtbot, members.picker, "bas")  # and the next one the same way
    assert [row.person_id for row in member_rows(filled.session_factory, "tafel-2")] == [
        "p-anna",
        "p-bas",
    ]
    assert not page.notice.isVisible(), page.notice.text()
    assert members.picker.currentText() == ""


def test_a_guest_added_by_keyboard_is_added_once_and_the_picker_cleared(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "z-1")
    attendance = page.attendance
    pick_by_keyboard(qtbot, attendance.guest_picker, "anna")
    rows = attendance_rows(filled.session_factory, "z-1")
    assert [row.person_id for row in rows] == ["p-anna"]
    assert not page.notice.isVisible(), page.notice.text()
    assert attendance.guest_picker.currentText() == ""
    assert attendance.guest_picker.value() is None

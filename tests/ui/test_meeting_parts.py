"""Parts of the meeting page: the times in its head, attendance and guests, links, refused input."""

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.attendance_editing import attendance_rows
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from tests.ui.conftest import active_window, open_meeting, titles

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened: these tests edit it (adopted, it is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests wijzigen het verslag")
    return filled


def test_changing_the_date_moves_the_end_along(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    times = page.header.times
    times.day.setFocus()
    times.day.setDate(times.day.date().addDays(7))
    assert page.form.flush()
    stored = read_record(filled.session_factory, "meetings", "m-1")
    assert stored is not None
    assert stored["starts_at"] == datetime(2018, 1, 25, 15, 30, tzinfo=AMSTERDAM)
    assert stored["ends_at"] == datetime(2018, 1, 25, 17, 0, tzinfo=AMSTERDAM)
    assert window.undo_stack.undoText() == "Bijeenkomst wijzigen"
    window.undo_stack.undo()
    assert times.value()[0] == datetime(2018, 1, 18, 15, 30, tzinfo=AMSTERDAM)


def test_an_empty_title_is_refused_under_the_heading_and_kept_in_its_field(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    title = page.editor_panel.title_field
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    with qtbot.waitSignal(page.editor_panel.details.refused):
        qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert page.notice.isVisible() and "titel" in page.notice.text()
    assert title.text() == ""
    assert titles(filled)[0] == "Opening"
    title.setFocus()
    qtbot.keyClicks(title, "Welkom")
    with qtbot.waitSignal(page.editor_panel.details.saved):
        qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert not page.notice.isVisible()
    assert titles(filled)[0] == "Welkom"


def test_attendance_is_chosen_with_the_space_bar_and_a_click(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    view, model = page.attendance.view, page.attendance.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 3))  # Anna, afwezig
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert attendance_rows(filled.session_factory, "m-1")[0].status == AttendanceStatus.ABSENT
    assert model.data(model.index(0, 3), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    rect = view.visualRect(model.index(2, 1))  # IJsbrand, aanwezig
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert attendance_rows(filled.session_factory, "m-1")[2].status == AttendanceStatus.PRESENT
    assert window.undo_stack.undoText() == "Aanwezigheid wijzigen"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [r.status for r in attendance_rows(filled.session_factory, "m-1")] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
    ]


def test_a_guest_is_added_and_removed(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "z-1")  # a table without members
    assert page.attendance.model.rowCount() == 0
    picker = page.attendance.guest_picker
    picker.setFocus()
    picker.setCurrentIndex(picker.findText("Anna de Vries (KION)"))
    picker.value_changed.emit()
    rows = attendance_rows(filled.session_factory, "z-1")
    assert [(r.name, r.status) for r in rows] == [("Anna de Vries", AttendanceStatus.GUEST)]
    assert page.attendance.model.data(page.attendance.model.index(0, 0)) == "Anna de Vries (gast)"
    assert window.undo_stack.undoText() == "Gast toevoegen"
    page.attendance.view.setFocus()
    page.attendance.view.select_row(0)
    page.delete_selected()
    assert attendance_rows(filled.session_factory, "z-1") == []
    window.undo_stack.undo()
    assert len(attendance_rows(filled.session_factory, "z-1")) == 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # the picker's completion
def test_a_practice_is_unlinked_with_delete_and_linked_by_picking(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    practices = page.editor_panel.practices
    assert practices.labels() == ["De schoolconsulent"]
    practices.chosen.setFocus()
    practices.chosen.setCurrentRow(0)
    qtbot.keyClick(practices.chosen, Qt.Key.Key_Delete)  # unlinks; the item stays
    assert read_record(filled.session_factory, "agenda_items", "ai-2")["practice_ids"] == []  # type: ignore[index]
    assert window.undo_stack.undoText() == "Goed voorbeeld ontkoppelen"
    assert practices.chosen.count() == 0 and titles(filled)[1] == "Vragen uit de praktijk"
    practices.picker.setFocus()
    qtbot.keyClicks(practices.picker.lineEdit(), "De schoolconsulent")
    qtbot.keyClick(practices.picker, Qt.Key.Key_Return)
    assert read_record(filled.session_factory, "agenda_items", "ai-2")["practice_ids"] == [  # type: ignore[index]
        "pr-consulent"
    ]
    assert window.undo_stack.undoText() == "Goed voorbeeld koppelen"
    assert practices.labels() == ["De schoolconsulent"]
    window.undo_stack.undo()
    assert practices.chosen.count() == 0
    window.undo_stack.undo()
    assert practices.labels() == ["De schoolconsulent"]


def test_attendance_headings_wrap_so_names_keep_their_room(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    window.resize(1280, 720)
    page = open_meeting(qtbot, window)
    model, view = page.attendance.model, page.attendance.view
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # The glossary's words, the long ones on two lines.
    assert headings == [
        "Naam",
        "aanwezig",
        "afwezig\nmet bericht",
        "afwezig\nzonder bericht",
        "gast",
    ]
    # A radio button takes the width of its heading's longest line and little more, so
    # at the smallest window the names are not squeezed to "…" (26 px before).
    narrowest_status = min(view.columnWidth(c) for c in range(1, model.columnCount()))
    assert view.columnWidth(0) > narrowest_status
    assert view.horizontalScrollBar().maximum() == 0  # and nothing scrolls sideways

"""The meeting page: head, agenda (add, remove, reorder by keyboard and drop), attendance,
minutes with decisions and actions, links; everything autosaved and undoable."""

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from ontwikkeltafel.model import ActionStatus, AgendaItemKind, AttendanceStatus
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.attendance_editing import attendance_rows
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.meeting_editing import agenda_rows
from ontwikkeltafel.services.minutes_editing import action_rows, decision_rows
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.agenda_model import MIME_TYPE
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.record.creating import NewTableDialog
from ontwikkeltafel.ui.pages.table.page import TablePage
from tests.ui.conftest import active_window, open_meeting, titles

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened: these tests edit it (adopted, it is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests wijzigen het verslag")
    return filled


def test_the_page_shows_the_meeting_and_its_models_pass_the_tester(
    qtbot: Any, qtmodeltester: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    assert page.title.text() == "Eerste bijeenkomst"
    assert "Onderwijs en zorg vinden elkaar!" in page.subtitle.text()
    assert page.header.location.text() == "Utrecht"
    assert page.header.times.value()[0] == datetime(2018, 1, 18, 15, 30, tzinfo=AMSTERDAM)
    assert page.agenda.rowCount() == 3
    assert page.agenda.data(page.agenda.index(2, 4)) == "🔒"
    assert page.editor_panel.item_id == "ai-1"
    page.select_item("ai-2")
    assert page.editor_panel.minutes.toPlainText().startswith("We bespraken de vragen.")
    assert page.editor_panel.decisions_part.model.rowCount() == 1
    assert page.editor_panel.concerns.chosen.count() == 1
    assert page.attendance.model.rowCount() == 3
    for model in (
        page.agenda,
        page.attendance.model,
        page.editor_panel.decisions_part.model,
        page.editor_panel.actions_part.model,
    ):
        qtmodeltester.check(model)


def test_a_table_with_members_a_planned_meeting_attendance_minutes_decision_and_action(
    qtbot: Any, filled: Database
) -> None:
    """The secretary's round trip, through the widgets, then all of it undone and redone."""
    window = active_window(qtbot, filled)
    sessions = filled.session_factory
    window.tables_page.table_view.setFocus()
    qtbot.keyClick(window.tables_page.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_table = window.findChild(NewTableDialog)
    assert new_table is not None
    qtbot.keyClicks(new_table.title_field, "Pesten in de wijk")
    qtbot.keyClick(new_table.title_field, Qt.Key.Key_Return)
    table_page = window.stack.currentWidget()
    assert isinstance(table_page, TablePage)
    assert table_page.title_field.text() == "Pesten in de wijk"
    table_id = table_page.record_id
    picker = table_page.members.picker
    for name in ("Anna de Vries (KION)", "Bas Bakker (GGD regio Utrecht)"):
        picker.setFocus()
        picker.setCurrentIndex(picker.findText(name))
        picker.value_changed.emit()
    assert table_page.members.model.rowCount() == 2
    # Ctrl+N on the table page plans its first meeting and opens it at the date.
    qtbot.keyClick(table_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    assert page.title.text() == "Bijeenkomst 1"
    assert page.header.times.day.hasFocus()
    meeting_id = page.record_id
    assert meeting_id is not None
    assert titles(filled, meeting_id) == [
        "Opening",
        "Mededelingen",
        "Vaststellen agenda",
        "Rondvraag",
        "Sluiting",
    ]
    # Attendance: Bas sent his apologies (a click in the afgemeld column).
    model = page.attendance.model
    assert model.setData(model.index(1, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert [r.status for r in attendance_rows(sessions, meeting_id)] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
    ]
    # The minutes of the second item, a decision and an action.
    page.agenda_view.setFocus()
    page.agenda_view.select_row(1)
    item_id = page.editor_panel.item_id
    assert item_id is not None
    minutes = page.editor_panel.minutes
    minutes.setFocus()
    with qtbot.waitSignal(page.editor_panel.text.saved, timeout=3000):
        qtbot.keyClicks(minutes, "De GGD start een spreekuur.")
    decisions = page.editor_panel.decisions_part
    decisions.entry.setFocus()
    qtbot.keyClicks(decisions.entry, "We starten in september.")
    qtbot.keyClick(decisions.entry, Qt.Key.Key_Return)
    actions = page.editor_panel.actions_part
    actions.entry.setFocus()
    qtbot.keyClicks(actions.entry, "Spreekuur aankondigen")
    actions.owner.set_value("p-bas")
    qtbot.keyClick(actions.entry, Qt.Key.Key_Return)
    stored = read_record(sessions, "agenda_items", item_id)
    assert stored is not None and stored["minutes"] == "De GGD start een spreekuur."
    assert [d.text for d in decision_rows(sessions, item_id)] == ["We starten in september."]
    agreed = action_rows(sessions, item_id)
    assert [(a.description, a.owner, a.status) for a in agreed] == [
        ("Spreekuur aankondigen", "B. Bakker", ActionStatus.OPEN)
    ]
    assert decisions.model.rowCount() == 1 and actions.model.rowCount() == 1
    assert window.undo_action.text().endswith("Actie toevoegen")
    # Undo the action, the decision and the minutes; then redo them.
    for _ in range(3):
        window.undo_stack.undo()
    assert action_rows(sessions, item_id) == [] and decision_rows(sessions, item_id) == []
    assert read_record(sessions, "agenda_items", item_id)["minutes"] == ""  # type: ignore[index]
    assert minutes.toPlainText() == "" and decisions.model.rowCount() == 0
    for _ in range(3):
        window.undo_stack.redo()
    assert [a.id for a in action_rows(sessions, item_id)] == [agreed[0].id]
    assert action_rows(sessions, item_id)[0].number == agreed[0].number
    assert minutes.toPlainText() == "De GGD start een spreekuur."
    # Undoing everything takes the table itself away; the page goes back.
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert read_record(sessions, "tables", table_id or "") is None
    assert window.stack.currentWidget() is window.pages["tables"]


def test_the_agenda_is_reordered_by_keyboard_and_by_a_drop_and_undone(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    view = page.agenda_view
    view.setFocus()
    view.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(filled) == ["Vragen uit de praktijk", "Opening", "Casusbespreking"]
    assert view.current_row() == 1 and page.editor_panel.item_id == "ai-1"
    assert window.undo_action.text().endswith("Agendapunt verplaatsen")
    assert page.agenda.data(page.agenda.index(1, 0)) == "2"
    # A drop of "Casusbespreking" before the first row.
    data = QMimeData()
    data.setData(MIME_TYPE, b"ai-3")
    assert page.agenda.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert page.agenda.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(filled) == ["Casusbespreking", "Vragen uit de praktijk", "Opening"]
    # moveRows does the same: the first row to the end.
    assert page.agenda.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert titles(filled) == ["Vragen uit de praktijk", "Opening", "Casusbespreking"]
    for _ in range(3):
        window.undo_stack.undo()
    assert titles(filled) == ["Opening", "Vragen uit de praktijk", "Casusbespreking"]
    assert [r.position for r in agenda_rows(filled.session_factory, "m-1")] == [1, 2, 3]
    window.undo_stack.redo()
    assert titles(filled)[0] == "Vragen uit de praktijk"


def test_items_added_and_removed_with_their_decisions_and_undone(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-1")
    page.new_record()
    title = page.editor_panel.title_field
    assert title.hasFocus() and title.selectedText() == "Nieuw agendapunt"
    qtbot.keyClicks(title, "Pauze")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert titles(filled) == ["Opening", "Pauze", "Vragen uit de praktijk", "Casusbespreking"]
    page.editor_panel.kind.setCurrentIndex(page.editor_panel.kind.findData(AgendaItemKind.CLOSING))
    assert page.editor_panel.details.flush()
    assert agenda_rows(filled.session_factory, "m-1")[1].kind == AgendaItemKind.CLOSING
    page.select_item("ai-2")
    page.agenda_view.setFocus()
    page.delete_selected()
    assert titles(filled) == ["Opening", "Pauze", "Casusbespreking"]
    assert read_record(filled.session_factory, "decisions", "d-1") is None
    window.undo_stack.undo()  # the removal
    assert read_record(filled.session_factory, "decisions", "d-1") is not None
    window.undo_stack.undo()  # the kind
    window.undo_stack.undo()  # the title
    window.undo_stack.undo()  # the new item
    assert titles(filled) == ["Opening", "Vragen uit de praktijk", "Casusbespreking"]
    assert [r.position for r in agenda_rows(filled.session_factory, "m-1")] == [1, 2, 3]


def test_closing_the_window_mid_sentence_keeps_the_minutes(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-1")
    minutes = page.editor_panel.minutes
    minutes.setFocus()
    qtbot.keyClicks(minutes, "Welkom aan iedereen")
    assert page.editor_panel.text.timer.isActive()  # the pause has not come yet
    window.close()
    stored = read_record(filled.session_factory, "agenda_items", "ai-1")
    assert stored is not None and stored["minutes"] == "Welkom aan iedereen"


def test_a_search_hit_opens_its_meeting_at_the_item_and_highlights(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    assert window.open_record("agenda_items", "ai-3")
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    assert page.editor_panel.item_id == "ai-3"
    assert page.highlight("groep 3")
    assert page.editor_panel.minutes.textCursor().selectedText() == "groep 3"
    assert page.highlight("in gesprek blijven")  # in another item: that one is chosen
    assert page.editor_panel.item_id == "ai-2"
    page.close_page()
    assert window.stack.currentWidget() is window.pages["tables"]


def test_refused_input_keeps_its_agenda_item_and_its_meeting(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    title = page.editor_panel.title_field
    title.setFocus()
    title.selectAll()
    with qtbot.waitSignal(page.editor_panel.details.refused, timeout=3000):
        qtbot.keyClick(title, Qt.Key.Key_Delete)
        title.clearFocus()
    # Choosing another item does not drop the emptied title: the item stays chosen.
    page.agenda_view.select_row(page.agenda.row_of("ai-3"))
    qtbot.waitUntil(lambda: page.agenda_view.current_row() == page.agenda.row_of("ai-2"))
    assert page.editor_panel.item_id == "ai-2" and title.text() == ""
    # Nor does opening another meeting (from search, say).
    window.record_openers["meetings"]("z-1")
    assert window.stack.currentWidget() is page and page.record_id == "m-1"
    with qtbot.waitSignal(page.editor_panel.details.saved, timeout=3000):
        qtbot.keyClicks(title, "Voorstelronde")
    stored = read_record(filled.session_factory, "agenda_items", "ai-2")
    assert stored is not None and stored["title"] == "Voorstelronde"

"""Snag 9: with a meeting open, Bestand > Rapport and the table export work on its table."""

from typing import Any

from PySide6.QtCore import Qt

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_meeting, open_table


def _menu(window: MainWindow) -> dict[str, Any]:
    """What Bestand > Rapport says and allows, as a user opening it sees it."""
    window.file_menu.aboutToShow.emit()
    menu = window.export_menu
    menu.reports.aboutToShow.emit()
    return {
        "meeting": menu.meeting_label.text(),
        "table": menu.table_label.text(),
        "verslag": menu.minutes_action.isEnabled(),
        "tafelrapportage": menu.table_action.isEnabled(),
        "tafel exporteren": menu.table_export_action.isEnabled(),
        "export text": menu.table_export_action.text(),
    }


def test_an_open_meeting_gives_the_report_menu_its_table(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert window.tables_page.current_table is None  # all tables on the first page
    assert _menu(window)["table"] == "Geen tafel gekozen"
    open_meeting(qtbot, window, "m-1")
    assert window.current_table == "tafel-1"
    menu = _menu(window)
    assert menu["table"] == "Tafel: Onderwijs en zorg vinden elkaar!"
    assert menu["tafelrapportage"] and menu["tafel exporteren"]
    assert "Onderwijs en zorg vinden elkaar!" in menu["export text"]
    assert menu["meeting"].startswith("Bijeenkomst: ") and menu["verslag"]
    window.go_back(None)  # the first page again: its own choice, no table
    assert window.current_table is None
    assert _menu(window)["table"] == "Geen tafel gekozen"


def test_a_meeting_opened_from_its_table_page_names_that_meeting_and_table(
    qtbot: Any, filled: Database
) -> None:
    window = make_window(qtbot, filled)
    open_meeting(qtbot, window, "m-1")  # selected on the first page
    window.go_back(None)
    table_page = open_table(qtbot, window, "tafel-2")
    assert window.current_table == "tafel-2"
    assert _menu(window)["table"] == "Tafel: All-in De Zuidwester"
    meetings = table_page.meetings
    meetings.view.setFocus()
    meetings.view.selectRow(meetings.model.row_of("z-2"))
    assert _menu(window)["meeting"] == "Bijeenkomst: Overleg 2 (10-02-2023)"  # chosen there
    qtbot.keyClick(meetings.view, Qt.Key.Key_Return)  # opened from the table's own list
    assert window.stack.currentWidget().record_id == "z-2"
    assert window.current_table == "tafel-2"
    menu = _menu(window)
    assert menu["table"] == "Tafel: All-in De Zuidwester"
    assert menu["meeting"] == "Bijeenkomst: Overleg 2 (10-02-2023)"
    assert window.export_menu.chosen_meeting() == ("z-2", "Overleg 2 (10-02-2023)")

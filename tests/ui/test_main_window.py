"""The main window: navigation over tables and meetings through lazy table models."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ontwikkeltafel.store.database import Database
from tests.ui.conftest import make_window


def _column(model: Any, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    qtmodeltester.check(window.tables_page.tables)
    qtmodeltester.check(window.tables_page.meetings)


def test_window_shows_tables_and_all_meetings(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert window.windowTitle() == "Ontwikkeltafel"
    assert _column(window.tables_page.tables, 0) == [
        "All-in De Zuidwester",
        "Onderwijs en zorg vinden elkaar!",
    ]
    assert _column(window.tables_page.tables, 3) == ["3", "1"]
    assert window.tables_page.meetings.rowCount() == 4
    # Newest first, with Dutch dates and labels.
    assert _column(window.tables_page.meetings, 0)[0] == "10-03-2023 09.00"
    assert _column(window.tables_page.meetings, 0)[-1] == "18-01-2018 15.30"
    assert _column(window.tables_page.meetings, 2)[-1] == "tafelbijeenkomst"
    assert _column(window.tables_page.meetings, 3)[-1] == "vastgesteld verslag"
    assert "Alle bijeenkomsten" in window.tables_page.meetings_title.text()
    assert "Database: test.sqlite3" in [
        label.text() for label in window.statusBar().findChildren(QLabel)
    ]


def test_choosing_a_table_filters_meetings(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    with qtbot.waitSignal(window.tables_page.choice_changed):
        window.tables_page.table_view.selectRow(1)
    assert window.current_table == "tafel-1"
    assert _column(window.tables_page.meetings, 1) == ["Eerste bijeenkomst"]
    assert "Onderwijs en zorg vinden elkaar!" in window.tables_page.meetings_title.text()
    assert window.tables_page.meeting_view.isColumnHidden(4)  # the table's name is in the heading
    with qtbot.waitSignal(window.tables_page.choice_changed):
        qtbot.mouseClick(window.tables_page.all_button, Qt.MouseButton.LeftButton)
    assert window.tables_page.meetings.rowCount() == 4
    assert not window.tables_page.meeting_view.isColumnHidden(4)


def test_sorting_by_a_column_asks_the_query_service(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    window.tables_page.meeting_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(window.tables_page.meetings, 1) == [
        "Eerste bijeenkomst",
        "Overleg 1",
        "Overleg 2",
        "Overleg 3",
    ]
    window.tables_page.meeting_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _column(window.tables_page.meetings, 1)[0] == "Overleg 3"


def test_empty_database_shows_empty_lists(qtbot: Any, database: Database) -> None:
    window = make_window(qtbot, database)
    assert window.tables_page.tables.rowCount() == 0
    assert window.tables_page.meetings.rowCount() == 0


def test_sorting_after_records_arrived_resets_the_list(
    qtbot: Any, qtmodeltester: Any, filled: Database, write_json: Any
) -> None:
    from ontwikkeltafel.services.exchange_files import import_file

    window = make_window(qtbot, filled)
    qtmodeltester.check(window.tables_page.meetings)
    extra = {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "meetings": [
            {"id": "nieuw", "title": "Nieuwe bijeenkomst", "starts_at": "2024-05-14T15:30:00+02:00"}
        ],
    }
    import_file(filled.session_factory, write_json(extra, "extra.json"))
    with qtbot.waitSignal(window.tables_page.meetings.modelReset):
        window.tables_page.meeting_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert window.tables_page.meetings.rowCount() == 5
    assert "Nieuwe bijeenkomst" in _column(window.tables_page.meetings, 1)


def test_pages_modules_are_imported_after_start_up(qtbot: Any, filled: Database) -> None:
    import sys

    window = make_window(qtbot, filled)
    with qtbot.waitSignal(window.warmed_up, timeout=5000):
        pass
    assert "ontwikkeltafel.ui.lists.kinds" in sys.modules
    assert "ontwikkeltafel.ui.pages.meeting.page" in sys.modules
    assert not window.pages.keys() - {"tables"}  # imported, not made: no queries yet

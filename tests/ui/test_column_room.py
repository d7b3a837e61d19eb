"""Snag 5: columns size to their content and the window; titles and action texts get the room."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ontwikkeltafel.services.table_editing import edit_template_item
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.table.parts import TemplatePart
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_page, open_table


def _window(qtbot: Any, database: Database) -> MainWindow:
    window = make_window(qtbot, database)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    return window


def _column(view: QTableView, header: str) -> int:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise AssertionError(f"no column {header!r}")


def _longest(view: QTableView, column: int) -> int:
    model, metrics = view.model(), view.fontMetrics()
    texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
    return max(metrics.horizontalAdvance(text) for text in texts)


def _has_room(view: QTableView, column: int) -> bool:
    width = view.columnWidth(column)
    return width >= _longest(view, column) or width >= 0.4 * view.viewport().width()


def test_meeting_titles_on_the_first_page_get_the_room(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = window.tables_page
    view = page.meeting_view
    for table_id in (None, "tafel-1"):
        page.choose_table(table_id)
        qtbot.waitUntil(lambda: page.meetings.rowCount() > 0)
        title = _column(view, "Bijeenkomst")
        for other in ("Soort", "Status"):
            assert view.columnWidth(title) > view.columnWidth(_column(view, other))
        assert _has_room(view, title), (view.columnWidth(title), view.viewport().width())
        for short in ("Datum", "Soort", "Status"):  # their texts whole, no more
            column = _column(view, short)
            assert _longest(view, column) < view.columnWidth(column) < title_width(view, title)


def title_width(view: QTableView, title: int) -> int:
    return view.columnWidth(title)


def test_meeting_titles_in_the_meetings_list_get_the_room(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = window.show_page("meetings")
    view = page.view
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    title = _column(view, "Bijeenkomst")
    assert _has_room(view, title)
    for short in ("Datum", "Soort", "Status"):
        column = _column(view, short)
        assert _longest(view, column) < view.columnWidth(column) < view.columnWidth(title)
        assert view.columnWidth(column) <= _longest(view, column) + 32


def test_the_actions_list_names_the_table_and_sorts_by_it(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = open_page(window, "actions")
    view, model = page.view, page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    tafel = _column(view, "Tafel")
    assert not view.isColumnHidden(tafel)
    assert view.columnWidth(tafel) > 0
    tables = window.tables_page.tables
    known = {str(tables.index(row, 0).data()) for row in range(tables.rowCount())}
    names = {str(model.index(row, tafel).data()) for row in range(model.rowCount())}
    assert names and names <= known
    text = _column(view, "Actie")
    for other in ("Nr.", "Status", "Wanneer"):
        assert view.columnWidth(text) > view.columnWidth(_column(view, other))
    assert _has_room(view, text), (view.columnWidth(text), view.viewport().width())
    view.sortByColumn(tafel, Qt.SortOrder.AscendingOrder)
    ascending = [str(model.index(row, tafel).data()) for row in range(model.rowCount())]
    assert ascending == sorted(ascending)
    view.sortByColumn(tafel, Qt.SortOrder.DescendingOrder)
    descending = [str(model.index(row, tafel).data()) for row in range(model.rowCount())]
    assert descending == sorted(ascending, reverse=True)


def test_template_titles_on_the_table_page_get_the_room(qtbot: Any, filled: Database) -> None:
    long_title = "Vragen, zorgen en knelpunten van de deelnemers"
    edit_template_item(filled.session_factory, "tafel-1", 0, title=long_title)
    window = _window(qtbot, filled)
    part = open_table(qtbot, window).findChild(TemplatePart)
    assert part is not None
    view = part.view
    assert view.model().index(0, 0).data() == long_title
    kind, minutes = _column(view, "Soort"), _column(view, "Min.")
    for short in (kind, minutes):  # their texts (or header) whole, and no more
        header = str(view.model().headerData(short, Qt.Orientation.Horizontal))
        whole = max(_longest(view, short), view.fontMetrics().horizontalAdvance(header))
        assert whole < view.columnWidth(short) <= whole + 32, (short, view.columnWidth(short))
    assert view.columnWidth(0) >= 0.6 * view.viewport().width()

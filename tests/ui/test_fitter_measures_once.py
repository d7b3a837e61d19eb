"""The columns' fitter measures a text's width once, not again at every sort (issue 15).

Sorting the action list measured the texts in view of each fitted column anew (names,
tables, dates, statuses): 8 of a sort's 75 ms on the window's thread. The widths are kept
while the font stays; the columns come out as wide as a fresh measure makes them.
"""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.widgets import list_view
from ontwikkeltafel.ui.widgets.list_view import fitter_of
from tests.ui.conftest import make_window, open_page


class CountingMetrics(QFontMetricsF):
    """QFontMetricsF that counts the texts it measures."""

    measured: list[str] = []  # noqa: RUF012 (one list for the test, reset by the fixture)

    def horizontalAdvance(self, text: Any, *rest: Any) -> float:
        CountingMetrics.measured.append(str(text))
        return super().horizontalAdvance(text, *rest)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    CountingMetrics.measured = []
    monkeypatch.setattr(list_view, "QFontMetricsF", CountingMetrics)
    return CountingMetrics.measured


def _sort(qtbot: Any, page: RecordListPage, column: int, descending: bool) -> None:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    page.view.horizontalHeader().setSortIndicator(column, order)
    qtbot.waitUntil(lambda: not page.model.pending)


def test_a_sort_back_to_an_order_measures_no_text_again(
    qtbot: Any, filled: Database, counted: list[str]
) -> None:
    window = make_window(qtbot, filled)
    window.resize(1280, 720)
    page = open_page(window, "actions")
    assert isinstance(page, RecordListPage)
    for column in range(page.model.columnCount()):  # every order, each text measured once
        _sort(qtbot, page, column, False)
        _sort(qtbot, page, column, True)
    assert counted and len(counted) == len(set(counted))
    widths = [page.view.columnWidth(c) for c in range(page.model.columnCount())]
    before = len(counted)
    for column in range(page.model.columnCount()):
        _sort(qtbot, page, column, False)
        _sort(qtbot, page, column, True)
    assert len(counted) == before  # nothing measured again
    assert [page.view.columnWidth(c) for c in range(page.model.columnCount())] == widths


def test_another_font_is_measured_anew(qtbot: Any, filled: Database, counted: list[str]) -> None:
    window = make_window(qtbot, filled)
    window.resize(1280, 720)
    page = open_page(window, "actions")
    assert isinstance(page, RecordListPage)
    fitter = fitter_of(page.view)
    status = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    _sort(qtbot, page, status, False)
    narrow = page.view.columnWidth(status)
    before = len(counted)
    font = QFont(page.view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    page.view.setFont(font)
    _sort(qtbot, page, status, True)
    again = counted[before:]  # the texts in view measured again, in the larger font
    assert "afgerond" in counted[:before] and "afgerond" in again
    assert fitter.view.columnWidth(status) > narrow

"""The lists' column fitter: short columns whole, names their share, texts measured once."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from ontwikkeltafel.ui.widgets.list_view import SPARE_ROWS, ShareFitter, make_view

Index = QModelIndex | QPersistentModelIndex
CODE, NAME, TEXT = 0, 1, 2


class CountingModel(QAbstractTableModel):
    """Rows of (code, name, text); counts the display texts it is asked for."""

    def __init__(self, rows: list[list[str]]) -> None:
        super().__init__()
        self.rows = rows
        self.asked = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            self.asked += 1
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Nr.", "Wie", "Actie")[section]
        return None

    def rename(self, row: int, column: int, text: str) -> None:
        self.rows[row][column] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index)


def _view(qtbot: Any, model: CountingModel, width: int = 800) -> QTableView:
    view = make_view(model, CODE, Qt.SortOrder.AscendingOrder, {}, TEXT, (CODE,), {NAME: 0.25})
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _text(view: QTableView, text: str) -> int:
    return view.fontMetrics().horizontalAdvance(text)


def test_a_short_column_follows_a_changed_text(qtbot: Any) -> None:
    model = CountingModel([["2026-01", "A. Bakker", "Brief"], ["2026-02", "B. Smit", "Bel"]])
    view = _view(qtbot, model)
    before = view.columnWidth(CODE)
    assert _text(view, "2026-01") < before <= _text(view, "2026-01") + 48
    model.rename(1, CODE, "2026-02 en 2026-03 samen")
    assert view.columnWidth(CODE) > _text(view, "2026-02 en 2026-03 samen") > before


def test_a_name_is_whole_until_its_share_then_cut(qtbot: Any) -> None:
    long_name = "Mr. drs. Alexandra van den Berghuizen-Oudendijk"
    model = CountingModel([["1", "A. Bakker", "Brief"], ["2", long_name, "Bel"]])
    view = _view(qtbot, model, width=1200)
    assert view.columnWidth(NAME) > _text(view, long_name)
    view.resize(600, 400)
    qtbot.waitUntil(lambda: view.columnWidth(NAME) <= 0.25 * view.viewport().width() + 1)
    assert view.columnWidth(NAME) < _text(view, long_name)


def test_the_texts_are_read_once_until_they_change(qtbot: Any) -> None:
    model = CountingModel([[str(n), f"Persoon {n}", f"Actie {n}"] for n in range(200)])
    view = _view(qtbot, model)
    fitter = view.findChild(ShareFitter)
    assert fitter is not None
    rows_in_view = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert 5 < rows_in_view < 200
    model.asked = 0
    fitter.fit()  # nothing changed: no text read again
    view.resize(700, 400)  # narrower: the shares applied again, no text read
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert model.asked == 0
    model.rename(0, TEXT, "Iets anders")  # a change: the rows in view, both columns, once
    measured = rows_in_view + SPARE_ROWS  # (and a few more: a view a little taller)
    assert model.asked == 2 * measured + 2  # (and each column's widest as the view does)


class PaintCounter(QObject):
    """Counts the paints of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_rows_that_come_are_painted_once(qtbot: Any) -> None:
    """Qt repaints a resized column on a timer, after the paint on its way: the fitter not."""
    model = CountingModel([])
    view = _view(qtbot, model)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    model.beginResetModel()
    model.rows = [[f"2026-{n:02}", f"Persoon met een naam {n}", f"Actie {n}"] for n in range(90)]
    model.endResetModel()
    qtbot.waitUntil(lambda: counter.paints > 0)
    for _turn in range(5):  # the timers and posted events a second paint would come from
        QCoreApplication.processEvents()
    assert counter.paints == 1
    assert view.columnWidth(CODE) > _text(view, "2026-01")


def test_the_text_column_takes_the_rest_also_after_a_drag(qtbot: Any) -> None:
    model = CountingModel([["1", "A. Bakker", "Brief"]])
    view = _view(qtbot, model)
    room = view.viewport().width()
    assert sum(view.columnWidth(c) for c in range(3)) == room
    view.horizontalHeader().resizeSection(NAME, view.columnWidth(NAME) + 40)  # by hand
    assert sum(view.columnWidth(c) for c in range(3)) == room
    view.resize(600, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < room)
    assert sum(view.columnWidth(c) for c in range(3)) == view.viewport().width()


def test_a_short_column_is_as_wide_as_qt_measures_its_texts(qtbot: Any) -> None:
    """A pixel less than the delegate's own size and Qt shows "in bespreki…"."""
    statuses = ["open", "in bespreking", "opgepakt", "geparkeerd", "opgelost", "afgerond"]
    model = CountingModel([[status, "A. Bakker", "Brief"] for status in statuses])
    view = _view(qtbot, model)
    assert view.columnWidth(CODE) >= view.sizeHintForColumn(CODE)

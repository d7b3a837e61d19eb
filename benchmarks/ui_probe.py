"""One process of the UI benchmark: open and sort the action list (or the bare floor), then RSS.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.ui_probe product DB   (a file, or a URL)
    QT_QPA_PLATFORM=offscreen python -m benchmarks.ui_probe floor ROWS

``product`` opens the app's main window on DB as ``ontwikkeltafel`` does, waits for its
first paint and for its background import of the pages' modules, then times showing the
action list (made on first use, as a user's first click makes it) until its table has
painted its first rows, and sorting it by each column in both directions the way a header
click does (``setSortIndicator``) until the table has painted again. ``floor`` does the same
with a bare ``QTableView`` over a plain in-memory model of ROWS rows, sorted by
``list.sort``. Both print one JSON line:
``{"rows": n, "open_ms": t, "open_cpu_ms": c, "sorts": [[column, descending, ms, cpu_ms],
...], "rss_mb": m, "headers": [...]}``,
``rss_mb`` being VmRSS from /proc/self/status with the list shown (0 where there is none).
"""

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

TIMEOUT_MS = 30_000
HEADERS = ("Nr.", "Actie", "Wie", "Wanneer", "Status", "Tafel")
Index = QModelIndex | QPersistentModelIndex


class PaintWaiter(QObject):
    """Runs an event loop until the watched widget has painted (the paint handled, not sent)."""

    def __init__(self, widget: QWidget | None = None) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.armed = False
        self.target: QWidget | None = None
        self.cpu_ms = 0.0
        self.ready: Callable[[], bool] = lambda: True
        if widget is not None:
            self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Wait for paints of ``widget`` from now on (an action may call this as it makes it)."""
        self.target = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and watched is self.target and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)  # runs once this paint is done
        return False

    def _painted(self) -> None:
        """A paint is done: the end, unless what it showed was not ready yet (rows to come)."""
        if self.armed and self.ready():
            self.armed = False
            self.loop.quit()

    def time(self, action: Callable[[], object], ready: Callable[[], bool] | None = None) -> float:
        """Milliseconds from calling ``action`` to the end of the paint it causes.

        With ``ready``, the first paint once ``ready()`` holds: on PostgreSQL a list reads its
        ids and rows off the UI thread and paints "laden…" first; the figure is its rows painted.

        The process's CPU time over the same span is kept as ``cpu_ms``: on a machine
        shared with other work it shows what the wall time would be without them.
        """
        self.armed = True
        self.ready = ready or (lambda: True)
        cpu = time.process_time()
        started = time.perf_counter()
        action()
        QTimer.singleShot(TIMEOUT_MS, self.loop.quit)
        self.loop.exec()
        if self.armed:
            raise SystemExit("no paint within the time limit")
        wall = (time.perf_counter() - started) * 1000
        self.cpu_ms = (time.process_time() - cpu) * 1000
        return wall


def rss_mb() -> float:
    """This process's resident memory (VmRSS) in MB; 0 where /proc is missing."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sort_steps(columns: int, start: tuple[int, bool]) -> list[tuple[int, bool]]:
    """Every column ascending and descending, each step a change from the one before."""
    steps = [(column, descending) for column in range(columns) for descending in (False, True)]
    at = steps.index(start)
    return steps[at + 1 :] + steps[: at + 1]


def time_sorts(
    view: QTableView, waiter: PaintWaiter, ready: Callable[[], bool] | None = None
) -> list[Any]:
    """Sort ``view`` by every column both ways as a header click does; ms per step."""
    header = view.horizontalHeader()
    start = (
        header.sortIndicatorSection(),
        header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
    )
    sorts = []
    for column, descending in sort_steps(header.count(), start):
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        ms = waiter.time(partial(header.setSortIndicator, column, order), ready)
        sorts.append([column, descending, round(ms, 2), round(waiter.cpu_ms, 2)])
    return sorts


def product(db: str) -> dict[str, Any]:
    """The app's window on ``db`` (a SQLite file or a server's URL): open the action list,
    sort it, measure memory."""
    gc.disable()  # as ontwikkeltafel.cli does during start-up
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.location import location_from_path, location_from_url
    from ontwikkeltafel.ui.core.garbage import collect_on_ui_thread
    from ontwikkeltafel.ui.lists.list_page import RecordListPage
    from ontwikkeltafel.ui.window.main_window import MainWindow
    from ontwikkeltafel.ui.window.translation import install_translator

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Ontwikkeltafel")
    install_translator(app, "nl")
    where = location_from_url(db) if "://" in db else location_from_path(Path(db))
    database = open_database(where)
    window = MainWindow(database.session_factory, database.location.display)
    PaintWaiter(window.tables_page.meeting_view.viewport()).time(window.show)
    gc.freeze()  # as ontwikkeltafel.app does once the window shows
    collect_on_ui_thread()
    # A user's first click comes after the window has imported its pages' modules in
    # the background (MainWindow._warm_up, 0.4 s after start); wait for that as they do.
    idle = QEventLoop()
    window.warmed_up.connect(idle.quit)
    QTimer.singleShot(TIMEOUT_MS, idle.quit)
    idle.exec()
    pages: list[RecordListPage] = []

    def show_actions() -> None:
        page = window.show_page("actions")
        assert isinstance(page, RecordListPage)
        pages.append(page)
        waiter.watch(page.view.viewport())  # made by the click: watched from then on

    def rows_shown() -> bool:
        model = pages[0].model if pages else None
        return model is not None and not model.pending and model.cached_rows > 0

    def sorted_and_shown() -> bool:
        return not pages[0].model.pending

    waiter = PaintWaiter()
    open_ms = waiter.time(show_actions, rows_shown)
    opened = {"open_ms": round(open_ms, 2), "open_cpu_ms": round(waiter.cpu_ms, 2)}
    page = pages[0]
    assert page.model.cached_rows > 0, "the list painted without rows"
    sorts = time_sorts(page.view, waiter, sorted_and_shown)
    memory = rss_mb()
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    result = {"rows": model.rowCount(), **opened, "sorts": sorts}
    window.close()
    database.close()
    return {**result, "rss_mb": memory, "headers": headers}


class PlainModel(QAbstractTableModel):
    """Rows of strings in a Python list; sorting is ``list.sort`` on one column."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        self.rows.sort(key=lambda row: row[column], reverse=descending)
        self.layoutChanged.emit()


def plain_rows(count: int) -> list[tuple[str, ...]]:
    """``count`` rows shaped like the action list's: number, text, name, date, status, table."""
    statuses = ("open", "in uitvoering", "afgerond", "vervallen")
    return [
        (
            f"{2016 + n % 10}-{n % 97 + 1:02d}",
            f"Actie {n}: afspraken over de warme overdracht vastleggen en delen met de tafel",
            f"J. de Vries {n % 2000}",
            f"{n % 28 + 1:02d}-{n % 12 + 1:02d}-{2016 + n % 10}",
            statuses[n % 4],
            f"Ontwikkeltafel {n % 50}",
        )
        for n in range(count)
    ]


def floor(count: int) -> dict[str, Any]:
    """A bare window: show a sortable table over ``count`` in-memory rows, sort, measure."""
    app = QApplication(sys.argv[:1])
    rows = plain_rows(count)
    window = QMainWindow()
    stack = QStackedWidget()
    placeholder = QLabel("Ontwikkeltafel")
    stack.addWidget(placeholder)
    window.setCentralWidget(stack)
    window.resize(1400, 800)
    PaintWaiter(placeholder).time(window.show)
    views: list[QTableView] = []

    def show_table() -> None:
        view = QTableView()
        view.setModel(PlainModel(rows))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        stack.addWidget(view)
        stack.setCurrentWidget(view)
        views.append(view)
        waiter.watch(view.viewport())

    waiter = PaintWaiter()
    open_ms = waiter.time(show_table)
    open_cpu_ms = waiter.cpu_ms
    sorts = time_sorts(views[0], waiter)
    memory = rss_mb()
    window.close()
    del app
    opened = {"open_ms": round(open_ms, 2), "open_cpu_ms": round(open_cpu_ms, 2)}
    result = {"rows": count, **opened, "sorts": sorts, "rss_mb": memory}
    return {**result, "headers": list(HEADERS)}


def main(argv: list[str]) -> int:
    """Run one side and print its JSON line.

    The window's remembered state (its last page, in the user's config folder) is left
    alone: a settings folder of this process's own, so every probe starts on the first page.
    """
    side, argument = argv
    config = tempfile.TemporaryDirectory(prefix="ui-probe-")
    os.environ["XDG_CONFIG_HOME"] = config.name
    result = product(argument) if side == "product" else floor(int(argument))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Start-up floor: a bare PySide6 main window with one table view over 100,000 rows.

Prints `first-paint` once the table has painted, then quits. Run it offscreen with
`QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py`.
"""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS = 100_000
HEADERS = ("Datum", "Tafel", "Bijeenkomst", "Soort", "Status", "Locatie")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """100,000 rows computed on demand, as a lazy list model would serve them."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"{HEADERS[index.column()]} {index.row() + 1}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class FirstPaintView(QTableView):
    """A table view that announces its first paint on stdout and then quits the app."""

    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    """Show the window and run the event loop until the first paint."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Ontwikkeltafel (bare floor)")
    model = RowsModel()
    view = FirstPaintView()
    view.setModel(model)
    view.verticalHeader().hide()
    window.setCentralWidget(view)
    window.resize(1200, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

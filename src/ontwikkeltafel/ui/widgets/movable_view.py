"""A compact row-selecting table view whose rows move with Ctrl+Up and Ctrl+Down."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class MovableView(QTableView):
    """One row at a time; Ctrl+Up/Down asks to move it (``move_requested(row, delta)``)."""

    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """A view with compact rows and no row numbers."""
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)

    def stretch(self, column: int, widths: dict[int, str], padding: int = 28) -> None:
        """Give ``column`` the room left; the others the width of their sample text."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        model = self.model()
        for number, sample in widths.items():
            title = str(model.headerData(number, Qt.Orientation.Horizontal) or "")
            lines = [*sample.splitlines(), *title.splitlines()]  # a header may wrap
            width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            self.setColumnWidth(number, width + padding)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int:
        """The selected row, or -1."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select ``row`` (if there is one) and make it current."""
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.selectRow(row)
            self.setCurrentIndex(model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Up and Ctrl+Down move the selected row."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.current_row()
            if row >= 0:
                self.move_requested.emit(row, -1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

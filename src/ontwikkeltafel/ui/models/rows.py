"""A small table model over rows a service returned (members, agenda, attendance, decisions).

The rows are plain frozen dataclasses with an id; an edit in the view is handed to
``on_edit(row, column, value)`` (an undoable service call), and the model shows the new
value when the page reads the rows again after the change. A reading that keeps the
same rows in the same order only repaints, so selections and editors stay where they are.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ontwikkeltafel.i18n import UserError

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class RowColumn:
    """A column: header, text shown, and how it is edited (None: read only).

    ``edit`` gives the value an editor starts from (Qt's EditRole); ``check`` makes the
    column a check box (its state) instead.
    """

    header: str
    display: Callable[[Any], str]
    edit: Callable[[Any], Any] | None = None
    check: Callable[[Any], bool] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of one kind, kept by id; edits go to ``on_edit``, refusals to ``on_refused``."""

    def __init__(
        self,
        columns: Sequence[RowColumn],
        key: Callable[[Any], str],
        on_edit: Callable[[Any, int, Any], None] | None = None,
        parent: Any = None,
    ) -> None:
        """Columns ``columns``; ``key(row)`` is a row's id."""
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.on_edit = on_edit
        self.on_refused: Callable[[UserError], None] | None = None
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``: repaint when the same ids come in the same order, else reset."""
        rows = list(rows)
        if [self.key(r) for r in rows] == [self.key(r) for r in self.rows]:
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_id(self, row: int) -> str:
        """The id of the row ``row``."""
        return self.key(self.rows[row])

    def row_of(self, record_id: str | None) -> int:
        """The row showing ``record_id``, or -1."""
        for number, row in enumerate(self.rows):
            if self.key(row) == record_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows (a flat table: no children)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column headers; rows are not numbered by the header."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Role.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Text, edit value, check state, tool tip and alignment of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Role.DisplayRole:
            return None if column.check is not None else column.display(row)
        if role == Role.EditRole and column.edit is not None:
            return column.edit(row)
        if role == Role.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row) or None
        if role == Role.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable; editable or checkable where the column says so."""
        flags = super().flags(index)
        if not index.isValid():
            return flags
        column = self.columns[index.column()]
        if self.on_edit is not None and column.edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.on_edit is not None and column.check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Hand an edit to ``on_edit``; the page shows the stored value after the change."""
        if not index.isValid() or self.on_edit is None:
            return False
        column = self.columns[index.column()]
        if role == Role.CheckStateRole and column.check is not None:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif (
            role != Role.EditRole
            or column.edit is None
            or value == column.edit(self.rows[index.row()])
        ):
            return False
        try:
            self.on_edit(self.rows[index.row()], index.column(), value)
        except UserError as error:
            if self.on_refused is not None:
                self.on_refused(error)
            return False
        return True

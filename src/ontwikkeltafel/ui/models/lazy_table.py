"""A table model that holds ids and fetches the rows it shows in pages (Anki's pattern)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
# Looked up once: a view asks data() for many roles per cell on every paint.
TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """A column: its header, the sort key the query service knows, and how to show a row."""

    header: str
    sort_key: str
    display: Callable[[Any], str]
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    """Rows are ids; a row's data is fetched, a page at a time, only when a view asks for it."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: Callable[[str, bool], list[str]],
        fetch_rows: Callable[[Sequence[str]], Sequence[Any]],
        parent: Any = None,
    ) -> None:
        """``fetch_ids(sort_key, descending)`` orders; ``fetch_rows(ids)`` fills a page."""
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        self._sort: tuple[int, bool] = (0, False)
        self.filters: dict[str, Any] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of ids (no children: this is a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers; rows are unnumbered."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def row_id(self, row: int) -> str:
        """The id of the record shown in ``row``."""
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        """The row that shows ``record_id``, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> Any:
        record_id = self._ids[row]
        if record_id not in self._rows:
            start = max(0, row - PAGE // 4)
            missing = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            for fetched in self._fetch_rows(missing):
                self._rows[fetched.id] = fetched
        return self._rows.get(record_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text and alignment, fetched lazily."""
        if role in TEXT_ROLES:
            # The tool tip shows the whole text where a narrow column cuts it off.
            if not index.isValid() or not 0 <= index.row() < len(self._ids):
                return None
            row = self._row(index.row())
            return None if row is None else self.columns[index.column()].display(row)
        if role == ALIGNMENT_ROLE and index.isValid():
            return RIGHT if self.columns[index.column()].align_right else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the query service for the ids in a new order; rows stay cached."""
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        ids = self._fetch_ids(self.columns[column].sort_key, self._sort[1])
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            # Records came or went meanwhile (another user, an import): not a reordering.
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._ids[i.row()], i.column()) for i in persistent]
        self._ids = ids
        if persistent:
            wanted = {record_id for record_id, _column in kept}
            if len(wanted) <= 64:  # the selection and the current row: list.index is quicker
                rows = {record_id: ids.index(record_id) for record_id in wanted}
            else:
                rows = {record_id: row for row, record_id in enumerate(ids) if record_id in wanted}
            moved = [self.index(rows[record_id], col) for record_id, col in kept]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @property
    def cached_rows(self) -> int:
        """How many rows have been fetched (not just their ids) since the last reload."""
        return len(self._rows)

    def set_filters(self, **filters: Any) -> None:
        """Keep ``filters`` for ``fetch_ids`` to read (as ``model.filters``) and fetch ids again."""
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """Fetch ids again (after a change or a new filter) and forget cached rows."""
        self.beginResetModel()
        self._rows.clear()
        self._ids = self._fetch_ids(self.columns[self._sort[0]].sort_key, self._sort[1])
        self.endResetModel()

"""The agenda of a meeting as a table model that can be reordered by drag and drop.

A drop (or ``moveRows``) does not move rows itself: it asks ``mover(item_id, index)`` (an
undoable service call) and the page shows the agenda in its new order when it hears of it.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.meeting_editing import AgendaRow
from ontwikkeltafel.ui.core.meeting_labels import label
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-ontwikkeltafel-agenda-item"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


def decisions_text(count: int) -> str:
    """How many decisions: "1 besluit", "3 besluiten" (empty for none)."""
    if not count:
        return ""
    return _tr("1 besluit") if count == 1 else _tr("%1 besluiten").replace("%1", str(count))


def agenda_columns() -> list[RowColumn]:
    """Nr, Agendapunt, Min., Inleider, a mark for a confidential item and one for a verslag."""
    return [
        RowColumn(_tr("Nr"), lambda r: str(r.position), align_right=True),
        RowColumn(
            _tr("Agendapunt"),
            lambda r: r.title,
            tooltip=lambda r: ", ".join(
                [r.title, label(r.kind)] + ([_tr("vertrouwelijk")] if r.confidential else [])
            ),
        ),
        RowColumn(_tr("Min."), lambda r: str(r.planned_minutes or ""), align_right=True),
        RowColumn(_tr("Inleider"), lambda r: r.presenter),
        RowColumn(
            _tr("Vertr."),
            lambda r: "🔒" if r.confidential else "",
            tooltip=lambda r: (
                _tr("vertrouwelijk: niet in het verslag voor deelnemers") if r.confidential else ""
            ),
        ),
        RowColumn(
            _tr("Verslag"),
            lambda r: "✓" if r.has_minutes else "",
            tooltip=lambda r: decisions_text(r.decisions),
        ),
    ]


class AgendaModel(RowsModel):
    """Agenda rows (read only in the cells); rows are dragged to a new place."""

    def __init__(
        self,
        columns: list[RowColumn],
        mover: Callable[[str, int], None],
        parent: Any = None,
    ) -> None:
        """Show agenda rows; ``mover(item_id, index)`` puts an item at a new index."""
        super().__init__(columns, lambda row: row.id, None, parent)
        self.mover = mover

    @property
    def agenda(self) -> list[AgendaRow]:
        """The rows shown."""
        return list(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be dragged; drops land between rows."""
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The one type dragged: an agenda item's id."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The id of the dragged row."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(self.row_id(rows[0]).encode("utf-8")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """An agenda item of this agenda, moved."""
        return action == Qt.DropAction.MoveAction and self._dragged(data) is not None

    def _dragged(self, data: QMimeData) -> str | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        item_id = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        return item_id if self.row_of(item_id) >= 0 else None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged item to where it was dropped (before ``row``; on a row: before it)."""
        item_id = self._dragged(data)
        if item_id is None or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        return self._move(item_id, row)

    def moveRows(
        self,
        sourceParent: Index,
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        """Move one row to before ``destinationChild`` (through ``mover``)."""
        if count != 1 or sourceParent.isValid() or destinationParent.isValid():
            return False
        if not 0 <= sourceRow < self.rowCount():
            return False
        return self._move(self.row_id(sourceRow), destinationChild)

    def _move(self, item_id: str, before: int) -> bool:
        """Put ``item_id`` before the row ``before`` (as numbered now)."""
        source = self.row_of(item_id)
        index = before if before <= source else before - 1
        index = max(0, min(index, self.rowCount() - 1))
        if index == source:
            return False
        try:
            self.mover(item_id, index)
        except UserError as error:
            if self.on_refused is not None:
                self.on_refused(error)
            return False
        return True

"""A form field for linked records (themes, practices...): the chosen ones, and an adder."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.ui.widgets.fields import ID_ROLE, RecordPicker

VISIBLE_ROWS = 6  # the list grows to this many rows, then scrolls


class LinkListField(QWidget):
    """The records linked to one record, by name: remove with a button or Delete, add by picking.

    ``value()`` is the list of chosen ids (sorted, so that comparing with what is
    stored ignores the order); ``set_value()`` shows ids; ``value_changed`` reports
    an addition or a removal, which the autosave binder stores at once.
    """

    value_changed = Signal()
    stores_at_once = True

    def __init__(
        self,
        load: Callable[[], list[tuple[str, str]]],
        add_text: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """Offer the (id, label) pairs of ``load``; ``add_text`` is the adder's placeholder."""
        super().__init__(parent)
        self._ids: list[str] = []
        self.empty_text = empty_text
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.installEventFilter(self)
        self.picker = RecordPicker(load, add_text)
        self.picker.value_changed.connect(self._add_chosen)
        self.remove_button = QPushButton(self.tr("Weghalen"))
        self.remove_button.setToolTip(self.tr("Het gekozen verband weghalen (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.chosen.currentRowChanged.connect(lambda _row: self._update_button())
        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.picker, 1)
        adder.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chosen)
        layout.addLayout(adder)
        QWidget.setTabOrder(self.chosen, self.picker)
        QWidget.setTabOrder(self.picker, self.remove_button)
        self._show()

    def value(self) -> list[str]:
        """The ids of the linked records."""
        return sorted(self._ids)

    def set_value(self, value: list[str] | None) -> None:
        """Show the records ``value`` without reporting a change."""
        self._ids = sorted(value or [])
        self._show()

    def labels(self) -> list[str]:
        """The names shown, in their order."""
        return [self.chosen.item(row).text() for row in range(self.chosen.count())]

    def add(self, record_id: str) -> None:
        """Link ``record_id`` (as picking it does)."""
        if record_id in self._ids:
            return
        self._ids = sorted([*self._ids, record_id])
        self._show()
        self.value_changed.emit()

    def remove_current(self) -> None:
        """Unlink the record chosen in the list."""
        item = self.chosen.currentItem()
        record_id = None if item is None else item.data(ID_ROLE)
        if record_id not in self._ids:
            return
        row = self.chosen.currentRow()
        self._ids.remove(record_id)
        self._show()
        if self._ids:
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self.value_changed.emit()

    def invalidate(self) -> None:
        """Read the names again when next needed (a record was renamed, added or deleted)."""
        self.picker.invalidate()
        if self.isVisible():
            self._show()

    def _add_chosen(self) -> None:
        record_id = self.picker.value()
        self.picker.set_value(None)
        self.picker.setEditText("")
        if record_id:
            self.add(record_id)

    def _show(self) -> None:
        labels = dict(self.picker.choices()) if self._ids else {}
        self.chosen.clear()
        for record_id in sorted(self._ids, key=lambda i: str(labels.get(i, i)).lower()):
            item = QListWidgetItem(labels.get(record_id, "?"))
            item.setData(ID_ROLE, record_id)
            self.chosen.addItem(item)
        if not self._ids:
            placeholder = QListWidgetItem(self.empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.chosen.addItem(placeholder)
        rows = min(max(self.chosen.count(), 1), VISIBLE_ROWS)
        row_height = self.chosen.sizeHintForRow(0) if self.chosen.count() else 20
        frame = 2 * self.chosen.frameWidth()
        self.chosen.setFixedHeight(rows * max(row_height, 18) + frame + 2)
        self._update_button()

    def _update_button(self) -> None:
        item = self.chosen.currentItem()
        self.remove_button.setEnabled(item is not None and item.data(ID_ROLE) in self._ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list unlinks (and is not the window's Delete of the whole record)."""
        if watched is self.chosen and isinstance(event, QKeyEvent):
            is_delete = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            if is_delete and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if is_delete and event.type() == QEvent.Type.KeyPress:
                self.remove_current()
                return True
        return False

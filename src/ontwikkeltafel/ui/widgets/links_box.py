"""Linked records by name (a table's themes, an item's concerns and practices): add, remove.

The box only asks: ``add_requested(id)`` and ``remove_requested(id)`` go to the page,
which links or unlinks undoably and shows the stored links again with :meth:`set_ids`.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.ui.widgets.fields import ID_ROLE, RecordPicker


class LinksBox(QWidget):
    """A heading, the linked records, a picker to add one and a button to take one away."""

    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(
        self,
        heading: str,
        load: Callable[[], list[tuple[str, str]]],
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """Offer the (id, label) pairs of ``load``; ``add_text`` is the picker's placeholder."""
        super().__init__(parent)
        self._load = load
        self._labels: dict[str, str] | None = None
        self.ids: list[str] = []
        self.heading = QLabel(heading)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)
        self.picker = RecordPicker(load, add_text)
        self.picker.setMinimumContentsLength(14)
        self.picker.value_changed.connect(self._picked)
        self.remove_button = QPushButton(self.tr("Weghalen"))
        self.remove_button.setToolTip(self.tr("De gekozen koppeling weghalen (Delete)"))
        self.remove_button.clicked.connect(self._remove_current)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.picker, 1)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        self._update_buttons()

    def labels(self) -> dict[str, str]:
        """The label of every record on offer, read once (and after :meth:`reload`)."""
        if self._labels is None:
            self._labels = dict(self._load())
        return self._labels

    def reload(self) -> None:
        """Read the records on offer again (one was added or renamed elsewhere)."""
        self._labels = None
        self.picker.reload()
        self.set_ids(self.ids)

    def set_ids(self, ids: list[str]) -> None:
        """Show the linked records ``ids``, by name."""
        self.ids = list(ids)
        current = self.current_id()
        self.list.clear()
        labels = self.labels()
        for record_id in sorted(ids, key=lambda i: labels.get(i, "").lower()):
            item = QListWidgetItem(labels.get(record_id, "…"))
            item.setData(ID_ROLE, record_id)
            self.list.addItem(item)
            if record_id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> str | None:
        """The id of the chosen link, if any."""
        item = self.list.currentItem()
        data = None if item is None else item.data(ID_ROLE)
        return data if isinstance(data, str) else None

    def _picked(self) -> None:
        record_id = self.picker.value()
        self.picker.set_value(None)
        self.picker.setEditText("")
        if record_id and record_id not in self.ids:
            self.add_requested.emit(record_id)

    def _remove_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.remove_requested.emit(record_id)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list takes the chosen link away (not the window's Delete)."""
        wanted = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        if watched is self.list and event.type() in wanted:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key comes here as a key press
                else:
                    self._remove_current()
                return True
        return False

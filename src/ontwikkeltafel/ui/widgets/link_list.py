"""The records linked to one record, by name: remove one with a button or Delete, add by picking.

One widget for the two ways links are stored:

- as a form field (a concern's themes, a practice's concerns): ``value()`` is the list of
  linked ids, ``set_value()`` shows ids, ``value_changed`` reports an addition or a removal,
  which the autosave binder stores at once (``stores_at_once``);
- on a page (a table's themes, the concerns and practices of an agenda item): the page
  listens to ``added(id)`` and ``removed(id)``, links or unlinks undoably under its own
  undo text, and shows the stored links again with ``set_value()``.

With :meth:`read_off_thread` (a form on a server) the names are read off the UI thread:
a link whose name is not read yet says "laden…", and the list redraws when they come.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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

from ontwikkeltafel.ui.core.autosave import autosave_events
from ontwikkeltafel.ui.widgets.fields import ID_ROLE, RecordPicker

VISIBLE_ROWS = 6  # a list that fits its rows grows to this many, then scrolls


class LinkList(QWidget):
    """An optional heading, the linked records, a picker to add one and a button to remove one.

    ``value()`` is sorted, so that comparing with what is stored ignores the order.
    With ``visible_rows`` the list is as tall as its rows, up to that many (a form's
    field, each name on one line); with ``visible_rows=None`` it takes the room its
    layout gives it and long names wrap. ``empty_text`` is shown in an empty list.
    """

    added = Signal(str)  # the id the user linked
    removed = Signal(str)  # the id the user unlinked
    value_changed = Signal()  # after either
    stores_at_once = True  # a link is a choice, not typing: the binder stores it without a pause

    def __init__(
        self,
        load: Callable[[], list[tuple[str, str]]],
        add_text: str,
        *,
        heading: str = "",
        empty_text: str = "",
        visible_rows: int | None = VISIBLE_ROWS,
        parent: QWidget | None = None,
    ) -> None:
        """Offer the (id, label) pairs of ``load``; ``add_text`` is the picker's placeholder."""
        super().__init__(parent)
        self._ids: list[str] = []
        self.empty_text = empty_text
        self.visible_rows = visible_rows
        self.heading = QLabel(heading) if heading else None
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setWordWrap(visible_rows is None)  # a fitted list counts one line a row
        self.chosen.installEventFilter(self)
        self.picker = RecordPicker(load, add_text)
        self.picker.setMinimumContentsLength(14)  # beside the button, in a narrow column
        self.picker.value_changed.connect(self._picked)
        self.picker.offered.connect(self._show)  # the names came: the links show them
        self.remove_button = QPushButton(self.tr("Weghalen"))
        self.remove_button.setToolTip(self.tr("De gekozen koppeling weghalen (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.chosen.currentRowChanged.connect(lambda _row: self._update_button())
        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.picker, 1)
        adder.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if self.heading is not None:
            layout.addWidget(self.heading)
        layout.addWidget(self.chosen, 1)
        layout.addLayout(adder)
        QWidget.setTabOrder(self.chosen, self.picker)
        QWidget.setTabOrder(self.picker, self.remove_button)
        self._show()

    def read_off_thread(self, sessions: object) -> None:
        """On a server (``sessions`` a PostgreSQL one): read the names off the UI thread.

        Names a server away could not give are asked again when it is back.
        """
        self.picker.read_off_thread(sessions)
        autosave_events().back.connect(self._server_back)

    def _server_back(self, _where: str) -> None:
        if self._ids and not self.picker.loaded:
            self._show()  # asks for the names again; shown when they come

    def value(self) -> list[str]:
        """The ids of the linked records."""
        return sorted(self._ids)

    def set_value(self, value: list[str] | None) -> None:
        """Show the records ``value`` without reporting a change (the chosen one stays chosen)."""
        self._ids = sorted(value or [])
        self._show()

    def labels(self) -> list[str]:
        """The names shown, in their order."""
        rows = (self.chosen.item(row) for row in range(self.chosen.count()))
        return [item.text() for item in rows if item.data(ID_ROLE) is not None]

    def current_id(self) -> str | None:
        """The id of the chosen link, if any."""
        item = self.chosen.currentItem()
        data = None if item is None else item.data(ID_ROLE)
        return data if isinstance(data, str) else None

    def add(self, record_id: str) -> None:
        """Link ``record_id`` (as picking it does)."""
        if record_id in self._ids:
            return
        self._ids = sorted([*self._ids, record_id])
        self._show()
        self.added.emit(record_id)
        self.value_changed.emit()

    def remove_current(self) -> None:
        """Unlink the record chosen in the list; the one after it is chosen next."""
        record_id = self.current_id()
        if record_id not in self._ids:
            return
        row = self.chosen.currentRow()
        self._ids.remove(record_id)
        self._show()
        if self._ids:
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self.removed.emit(record_id)
        self.value_changed.emit()

    def reload(self) -> None:
        """Read the names again now (a record was renamed, added or deleted)."""
        self.picker.reload()
        self._show()

    def invalidate(self) -> None:
        """Read the names again when next needed (cheap for a list nobody looks at)."""
        self.picker.invalidate()
        if self.isVisible():
            self._show()

    def _picked(self) -> None:
        record_id = self.picker.value()
        self._clear_picker()
        # A name taken from the completion is written back after this: cleared again then.
        QTimer.singleShot(0, self, self._clear_picker)
        if record_id:
            self.add(record_id)

    def _clear_picker(self) -> None:
        """Empty the picker, ready for the next name."""
        self.picker.set_value(None)
        self.picker.setEditText("")

    def _show(self) -> None:
        current = self.current_id()
        # On a server the names may still be on their way (asked for here): "laden…" till then.
        labels = dict(self.picker.choices()) if self._ids else {}
        unknown = "?" if self.picker.loaded else self.tr("laden…")
        self.chosen.clear()
        for record_id in sorted(self._ids, key=lambda i: str(labels.get(i, i)).lower()):
            item = QListWidgetItem(labels.get(record_id, unknown))
            item.setData(ID_ROLE, record_id)
            self.chosen.addItem(item)
            if record_id == current:
                self.chosen.setCurrentItem(item)
        if not self._ids and self.empty_text:
            placeholder = QListWidgetItem(self.empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.chosen.addItem(placeholder)
        if self.visible_rows is not None:
            rows = min(max(self.chosen.count(), 1), self.visible_rows)
            row_height = self.chosen.sizeHintForRow(0) if self.chosen.count() else 20
            frame = 2 * self.chosen.frameWidth()
            self.chosen.setFixedHeight(rows * max(row_height, 18) + frame + 2)
        self._update_button()

    def _update_button(self) -> None:
        self.remove_button.setEnabled(self.current_id() in self._ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list unlinks (and is not the window's Delete of the whole record)."""
        if watched is self.chosen and isinstance(event, QKeyEvent):
            is_delete = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            if is_delete and event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes here as a key press
                return True
            if is_delete and event.type() == QEvent.Type.KeyPress:
                self.remove_current()
                return True
        return False

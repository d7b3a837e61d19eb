"""A reusable list page: a filter box, filter choices, a count and a lazy, sortable table."""

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.ui.core.background import server_of
from ontwikkeltafel.ui.core.context import PageDefaults
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.lists.choice_box import Choice as Choice  # (kinds.py, filters.py)
from ontwikkeltafel.ui.lists.choice_box import ChoiceBox, from_database, read_after_the_list
from ontwikkeltafel.ui.lists.choice_box import LazyChoices as LazyChoices
from ontwikkeltafel.ui.models.lazy_table import Column, LazyTableModel
from ontwikkeltafel.ui.widgets.list_view import make_view

DEBOUNCE_MS = 150
NATIVE = QKeySequence.SequenceFormat.NativeText


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordListPage", text)


@dataclass(frozen=True)
class PageSpec:
    """What a list page shows and where its ids and rows come from.

    ``fetch_ids(sessions, sort=, descending=, text=, **filters)`` and
    ``fetch_rows(sessions, ids)`` are query services; each of ``filters`` makes a
    combo box of choices, read from the database when the page is made.
    """

    columns: Sequence[Column]
    fetch_ids: Callable[..., list[str]]
    fetch_rows: Callable[[SessionFactory, Sequence[str]], Sequence[Any]]
    count: Callable[[int], str]
    empty: str
    samples: dict[int, str]
    stretch: int
    sort_column: int = 0
    descending: bool = False
    filters: Sequence[Callable[[SessionFactory], list[Choice]] | LazyChoices] = ()
    # Beside a form the list is narrower: these columns (shown in the form) are hidden,
    # and ``beside_stretch`` takes the rest when the ``stretch`` column is one of them.
    beside_form_hidden: Sequence[int] = ()
    beside_stretch: int | None = None
    # Short columns (codes, dates, statuses) sized to the rows in view, not to a sample.
    fit: Sequence[int] = ()
    # Texts of any length (names, tables) sized to the rows in view, each at most its share.
    shares: dict[int, float] = field(default_factory=dict)


def count_text(n: int, one: str, other: str) -> str:
    """A count as a Dutch list heading shows it: "1 persoon", "12.345 personen"."""
    number = f"{n:,}".replace(",", ".")
    return f"{number} {one if n == 1 else other}"


class ListModel(LazyTableModel):
    """The lazy model of a list page, which can also show a few changed rows in place."""

    def refresh_rows(self, ids: Sequence[str]) -> None:
        """Fetch the rows of ``ids`` again where they are; the order is left as it is."""
        for record_id in ids:
            row = self.row_of(record_id)
            if row < 0:
                continue
            self.forget_row(record_id)
            last = self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(self.index(row, 0), last)

    def resort(self) -> None:
        """Fetch the ids again in the current order; the rows move, the selection with them."""
        column, descending = self._sort
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.sort(column, order)


class RecordListPage(QWidget, PageDefaults):
    """A searchable, filterable, sortable list of one kind of record."""

    record_activated = Signal(str)  # Enter or a double click on a record: its id

    def __init__(self, sessions: SessionFactory, spec: PageSpec, parent: Any = None) -> None:
        """Build the page; the ids are fetched once, the rows only as they are shown."""
        super().__init__(parent)
        self.spec = spec
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Zoeken in de lijst…"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.timer.start)
        server = server_of(sessions)  # on a server: nothing read on the UI thread
        self.combos: list[tuple[ChoiceBox, list[Choice]]] = []
        for choices in spec.filters:
            where = server if from_database(choices) else None  # (fixed choices: at once)
            if isinstance(choices, LazyChoices):
                combo = ChoiceBox(partial(choices.load, sessions), choices.first, where)
            else:  # read once the list's first reading is over (it goes quicker alone)
                combo = ChoiceBox(partial(choices, sessions), None, where, later=True)
            combo.currentIndexChanged.connect(self.apply_filters)
            self.combos.append((combo, combo.choices))
        self.count_label = QLabel()
        self.model = ListModel(
            spec.columns,
            lambda sort, desc: spec.fetch_ids(
                sessions, sort=sort, descending=desc, **self.model.filters
            ),
            lambda ids: spec.fetch_rows(sessions, ids),
            self,
        )
        if server is not None:  # the window never waits on a server that may not answer
            self.model.read_off_thread(server)
        order = Qt.SortOrder.DescendingOrder if spec.descending else Qt.SortOrder.AscendingOrder
        self.view = make_view(
            self.model, spec.sort_column, order, spec.samples, spec.stretch, spec.fit, spec.shares
        )
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.hint)
        self._build_layout()
        self.model.modelReset.connect(self._update_state)
        self.model.loading_changed.connect(self._update_state)
        self.model.failed.connect(self._update_state)
        self.model.settled.connect(self._restore_place)
        boxes = [combo for combo, _choices in self.combos]
        read_after_the_list(boxes, self.model, self.view.viewport())
        self._place: tuple[str | None, int] | None = None  # kept over a reading of the list
        self.view.activated.connect(self._activated)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self._update_state()
        self._outdated = False  # records it shows changed while it was hidden

    def follow(self, notifier: ChangeNotifier, kinds: Collection[str]) -> None:
        """Read the list again when records of ``kinds`` change (if hidden: when next shown).

        Renamed and new records so take their place by the list's sort.
        """
        watched = frozenset(kinds)
        notifier.changed.connect(
            lambda change: self._changed_elsewhere(change) if change.touches(*watched) else None
        )

    def _changed_elsewhere(self, _change: Change) -> None:
        if self.isVisible():
            self._read_again()
        else:
            self._outdated = True

    def _read_again(self) -> None:
        """Read the ids again; the chosen row stays chosen and in sight."""
        self._outdated = False
        rows = self.view.selectionModel().selectedRows()
        chosen = self.model.row_id(rows[0].row()) if rows else None
        self._place = (chosen, self.view.verticalScrollBar().value())
        self.model.reload()  # (on a server the ids come later: then the place is restored)

    def _restore_place(self) -> None:
        """After a reading: the scroll position as it was, the chosen row chosen and in sight."""
        place, self._place = self._place, None
        if place is None:
            return
        chosen, position = place
        self.view.verticalScrollBar().setValue(position)
        row = -1 if chosen is None else self.model.row_of(chosen)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def showEvent(self, event: QShowEvent) -> None:
        """A list whose records changed while hidden is read again when shown."""
        if self._outdated:
            self._read_again()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the filter box into the list (its first row chosen), Up from there back."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if watched is self.search and plain and event.key() == Qt.Key.Key_Down:
            return self._into_list()
        up = plain and event.key() == Qt.Key.Key_Up
        if watched is self.view and up and self.view.currentIndex().row() <= 0:
            self.search.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _into_list(self) -> bool:
        if self.timer.isActive():  # typed just now: the list follows the text first
            self.timer.stop()
            self.apply_filters()
        if self.model.rowCount() == 0:
            return False
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        self.view.selectRow(0)
        self.view.setCurrentIndex(self.model.index(0, 0))
        return True

    def shortcuts(self) -> list[tuple[str, str]]:
        """The keys of the list that are no action: for the F1 overview."""
        return [
            (_tr("Van het zoekveld naar de lijst"), QKeySequence("Down").toString(NATIVE)),
            (_tr("Van de eerste rij terug naar het zoekveld"), QKeySequence("Up").toString(NATIVE)),
        ]

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_activated.emit(self.model.row_id(index.row()))

    def _bar(self) -> QHBoxLayout:
        """The filter box, the filter choices and the count, in a row."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for combo, _choices in self.combos:
            bar.addWidget(combo, 1)
        bar.addWidget(self.count_label)
        return bar

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        layout.addWidget(self.body)

    def filters(self) -> dict[str, Any]:
        """The query-service arguments the filter box and the combo boxes ask for now."""
        filters: dict[str, Any] = {}
        text = self.search.text().strip()
        if text:
            filters["text"] = text
        for combo, choices in self.combos:
            index = combo.currentIndex()
            if 0 <= index < len(choices):
                filters.update(choices[index].filters)
        return filters

    def apply_filters(self) -> None:
        """Fetch the ids again for the current filters (at once; typing waits for a pause)."""
        self.timer.stop()
        self.model.set_filters(**self.filters())

    def _update_state(self) -> None:
        count = self.model.rowCount()
        loading = self.model.loading
        unread = self.model.unread and not count
        said = _tr("laden…") if loading else _tr("niet geladen") if unread else None
        self.count_label.setText(said or self.spec.count(count))
        if count:
            self.body.setCurrentWidget(self.view)
            return
        if loading or self.model.unread:  # nothing to show yet: on their way, or kept away
            self.hint.setText(
                _tr("Laden…")
                if loading
                else _tr(
                    "Niet geladen: de server is niet bereikbaar. De lijst wordt geladen zodra "
                    "de verbinding terug is."
                )
            )
            self.body.setCurrentWidget(self.hint)
            return
        self.hint.setText(
            _tr("Niets gevonden. Pas de zoektekst of de filters aan.")
            if self.model.filters
            else self.spec.empty
        )
        self.body.setCurrentWidget(self.hint)

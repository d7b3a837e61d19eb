"""Form widgets the standard set lacks: an empty-able date, an optional number, a record picker.

Each has ``value()``, ``set_value()`` and a ``value_changed`` signal for the autosave binder.
"""

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread, server_of
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.core.tasks import Outcome
from ontwikkeltafel.ui.widgets.typed_dates import may_become_a_date, parse_typed_date

NO_DATE = QDate(1900, 1, 1)  # shown as empty: QDateEdit cannot hold "no date" itself
ID_ROLE = Qt.ItemDataRole.UserRole


class DateField(QDateEdit):
    """A date with a calendar; empty until chosen; Delete or Backspace on the whole clears it.

    A date is typed as people write it ("11-02-2027", "11-2-27", "11 februari 2027"): typing
    over an empty field or a selection starts afresh, and the text is read as a whole. The
    calendar speaks the window's language (Dutch whatever the system's) and an empty field's
    calendar opens on today.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty date field in the Dutch short format."""
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")  # the minimum date reads as empty
        self.setDate(NO_DATE)
        self.setLocale(window_locale())
        self._typing = False  # a key is being typed: the text stays as typed ("11-02-20|27")
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def value(self) -> date | None:
        """The date, or None when empty."""
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (empty for None) without reporting a change."""
        self.blockSignals(True)
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.blockSignals(False)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """A whole date typed is taken; a date still being typed may go on; nothing else."""
        if not text.strip() or parse_typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if may_become_a_date(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        """Leave a half-typed date as it is (leaving the field keeps the date there was)."""
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The date typed (empty text: no date)."""
        typed = parse_typed_date(text) if text.strip() else None
        day = NO_DATE if typed is None else QDate(typed.year, typed.month, typed.day)
        chosen = self.dateTime()  # the same time and zone: only the date is typed
        chosen.setDate(day)
        return chosen

    def textFromDateTime(self, value: QDateTime) -> str:
        """The short form, but the text being typed as long as it reads as that date."""
        if getattr(self, "_typing", False):  # (not yet set while the field is made)
            text = self.lineEdit().text()
            typed = parse_typed_date(text)
            if typed is not None and QDate(typed.year, typed.month, typed.day) == self.date():
                return text
        return super().textFromDateTime(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace with all text selected empties the field; typing writes a date."""
        if _opens_calendar(event):
            self.open_calendar()
            return
        line = self.lineEdit()
        whole = line.selectedText() == line.text() or self.value() is None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.setDate(NO_DATE)
            return
        typed = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if typed and typed.isprintable() and plain:
            if line.hasSelectedText() or not line.text().strip():
                line.setText("")  # a date typed over the empty field or a section starts afresh
            self._typing = True
            try:
                QAbstractSpinBox.keyPressEvent(self, event)  # free text, not section by section
            finally:
                self._typing = False
            return
        super().keyPressEvent(event)
        self._prepare_calendar()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """An empty field opens its calendar on today, not in 1900."""
        super().mousePressEvent(event)
        self._prepare_calendar()

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt offers no call for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        where = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            click = QMouseEvent(
                kind,
                where,
                self.mapToGlobal(where),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self, click)

    def _prepare_calendar(self) -> None:
        """The calendar shown speaks the window's language; an empty field's shows today."""
        calendar = self.findChild(QCalendarWidget)
        if calendar is None or not calendar.isVisible():
            return
        calendar.setLocale(self.locale())
        if self.value() is None:
            today = QDate.currentDate()
            calendar.blockSignals(True)  # showing today chooses nothing
            calendar.setSelectedDate(today)
            calendar.setCurrentPage(today.year(), today.month())
            calendar.blockSignals(False)


def _opens_calendar(event: QKeyEvent) -> bool:
    """F4 or Alt+Down (Alt+Up), the keys that open a drop-down list, open the calendar too."""
    if event.key() == Qt.Key.Key_F4 and not event.modifiers():
        return True
    alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
    return bool(alt) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)


def window_locale() -> QLocale:
    """Dutch (of the Netherlands) in the Dutch app, English in the English one."""
    if current_language() == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class NumberField(QSpinBox):
    """A whole number that may be left empty (shown blank)."""

    value_changed = Signal()

    def __init__(self, maximum: int, suffix: str = "", parent: QWidget | None = None) -> None:
        """An empty field for 1 to ``maximum``."""
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(" ")  # 0 reads as empty
        self.setSuffix(suffix)
        self.valueChanged.connect(lambda _v: self.value_changed.emit())

    def value(self) -> int | None:  # type: ignore[override]
        """The number, or None when empty."""
        number = super().value()
        return None if number == 0 else number

    def set_value(self, value: int | None) -> None:
        """Show ``value`` without reporting a change."""
        self.blockSignals(True)
        self.setValue(value or 0)
        self.blockSignals(False)


class EnumField(QComboBox):
    """One value of an enum, shown by its Dutch label."""

    value_changed = Signal()
    stores_at_once = True  # choosing is not typing: the binder stores it without a pause

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        """Offer ``choices`` as (value, label) pairs."""
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def value(self) -> Any:
        """The chosen enum value."""
        return self.currentData()

    def set_value(self, value: Any) -> None:
        """Show ``value`` without reporting a change."""
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(value), 0))
        self.blockSignals(False)


class RecordPicker(QComboBox):
    """Pick one record (a person, an organisation...) by typing part of its name; never an id.

    The choices are read when first needed and again after :meth:`reload`. Its lists (the
    drop-down and the completion) are as wide as the longest choice; with :meth:`fit_names`
    the field itself grows to it too.
    """

    value_changed = Signal()
    offered = Signal()  # the names came (read off the UI thread, or offered): labels may redraw
    stores_at_once = True  # choosing is not typing: the binder stores it without a pause

    def __init__(
        self,
        load: Callable[[], list[tuple[str, str]]],
        empty_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Offer the (id, label) pairs ``load`` returns, plus an empty choice first."""
        super().__init__(parent)
        self._load = load
        self._loaded = False
        self._empty_label = empty_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        completer = QCompleter(self.items, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(empty_label)
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]
        self.activated.connect(lambda _i: self._chosen())
        self._current: str | None = None
        self._fit_most = 0  # with fit_names: at most this many characters wide
        self._background: OffThread | None = None  # on a server: the names read there
        self._reading = False  # the names are on their way
        self._popup_wanted = False  # the list was opened before the names came

    def read_off_thread(self, sessions: object) -> None:
        """On a server (``sessions`` a PostgreSQL one): read the names off the UI thread.

        Opened (or focused) before they came, the list opens when they come. On a SQLite
        file they are read at once, as before.
        """
        if server_of(sessions) is not None and self._background is None:
            self._background = OffThread(self)

    def _chosen(self) -> None:
        """The user chose a row: it is the value, even while the names are read again."""
        data = self.currentData(ID_ROLE)
        self._current = data if isinstance(data, str) else None
        self.value_changed.emit()

    def _show_reading(self) -> None:
        """A value whose name is not read yet (on a server) reads "laden…"; else the hint."""
        line = self.lineEdit()
        if line is not None:
            waiting = self._background is not None and not self._loaded
            waiting = waiting and self._current is not None
            line.setPlaceholderText(self.tr("laden…") if waiting else self._empty_label)

    def fit_names(self, most: int) -> None:
        """Be as wide as the longest choice, up to ``most`` characters, once they are read."""
        self._fit_most = most
        if self._loaded:
            self._fit()

    def _fit(self) -> None:
        """The lists show every choice whole; the field (see fit_names) grows to them."""
        metrics = self.fontMetrics()
        labels = (self.items.item(row).text() for row in range(self.items.rowCount()))
        longest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
        room = longest + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24
        completer = self.completer()
        for view in (self.view(), None if completer is None else completer.popup()):
            if view is not None:
                view.setMinimumWidth(room)
        if self._fit_most:
            chars = min(self._fit_most, -(-longest // max(1, metrics.horizontalAdvance("x"))))
            if chars > self.minimumContentsLength():
                self.setMinimumContentsLength(chars)

    def reload(self) -> None:
        """Read the choices again (someone added a person, say); the current one stays."""
        self.value()  # keep the current choice through the reload
        self._loaded = False
        self._ensure_loaded()

    def invalidate(self) -> None:
        """Read the choices again when next needed (cheap for a picker nobody looks at)."""
        if self._loaded:
            self.value()  # keep the current choice through the reload
            self._loaded = False

    @property
    def loaded(self) -> bool:
        """Whether the choices are read (else the next use reads them, on the UI thread)."""
        return self._loaded

    def offer(self, choices: list[tuple[str, str]]) -> None:
        """Take ``choices`` read elsewhere (off the UI thread) as if ``load`` gave them now."""
        self.value()  # keep the current choice through the reload
        self._loaded = True
        self._fill(choices)
        self._show_reading()
        self.offered.emit()

    def choices(self) -> list[tuple[str, str]]:
        """The (id, label) pairs offered, read now if needed (the empty choice left out)."""
        self._ensure_loaded()
        rows = (self.items.item(row) for row in range(self.items.rowCount()))
        return [(item.data(ID_ROLE), item.text()) for item in rows if item.data(ID_ROLE)]

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        if self._background is not None:
            self._read_in_background()
            return
        self._loaded = True
        self._fill(self._load())

    def _read_in_background(self) -> None:
        """Ask for the names off the UI thread (once at a time); they are offered when in."""
        if self._reading or self._background is None:
            return
        self._reading = True
        self._show_reading()
        self._background.run(self._load, self._names_came)

    def _names_came(self, outcome: Outcome) -> None:
        self._reading = False
        if outcome.error is not None:  # asked again at the next use
            self._popup_wanted = False
            if connection_lost(outcome.error):
                autosave_events().lost.emit(outcome.error)  # the window's banner
            return
        assert isinstance(outcome.result, list)
        self.offer(outcome.result)
        if self._popup_wanted:
            self._popup_wanted = False
            if self.isVisible() and self.isEnabled():
                super().showPopup()

    def _fill(self, choices: list[tuple[str, str]]) -> None:
        self.blockSignals(True)
        self.items.clear()
        self.items.appendRow(_item(None, ""))
        for record_id, label in choices:
            self.items.appendRow(_item(record_id, label))
        self._select(self._current)
        self.blockSignals(False)
        self._show_start()
        self._fit()

    def _select(self, record_id: str | None) -> None:
        for row in range(self.items.rowCount()):
            if self.items.item(row).data(ID_ROLE) == record_id:
                self.setCurrentIndex(row)
                return
        self.setCurrentIndex(0)

    def value(self) -> str | None:
        """The id of the chosen record, or None."""
        if self._loaded:
            data = self.currentData(ID_ROLE)
            self._current = data if isinstance(data, str) else None
        return self._current

    def set_value(self, value: str | None) -> None:
        """Show the record ``value`` (None: nobody) without reporting a change."""
        self._current = value
        self._ensure_loaded()
        self._show_reading()
        self.blockSignals(True)
        self._select(value)
        self.blockSignals(False)
        self._show_start()

    def _show_start(self) -> None:
        """A long name shows its beginning, not its end (unless the user is typing in it)."""
        line = self.lineEdit()
        if line is not None and not self.hasFocus():
            line.setCursorPosition(0)

    def label(self) -> str:
        """The label of the chosen record."""
        return self.currentText()

    def _on_completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self._chosen()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Read the choices before the user types."""
        self._ensure_loaded()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Typed text that names no record goes back to the chosen one; empty text clears it.

        While the names are read again (on a server) nothing typed counts: the value stays.
        """
        if not self._loaded and self._background is not None:
            self.blockSignals(True)
            self._select(self._current)
            self.blockSignals(False)
            super().focusOutEvent(event)
            return
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self._chosen()
        elif index < 0:
            self.setCurrentIndex(self.currentIndex())
            self.setEditText(self.itemText(self.currentIndex()))
        super().focusOutEvent(event)

    def showPopup(self) -> None:
        """Read the choices before the list opens (on a server: it opens when they come)."""
        self._ensure_loaded()
        if self._loaded:
            super().showPopup()
        else:
            self._popup_wanted = True


def _item(record_id: str | None, label: str) -> QStandardItem:
    item = QStandardItem(label)
    item.setData(record_id, ID_ROLE)
    item.setEditable(False)
    return item


class _ReadOnly(Protocol):
    def setReadOnly(self, read_only: bool, /) -> None: ...

    def palette(self) -> QPalette: ...

    def setPalette(self, palette: QPalette, /) -> None: ...


def show_read_only(field: _ReadOnly, read_only: bool) -> None:
    """Make a text, date or number field read only, and make it look so.

    A read-only field keeps the white ground of one that can be typed into; here it takes
    the window's ground. Editable again, it takes its parent's palette back.
    """
    field.setReadOnly(read_only)
    if read_only:
        palette = QPalette(field.palette())
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        field.setPalette(palette)
    else:
        field.setPalette(QPalette())  # nothing of its own: inherited again

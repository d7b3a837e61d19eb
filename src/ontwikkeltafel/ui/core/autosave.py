"""Autosave: a form's widgets are stored as the user types (after a pause) and on leaving a field.

No Save button: a :class:`FormBinder` knows which widget holds which value, compares
with what is stored, and hands the changed values to ``save`` (an undoable service
call). Typing waits for a pause of :data:`PAUSE_MS`, but never longer than :data:`MAX_WAIT_MS`
after the first key not stored (steady typing is stored at least once a second, in the
same undo step, the cursor where it is); leaving a field, choosing from a list and
closing the window store at once, so a crash loses at most a second of typing. When
the database cannot take it for a moment (another program writing), the input stays in
the fields, the page says it is not stored yet, and it is tried again with a growing wait
until it is stored. A lost server connection is the same state: the window's banner
(ui/window/connection.py) hears of it through :func:`autosave_events`.
"""

import logging
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable

log = logging.getLogger(__name__)
PAUSE_MS = 600
MAX_WAIT_MS = 800  # with the time a save takes, typing waits at most a second
RETRY_FIRST_MS = 500  # a database busy for a moment: tried again after this, then 2x, ...
RETRY_MAX_MS = 4000
# A server out of reach is asked less often: each try of a server gone may wait for the
# connect timeout.
LOST_RETRY_MAX_MS = 10_000
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit)


@runtime_checkable
class ValueField(Protocol):
    """A field of the app's own (a date, a number, a choice, a link list) that a binder binds."""

    value_changed: Any  # a Signal: the user changed the value

    def value(self) -> Any:
        """The value shown now."""

    def set_value(self, value: Any) -> None:
        """Show ``value`` (signals blocked by the binder)."""


class AutosaveEvents(QObject):
    """What every binder of the application says of passing failures (one object for all)."""

    waiting = Signal(QObject, object, int)  # the binder, its failure, ms until tried again
    settled = Signal(QObject)  # the binder waits no more: stored, or its input dropped
    lost = Signal(object)  # another read or step met a lost server (ui/core/crash_reporting.py)
    back = Signal(str)  # the server (its ``where``) answers again: what it could not read, now

    def __init__(self) -> None:
        """No server is known to be away."""
        super().__init__()
        # The servers (their ``where``) a window knows are away: its own probe asks them,
        # off the UI thread, and stores what waits once they answer. A form waiting for one
        # of them does not try by itself, so a server that does not answer (rather than
        # refusing at once) never holds the window again while it is away.
        self.away: set[str] = set()


_EVENTS: list[AutosaveEvents] = []


def autosave_events() -> AutosaveEvents:
    """The one :class:`AutosaveEvents` of the application."""
    if not _EVENTS:
        _EVENTS.append(AutosaveEvents())
    return _EVENTS[0]


def connection_lost(error: object) -> bool:
    """Whether ``error`` is the server gone away (not a lock: that is another program)."""
    return isinstance(error, StoreUnavailable) and error.key == CONNECTION_LOST


class FormBinder(QObject):
    """Binds widgets to the values of one record and stores what the user changes."""

    saved = Signal(dict)  # the values just stored
    refused = Signal(object)  # the UserError a save raised (nothing was stored)
    waiting = Signal(object, int)  # a passing failure (database busy), ms until tried again

    def __init__(self, save: Callable[[dict[str, Any]], None], parent: QObject | None = None):
        """Store changed values through ``save(values)``, which may raise UserError."""
        super().__init__(parent)
        self._save = save
        self.widgets: dict[str, QWidget] = {}
        self.stored: dict[str, Any] = {}
        self.loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        # Restarted by no key: typing without a pause is stored when this runs out.
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_WAIT_MS)
        self.deadline.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.flush)  # (no store while its server is away)
        self._retry_ms = RETRY_FIRST_MS
        self._was_waiting = False
        self.failure: UserError | None = None  # why the input waits (while is_waiting)

    def bind(
        self, name: str, widget: QWidget, transform: Callable[[Any], Any] | None = None
    ) -> None:
        """Let ``widget`` hold the value ``name``; typing waits for a pause, other input saves."""
        self.widgets[name] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._typed)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(self._typed)
            widget.installEventFilter(self)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._chosen)
        elif isinstance(widget, ValueField):
            # A choice (an enum, a record picker) is stored at once; typing waits for a pause.
            at_once = getattr(widget, "stores_at_once", False)
            widget.value_changed.connect(self._chosen if at_once else self._typed)
            widget.installEventFilter(self)
        else:
            raise TypeError(f"cannot bind a {type(widget).__name__}")

    def load(self, values: dict[str, Any], keep_pending: bool = False) -> None:
        """Show a record's stored values (changing nothing in the database).

        With ``keep_pending`` (the same record changed elsewhere, by an undo say), a field
        holding input not stored yet keeps it, and it is stored after the usual pause.
        """
        kept = self.pending() if keep_pending else {}
        self.timer.stop()
        if not kept:
            self.deadline.stop()
            self.retry.stop()
            self._settle()
        self.loading = True
        try:
            for name, widget in self.widgets.items():
                if name in values and name not in kept and read(widget) != values[name]:
                    write(widget, values[name])
            self.stored = {name: values.get(name) for name in self.widgets}
        finally:
            self.loading = False
        if kept:
            self.timer.start()

    def forget(self) -> None:
        """Store nothing more: the widgets show no record now (their values stay, unused)."""
        self._stop_timers()
        self._settle()
        self.stored = {}

    def revert(self) -> None:
        """Put the stored values back in the widgets: pending input is dropped."""
        self.load(dict(self.stored))

    def typed(self, values: dict[str, Any]) -> bool:
        """Whether ``values`` all come from text typed in fields (merged into one undo step).

        A choice from a list or a box ticked is an undo step of its own.
        """
        return all(isinstance(self.widgets.get(name), TEXT_WIDGETS) for name in values)

    def pending(self) -> dict[str, Any]:
        """The values the user changed and that are not stored yet."""
        return {
            name: read(widget)
            for name, widget in self.widgets.items()
            if name in self.stored and read(widget) != self.stored[name]
        }

    def server_away(self) -> bool:
        """Whether the input waits for a server the window knows is away (its probe asks)."""
        where = getattr(self.failure, "where", None)
        return connection_lost(self.failure) and where in autosave_events().away

    def flush(self) -> bool:
        """Store what is pending now; False when it was refused (the widgets keep the input).

        While the server is away (:meth:`server_away`) nothing is tried: the input waits for
        the window's probe, or :meth:`store_now`.
        """
        if self.server_away() and self.pending():
            self._stop_timers()
            self.retry.start(self._retry_ms)
            return False
        return self.store_now()

    def store_now(self) -> bool:
        """Store what is pending now, even while the server is away (the user asked)."""
        self._stop_timers()
        changed = self.pending()
        if not changed:
            self._retry_ms = RETRY_FIRST_MS
            if self._was_waiting:  # typed back to what is stored: nothing waits any more
                self._was_waiting = False
                self.saved.emit({})
            self._settle()
            return True
        try:
            self._save(changed)
        except UserError as error:
            if isinstance(error, StoreUnavailable) and error.transient:
                self._try_again_later(error)
            else:
                self._settle()
                self.refused.emit(error)
            return False
        except Exception as exc:  # a failure no message foresees: say it, keep the input
            log.exception("autosave failed")
            self._settle()
            self.refused.emit(UserError("edit.not_stored", kind=type(exc).__name__))
            return False
        self._retry_ms = RETRY_FIRST_MS
        self._was_waiting = False
        self.stored.update(changed)
        self.saved.emit(changed)
        self._settle()
        return True

    def _typed(self, *_args: Any) -> None:
        # While the database is busy the retry keeps its wait (it stores what is typed then).
        if not self.loading and not self.retry.isActive():
            self.timer.start()
            if not self.deadline.isActive():
                self.deadline.start()

    @property
    def is_waiting(self) -> bool:
        """Whether input waits for the database to take it (it is tried again by itself)."""
        return self.retry.isActive()

    def _try_again_later(self, error: UserError) -> None:
        wait = self._retry_ms
        longest = LOST_RETRY_MAX_MS if connection_lost(error) else RETRY_MAX_MS
        self._retry_ms = min(2 * wait, longest)
        self._was_waiting = True
        self.failure = error
        self.retry.start(wait)
        self.waiting.emit(error, wait)
        autosave_events().waiting.emit(self, error, wait)

    def _settle(self) -> None:
        """Nothing of this binder waits for the database (any more)."""
        if self.failure is not None:
            self.failure = None
            autosave_events().settled.emit(self)

    def _stop_timers(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        self.retry.stop()

    def _chosen(self, *_args: Any) -> None:
        if not self.loading:
            self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a text field stores it at once."""
        if event.type() == QEvent.Type.FocusOut and not self.loading:
            self.flush()
        return False


def read(widget: QWidget) -> Any:
    """The value a bound widget holds now."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    assert isinstance(widget, ValueField)
    return widget.value()


def write(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a bound widget without it counting as the user's input."""
    widget.blockSignals(True)
    try:
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
            if not widget.hasFocus():
                widget.setCursorPosition(0)  # a long title shows its beginning
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setPlainText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, ValueField):
            widget.set_value(value)
    finally:
        widget.blockSignals(False)

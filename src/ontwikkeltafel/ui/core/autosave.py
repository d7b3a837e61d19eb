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

On a server, what the pause and the retry store goes to the window's saves' thread
(ui/core/saves.py) and typing goes on meanwhile: the binder has one save in flight at a
time (:attr:`FormBinder.flying`), input typed meanwhile follows it once it is back, so the
saves of a form are stored in order, each over the version the one before left. What
comes back (stored, a conflict, a lost server) is applied here in the UI thread, if the
form is still there; a form closed meanwhile still gets its values stored. Leaving a
field, a record or the window (:meth:`FormBinder.flush`) waits for the flight.
"""

import logging
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
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
LANDING_LIMIT_MS = 7000  # past the saves' own limit (5 s): leaving a field waits no longer
Then = Callable[[Any], None]  # applies a save's Outcome in the UI thread (raises its refusal)


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


# The binder whose pause or retry stores now (UI thread only): the editor hands that save to
# the window's saves' thread through it (FormBinder.send_off) instead of waiting for it.
_IN_BACKGROUND: list["FormBinder"] = []


class SaveAgain(Exception):
    """The save met our own earlier save, given up on but stored after all: save again over it."""


def saving_in_background() -> "FormBinder | None":
    """The binder whose save may run in the background now, if any."""
    return _IN_BACKGROUND[-1] if _IN_BACKGROUND else None


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
        self.timer.timeout.connect(self.flush_in_background)
        # Restarted by no key: typing without a pause is stored when this runs out.
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_WAIT_MS)
        self.deadline.timeout.connect(self.flush_in_background)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.flush_in_background)  # (not while the server is away)
        self._retry_ms = RETRY_FIRST_MS
        self._was_waiting = False
        self.failure: UserError | None = None  # why the input waits (while is_waiting)
        self.flying: dict[str, Any] | None = None  # values on the saves' thread, not back yet
        self._flight = 0  # counts the flights: an outcome for an earlier one is dropped
        self._sending: dict[str, Any] | None = None  # the values store_now hands on now
        self._storing = False  # store_now runs (a save waited for turns the event loop)
        self._again = False  # input came while a save was under way: store it after
        self._landing: list[QEventLoop] = []  # flush waits in these for the flight
        self.applying = False  # the outcome of the form's own save is applied (values known)

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
        if not keep_pending:
            self._drop_flight()
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
        self._drop_flight()
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
        """The values the user changed and that are not stored yet (also those on their way)."""
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
        the window's probe, or :meth:`store_now`. A save in flight is waited for first.
        """
        if self.flying is not None:
            self.wait_for_flight()
        if self.server_away() and self.pending():
            self._stop_timers()
            self.retry.start(self._retry_ms)
            return False
        return self.store_now()

    def flush_in_background(self) -> None:
        """Store what is pending after a pause: on a server without waiting for it."""
        if self.flying is not None or self._storing:
            self._again = True  # stored when the save under way is back
            return
        if self.server_away() and self.pending():
            self._stop_timers()
            self.retry.start(self._retry_ms)
            return
        _IN_BACKGROUND.append(self)
        try:
            self.store_now()
        finally:
            _IN_BACKGROUND.pop()

    def wait_for_flight(self) -> None:
        """Wait (the event loop turns, the user's input waits) until the save in flight is back."""
        loop = QEventLoop()
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        self._landing.append(loop)
        limit.start(LANDING_LIMIT_MS)
        try:
            if self.flying is not None:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            limit.stop()
            self._landing.remove(loop)

    def send_off(self, start: Callable[[Then], None], then: Then) -> None:
        """The save of what :meth:`store_now` hands on runs elsewhere: ``start(done)`` runs it.

        ``done(outcome)`` comes in the UI thread; ``then(outcome)`` applies it (the undo
        step, the version), raising the save's refusal; the form closed meanwhile, it is
        still applied when the values were stored.
        """
        assert self._sending is not None
        self._flight += 1
        flight = self._flight
        self.flying = dict(self._sending)
        start(lambda outcome: _landed(self, flight, outcome, then))

    def _drop_flight(self) -> None:
        """The form shows another record: the save under way is no longer its (still stored)."""
        if self.flying is not None:
            self.flying = None
            self._flight += 1
            self._again = False
            for loop in self._landing:
                loop.quit()

    def landed(self, flight: int, outcome: Any, then: Then) -> None:
        """The outcome of the save ``flight`` is back (UI thread): apply it to the form."""
        if flight != self._flight or self.flying is None:
            if outcome.error is None:
                then(outcome)  # stored (a form shown anew meanwhile): its undo step
            return
        values, self.flying = self.flying, None
        for loop in self._landing:
            loop.quit()
        try:
            self.applying = True  # the change it reports is this form's own save
            try:
                then(outcome)
            finally:
                self.applying = False
        except SaveAgain:  # over our own save stored late: at once, over its version
            self._again = True
        except UserError as error:
            self._failed(error)
        except Exception as exc:  # a failure no message foresees: say it, keep the input
            log.error("autosave failed", exc_info=exc)
            self._settle()
            self.refused.emit(UserError("edit.not_stored", kind=type(exc).__name__))
        else:
            self._stored(values)
        if self._again and not self.retry.isActive():
            self._again = False
            if self.pending():
                self.flush_in_background()  # typed meanwhile: stored over this save's version

    def store_now(self) -> bool:
        """Store what is pending now, even while the server is away (the user asked)."""
        self._stop_timers()
        if self.flying is not None:
            self.wait_for_flight()
        changed = self.pending()
        if not changed:
            self._retry_ms = RETRY_FIRST_MS
            if self._was_waiting:  # typed back to what is stored: nothing waits any more
                self._was_waiting = False
                self.saved.emit({})
            self._settle()
            return True
        self._sending, self._storing = changed, True
        try:
            self._save(changed)
        except UserError as error:
            self._failed(error)
            return False
        except Exception as exc:  # a failure no message foresees: say it, keep the input
            log.exception("autosave failed")
            self._settle()
            self.refused.emit(UserError("edit.not_stored", kind=type(exc).__name__))
            return False
        finally:
            self._sending, self._storing = None, False
            if self._again and self.flying is None and not self.retry.isActive():
                self._again = False
                self.timer.start()  # typed while it was stored: after the usual pause
        if self.flying is None:  # (else it is on its way: landed() applies it)
            self._stored(changed)
        return True

    def _stored(self, changed: dict[str, Any]) -> None:
        self._retry_ms = RETRY_FIRST_MS
        self._was_waiting = False
        self.stored.update(changed)
        self.saved.emit(changed)
        self._settle()

    def _failed(self, error: UserError) -> None:
        if isinstance(error, StoreUnavailable) and error.transient:
            self._try_again_later(error)
        else:
            self._settle()
            self.refused.emit(error)

    def _typed(self, *_args: Any) -> None:
        if self.flying is not None and not self.loading:
            self._again = True  # stored once the save under way is back
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


def _landed(binder: FormBinder, flight: int, outcome: Any, then: Then) -> None:
    """A save's outcome for ``binder``; the form gone, a stored save still gets its undo step."""
    if shiboken6.isValid(binder):
        binder.landed(flight, outcome, then)
    elif outcome.error is None:
        then(outcome)
    else:
        log.warning("a closed form's save was not stored: %s", outcome.error)


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

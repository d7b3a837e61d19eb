"""A lost server connection: a banner across the window, retried until the server is back.

One mechanism with autosave's "not stored yet" (ui/core/autosave.py): a form whose save
meets a lost connection keeps the input, marks it not stored and tries again with a
growing wait; :class:`ConnectionWatch` hears that (or an undo step that failed so), shows
the banner with when it tries again and a button to try now, and says in the status bar
that the server is not connected. While it is away a probe of its own asks the server, off
the UI thread (a server that does not answer never holds the window); when the server
answers again the waiting input is stored, the banner goes and the status bar says so.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.announce import engine_of
from ontwikkeltafel.store.failures import where_of
from ontwikkeltafel.ui.core.autosave import (
    LOST_RETRY_MAX_MS,
    RETRY_FIRST_MS,
    FormBinder,
    autosave_events,
    connection_lost,
)
from ontwikkeltafel.ui.core.background import OffThread
from ontwikkeltafel.ui.core.labels import clock_time
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.saves import saves_of
from ontwikkeltafel.ui.core.tasks import Outcome
from ontwikkeltafel.ui.window.status_bar import ConnectionLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)
TICK_MS = 1000  # the banner's "over N s" counts down
BACK_MESSAGE_MS = 8000
BANNER_STYLE = (
    "QFrame#connectionBanner { background: #fdecea; border-bottom: 1px solid #b3261e; }"
    " QFrame#connectionBanner QLabel { color: #5f1410; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("connection", text)


class ConnectionBanner(QFrame):
    """Across the top of the window: the connection is lost, input is kept, tried again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Hidden until the connection is lost."""
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(_tr("Nu opnieuw proberen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)  # one line: the window grows as little as can be
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_wait(self, wait_ms: int) -> None:
        """Say that the connection is lost, and in how many seconds it is tried again."""
        seconds = max(1, math.ceil(wait_ms / 1000))
        self.text.setText(
            _tr(
                "Verbinding met de database verbroken. Wat u typt blijft bewaard en wordt "
                "opgeslagen zodra de verbinding terug is."
            )
            + " "
            + _tr("Opnieuw proberen over %1 s").replace("%1", str(seconds))
        )
        self.show()


def place_banner(window: QMainWindow, banner: QWidget) -> None:
    """Put ``banner`` across the top of ``window``'s central area, above navigation and page."""
    central = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)


class ConnectionWatch(QObject):
    """The window's connection to its database: the banner and the status bar's word."""

    connected_changed = Signal(bool)

    def __init__(self, window: QMainWindow, sessions: Any, notifier: ChangeNotifier) -> None:
        """Watch the saves and undo steps of ``window`` on the database behind ``sessions``."""
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.connected = True
        engine = engine_of(sessions)
        url = getattr(engine, "url", None)
        self.where = None if url is None else where_of(url)  # as its failures name it
        self.server = getattr(getattr(engine, "dialect", None), "name", "") == "postgresql"
        self.banner = ConnectionBanner()
        self.banner.button.clicked.connect(self.try_now)
        place_banner(window, self.banner)
        self.label = ConnectionLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.label.setVisible(self.server)  # a file has no connection to lose
        # An undo or redo step being stored off the UI thread (on a server): "opslaan…".
        self.saving = QLabel(_tr("opslaan…"))
        window.statusBar().addPermanentWidget(self.saving)
        self.saving.hide()
        saves = saves_of(getattr(window, "undo_stack", None))
        if saves is not None:
            saves.busy_changed.connect(self.saving.setVisible)
        self.probe = QTimer(self)  # when no form waits: a probe of the server of our own
        self.probe.setSingleShot(True)
        self.probe.timeout.connect(self._probe_server)
        self.asking = OffThread(self)  # the probe's question, off the UI thread
        self._probe_ms = RETRY_FIRST_MS
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._show_wait)
        events = autosave_events()
        events.waiting.connect(self._on_waiting)
        events.settled.connect(self._on_settled)
        events.lost.connect(self._on_lost)
        notifier.failed.connect(self._on_failed)

    def waiting_forms(self) -> list[FormBinder]:
        """The forms of the window whose input waits for the server to come back."""
        return [
            binder
            for binder in self.window.findChildren(FormBinder)
            if binder.is_waiting and connection_lost(binder.failure)
        ]

    def try_now(self) -> None:
        """Store what waits now (the button); with nothing waiting, ask the server."""
        self.probe.stop()
        waiting = self.waiting_forms()
        stored = [binder.store_now() for binder in waiting]
        if any(stored) and not self.waiting_forms():
            self._set_connected(True)  # the server took them: it is back
        elif not waiting and not self.connected:
            self._probe_server()
        self._show_wait()

    def _probe_server(self) -> None:
        """Ask the server off the UI thread (it may not answer at all); one question at a time."""
        if self.asking.busy:
            return
        self.asking.run(self._ask, self._answered)

    def _ask(self) -> None:
        """The probe itself, off the UI thread."""
        with self.sessions() as session:
            session.connection().exec_driver_sql("SELECT 1")

    def _answered(self, outcome: Outcome) -> None:
        error = outcome.error
        if error is not None and (connection_lost(error) or not isinstance(error, UserError)):
            if not isinstance(error, UserError):  # no message foresees it: logged, tried again
                log.warning("probing the database failed: %s", type(error).__name__)
            if not self.connected:
                self._probe_later()
                self._show_wait()
            return  # (another failure, a lock: the server answered)
        if self.connected:
            return
        waiting = self.waiting_forms()
        for binder in waiting:
            binder.store_now()
        if waiting and self.waiting_forms():  # lost again meanwhile
            self._probe_later()
            self._show_wait()
            return
        self._set_connected(True)

    def _probe_later(self) -> None:
        self.probe.start(self._probe_ms)
        self._probe_ms = min(2 * self._probe_ms, LOST_RETRY_MAX_MS)

    def _mine(self, binder: QObject) -> bool:
        parent = binder.parent()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parent()
        return False

    def _on_waiting(self, binder: QObject, error: object, _wait_ms: int) -> None:
        if connection_lost(error) and self._mine(binder):
            self._set_connected(False)
            if not self.probe.isActive() and not self.asking.busy:
                self._probe_later()  # the probe asks the server; the form waits for it
                self._show_wait()

    def _on_settled(self, binder: QObject) -> None:
        # A form stored (or dropped) its input: once none waits, is the server back?
        if not self.connected and self._mine(binder) and not self.waiting_forms():
            QTimer.singleShot(0, self, self.try_now)

    def _on_failed(self, error: object) -> None:
        if connection_lost(error):  # an undo step that could not be stored
            self._set_connected(False)
            if not self.probe.isActive() and not self.asking.busy:
                self._probe_later()
            self._show_wait()

    def _on_lost(self, error: object) -> None:
        """A read (a list, a page) met a lost server: the banner, if it was this window's server."""
        if getattr(error, "where", None) == self.where:
            self._on_failed(error)

    def _set_connected(self, connected: bool) -> None:
        if connected == self.connected:
            if not connected:
                self._show_wait()
            return
        self.connected = connected
        if self.where is not None:
            away = autosave_events().away
            if connected:
                away.discard(self.where)
                autosave_events().back.emit(self.where)
            else:
                away.add(self.where)
        self.label.set_connected(connected)
        self.label.setVisible(self.server or not connected)
        if connected:
            self._probe_ms = RETRY_FIRST_MS
            self.tick.stop()
            self.banner.hide()
            moment = clock_time()
            self.window.statusBar().showMessage(
                _tr("Verbinding hersteld; alles is opgeslagen om %1.").replace("%1", moment),
                BACK_MESSAGE_MS,
            )
        else:
            self.tick.start()
            self._show_wait()
        self.connected_changed.emit(connected)

    def _form_waits(self) -> list[int]:
        """How long the forms that try by themselves (their server not known away) wait."""
        return [b.retry.remainingTime() for b in self.waiting_forms() if not b.server_away()]

    def _show_wait(self) -> None:
        """The banner's "over N s": the first retry of a waiting form or of the probe."""
        if self.connected:
            return
        waits = [] if self.probe.isActive() else self._form_waits()
        if self.probe.isActive():
            waits.append(self.probe.remainingTime())
        elif self.asking.busy:  # the server is being asked now
            waits.append(0)
        if not waits:  # nothing scheduled: none waits (its input dropped): ask the server
            self._probe_later()
            waits.append(self.probe.remainingTime())
        self.banner.show_wait(min(waits))

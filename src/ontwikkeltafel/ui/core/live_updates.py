"""Colleagues' changes appear live: NOTIFY heard in a thread (PostgreSQL), data_version (SQLite).

On PostgreSQL a Python thread LISTENs on a connection of its own (store/announce.py) and
hands each payload to the UI thread through a queued signal; payloads arriving together
become one :class:`Change` for the window's :class:`ChangeNotifier`, so the pages refresh
as they do after an undo (a field holding input not stored yet keeps it). The window's own
changes come back too: those sent through its own connections are left out (their backend
pids). On SQLite another program's commits show when the window is activated again:
``PRAGMA data_version`` then differs, and every kind of record is reported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ontwikkeltafel.services.changes import KINDS, Change
from ontwikkeltafel.store import announce
from ontwikkeltafel.ui.core.labels import clock_time
from ontwikkeltafel.ui.core.notifier import ChangeNotifier

log = logging.getLogger(__name__)

GATHER_MS = 50  # payloads arriving within this become one refresh
EDITING_MS = 300  # a cell being edited: the refresh waits, looking again after this
POLL_S = 0.25  # how often the listening thread looks whether it must stop
RETRY_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)  # waits before connecting again after a loss


class LiveUpdates(QObject):
    """Reports to ``notifier`` what other programs change in the database behind ``sessions``."""

    heard = Signal(str)  # a payload, emitted by the listening thread
    reported = Signal(object)  # a Change reported from elsewhere (after the pages refreshed)

    def __init__(
        self,
        sessions: Any,
        notifier: ChangeNotifier,
        window: QObject,
        say: Callable[[str], None] | None = None,
    ) -> None:
        """Listen (PostgreSQL) or watch activations of ``window`` (SQLite); ``say`` tells it."""
        super().__init__(window)
        self.notifier = notifier
        self.window = window
        self.say = say
        self.engine = announce.engine_of(sessions)
        self.kinds: set[str] = set()
        self.ids: set[str] = set()
        self.gather = QTimer(self)
        self.gather.setSingleShot(True)
        self.gather.setInterval(GATHER_MS)
        self.gather.timeout.connect(self._report)
        self.heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        self.stopping = threading.Event()
        self.listener: threading.Thread | None = None
        self.watched: Any = None  # SQLite: the connection whose data_version is read
        self.version: int | None = None
        dialect = getattr(getattr(self.engine, "dialect", None), "name", "")
        if dialect == "postgresql":
            own = announce.own_backends(self.engine.pool)
            self.listener = threading.Thread(
                target=self._listen, args=(own,), name="ontwikkeltafel-listen", daemon=True
            )
            self.listener.start()
        elif dialect == "sqlite":
            self.watched = announce.own_connection(self.engine)
            self.version = announce.data_version(self.watched)
            notifier.changed.connect(self._absorb)
            window.installEventFilter(self)

    # PostgreSQL: the listening thread (touches no widget, only emits heard)

    def _listen(self, own: set[int]) -> None:
        lost = 0
        while not self.stopping.is_set():
            try:
                connection = announce.listening_connection(self.engine)
            except Exception as error:  # the server away: try again a little later
                log.info("cannot listen for changes: %s", type(error).__name__)
                self.stopping.wait(RETRY_S[min(lost, len(RETRY_S) - 1)])
                lost += 1
                continue
            if lost:
                self._hand_over(announce.EVERYTHING)  # what changed meanwhile was not heard
            lost = 0
            try:
                while not self.stopping.is_set():
                    for payload, pid in announce.notifications(connection, POLL_S):
                        if pid not in own:
                            self._hand_over(payload)
            except Exception as error:  # the connection lost: listen again
                log.info("listening for changes stopped: %s", type(error).__name__)
                lost = 1
            finally:
                try:
                    connection.close()
                except Exception:  # already gone
                    log.debug("closing the listening connection failed", exc_info=True)

    def _hand_over(self, payload: str) -> None:
        """To the UI thread; a window gone (its object deleted) stops the thread."""
        try:
            self.heard.emit(payload)
        except RuntimeError:
            self.stopping.set()

    def _on_heard(self, payload: str) -> None:
        parsed = announce.parse(payload)
        if parsed is None:
            self.kinds.update(KINDS)
        elif parsed[0] in KINDS:
            self.kinds.add(parsed[0])
            self.ids.update(parsed[1])
        if not self.gather.isActive():
            self.gather.start(GATHER_MS)

    def _report(self) -> None:
        if editing_a_cell(self.window):  # a reload would close the editor: the typing lost
            self.gather.start(EDITING_MS)
            return
        change = Change(frozenset(self.kinds), frozenset(self.ids))
        self.kinds, self.ids = set(), set()
        if not change.kinds:
            return
        self.notifier.report(change)
        if self.say is not None:  # not "Opgeslagen": someone else's change came in
            text = self.tr("Bijgewerkt met wijzigingen van anderen om %1")
            self.say(text.replace("%1", clock_time()))
        self.reported.emit(change)

    # SQLite: PRAGMA data_version when the window is activated

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the window's activation: report every kind when another program committed."""
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False

    def check(self) -> bool:
        """Whether another program changed the SQLite database since the last look (reported)."""
        if self.watched is None:
            return False
        try:
            version = announce.data_version(self.watched)
        except Exception as error:  # the file away for a moment: looked at next time
            log.info("cannot read the data version: %s", type(error).__name__)
            return False
        if version == self.version:
            return False
        self.version = version
        self.kinds.update(KINDS)
        self._report()
        return True

    def _absorb(self, _change: Change) -> None:
        """The window's own change, reported: its commit is not another program's."""
        if self.watched is not None:
            try:
                self.version = announce.data_version(self.watched)
            except Exception as error:
                log.info("cannot read the data version: %s", type(error).__name__)

    def stop(self) -> None:
        """Stop listening or watching (the window closes); waits briefly for the thread."""
        self.stopping.set()
        self.gather.stop()
        if self.listener is not None:
            self.listener.join(timeout=2 * POLL_S + 1)
            self.listener = None
        if self.watched is not None:
            self.watched.close()
            self.watched = None


def editing_a_cell(window: QObject) -> bool:
    """Whether the focus is in a cell editor of a list in ``window`` (a reload closes it)."""
    widget: QWidget | None = QApplication.focusWidget()
    if widget is None or widget.window() is not window:
        return False
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget.state() == QAbstractItemView.State.EditingState
        widget = widget.parentWidget()
    return False

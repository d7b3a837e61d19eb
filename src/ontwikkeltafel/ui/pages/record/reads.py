"""What a record page shows, read off the UI thread on a server (issue 15, point 3).

Each part of a page reads in a slot of its own (the head, the agenda, the members...):
``read(slot, work, apply)`` runs ``work()`` (services: sessions of their own) and then
``apply(result)`` in the UI thread. On a SQLite file both at once, as before. On a server
the work runs on a thread of its own and the page waits for it as an undo step waits for
its save: the event loop turns (the frame paints with "laden…", timers and the banner
run), the user's keys and clicks wait, at most :data:`READ_WAIT_LIMIT_MS` (none when the
server is known to be away). A read still out then is applied when it comes, unless its
slot was read again meanwhile (a generation per slot: another meeting chosen). A read
that meets a server away leaves its slot unread: the page says so, and reads it again
when the server is back.
"""

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread, server_of
from ontwikkeltafel.ui.core.tasks import Outcome
from ontwikkeltafel.ui.models.lazy_table import READ_WAIT_LIMIT_MS

log = logging.getLogger(__name__)


class PageReads(QObject):
    """The reads of one page: at once on SQLite, off the UI thread on a server."""

    changed = Signal()  # a read went out or came back (loading / unread changed)

    def __init__(self, sessions: SessionFactory, parent: QObject | None = None) -> None:
        """Reads through ``sessions``; off the UI thread when they reach a server."""
        super().__init__(parent)
        self.where = server_of(sessions)
        self.background = OffThread(self) if self.where is not None else None
        self._generation: dict[str, int] = {}
        self._out: set[str] = set()  # slots whose latest read has not come back
        self.unread: dict[str, Callable[[], None]] = {}  # slot: its read, again
        self._loop: QEventLoop | None = None  # the wait under way (one at a time)
        self._held = 0  # inside together(): reads go out, the wait comes at its end
        self._shown = False  # the page's window was on the screen when a read went out
        if self.where is not None:
            autosave_events().back.connect(self._server_back)

    @property
    def loading(self) -> bool:
        """Some read has not come back yet (never on SQLite)."""
        return bool(self._out)

    def pending(self, slot: str) -> bool:
        """Whether the latest read of ``slot`` is still out or met a server away."""
        return slot in self._out or slot in self.unread

    def read(self, slot: str, work: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """Read ``work()`` for ``slot`` and ``apply`` it (later ones drop this one)."""
        generation = self._generation[slot] = self._generation.get(slot, 0) + 1
        self.unread.pop(slot, None)
        if self.background is None:
            apply(work())
            return
        self._out.add(slot)
        page = self.parent()
        if isinstance(page, QWidget) and page.window().isVisible():
            self._shown = True
        self.changed.emit()
        self.background.run(
            work,
            lambda outcome: self._came(slot, generation, work, apply, outcome),
            READ_WAIT_LIMIT_MS,
            self._late,
        )
        if not self._held:
            self.settle()

    def forget(self, slot: str) -> None:
        """The slot shows nothing any more: a read of it still out is dropped."""
        self._generation[slot] = self._generation.get(slot, 0) + 1
        self.unread.pop(slot, None)
        if slot in self._out:
            self._out.discard(slot)
            self.changed.emit()
            self._done()

    @contextmanager
    def together(self) -> Iterator[None]:
        """Send the reads made inside out at once, then wait for them all (not one by one)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
        if not self._held:
            self.settle()

    def settle(self) -> None:
        """Wait (the event loop turning, user input held) until every read is back, or the limit.

        No wait while another is under way (it waits for these too), nor while the
        server is known to be away (the page shows what it has at once).
        """
        if self._loop is not None or not self._out or self.where in autosave_events().away:
            return
        loop = QEventLoop()
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        self._loop = loop
        limit.start(READ_WAIT_LIMIT_MS)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            limit.stop()
            self._loop = None

    def _came(
        self,
        slot: str,
        generation: int,
        work: Callable[[], Any],
        apply: Callable[[Any], None],
        outcome: Outcome,
    ) -> None:
        if self._generation.get(slot) != generation or self._gone():
            return  # read again meanwhile (another record shown), or its window closed
        self._out.discard(slot)
        try:
            if outcome.error is None:
                apply(outcome.result)
            elif isinstance(outcome.error, StoreUnavailable):
                self.unread[slot] = lambda: self.read(slot, work, apply)
                if connection_lost(outcome.error):
                    autosave_events().lost.emit(outcome.error)  # the window's banner
                else:
                    log.warning("reading a page failed: %s", outcome.error.key)
            else:  # a failure no message foresees (a database dropped under a closing
                # window, a fault): to the log, the part keeps what it showed
                log.error("reading a page failed", exc_info=outcome.error)
        finally:
            self.changed.emit()
            self._done()

    def _done(self) -> None:
        if self._loop is not None and not self._out:
            self._loop.quit()

    def _gone(self) -> bool:
        """Whether the page's window was closed (or deleted): an outcome is for nobody then.

        (Its banner and lists may be gone: telling them of a lost server would reach
        deleted objects.)
        """
        page = self.parent()
        if not isValid(self) or page is None or not isValid(page):
            return True
        window = page.window() if isinstance(page, QWidget) else None
        return window is not None and self._shown and window.isHidden()

    def _late(self) -> None:
        """A read takes longer than a server that answers would: the banner says so."""
        if self._out and not self._gone():
            autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, self.where or ""))

    def _server_back(self, where: str) -> None:
        """The server answers again: what could not be read is read now."""
        if where != self.where or not self.unread:
            return
        again = list(self.unread.values())
        self.unread.clear()
        self._held += 1  # no wait: each part is filled as its read comes
        try:
            for read in again:
                read()
        finally:
            self._held -= 1

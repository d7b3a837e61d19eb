"""Database calls off the UI thread: the window never waits on a server that may not answer.

:class:`OffThread` runs a call on a thread of its own (or, ``serial``, on one thread in the
order given: saves) and hands its :class:`~ontwikkeltafel.ui.core.tasks.Outcome` back to
the UI thread. The call opens its own sessions, so none crosses threads. A call still
running after ``limit_ms`` is given up by the window (``late``): the server counts as lost,
the call's own outcome, when it comes, is still handed back; the caller drops what it no
longer wants (a generation counter).
"""

import logging
import queue
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.ui.core.tasks import Outcome

log = logging.getLogger(__name__)
Done = Callable[[Outcome], None]


def outcome_of(work: Callable[[], Any]) -> Outcome:
    """Run ``work`` and keep how it ended; nothing escapes (the traceback goes to the log)."""
    try:
        return Outcome(result=work())
    except UserError as error:
        return Outcome(error=error)
    except Exception as exc:
        log.exception("a database call off the UI thread failed")
        return Outcome(error=exc)


class OffThread(QObject):
    """Runs calls off the UI thread; each ``done(outcome)`` runs in the UI thread."""

    _arrived = Signal(object, object)  # the ticket, the Outcome

    def __init__(self, parent: QObject | None = None, serial: bool = False) -> None:
        """Each call on a thread of its own, or, ``serial``, all on one thread in order."""
        super().__init__(parent)
        self.serial = serial
        self._queue: queue.Queue[tuple[object, Callable[[], Any]]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._waiting: dict[object, tuple[Done, QTimer | None]] = {}
        self._arrived.connect(self._deliver)

    @property
    def busy(self) -> int:
        """How many calls have not come back yet."""
        return len(self._waiting)

    def run(
        self,
        work: Callable[[], Any],
        done: Done,
        limit_ms: int | None = None,
        late: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` off the UI thread, then ``done(outcome)``; ``late()`` past ``limit_ms``."""
        ticket = object()
        timer = None
        if limit_ms is not None and late is not None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(late)
            timer.start(limit_ms)
        self._waiting[ticket] = (done, timer)
        if self.serial:
            self._queue.put((ticket, work))
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="saves", daemon=True)
                self._thread.start()
        else:
            threading.Thread(
                target=self._one, args=(ticket, work), name="reads", daemon=True
            ).start()

    def _one(self, ticket: object, work: Callable[[], Any]) -> None:
        self._send(ticket, outcome_of(work))

    def _serve(self) -> None:
        while True:
            ticket, work = self._queue.get()
            self._send(ticket, outcome_of(work))

    def _send(self, ticket: object, outcome: Outcome) -> None:
        with suppress(RuntimeError):  # the window went meanwhile: nobody wants it
            self._arrived.emit(ticket, outcome)

    def _deliver(self, ticket: object, outcome: Outcome) -> None:
        done, timer = self._waiting.pop(ticket, (None, None))
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if done is not None:
            done(outcome)

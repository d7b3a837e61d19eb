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
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.announce import engine_of
from ontwikkeltafel.store.failures import where_of
from ontwikkeltafel.ui.core.tasks import Outcome

log = logging.getLogger(__name__)
Done = Callable[[Outcome], None]
IDLE_S = 2.0  # the serial thread ends after this long without a call (a new one starts)


def server_of(sessions: Any) -> str | None:
    """The server (as its failures name it) behind ``sessions``; None for a SQLite file."""
    engine = engine_of(sessions)
    if getattr(getattr(engine, "dialect", None), "name", "") != "postgresql":
        return None
    return where_of(engine.url)


def outcome_of(work: Callable[[], Any]) -> Outcome:
    """Run ``work`` and keep how it ended; nothing escapes (the traceback goes to the log)."""
    try:
        return Outcome(result=work())
    except UserError as error:
        return Outcome(error=error)
    except Exception as exc:
        log.exception("a database call off the UI thread failed")
        return Outcome(error=exc)


class _Relay(QObject):
    """Carries outcomes from the worker threads to the UI thread; one, never deleted.

    A worker never touches an object the window may delete meanwhile (emitting on one
    being deleted in the UI thread would be a use after free), and every reference it
    was given goes back with the outcome, so no Qt object's last reference is dropped on
    a worker thread.
    """

    arrived = Signal(object, object)  # the ticket, (the Outcome, what the worker held)

    def __init__(self) -> None:
        """Deliver to the OffThread that asked, while it is there."""
        super().__init__()
        self.askers: dict[object, OffThread] = {}
        self.arrived.connect(self._deliver)

    def _deliver(self, ticket: object, carried: tuple[Outcome, object]) -> None:
        asker = self.askers.pop(ticket, None)
        if asker is None:
            return
        try:
            asker.deliver(ticket, carried[0])
        except RuntimeError:  # the window (and with it the asker) went meanwhile
            log.debug("an outcome came for a window gone")


_RELAY: list[_Relay] = []


def _relay() -> _Relay:
    """The one relay, made in the UI thread with the first OffThread."""
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _work_one(ticket: object, holder: list[Callable[[], Any]]) -> None:
    """A worker thread of one call."""
    work = holder.pop()
    outcome = outcome_of(work)
    carried = (outcome, work)
    del work, outcome
    _relay().arrived.emit(ticket, carried)
    del carried


class _Serial:
    """One worker thread for calls in order; it ends when none came for a while."""

    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[object, Callable[[], Any]]] = queue.Queue()
        self.lock = threading.Lock()
        self.running = False

    def put(self, ticket: object, work: Callable[[], Any]) -> None:
        with self.lock:
            self.calls.put((ticket, work))
            if not self.running:
                self.running = True
                threading.Thread(target=_serve, args=(self,), name="saves", daemon=True).start()


def _serve(serial: _Serial) -> None:
    while True:
        try:
            ticket, work = serial.calls.get(timeout=IDLE_S)
        except queue.Empty:
            with serial.lock:
                if serial.calls.empty():
                    serial.running = False
                    return
            continue
        outcome = outcome_of(work)
        carried = (outcome, work)
        del work, outcome
        _relay().arrived.emit(ticket, carried)
        del carried


class OffThread(QObject):
    """Runs calls off the UI thread; each ``done(outcome)`` runs in the UI thread."""

    def __init__(self, parent: QObject | None = None, serial: bool = False) -> None:
        """Each call on a thread of its own, or, ``serial``, all on one thread in order."""
        super().__init__(parent)
        self.serial = _Serial() if serial else None
        self._waiting: dict[object, tuple[Done, QTimer | None]] = {}
        _relay()

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
        _relay().askers[ticket] = self
        if self.serial is not None:
            self.serial.put(ticket, work)
        else:
            threading.Thread(
                target=_work_one, args=(ticket, [work]), name="reads", daemon=True
            ).start()

    def deliver(self, ticket: object, outcome: Outcome) -> None:
        """The outcome of the call ``ticket``, in the UI thread: to its ``done``."""
        done, timer = self._waiting.pop(ticket, (None, None))
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if done is not None:
            done(outcome)

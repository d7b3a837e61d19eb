"""The undo and redo steps of a window on a server, stored off the UI thread, in order.

An undo step stores what it takes back at once; on a server that may not answer, the window
must not wait for it. :class:`Saves` (a child of the window's undo stack, made by the
:class:`~ontwikkeltafel.ui.core.undo.Editor` on PostgreSQL) runs the steps on one thread of
its own, one after the other, and says it is busy meanwhile (the status bar's "opslaan…").
The step's caller (QUndoStack.undo) gets its outcome as before: the window's event loop turns
meanwhile (it paints, its timers run; the user's keys and clicks wait for the step, so no
second undo begins before the first is stored). A step not stored within
:data:`SAVE_WAIT_LIMIT_MS` is given up: the server counts as lost (the banner).
Autosave's saves go the same way, in the same order, without waiting (:meth:`Saves.later`).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.background import OffThread
from ontwikkeltafel.ui.core.tasks import Outcome

# A save takes milliseconds; past its statement timeout (5 s) the server does not answer.
SAVE_WAIT_LIMIT_MS = 5000


class Saves(QObject):
    """Stores a window's undo and redo steps off the UI thread, one after the other."""

    busy_changed = Signal(bool)  # a step is being stored (or none is any more)

    def __init__(self, stack: QUndoStack, where: str) -> None:
        """Steps of ``stack``, on the server ``where`` (as its failures name it)."""
        super().__init__(stack)
        self.where = where
        self.worker = OffThread(self, serial=True)
        self.busy = False
        self.storing = 0  # store() calls waiting, one inside another's event loop maybe
        self._when_idle: list[Callable[[], None]] = []

    def when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` now, or once no step is being stored and its caller is done.

        A step stored late may come back while QUndoStack.undo() waits in :meth:`store`:
        a command pushed then lands below the index undo() sets after (out of reach).
        """
        if self.storing == 0:
            action()
        else:
            self._when_idle.append(action)

    def _idle(self) -> None:
        if self.storing == 0:  # (else the store() still waiting calls this again)
            actions, self._when_idle = self._when_idle, []
            for action in actions:
                action()

    def store(
        self, step: Callable[[], Any], late: Callable[[Outcome], None] | None = None
    ) -> Outcome | None:
        """Store ``step`` on the saves' thread; its outcome, or None when it took too long.

        The event loop turns meanwhile, without the user's input (it waits for the step).
        A step given up on still runs to its end on the server (the wait's limit is ours,
        not the server's): its outcome then goes to ``late``, never lost and never run twice.
        """
        loop = QEventLoop()
        came: list[Outcome] = []
        given_up: list[bool] = []

        def finished(outcome: Outcome) -> None:
            if given_up:
                self._set_busy(self.worker.busy > 0)
                if late is not None:
                    late(outcome)
                return
            came.append(outcome)
            loop.quit()

        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        self.worker.run(step, finished)
        limit.start(SAVE_WAIT_LIMIT_MS)
        self._set_busy(True)
        self.storing += 1
        try:
            if not came:  # (not already back)
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.storing -= 1
            limit.stop()
            if not came:
                given_up.append(True)
            self._set_busy(self.worker.busy > 0)
            if self.storing == 0 and self._when_idle:  # after the caller (undo()) is done
                QTimer.singleShot(0, self, self._idle)  # dropped with the window
        return came[0] if came else None

    def later(self, step: Callable[[], Any], done: Callable[[Outcome], None]) -> None:
        """Store ``step`` on the saves' thread without waiting; ``done(outcome)`` when back.

        Not back within :data:`SAVE_WAIT_LIMIT_MS`: ``done`` hears of a lost server then,
        and the step's own outcome, when it comes, is dropped (stored after all, the retry
        finds its own values: no conflict).
        """
        over: list[bool] = []

        def late() -> None:
            over.append(True)
            done(Outcome(error=StoreUnavailable(CONNECTION_LOST, self.where)))

        def finished(outcome: Outcome) -> None:
            self._set_busy(self.worker.busy > 0)
            if not over:
                done(outcome)

        self.worker.run(step, finished, SAVE_WAIT_LIMIT_MS, late)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)


def saves_of(stack: QUndoStack | None) -> Saves | None:
    """The :class:`Saves` of ``stack``: None when its steps are stored at once (SQLite)."""
    return None if stack is None else stack.findChild(Saves)

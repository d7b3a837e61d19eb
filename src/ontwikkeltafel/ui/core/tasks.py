"""Slow work off the UI thread: a worker thread, a progress dialog with Cancel, the outcome back.

The work is a function ``work(progress)`` that opens its own sessions (services do), so no
session ever crosses threads; ``progress(done, total)`` raises Cancelled once the user has
pressed Cancel. Only the UI thread touches widgets: the worker emits signals, and its
outcome is read when its thread has finished.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Work = Callable[[Progress], object]
SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing by


@dataclass(frozen=True)
class Outcome:
    """How a task ended: its result, the exception that stopped it, or cancelled."""

    result: object = None
    error: Exception | None = None
    cancelled: bool = False


class UnexpectedFailure(Exception):
    """An unexpected failure as a person may see it: its kind, never its text.

    An exception's text may hold record contents (a database driver's error quotes the
    values it was writing); the failure itself, with its traceback, is in the log.
    """

    def __init__(self, cause: Exception) -> None:
        """Stand for ``cause``, named by its type only."""
        super().__init__(type(cause).__name__)
        self.cause = cause


def shown_error(error: Exception) -> Exception:
    """What to tell about a task's failure, with no record contents in it.

    A UserError (a StoreUnavailable too) as it is, any other exception only by its kind.
    """
    return error if isinstance(error, UserError) else UnexpectedFailure(error)


class Worker(QThread):
    """Runs ``work(progress)`` on its own thread and keeps what came of it."""

    progressed = Signal(int, int)

    def __init__(self, work: Work) -> None:
        """Run ``work`` once :meth:`start` is called."""
        super().__init__()
        self.work = work
        self.outcome = Outcome()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (thread-safe)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        """The worker thread: never lets an exception escape."""
        try:
            self.outcome = Outcome(result=self.work(self._progress))
        except Cancelled:
            self.outcome = Outcome(cancelled=True)
        except UserError as exc:
            log.info("refused: %s", exc)
            self.outcome = Outcome(error=exc)
        except Exception as exc:
            log.exception("unexpected failure in a background task")
            self.outcome = Outcome(error=exc)


class ProgressDialog(QProgressDialog):
    """Modal to its window, shown only if the work takes a moment; Cancel asks, then waits."""

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        """A dialog over ``parent`` saying ``label``."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.setCancelButton(self.cancel_button)
        self.setRange(0, 100)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        # Cancel only asks the worker to stop: the dialog stays until it has.
        self.canceled.disconnect(self.cancel)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setValue(0)

    def cancelling(self) -> None:
        """Say that the work is being stopped; nothing more to press."""
        self.setLabelText(self.tr("Bezig met afbreken…"))
        self.cancel_button.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is Cancel: it stays until the work has stopped."""
        event.ignore()
        if self.cancel_button.isEnabled():
            self.canceled.emit()


class TaskRunner(QObject):
    """Runs one task at a time for a window, with a progress dialog; reports how it ended."""

    finished = Signal(object)  # Outcome, after the task's own handler ran

    def __init__(self, window: QWidget) -> None:
        """Tasks run on behalf of ``window``; its dialogs are modal to it."""
        super().__init__(window)
        self.window = window
        self.worker: Worker | None = None
        self.dialog: ProgressDialog | None = None
        self.handle: Callable[[Outcome], None] | None = None

    def busy(self) -> bool:
        """Whether a task is running."""
        return self.worker is not None

    def start(self, title: str, label: str, work: Work, handle: Callable[[Outcome], None]) -> bool:
        """Run ``work`` off the UI thread, then ``handle`` its outcome; False while busy."""
        if self.worker is not None:
            return False
        self.dialog = ProgressDialog(self.window, title, label)
        self.worker = Worker(work)
        self.handle = handle
        # Slots of this object, which lives in the UI thread: the calls are queued to it.
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.dialog.canceled.connect(self.cancel)
        self.worker.start()
        return True

    def cancel(self) -> None:
        """Ask the running task to stop; it ends as cancelled, or done if too late."""
        if self.worker is not None:
            self.worker.cancel()
        if self.dialog is not None:
            self.dialog.cancelling()

    def stop(self) -> None:
        """Cancel the running task and wait for its thread (before the window goes)."""
        worker = self.worker
        if worker is not None:
            self.cancel()
            worker.wait()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setValue(done * 100 // total)

    def _on_finished(self) -> None:
        worker, dialog, handle = self.worker, self.dialog, self.handle
        if worker is None or handle is None:
            return
        self.worker, self.dialog, self.handle = None, None, None
        worker.wait()
        worker.deleteLater()
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        outcome = worker.outcome
        try:
            handle(outcome)
        finally:
            self.finished.emit(outcome)

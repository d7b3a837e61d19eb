"""Unexpected errors of the window: the traceback to the log file, one line to the user.

An exception raised inside a Qt slot would otherwise go to stderr, which nobody of the
app's users sees. :func:`install_crash_reporting` (called by ``run_app`` only: pytest-qt
has its own hooks in tests) routes ``sys.excepthook``, ``threading.excepthook`` and Qt's
own messages through a :class:`CrashReporter`: every traceback and Qt warning goes to the
log; the user gets one small non-modal message that says what kind of error it was and
where the details are. A second error while that message shows is logged only.
"""

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox, QWidget

LOGGER = logging.getLogger("ontwikkeltafel.crash")
QT_LOGGER = logging.getLogger("ontwikkeltafel.qt")
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def crash_text(kind: str, log_path: Path) -> str:
    """The one line the user reads: what kind of error, and where its details are."""
    return (
        _tr("Er ging iets mis: %1. Details staan in het logbestand %2.")
        .replace("%1", kind)
        .replace("%2", str(log_path))
    )


class CrashReporter(QObject):
    """Logs unexpected errors and says so in one non-modal message at a time."""

    reported = Signal(str)  # the line shown to the user
    _from_thread = Signal(str)  # an error of another thread: shown in the window's thread

    def __init__(self, log_path: Path, window: QWidget | None = None) -> None:
        """Tell the user about the log at ``log_path``; the message belongs to ``window``."""
        super().__init__(window)
        self.log_path = log_path
        self.window = window
        self.box: QMessageBox | None = None
        self.unshown = 0  # errors logged while the message was already showing
        self._from_thread.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: an error of the window's thread (a slot, an event)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, traceback)
            return
        if _connection_lost(exc):  # no crash: the window's banner says it, and tries again
            LOGGER.warning("%s", exc)
            from ontwikkeltafel.ui.core.autosave import autosave_events

            autosave_events().lost.emit(exc)
            return
        self._log((exc_type, exc, traceback))
        self._tell(exc_type.__name__)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: logged here, told in the window's own thread."""
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else "?"
        self._log((args.exc_type, exc, args.exc_traceback), f" (thread {name})")
        self._from_thread.emit(args.exc_type.__name__)

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's own warnings and messages: to the log, never to the user."""
        where = f" ({context.file}:{context.line})" if context.file else ""
        QT_LOGGER.log(QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)

    def _log(self, info: ExcInfo, where: str = "") -> None:
        LOGGER.error("Unexpected error%s", where, exc_info=info)
        for handler in logging.getLogger().handlers:
            handler.flush()

    def _tell(self, kind: str) -> None:
        """Show the one line, unless a message is showing already (then it is only logged)."""
        if self.box is not None and self.box.isVisible():
            self.unshown += 1
            return
        text = crash_text(kind, self.log_path)
        if self.box is None:
            self.box = QMessageBox(self.window)
            self.box.setIcon(QMessageBox.Icon.Warning)
            self.box.setWindowTitle(_tr("Ontwikkeltafel"))
            self.box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.box.setWindowModality(Qt.WindowModality.NonModal)
            self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.setText(text)
        self.box.show()
        self.reported.emit(text)


def _connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` is a lost server (only once the store is loaded: start-up stays light)."""
    failures = sys.modules.get("ontwikkeltafel.store.failures")
    return (
        failures is not None
        and isinstance(exc, failures.StoreUnavailable)
        and (exc.key == failures.CONNECTION_LOST)
    )


def install_crash_reporting(reporter: CrashReporter) -> Callable[[], None]:
    """Route the three hooks through ``reporter``; returns what puts the previous ones back."""
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_hook
    previous_handler = qInstallMessageHandler(reporter.qt_message)

    def uninstall() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook
        qInstallMessageHandler(previous_handler)

    return uninstall

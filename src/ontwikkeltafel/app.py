"""Wire the desktop app: a QApplication, the main window, the database it shows."""

import gc
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.orm import Session, sessionmaker

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.logs import setup_logging
from ontwikkeltafel.preferences import load_preferences
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import WRITE_WAIT_OPTION, make_session_factory
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.ui.core.crash_reporting import CrashReporter, install_crash_reporting
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.translation import install_translator

QUIT_AFTER_PAINT = "ONTWIKKELTAFEL_QUIT_AFTER_PAINT"
APP_WRITE_WAIT_MS = 300


class FirstPaintProbe(QObject):
    """For the start-up benchmark: print ``first-paint`` after the first paint, then quit."""

    def __init__(self, app: QApplication) -> None:
        """Quit ``app`` once the watched widget has painted."""
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch the first paint event."""
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print("first-paint", flush=True)
        self.app.quit()


def check_display(environ: dict[str, str] | os._Environ[str]) -> None:
    """Refuse clearly, instead of letting Qt abort, when Linux has no screen to show on."""
    if not sys.platform.startswith("linux"):
        return
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    raise UserError("cli.no_display", error="DISPLAY / WAYLAND_DISPLAY")


def window_sessions(database: Database) -> sessionmaker[Session]:
    """Sessions for the window's own edits: a write waits at most APP_WRITE_WAIT_MS for a lock.

    Another program writing (an import on the command line) would otherwise freeze the
    window for the whole busy timeout; autosave keeps the input and tries again instead.
    """
    engine = database.engine.execution_options(**{WRITE_WAIT_OPTION: APP_WRITE_WAIT_MS})
    sessions = make_session_factory(engine)
    set_author(sessions, load_preferences().author)
    return sessions


def report_crashes(window: QWidget) -> Callable[[], None]:
    """Unexpected errors to the log file, one line about them to the user; returns the undo.

    Only the running app does this: under pytest-qt its own hooks catch them.
    """
    return install_crash_reporting(CrashReporter(setup_logging(), window))


def run_app(database: Database, lang: str) -> int:
    """Open the main window on ``database`` and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ontwikkeltafel")
    install_translator(app, lang)  # before any widget: texts are translated when made
    window = MainWindow(window_sessions(database), database.location.display)
    report_crashes(window)
    probe = None
    if os.environ.get(QUIT_AFTER_PAINT):
        probe = FirstPaintProbe(app)
        window.tables_page.meeting_view.viewport().installEventFilter(probe)
    window.show()
    QTimer.singleShot(0, _collect_from_now_on)
    return app.exec()


def _collect_from_now_on() -> None:
    """Turn the cyclic garbage collector back on, leaving start-up's objects out of it."""
    gc.freeze()
    gc.enable()

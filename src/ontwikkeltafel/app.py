"""Wire the desktop app: a QApplication, the window's frame painted first, then the database.

Nothing here imports SQLAlchemy, the store or the services before the frame has painted:
the database is opened and the lists put in (``MainWindow.attach``) right after.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.logs import setup_logging
from ontwikkeltafel.ui.core.crash_reporting import CrashReporter, install_crash_reporting
from ontwikkeltafel.ui.core.paint_probe import PaintProbe
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.translation import install_translator, remove_translator

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ontwikkeltafel.store.database import Database
    from ontwikkeltafel.ui.exports.import_offer import ImportOffer

QUIT_AFTER_PAINT = "ONTWIKKELTAFEL_QUIT_AFTER_PAINT"
FIRST_PAINT = "first-paint"  # the frame has painted (printed with QUIT_AFTER_PAINT)
LISTS_FILLED = "lists-filled"  # then the lists have painted their rows
MENUS = "menus:"  # then the menu titles, in the window's language (with QUIT_AFTER_PAINT)
APP_WRITE_WAIT_MS = 300
UNSEEN_PLATFORMS = ("offscreen", "minimal")  # nobody sees a message box there
#: The app's id on the desktop: packaging/linux/<id>.desktop and <id>.metainfo.xml
#: (Wayland and the docks find the launcher's icon and name by it).
DESKTOP_ID = "nl.ontwikkeltafel.Ontwikkeltafel"


def announce(line: str) -> None:
    """For the start-up benchmark: one line on stdout (``first-paint``, ``lists-filled``)."""
    print(line, flush=True)


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
    from ontwikkeltafel.preferences import load_preferences
    from ontwikkeltafel.store.engine import WRITE_WAIT_OPTION, make_session_factory
    from ontwikkeltafel.store.history import set_author

    engine = database.engine.execution_options(**{WRITE_WAIT_OPTION: APP_WRITE_WAIT_MS})
    sessions = make_session_factory(engine)
    set_author(sessions, load_preferences().author)
    return sessions


def report_crashes(window: QWidget) -> Callable[[], None]:
    """Unexpected errors to the log file, one line about them to the user; returns the undo.

    Only the running app does this: under pytest-qt its own hooks catch them.
    """
    return install_crash_reporting(CrashReporter(setup_logging(), window))


class Loader(QObject):
    """Opens the database once the frame has painted, and puts the lists into the window.

    A database that cannot be opened hides the window, says why in a box (where a screen
    shows it) and ends the event loop; ``run_app`` then raises the error for the caller.
    """

    def __init__(
        self,
        window: MainWindow,
        open_database: Callable[[], Database],
        explain: Callable[[BaseException], str],
        quit_after_paint: bool,
        offered: Path | None = None,
    ) -> None:
        """Load into ``window`` what ``open_database`` opens; ``explain`` words a failure.

        ``offered``: an exchange file to offer for import once the lists are in.
        """
        super().__init__(window)
        self.window = window
        self.open_database = open_database
        self.explain = explain
        self.quit_after_paint = quit_after_paint
        self.offered = offered
        self.offer: ImportOffer | None = None  # the offer made (tests answer it)
        self.error: Exception | None = None

    def frame_painted(self) -> None:
        """The frame is on screen: open the database, put the lists in."""
        if self.quit_after_paint:
            announce(FIRST_PAINT)
        try:
            database = self.open_database()
            self.window.attach(window_sessions(database), database.location.display)
        except Exception as error:  # told by the caller in one line, as the commands do
            self.fail(error)
            return
        if self.quit_after_paint:
            PaintProbe(self._shown_list(), self._lists_painted)
        QTimer.singleShot(0, _collect_from_now_on)
        if self.offered is not None:
            QTimer.singleShot(0, lambda: self.offer_import(database.location.display))

    def offer_import(self, database: str) -> None:
        """Ask whether to import the file the app was started with (``ontwikkeltafel F.json``)."""
        from ontwikkeltafel.ui.exports.import_offer import ImportOffer

        assert self.offered is not None
        self.offer = ImportOffer(self.window.exports, database, self.offered)
        self.offer.open()

    def _shown_list(self) -> QWidget:
        page = self.window.stack.currentWidget()
        if page is self.window.tables_page:
            return self.window.tables_page.meeting_view.viewport()
        return page or self.window

    def _lists_painted(self) -> None:
        # The bundle's smoke test reads the menus: translated when the .qm was found.
        print(MENUS, *(menu.text() for menu in self.window.menuBar().actions()), flush=True)
        announce(LISTS_FILLED)
        QApplication.quit()

    def fail(self, error: Exception) -> None:
        """Take the frame away and say why, in a box if someone can see it; exit code 1."""
        self.error = error
        self.window.hide()
        if QGuiApplication.platformName() not in UNSEEN_PLATFORMS:
            title = self.window.windowTitle()
            QMessageBox.critical(None, title, self.explain(error))
        QApplication.exit(1)  # not quit(): that would close the window, saving its state


def run_app(
    open_database: Callable[[], Database],
    lang: str,
    explain: Callable[[BaseException], str] = str,
    offered: Path | None = None,
) -> int:
    """Show the window's frame, then open ``open_database()`` into it; run until it closes.

    An error opening the database is raised once the frame is gone (``explain`` words
    it for the box that tells a user who started the app without a terminal). An
    ``offered`` exchange file is offered for import once the database is in.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ontwikkeltafel")
    app.setDesktopFileName(DESKTOP_ID)
    translator = install_translator(app, lang)  # before any widget: texts are made translated
    window = MainWindow()  # the frame; no database modules are imported yet
    stop_reporting = report_crashes(window)
    try:
        quit_after_paint = bool(os.environ.get(QUIT_AFTER_PAINT))
        loader = Loader(window, open_database, explain, quit_after_paint, offered)
        PaintProbe(window.loading, loader.frame_painted)
        window.show()
        code = app.exec()
    finally:
        # The application is left as found: it matters where it lives on (a test, a host).
        stop_reporting()
        remove_translator(app, translator)
        window.deleteLater()
    if loader.error is not None:
        raise loader.error
    return code


def _collect_from_now_on() -> None:
    """Turn the cyclic garbage collector back on, leaving start-up's objects out of it.

    On the UI thread only (ui/core/garbage.py): never on a reading's worker thread.
    """
    from ontwikkeltafel.ui.core.garbage import collect_on_ui_thread

    gc.freeze()
    collect_on_ui_thread()

"""Main windows for the UI tests: made, shown and, where keys must reach them, made active."""

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.context import Reports
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.window.main_window import MainWindow


def make_window(qtbot: Any, database: Database) -> MainWindow:
    """A shown window on ``database``, waited for until exposed."""
    window = MainWindow(database.session_factory, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def active_window(qtbot: Any, database: Database) -> MainWindow:
    """A shown window made active: offscreen, focus and shortcuts reach only the active window."""
    window = make_window(qtbot, database)
    activate(qtbot, window)
    return window


def activate(qtbot: Any, window: MainWindow) -> None:
    """Show ``window`` and make it active."""
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


class BareContext:
    """A window context without a window, for a page shown on its own."""

    def __init__(self, sessions: SessionFactory) -> None:
        self.sessions = sessions
        self.notifier = ChangeNotifier()
        self.editor = Editor(sessions, QUndoStack(), self.notifier)
        self.current_table: str | None = None
        self.statuses: list[str] = []

    @property
    def exports(self) -> Reports:
        raise AssertionError("a bare page has no exports")

    def open_record(self, kind: str, record_id: str) -> bool:
        return False

    def current_page(self) -> QWidget | None:
        return None

    def show_over(self, page: QWidget) -> None:
        page.show()

    def go_back(self, came_from: QWidget | None) -> None:
        pass

    def refresh_actions(self) -> None:
        pass

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statuses.append(text)

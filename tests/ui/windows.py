"""Main windows for the UI tests: made, shown and, where keys must reach them, made active."""

from typing import Any

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.main_window import MainWindow


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

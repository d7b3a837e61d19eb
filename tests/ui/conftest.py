"""Fixtures and helpers of the UI tests: a filled database, windows, pages, offscreen Qt."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import agenda_rows
from ontwikkeltafel.store import engine as store_engine
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import init_database
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.core.context import Reports
from ontwikkeltafel.ui.core.garbage import collect_on_ui_thread
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.translation import install_translator, remove_translator
from tests.pg_server import PostgresServer
from tests.ui.lost_server import new_database, own_server
from tests.ui.two_windows import two  # noqa: F401  (the two windows' fixture)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHORT_LIMIT_MS = 1000  # the statement timeouts of the ``short`` fixture


@pytest.fixture(autouse=True, scope="session")
def collecting_on_ui_thread(qapp: QApplication) -> None:
    """As the app does once its window shows: cycles collected on the UI thread only.

    Without it, a cycle of a window of one test could be collected by a worker thread of
    the next (a list's reading), deleting its Qt objects off the UI thread (a crash).
    """
    collect_on_ui_thread()


@pytest.fixture
def filled(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The test database with the small document and a second table imported."""
    document["tables"].append({"id": "tafel-2", "title": "All-in De Zuidwester"})
    document["meetings"] += [
        {
            "id": f"z-{n}",
            "table_id": "tafel-2",
            "kind": "consultation",
            "title": f"Overleg {n}",
            "starts_at": f"2023-0{n}-10T09:00:00+01:00",
            "status": "held",
        }
        for n in range(1, 4)
    ]
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    yield database


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translator, installed before any window is made and removed after."""
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    remove_translator(qapp, translator)


def open_page(window: MainWindow, kind: str) -> EditingPage:
    page = window.show_page(kind)
    assert isinstance(page, EditingPage)
    return page


def open_read(qtbot: Any, page: EditingPage, record_id: str) -> None:
    """Open ``record_id`` in ``page``'s form; wait until it is read (on a server: later)."""
    assert page.open_record(record_id)
    qtbot.waitUntil(lambda: not page.form.loading, timeout=5000)


def stored(database: Database, kind: str, record_id: str) -> dict[str, Any]:
    values = read_record(database.session_factory, kind, record_id)
    assert values is not None
    return values


def type_into(qtbot: Any, binder: FormBinder, widget: Any, text: str) -> None:
    """Type ``text`` over the contents of ``widget`` and wait for the pause that stores it."""
    widget.setFocus()
    widget.selectAll()
    with qtbot.waitSignal(binder.saved, timeout=3000):
        qtbot.keyClicks(widget, text)


def _open_from_first_page(qtbot: Any, view: Any, row: int) -> None:
    """Choose ``row`` in a list of the first page and press Enter, as a user opens it."""
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def open_meeting(qtbot: Any, window: MainWindow, meeting_id: str = "m-1") -> MeetingPage:
    first = window.tables_page
    _open_from_first_page(qtbot, first.meeting_view, first.meetings.row_of(meeting_id))
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    return page


def open_table(qtbot: Any, window: MainWindow, table_id: str = "tafel-1") -> TablePage:
    first = window.tables_page
    _open_from_first_page(qtbot, first.table_view, first.tables.row_of(table_id))
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    return page


def titles(database: Database, meeting_id: str = "m-1") -> list[str]:
    return [row.title for row in agenda_rows(database.session_factory, meeting_id)]


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


def activate(qtbot: Any, window: QWidget) -> None:
    """Show ``window`` and make it active: offscreen, keys and focus reach only that one."""
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


HOLD_S = 8  # the other program's transaction, unless released earlier

HOLDER = """
import sqlite3, sys, time
from pathlib import Path
db, release = sys.argv[1], Path(sys.argv[2])
connection = sqlite3.connect(db, isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE themes SET name = name")
print("locked", flush=True)
deadline = time.monotonic() + float(sys.argv[3])
while not release.exists() and time.monotonic() < deadline:
    time.sleep(0.01)
connection.execute("COMMIT")
"""


@pytest.fixture
def lock(filled: Database, tmp_path: Path) -> Iterator[Path]:
    """Another process holds the write lock of the database until the returned file exists."""
    release = tmp_path / "release"
    path = filled.location.sqlite_path
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(release), str(HOLD_S)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield release
    release.touch()
    holder.wait(timeout=30)


def app_window(qtbot: Any, database: Database) -> MainWindow:
    """The window as the app makes it: its writes wait briefly for another program's lock."""
    window = MainWindow(window_sessions(database), "test.sqlite3")
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def sized_window(qtbot: Any, database: Database) -> MainWindow:
    """The window as the app makes it, named after its database, at 1280 x 720 and active."""
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    return window


def practice_region(qtbot: Any, database: Database) -> tuple[MainWindow, Any, QLineEdit]:
    """A sized window showing the practice pr-consulent: the window, its form, the region field."""
    window = sized_window(qtbot, database)
    page = open_page(window, "practices")
    open_read(qtbot, page, "pr-consulent")
    region = page.form.field("region")
    assert isinstance(region, QLineEdit)
    return window, page.form, region


@pytest.fixture
def server_database(
    pg_database_url: str, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a PostgreSQL server."""
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server of this test's own: the test stops, starts, freezes it."""
    own = own_server()
    yield own
    own.stop()


def filled_on(
    server: PostgresServer, prefix: str, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """A new database (``prefix``) on ``server``, the document imported: a fixture's body."""
    url = new_database(server, prefix)
    init_database(location_from_url(url))
    database = open_database(location_from_url(url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


@pytest.fixture
def short(monkeypatch: pytest.MonkeyPatch) -> None:
    """Statement timeouts of a second: the client gives up a second after them."""
    monkeypatch.setattr(store_engine, "PG_READ_STATEMENT_TIMEOUT_MS", SHORT_LIMIT_MS)
    monkeypatch.setattr(store_engine, "PG_WRITE_STATEMENT_TIMEOUT_MS", SHORT_LIMIT_MS)

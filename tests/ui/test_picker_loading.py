"""A picker of people to add reads their names off the UI thread on PostgreSQL.

Issue 15, point 3: the table page's "Persoon toevoegen…" and the presence list's "Gast
toevoegen…" read every person's name on the UI thread when first focused or opened (a
frozen server held the window). On a server the names are now read off it; a list opened
before they came opens when they come. On a SQLite file they are read at once, as before.
"""

import time
from collections.abc import Iterator
from typing import Any

import pytest

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.table import parts
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, active_window, filled_on, open_table
from tests.ui.held_calls import FROZEN_MS, WAIT_S, Gates
from tests.ui.lost_server import Heartbeat, frozen

# An open list asks the offscreen platform for what it cannot do (raise, grab the keys).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more


@pytest.fixture
def filled_server(
    server: PostgresServer, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "picker", write_json, document)


def _table_page(qtbot: Any, database: Database) -> TablePage:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.tables_page.tables.rowCount() > 0, timeout=WAIT_S * 1000)
    page = open_table(qtbot, window)
    qtbot.waitUntil(lambda: page.members.model.rowCount() > 0, timeout=WAIT_S * 1000)
    return page


def _labels(picker: RecordPicker) -> list[str]:
    return [label for _id, label in picker.choices()]


def test_the_list_opened_before_the_names_came_opens_when_they_come(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _table_page(qtbot, server_database)
    held = Gates(parts.person_choices)
    monkeypatch.setattr(parts, "person_choices", held)
    picker = page.members.picker
    picker.setFocus()
    began = time.monotonic()
    picker.showPopup()  # before: the names read here, the window waiting for them
    assert time.monotonic() - began < 1
    assert not picker.loaded and not picker.view().isVisible()
    held.open(0)
    qtbot.waitUntil(lambda: picker.view().isVisible(), timeout=WAIT_S * 1000)
    assert "Anna de Vries (KION)" in _labels(picker) and len(held.calls) == 1
    picker.hidePopup()


def test_a_frozen_server_never_holds_the_window_when_the_picker_is_opened(
    qtbot: Any, server: PostgresServer, filled_server: Database, short: None
) -> None:
    page = _table_page(qtbot, filled_server)
    picker = page.members.picker
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        picker.setFocus()
        picker.showPopup()
        took = time.monotonic() - began
        qtbot.wait(3000)
        gap = beats.longest_gap_ms()
        print(f"picker on a frozen server: open {took * 1000:.0f} ms, longest pause {gap:.0f} ms")
        assert took < 1 and gap < FROZEN_MS
        assert not picker.view().isVisible()
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.connection.connected, timeout=BACK_WITHIN_MS)
    picker.showPopup()  # asked again: the names come
    qtbot.waitUntil(lambda: picker.view().isVisible(), timeout=BACK_WITHIN_MS)
    assert "Anna de Vries (KION)" in _labels(picker)
    picker.hidePopup()


def test_on_a_sqlite_file_the_names_are_read_at_once(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_table(qtbot, window)
    picker = page.members.picker
    picker.showPopup()
    assert picker.loaded and picker.view().isVisible()
    assert "Anna de Vries (KION)" in _labels(picker)
    picker.hidePopup()

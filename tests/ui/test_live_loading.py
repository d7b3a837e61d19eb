"""Vergadering leiden reads the meeting, who is present and what an item made off the UI thread.

Issue 15, point 3: the view read them on the UI thread at every step, capture and change,
so a frozen server held the chair's window. On a server it now opens at once ("laden…")
and shows them when they come; the server away, it says so and reads again once the server
is back. On a SQLite file all is read at once, as before (tests/ui/test_live_mode.py).
"""

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting import live_view
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.live_document import LIVE_MEETING, add_live_meeting
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on, stored
from tests.ui.held_calls import FROZEN_MS, WAIT_S, Gates
from tests.ui.lost_server import Heartbeat, frozen

START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more
UNREACHED = "Niet geladen: de server is niet bereikbaar."


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    return add_live_meeting(document)


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The live meeting on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "live", write_json, document)


def _page(qtbot: Any, database: Database) -> MeetingPage:
    """The live meeting's page, read; its view with a fixed clock."""
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    window.open_record("meetings", LIVE_MEETING)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "li-1", timeout=WAIT_S * 1000)
    page.live = LiveView(page, lambda: START, lambda: [window.screen()])
    qtbot.addWidget(page.live)
    return page


def test_the_view_opens_at_once_on_a_server_and_fills_when_the_meeting_comes(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, server_database)
    held = Gates(live_view.live_meeting)
    monkeypatch.setattr(live_view, "live_meeting", held)
    page.lead_meeting()  # before: the meeting read here, on the UI thread
    view = page.live
    assert view is not None and view.isVisible()
    assert view.parts.item_title.text() == "laden…" and view.item_id is None
    held.open(0)  # the meeting: its first item is entered (a step), then all is read again
    qtbot.waitUntil(
        lambda: stored(server_database, "agenda_items", "li-1")["started_at"] == START,
        timeout=WAIT_S * 1000,
    )
    assert view.parts.item_title.text() == "laden…"  # shown once read again

    def read_again() -> bool:
        for gate in held.gates:
            gate.set()
        return view.parts.item_title.text() == "Opening"

    qtbot.waitUntil(read_again, timeout=WAIT_S * 1000)
    assert view.item_id == "li-1"
    assert view.parts.attendance_heading.text() == "AANWEZIG: 2 VAN 3"
    assert view.parts.position.text() == "Punt 1 van 3"


def test_the_view_on_a_frozen_server_never_holds_the_window(
    qtbot: Any, server: PostgresServer, filled: Database, short: None
) -> None:
    page = _page(qtbot, filled)
    view = page.live
    assert view is not None
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        page.lead_meeting()
        took = time.monotonic() - began
        assert took < 1 and view.isVisible() and view.parts.item_title.text() == "laden…"
        qtbot.waitUntil(lambda: view.parts.item_title.text() == UNREACHED, timeout=10_000)
        gap = beats.longest_gap_ms()
        print(
            f"Vergadering leiden, frozen server: F11 {took * 1000:.0f} ms, "
            f"longest event-loop pause {gap:.0f} ms"
        )
        assert gap < FROZEN_MS
    qtbot.waitUntil(lambda: view.parts.item_title.text() == "Opening", timeout=BACK_WITHIN_MS)
    assert stored(filled, "agenda_items", "li-1")["started_at"] == START


def test_the_next_items_clock_starts_though_another_read_overtakes_the_step(
    qtbot: Any, server_database: Database
) -> None:
    # Review finding 1: the clock started only when the step's own read came; a read begun
    # meanwhile (any change reported to the view reads it again) dropped that one, and the
    # projected clock ran on with the previous item's ten minutes.
    page = _page(qtbot, server_database)
    now = [START]
    page.live = LiveView(page, lambda: now[0], lambda: [page.window().screen()])
    qtbot.addWidget(page.live)
    page.lead_meeting()
    view = page.live
    qtbot.waitUntil(lambda: view.parts.item_title.text() == "Opening", timeout=WAIT_S * 1000)
    now[0] = START + timedelta(minutes=10)
    view.clock.tick()
    assert view.clock.elapsed() == 600
    assert view.meeting is not None
    second = view.meeting.items[1].title
    view.step(1)  # PageDown
    view.reload()  # what a change reported meanwhile does: the step's read is dropped
    qtbot.waitUntil(lambda: view.parts.item_title.text() == second, timeout=WAIT_S * 1000)
    assert view.clock.elapsed() == 0

"""The meeting and table pages read what they show off the UI thread on PostgreSQL.

Issue 15, point 3 ("no frozen window"): opening either page on a server that stops
answering held the event loop for as long as its reads waited (the page read its head,
agenda, attendance, item, members, dashboard... one after the other on the UI thread).
Now the frame shows at once ("laden…"), the parts come as their reads do, a read that
meets a server away says "Niet geladen…" and is read again when the server is back, and
a read for a meeting no longer shown is dropped. SQLite stays synchronous
(tests/ui/test_meeting_page.py and the others, unchanged).
"""

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import agenda_rows
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.pages.meeting import agenda
from ontwikkeltafel.ui.pages.meeting import page as meeting_page
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.record import reads
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import filled_on, sized_window
from tests.ui.lost_server import Heartbeat, frozen

FROZEN_MS = 500  # an event loop that did not turn for this long: a frozen window
BACK_WITHIN_MS = 25_000  # the probe's longest wait between tries, a connect timeout and more
UNREAD = "Niet geladen: de server is niet bereikbaar."


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with a second meeting of the table (no agenda)."""
    document["meetings"].append(
        {
            "id": "m-9",
            "table_id": "tafel-1",
            "kind": "consultation",
            "title": "Tweede overleg",
            "starts_at": "2018-03-10T09:00:00+01:00",
            "status": "held",
        }
    )
    return document


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """A filled database on a server of the test's own (frozen and thawed)."""
    yield from filled_on(server, "pages", write_json, document)


def _opened_frozen(qtbot: Any, server: PostgresServer, window: MainWindow, kind: str) -> float:
    """Open ``kind``'s record with the server frozen; the longest event-loop pause (ms)."""
    record_id = {"meetings": "m-1", "tables": "tafel-1"}[kind]
    with frozen(server):
        beats = Heartbeat()
        window.open_record(kind, record_id)
        page = window.stack.currentWidget()
        assert page.subtitle.text() in ("laden…", "niet geladen")  # the frame, at once
        # Nothing waits to be stored in the emptied form: leaving the page stores nothing
        # (before d044bbe's fix-up the emptied fields counted as typed, the day as today).
        assert page.form.pending() == {} and page.flush()
        qtbot.waitUntil(lambda: page.unread_note.isVisible(), timeout=BACK_WITHIN_MS)
        assert page.unread_note.text().startswith(UNREAD)
        assert window.connection.banner.isVisible()
        gap = beats.longest_gap_ms()
    print(f"\nlongest event-loop pause opening the {kind} page, server frozen: {gap:.0f} ms")
    return gap


def test_the_meeting_page_opens_on_a_frozen_server_and_fills_when_it_is_back(
    server: PostgresServer, filled: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, filled)
    window.open_record("meetings", "m-9")  # the page shows another meeting first
    before = read_record(filled.session_factory, "meetings", "m-1")
    gap = _opened_frozen(qtbot, server, window, "meetings")
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    assert gap < FROZEN_MS  # before: the window waited for each read in turn
    assert not page.header.isEnabled()  # nothing typed into a head not read
    assert page.agenda.rowCount() == 0 and page.title.text() == ""
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "ai-1", timeout=BACK_WITHIN_MS)
    # (the parts' reads, again once the server is back, come in any order)
    qtbot.waitUntil(lambda: page.attendance.model.rowCount() > 0, timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(page.header.isEnabled, timeout=BACK_WITHIN_MS)
    assert page.title.text() == "Eerste bijeenkomst" and page.header.isEnabled()
    assert page.header.location.text() == "Utrecht"
    assert page.agenda.rowCount() == 3 and page.attendance.model.rowCount() > 0
    assert page.editor_panel.minutes.isEnabled()
    assert not page.unread_note.isVisible()
    assert read_record(filled.session_factory, "meetings", "m-1") == before  # nothing stored


def test_the_table_page_opens_on_a_frozen_server_and_fills_when_it_is_back(
    server: PostgresServer, filled: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, filled)
    window.open_record("tables", "tafel-1")  # the page shown before, then opened again
    before = read_record(filled.session_factory, "tables", "tafel-1")
    gap = _opened_frozen(qtbot, server, window, "tables")
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    assert gap < FROZEN_MS
    assert not page.details.isEnabled() and page.members.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.members.model.rowCount() == 3, timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: page.dashboard.board is not None, timeout=BACK_WITHIN_MS)
    # (the parts' reads, again once the server is back, come in any order)
    qtbot.waitUntil(lambda: page.meetings.model.rowCount() == 2, timeout=BACK_WITHIN_MS)
    assert page.title.text() == "Onderwijs en zorg vinden elkaar!"
    assert page.details.isEnabled() and page.meetings.model.rowCount() == 2
    assert "3 deelnemers" in page.subtitle.text() and "2 bijeenkomsten" in page.subtitle.text()
    assert not page.unread_note.isVisible()
    assert read_record(filled.session_factory, "tables", "tafel-1") == before  # nothing stored


def test_an_agenda_read_for_a_meeting_no_longer_shown_is_dropped(
    pg_database_url: str,
    write_json: Any,
    document: dict[str, Any],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    gate = threading.Event()

    returned = threading.Event()

    def slow_for_m1(sessions: Any, meeting_id: str) -> Any:
        if meeting_id != "m-1":
            return agenda_rows(sessions, meeting_id)
        gate.wait(10)  # the server slow for this one
        rows = agenda_rows(sessions, meeting_id)
        returned.set()
        return rows

    monkeypatch.setattr(agenda, "agenda_rows", slow_for_m1)
    monkeypatch.setattr(reads, "READ_WAIT_LIMIT_MS", 300)  # the page waits no longer
    try:
        window = sized_window(qtbot, database)
        window.open_record("meetings", "m-1")  # its agenda still out
        page = window.stack.currentWidget()
        assert isinstance(page, MeetingPage)
        assert page.reads.pending("agenda") and page.agenda.rowCount() == 0
        window.open_record("meetings", "m-9")  # another meeting chosen meanwhile
        # (The late read counted the server as lost: the page waits no more, it fills.)
        qtbot.waitUntil(lambda: page.title.text() == "Tweede overleg", timeout=5000)
        qtbot.waitUntil(lambda: not page.reads.pending("agenda"), timeout=5000)
        assert page.reads.pending("agenda") is False and page.agenda.rowCount() == 0
        gate.set()
        qtbot.waitUntil(returned.is_set, timeout=5000)
        qtbot.wait(200)  # m-1's agenda handed to the UI thread
        assert page.agenda.rowCount() == 0  # and is not shown: m-9 has no agenda
        assert page.editor_panel.item_id is None and page.title.text() == "Tweede overleg"
    finally:
        gate.set()
        database.close()


def test_a_late_read_of_the_head_keeps_what_is_typed_meanwhile(
    pg_database_url: str,
    write_json: Any,
    document: dict[str, Any],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    gate, armed = threading.Event(), threading.Event()

    def slow_head(sessions: Any, kind: str, record_id: str) -> Any:
        values = read_record(sessions, kind, record_id)
        if kind == "meetings" and armed.is_set():
            gate.wait(10)  # read before the typing, handed over after it
        return values

    monkeypatch.setattr(meeting_page, "read_record", slow_head)
    monkeypatch.setattr(reads, "READ_WAIT_LIMIT_MS", 300)
    try:
        window = sized_window(qtbot, database)
        window.open_record("meetings", "m-9")
        page = window.stack.currentWidget()
        assert isinstance(page, MeetingPage) and page.header.isEnabled()
        armed.set()
        page._reload_header()  # (a change came in) its read held up
        assert page.reads.pending("head")
        location = page.header.location
        location.setFocus()
        qtbot.keyClicks(location, "Zaal 4")  # typed while the read is out
        gate.set()
        qtbot.waitUntil(lambda: not page.reads.pending("head"), timeout=5000)
        assert location.text() == "Zaal 4"  # the late read did not overwrite it
        armed.clear()
        assert page.form.flush()
        assert read_record(database.session_factory, "meetings", "m-9")["location"] == "Zaal 4"
    finally:
        gate.set()
        database.close()

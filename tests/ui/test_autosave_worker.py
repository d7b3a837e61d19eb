"""Autosave on a server runs off the UI thread, in order; a late-stored save is no conflict.

Issue 15, point 3 (the rest): on PostgreSQL what a form stores after a pause goes to the
window's saves' thread while typing goes on ("opslaan…"); a frozen server never holds the
window, the input stands and is stored once the server answers; two quick saves of one
field are stored in order, the last wins, with no conflict against our own first one; a
form that shows another record meanwhile still gets its save stored. A save that the window
gave up on (the server froze) may still be committed when the server resumes: its retry
then finds the record at a newer version holding exactly what the form saves, which is no
conflict (no conflict view with two identical texts): the form takes that version and goes on.
"""

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.core import undo
from ontwikkeltafel.ui.core.saves import saves_of
from tests.pg_server import PostgresServer
from tests.ui.conftest import filled_on, practice_region, stored
from tests.ui.lost_server import Heartbeat, frozen
from tests.ui.two_windows import meeting_page, shown_window, typing

FROZEN_MS = 500  # an event loop that did not turn for this long: a frozen window
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more

MINE = "Mijn verslag: de opening door de voorzitter."


def test_a_retry_that_meets_its_own_stored_save_is_no_conflict(
    two: tuple[Database, Database], qtbot: Any
) -> None:  # (the windows close before the databases go: their listeners stop first)
    other, mine = two
    page = meeting_page(shown_window(qtbot, mine))
    panel = page.editor_panel
    item = panel.item_id
    assert item is not None
    before = stored(mine, "agenda_items", item)
    typing(qtbot, panel.minutes, panel.text, MINE)
    # The save the window gave up on, committed when the server resumed: the same text.
    update_record(other.session_factory, "agenda_items", item, {"minutes": MINE})
    assert stored(mine, "agenda_items", item)["version"] == before["version"] + 1
    assert panel.text.flush()  # before: refused, the conflict view with two identical texts
    assert panel.conflict is None
    assert stored(mine, "agenda_items", item)["minutes"] == MINE
    # The form took that version: the next save is stored, no conflict with our own.
    typing(qtbot, panel.minutes, panel.text, MINE + " Daarna de mededelingen.")
    assert panel.text.flush() and panel.conflict is None
    assert stored(mine, "agenda_items", item)["minutes"] == MINE + " Daarna de mededelingen."


def test_a_colleagues_different_text_is_still_a_conflict(
    two: tuple[Database, Database], qtbot: Any
) -> None:  # (the windows close before the databases go: their listeners stop first)
    other, mine = two
    page = meeting_page(shown_window(qtbot, mine))
    panel = page.editor_panel
    item = panel.item_id
    assert item is not None
    typing(qtbot, panel.minutes, panel.text, MINE)
    update_record(other.session_factory, "agenda_items", item, {"minutes": "Hun verslag."})
    assert not panel.text.flush()
    assert panel.conflict is not None
    assert stored(mine, "agenda_items", item)["minutes"] == "Hun verslag."


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """A filled database on the server."""
    yield from filled_on(server, "autosave", write_json, document)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Each save of the window waits (on the saves' thread) until the gate opens."""
    opened = threading.Event()
    real = undo.update_record

    def held(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        opened.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(undo, "update_record", held)
    yield opened
    opened.set()


def _region(database: Database) -> str:
    values = read_record(database.session_factory, "practices", "pr-consulent")
    assert values is not None
    return str(values["region"])


def test_autosave_on_a_frozen_server_lets_typing_go_on_and_stores_it_once_thawed(
    server: PostgresServer, filled: Database, short: None, qtbot: Any
) -> None:
    window, form, region = practice_region(qtbot, filled)
    region.setFocus()
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        qtbot.keyClicks(region, "Utrecht")
        qtbot.waitUntil(lambda: form.binder.flying is not None, timeout=3000)  # after the pause
        assert saves_of(window.undo_stack) is not None and saves_of(window.undo_stack).busy
        qtbot.keyClicks(region, " centrum")  # typing goes on while the save waits
        with qtbot.waitSignal(form.binder.waiting, timeout=15_000):
            pass  # given up: not stored yet, the banner
        assert time.monotonic() - began < 12
        assert beats.longest_gap_ms() < FROZEN_MS  # before: the window stood still 2 s and more
        assert region.text() == "Utrecht centrum"
        assert window.connection.banner.isVisible()
    qtbot.waitUntil(lambda: not form.binder.pending(), timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: form.binder.flying is None, timeout=5000)
    assert _region(filled) == "Utrecht centrum"
    assert form.conflict is None  # the first save, stored late, is no conflict with ours


def test_two_quick_saves_of_one_field_are_stored_in_order_without_a_false_conflict(
    pg_database_url: str, write_json: Any, document: dict[str, Any], qtbot: Any, gate: Any
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    try:
        window, form, region = practice_region(qtbot, database)
        refused: list[object] = []
        form.binder.refused.connect(refused.append)
        before = region.text()
        region.setFocus()
        region.selectAll()
        qtbot.keyClicks(region, "Utrecht")
        form.binder.flush_in_background()
        assert form.binder.flying == {"region": "Utrecht"}  # on its way, held by the gate
        qtbot.keyClicks(region, " oost")  # typed meanwhile
        form.binder.flush_in_background()  # waits for the first: one at a time, in order
        assert form.binder.flying == {"region": "Utrecht"}
        gate.set()
        qtbot.waitUntil(lambda: form.binder.flying is None and not form.binder.pending())
        qtbot.waitUntil(lambda: _region(database) == "Utrecht oost", timeout=5000)
        assert not refused and form.conflict is None
        # The typing is one undo step, which brings back what was there.
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: _region(database) == before, timeout=5000)
    finally:
        database.close()


def test_a_save_under_way_is_stored_when_the_form_shows_another_record(
    pg_database_url: str, write_json: Any, document: dict[str, Any], qtbot: Any, gate: Any
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    try:
        window, form, region = practice_region(qtbot, database)
        region.setFocus()
        region.selectAll()
        qtbot.keyClicks(region, "Zeist")
        form.binder.flush_in_background()
        assert form.binder.flying is not None
        form.binder.forget()  # the form shows no record now (its values still go)
        gate.set()
        qtbot.waitUntil(lambda: _region(database) == "Zeist", timeout=5000)
        qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    finally:
        database.close()


def test_closing_the_window_waits_for_the_save_under_way(
    pg_database_url: str, write_json: Any, document: dict[str, Any], qtbot: Any, gate: Any
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    try:
        window, form, region = practice_region(qtbot, database)
        region.setFocus()
        region.selectAll()
        qtbot.keyClicks(region, "Houten")
        form.binder.flush_in_background()
        qtbot.keyClicks(region, " zuid")  # typed while it is on its way
        QTimer.singleShot(300, gate.set)  # the server answers a moment later
        assert window.close()  # waits for the save, then stores what was typed after it
        assert _region(database) == "Houten zuid"
    finally:
        database.close()

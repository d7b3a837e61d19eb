"""Search on PostgreSQL keeps one search on its way; the newest text typed meanwhile goes next.

Issue 15, point 3: on a frozen server every pause in typing started a search of its own,
each held on its thread until its timeout (a pile of waiting searches and connections).
"""

from typing import Any

import pytest

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services import search as search_service
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import activate
from tests.ui.held_calls import WAIT_S, Gates


@pytest.fixture
def gates(monkeypatch: pytest.MonkeyPatch) -> Gates:
    gated = Gates(search_service.search_everything)
    monkeypatch.setattr(search_service, "search_everything", gated)
    return gated


def test_texts_typed_while_a_search_is_on_its_way_are_searched_after_it_the_newest_only(
    qtbot: Any, server_database: Database, gates: Gates
) -> None:
    window = MainWindow(window_sessions(server_database), server_database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    search = window.search
    assert search is not None
    for text in ("sch", "schoo", "schoolc", "schoolcons"):  # four pauses in typing
        search.field.setText(text)
        search.search_now()
    assert [arguments[1] for arguments, _ in gates.calls] == ["sch"]  # before: all four
    assert search.queued and search.searching
    gates.open(0)
    qtbot.waitUntil(lambda: len(gates.gates) == 2, timeout=WAIT_S * 1000)
    assert [arguments[1] for arguments, _ in gates.calls] == ["sch", "schoolcons"]
    gates.open(1)
    qtbot.waitUntil(lambda: not search.searching, timeout=WAIT_S * 1000)
    assert search.searched == "schoolcons" and not search.queued
    assert search.background is not None and not search.background.busy


def test_closing_the_hits_drops_the_text_waiting_behind_a_search(
    qtbot: Any, server_database: Database, gates: Gates
) -> None:
    window = MainWindow(window_sessions(server_database), server_database.location.display)
    qtbot.addWidget(window)
    activate(qtbot, window)
    search = window.search
    assert search is not None
    search.field.setText("sch")
    search.search_now()
    search.field.setText("school")
    search.search_now()
    search.close()  # Escape
    gates.open(0)
    qtbot.waitUntil(lambda: search.background is not None and not search.background.busy)
    qtbot.wait(200)
    assert len(gates.calls) == 1 and not search.is_open()

"""Delete on a list page reads what its question says off the UI thread on a server (issue 15).

The record and what hangs from it (an organisation's people) are read while the window
goes on painting; a frozen server puts up the banner after the read's limit and asks
nothing, deletes nothing; once it is back, Delete asks as ever.
"""

import time
from collections.abc import Iterator
from typing import Any

import pytest

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core import question_reads
from ontwikkeltafel.ui.forms.delete_question import DeleteQuestion
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on
from tests.ui.held_calls import FROZEN_MS, WAIT_S
from tests.ui.lost_server import Heartbeat, frozen

BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "listdelete", write_json, document)


def _organisations(qtbot: Any, database: Database) -> tuple[MainWindow, EditingPage]:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    page = window.show_page("organisations")
    assert isinstance(page, EditingPage)
    qtbot.waitUntil(lambda: page.model.row_of("org-kion") >= 0, timeout=WAIT_S * 1000)
    assert page.open_record("org-kion")
    qtbot.waitUntil(lambda: page.form.record_id == "org-kion", timeout=WAIT_S * 1000)
    qtbot.waitUntil(lambda: not page.form.loading, timeout=WAIT_S * 1000)
    return window, page


def test_a_delete_on_a_frozen_server_asks_nothing_and_never_holds_the_window(
    qtbot: Any, server: PostgresServer, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[str]]] = []

    def ask(_cls: Any, _parent: Any, what: str, lines: list[str], _kind: str) -> bool:
        asked.append((what, lines))
        return False

    monkeypatch.setattr(DeleteQuestion, "ask", classmethod(ask))
    window, page = _organisations(qtbot, filled)
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        assert not page.delete_selected()
        waited = time.monotonic() - began
        assert beats.longest_gap_ms() < FROZEN_MS  # before: the statement's limit and more
        assert waited < question_reads.ASK_WAIT_LIMIT_MS / 1000 + 1
        assert asked == [] and window.connection.banner.isVisible()
    qtbot.waitUntil(lambda: window.connection.connected, timeout=BACK_WITHIN_MS)
    assert not page.delete_selected()  # asked this time, and answered no
    assert asked == [("Organisatie ‘KION’", ["1 persoon"])]
    assert read_record(filled.session_factory, "organisations", "org-kion") is not None

"""A search hit opened on a hanging server does not open later once the user went elsewhere.

Issue 15, point 3: the hit's meeting came when the server answered again, and the window
jumped back to the meeting page (its frame shown over the page the user had gone to) and
put the cursor in the verslag.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from tests.pg_server import PostgresServer
from tests.ui.conftest import filled_on, open_page, sized_window
from tests.ui.lost_server import frozen

BACK_WITHIN_MS = 25_000  # the probe's longest wait between tries, a connect timeout and more


@pytest.fixture
def on_server(
    server: PostgresServer, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a server of the test's own (frozen and thawed)."""
    yield from filled_on(server, "left", write_json, document)


def test_a_hit_whose_page_the_user_left_on_a_frozen_server_does_not_open_later(
    server: PostgresServer, on_server: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, on_server)
    window.open_record("tables", "tafel-1")
    with frozen(server):
        window.open_record("agenda_items", "ai-3")  # as a search hit opens it
        page = window.stack.currentWidget()
        assert isinstance(page, MeetingPage)
        assert page.highlight("groep 3")  # selected once the item is there
        people = open_page(window, "people")  # the user goes elsewhere meanwhile
        assert window.stack.currentWidget() is people
    reads = page.reads.background
    assert reads is not None
    qtbot.waitUntil(lambda: window.connection.connected and not reads.busy, timeout=BACK_WITHIN_MS)
    qtbot.wait(300)
    assert window.stack.currentWidget() is people  # before: the meeting page again
    focus = QApplication.focusWidget()
    assert focus is None or not page.isAncestorOf(focus)
    assert page.editor_panel.item_id != "ai-3"
    window.open_record("meetings", "m-1")  # opened again: its first item, no old hit
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "ai-1", timeout=5000)
    assert page.editor_panel.minutes.textCursor().selectedText() == ""

"""A search hit opened on the meeting page reads nothing on the UI thread on PostgreSQL.

Issue 15, point 3 ("no frozen window"): opening an agenda item (a search hit) read the
item's meeting on the UI thread, and the hit's text was looked for in every item of the
agenda there too. On a server that stops answering the window froze for as long as those
reads waited. Now the page shows its frame at once, reads off the UI thread, and chooses
the item and selects the text once the page's data is there. SQLite does it at once.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from ontwikkeltafel.services.conflicts import Conflict, Side
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import filled_on, open_meeting, sized_window
from tests.ui.lost_server import Heartbeat, frozen

FROZEN_MS = 500  # an event loop that did not turn for this long: a frozen window
BACK_WITHIN_MS = 25_000  # the probe's longest wait between tries, a connect timeout and more
HIT = "groep 3"  # in the verslag of ai-3, the third item of m-1


@pytest.fixture
def on_server(
    server: PostgresServer, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a server of the test's own (frozen and thawed)."""
    yield from filled_on(server, "hits", write_json, document)


def _selected(page: MeetingPage) -> str:
    return page.editor_panel.minutes.textCursor().selectedText()


def _meeting_page(window: MainWindow) -> MeetingPage:
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    return page


def test_an_agenda_item_opened_on_a_frozen_server_is_chosen_when_it_is_back(
    server: PostgresServer, on_server: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, on_server)
    window.open_record("tables", "tafel-1")  # another page shown first
    with frozen(server):
        beats = Heartbeat()
        window.open_record("agenda_items", "ai-3")  # as a search hit opens it
        page = _meeting_page(window)
        assert page.subtitle.text() in ("laden…", "niet geladen")  # the frame, at once
        assert page.highlight(HIT)  # selected once the item is there
        qtbot.waitUntil(lambda: page.unread_note.isVisible(), timeout=BACK_WITHIN_MS)
        gap = beats.longest_gap_ms()
    print(f"\nlongest event-loop pause opening an agenda item, server frozen: {gap:.0f} ms")
    assert gap < FROZEN_MS  # before: the item's meeting was read on the UI thread
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "ai-3", timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: _selected(page) == HIT, timeout=BACK_WITHIN_MS)
    assert page.record_id == "m-1" and page.title.text() == "Eerste bijeenkomst"
    assert page.agenda_view.current_row() == 2


def test_a_hit_looked_for_in_the_agenda_on_a_frozen_server_is_selected_when_it_is_back(
    server: PostgresServer, on_server: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, on_server)
    window.open_record("meetings", "m-1")
    page = _meeting_page(window)
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "ai-1")
    with frozen(server):
        beats = Heartbeat()
        assert page.highlight(HIT)  # not in ai-1: the other items are read for it
        qtbot.waitUntil(lambda: page.unread_note.isVisible(), timeout=BACK_WITHIN_MS)
        gap = beats.longest_gap_ms()
    print(f"\nlongest event-loop pause looking for a hit, server frozen: {gap:.0f} ms")
    assert gap < FROZEN_MS  # before: each item was read on the UI thread
    qtbot.waitUntil(lambda: page.editor_panel.item_id == "ai-3", timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: _selected(page) == HIT, timeout=BACK_WITHIN_MS)


def test_on_sqlite_the_hit_is_chosen_and_selected_at_once(filled: Database, qtbot: Any) -> None:
    window = sized_window(qtbot, filled)
    window.open_record("agenda_items", "ai-3")
    page = _meeting_page(window)
    assert page.editor_panel.item_id == "ai-3" and page.agenda_view.current_row() == 2
    assert page.highlight(HIT) and _selected(page) == HIT
    page = open_meeting(qtbot, window, "m-1")  # the first item chosen again
    window.open_record("agenda_items", "ai-1")
    assert page.editor_panel.item_id == "ai-1"
    assert page.highlight(HIT) and page.editor_panel.item_id == "ai-3"
    assert _selected(page) == HIT
    assert not page.highlight("nergens te vinden")


def _texts(widget: QWidget) -> str:
    """Every text the dialog shows (labels, lines, buttons), one string."""
    kinds: tuple[type[Any], ...] = (QLabel, QLineEdit, QAbstractButton)
    return " | ".join(
        child.text() for kind in kinds for child in widget.findChildren(kind) if child.text()
    )


def test_the_reopen_dialog_and_the_conflict_view_read_nothing_on_a_frozen_server(
    server: PostgresServer, on_server: Database, short: None, qtbot: Any
) -> None:
    window = sized_window(qtbot, on_server)
    window.open_record("meetings", "m-1")  # its verslag adopted: "Heropenen…"
    page = _meeting_page(window)
    qtbot.waitUntil(lambda: page.banner.reopen_button.isVisible(), timeout=BACK_WITHIN_MS)
    mine = Side({"chair_id": "p-anna"}, 1)
    theirs = Side({"chair_id": "p-bas"}, 2, "Bas Bakker", None)
    with frozen(server):
        beats = Heartbeat()
        page.banner.reopen_button.click()  # before: the dialog read the meeting's name
        dialog = page.banner.dialog
        assert isinstance(dialog, QWidget) and dialog.isVisible()
        assert "Eerste bijeenkomst (18-01-2018)" in _texts(dialog)
        dialog.close()
        page._conflict(Conflict("meetings", "m-1", theirs, mine))  # before: read the people
        assert page.conflict is not None and page.conflict.isVisible()
        shown = _texts(page.conflict)
        qtbot.wait(100)  # (the heartbeat sees the loop turn after the dialogs)
        gap = beats.longest_gap_ms()
        page.conflict.close()
    print(f"\nlongest event-loop pause, dialogs on a frozen server: {gap:.0f} ms")
    assert gap < FROZEN_MS
    assert "Anna" in shown and "Bas" in shown and "p-bas" not in shown


def test_the_meeting_shown_opened_again_shows_its_chosen_item(filled: Database, qtbot: Any) -> None:
    window = sized_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    assert page.editor_panel.item_id == "ai-1"
    window.open_record("meetings", "m-1")  # from the first page again, say
    assert page.agenda_view.current_row() == 0
    assert page.editor_panel.item_id == "ai-1"  # before: the row chosen, no item shown
    window.open_record("agenda_items", "ai-1")
    assert page.editor_panel.item_id == "ai-1"

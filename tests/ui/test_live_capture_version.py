"""Vergadering leiden: a line of verslag (N) is stored over the verslag it read, with its version.

Issue 15, point 1 (the gaps): the capture passed a version only when a form on the meeting
page had the item loaded; on another item (the view went on with PageDown) it stored over
whatever was there, so a colleague's verslag saved between its read and its save was lost.
Both engines, two windows.
"""

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from tests.live_document import LIVE_MEETING, add_live_meeting
from tests.ui.conftest import stored
from tests.ui.two_windows import meeting_page, shown_window

START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
THEIRS = "Van een collega: de opening liep uit."


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    return add_live_meeting(document)


def _lead_on_the_second_item(qtbot: Any, two: tuple[Database, Database]) -> LiveView:
    """The live meeting led from its first item, then on to the second (no form shows it)."""
    _first, second = two
    window = shown_window(qtbot, second)
    page = meeting_page(window, LIVE_MEETING, "li-1")
    page.live = LiveView(page, lambda: START, lambda: [window.screen()])
    qtbot.addWidget(page.live)
    page.lead_meeting()
    view = page.live
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.item_id == "li-1")  # on a server: read off the UI thread
    view.step(1)
    assert view.item_id == "li-2" and page.editor_panel.item_id == "li-1"
    return view


def _capture_line(qtbot: Any, view: LiveView, line: str) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClicks(view.capture.line, line)
    qtbot.keyClick(view.capture.line, Qt.Key.Key_Return)


def test_a_colleagues_verslag_saved_after_the_read_is_a_conflict(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    view = _lead_on_the_second_item(qtbot, two)
    editor = view.editor
    real = editor.read

    def read_then_colleague(kind: str, record_id: str) -> Any:
        values = real(kind, record_id)
        if (kind, record_id) == ("agenda_items", "li-2"):  # between the read and the save
            update_record(first.session_factory, "agenda_items", "li-2", {"minutes": THEIRS})
        return values

    editor.read = read_then_colleague  # type: ignore[method-assign]
    _capture_line(qtbot, view, "Drie scholen doen mee.")
    assert stored(second, "agenda_items", "li-2")["minutes"] == THEIRS  # before: lost
    assert view.capture.isVisible()  # the box keeps the line and says why
    assert view.capture.notice.text().startswith("Niet bewaard:")
    assert view.capture.line.text() == "Drie scholen doen mee."


def test_a_line_on_an_item_no_form_shows_is_stored_and_undone(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    _first, second = two
    view = _lead_on_the_second_item(qtbot, two)
    before = stored(second, "agenda_items", "li-2")["minutes"]
    _capture_line(qtbot, view, "Drie scholen doen mee.")
    assert not view.capture.isVisible()
    assert "Drie scholen doen mee." in stored(second, "agenda_items", "li-2")["minutes"]
    view.editor.stack.undo()
    qtbot.waitUntil(lambda: stored(second, "agenda_items", "li-2")["minutes"] == before)

"""The verslag marks likely personal data as the secretary types: after a pause, never in a key."""

from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat

from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.minutes import MinutesEditor
from tests.ui.conftest import active_window, open_meeting

TEXT = "Het kind met BSN 111222333 is aangemeld."


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with one person who is no member of any table."""
    document["people"].append({"id": "p-karel", "first_name": "Karel", "last_name": "Jansen"})
    return document


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened, so it can be typed in."""
    reopen(filled.session_factory, "m-1", "de tests schrijven in het verslag")
    return filled


def marked(editor: MinutesEditor) -> list[str]:
    """The words of the verslag's first block with a wavy underline."""
    block = editor.minutes.document().firstBlock()
    layout = block.layout()
    return [
        block.text()[r.start : r.start + r.length]
        for r in layout.formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def typed_in_the_verslag(qtbot: Any, database: Database, text: str) -> MinutesEditor:
    window = active_window(qtbot, database)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    editor = page.editor_panel
    assert not editor.frozen
    editor.minutes.setFocus()
    editor.minutes.clear()
    qtbot.keyClicks(editor.minutes, text)
    return editor


def test_a_bsn_typed_in_the_verslag_is_marked_after_a_pause(qtbot: Any, filled: Database) -> None:
    editor = typed_in_the_verslag(qtbot, filled, TEXT)
    assert marked(editor) == []  # not inside the keystrokes: the scan waits for the pause
    assert editor.marks.timer.isActive()
    qtbot.waitUntil(lambda: marked(editor) != [], timeout=3000)
    assert marked(editor) == ["111222333"]
    assert "BSN" in editor.minutes.statusTip()


def test_a_verslag_without_personal_data_gets_no_marks(qtbot: Any, filled: Database) -> None:
    editor = typed_in_the_verslag(qtbot, filled, "Het spreekuur wordt aangekondigd.")
    qtbot.waitUntil(lambda: not editor.marks.timer.isActive(), timeout=3000)
    assert marked(editor) == []
    assert editor.minutes.statusTip() == ""


def test_a_mark_goes_when_the_bsn_is_typed_away(qtbot: Any, filled: Database) -> None:
    editor = typed_in_the_verslag(qtbot, filled, TEXT)
    qtbot.waitUntil(lambda: marked(editor) == ["111222333"], timeout=3000)
    editor.minutes.clear()
    qtbot.keyClicks(editor.minutes, "Het kind is aangemeld.")
    qtbot.waitUntil(lambda: not editor.marks.timer.isActive(), timeout=3000)
    assert marked(editor) == []


def test_the_name_of_someone_outside_the_table_is_marked(qtbot: Any, filled: Database) -> None:
    editor = typed_in_the_verslag(qtbot, filled, "Karel Jansen belde Anna de Vries.")
    qtbot.waitUntil(lambda: marked(editor) != [], timeout=3000)
    assert marked(editor) == ["Karel Jansen"]  # Anna de Vries is a member: no mark

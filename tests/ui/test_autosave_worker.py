"""A save that timed out but was stored after all: its retry meets our own version, no conflict.

Issue 15, point 3 (the rest): a save that the window gave up on (the server froze) may still
be committed when the server resumes. Its retry then finds the record at a newer version
holding exactly what the form saves: that is no conflict. The form takes that version and
goes on (no conflict view with two identical texts).
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.store.database import Database
from tests.ui.conftest import stored
from tests.ui.two_windows import meeting_page, opened_twice, shown_window, typing

MINE = "Mijn verslag: de opening door de voorzitter."


@pytest.fixture(params=["sqlite", "postgresql"])
def two(
    request: pytest.FixtureRequest,
    database: Database,
    db_path: Path,
    write_json: Any,
    document: dict[str, Any],
) -> Iterator[tuple[Database, Database]]:
    """One filled database, opened twice: the window's, and the one that stores 'our' lost save."""
    yield from opened_twice(request, database, db_path, write_json, document)


def test_a_retry_that_meets_its_own_stored_save_is_no_conflict(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
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
    qtbot: Any, two: tuple[Database, Database]
) -> None:
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

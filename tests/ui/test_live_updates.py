"""Colleagues' changes appear live: two windows on one PostgreSQL server, or one SQLite file."""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.ui.core.live_updates import EDITING_MS
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import activate, type_into

COLLEAGUE = "Colleague's verslag: de GGD start een spreekuur."
ARRIVES_MS = 1000  # "within a second"


def _filled(database: Database, write_json: Any, document: dict[str, Any]) -> None:
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")


@pytest.fixture
def on_postgres(
    pg_database_url: str, write_json: Any, document: dict[str, Any]
) -> Iterator[tuple[Database, Database]]:
    """One filled database on the server, opened twice (as by two people's programs)."""
    first = open_database(location_from_url(pg_database_url))
    _filled(first, write_json, document)
    second = open_database(location_from_url(pg_database_url))
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def on_sqlite(
    database: Database, db_path: Path, write_json: Any, document: dict[str, Any]
) -> Iterator[tuple[Database, Database]]:
    """One filled SQLite file, opened twice."""
    _filled(database, write_json, document)
    second = open_database(location_from_path(db_path))
    yield database, second
    second.close()


def _window(qtbot: Any, database: Database) -> MainWindow:
    window = MainWindow(window_sessions(database), "gedeeld")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _meeting(window: MainWindow, item_id: str = "ai-2") -> MeetingPage:
    window.open_record("meetings", "m-1")
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    page.select_item(item_id)
    assert page.editor_panel.item_id == item_id
    return page


def _reports(window: MainWindow) -> list[Change]:
    heard: list[Change] = []
    window.live_updates.reported.connect(heard.append)
    return heard


def test_a_minutes_text_changed_in_one_window_appears_in_the_other(
    qtbot: Any, on_postgres: tuple[Database, Database]
) -> None:
    first, second = on_postgres
    mine, theirs = _window(qtbot, first), _window(qtbot, second)
    mine_page, their_page = _meeting(mine), _meeting(theirs)
    mine_heard = _reports(mine)
    activate(qtbot, mine)
    type_into(qtbot, mine_page.editor_panel.text, mine_page.editor_panel.minutes, COLLEAGUE)
    minutes = their_page.editor_panel.minutes
    qtbot.waitUntil(lambda: minutes.toPlainText() == COLLEAGUE, timeout=ARRIVES_MS)
    assert "Bijgewerkt met wijzigingen van anderen" in theirs.statusBar().currentMessage()
    assert mine_heard == []  # its own change is not heard back as someone else's

    # The other types a toelichting; a colleague's change meanwhile leaves it alone.
    activate(qtbot, theirs)
    description = their_page.editor_panel.description
    description.setFocus()
    qtbot.keyClicks(description, "Mijn toelichting")
    assert their_page.editor_panel.text.pending()  # typed, not stored yet
    update_record(first.session_factory, "agenda_items", "ai-2", {"minutes": "Nog een versie."})
    qtbot.waitUntil(lambda: minutes.toPlainText() == "Nog een versie.", timeout=ARRIVES_MS)
    assert description.toPlainText() == "Mijn toelichting"
    assert description.hasFocus()
    if os.environ.get("LIVE_SCREENSHOT"):
        theirs.grab().save(os.environ["LIVE_SCREENSHOT"])
    # ... and it is stored after the usual pause, beside the colleague's verslag
    qtbot.waitUntil(lambda: not their_page.editor_panel.text.pending(), timeout=3000)
    stored = read_record(second.session_factory, "agenda_items", "ai-2")
    assert stored is not None
    assert (stored["description"], stored["minutes"]) == ("Mijn toelichting", "Nog een versie.")


def test_a_list_shows_a_colleagues_new_title(
    qtbot: Any, on_postgres: tuple[Database, Database]
) -> None:
    first, second = on_postgres
    theirs = _window(qtbot, second)
    tables = theirs.tables_page.tables
    update_record(first.session_factory, "tables", "tafel-1", {"title": "Tafel Noord"})
    # (On a server the list is read off the UI thread: its row is known once the ids came.)
    qtbot.waitUntil(
        lambda: "Tafel Noord" in str(tables.data(tables.index(tables.row_of("tafel-1"), 0))),
        timeout=ARRIVES_MS,
    )


def test_a_cell_being_edited_is_left_open_until_it_is_done(
    qtbot: Any, on_postgres: tuple[Database, Database]
) -> None:
    first, second = on_postgres
    theirs = _window(qtbot, second)
    decisions = _meeting(theirs).editor_panel.decisions_part
    heard = _reports(theirs)
    activate(qtbot, theirs)
    view = decisions.view
    view.setFocus()
    view.edit(decisions.model.index(0, 0))
    assert view.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, " Mijn aanvulling.")
    update_record(first.session_factory, "decisions", "d-2", {"text": "Hun besluit."})
    # heard, but the list is not reloaded under the open editor: it waits
    qtbot.waitUntil(lambda: theirs.live_updates.gather.interval() == EDITING_MS, timeout=1000)
    assert heard == [] and view.state() == QAbstractItemView.State.EditingState
    assert editor.property("plainText") or editor.property("text")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # done: stored, then the refresh comes
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=2000)
    stored = read_record(second.session_factory, "decisions", "d-1")
    assert stored is not None and stored["text"].endswith("Mijn aanvulling.")


def test_on_sqlite_a_change_shows_when_the_window_is_activated(
    qtbot: Any, on_sqlite: tuple[Database, Database]
) -> None:
    first, second = on_sqlite
    mine, theirs = _window(qtbot, first), _window(qtbot, second)
    mine_page, their_page = _meeting(mine), _meeting(theirs)
    mine_heard, their_heard = _reports(mine), _reports(theirs)
    activate(qtbot, mine)
    type_into(qtbot, mine_page.editor_panel.text, mine_page.editor_panel.minutes, COLLEAGUE)
    minutes = their_page.editor_panel.minutes
    assert minutes.toPlainText() != COLLEAGUE  # not before it gets focus again
    activate(qtbot, theirs)
    qtbot.waitUntil(lambda: minutes.toPlainText() == COLLEAGUE, timeout=ARRIVES_MS)
    assert len(their_heard) == 1
    activate(qtbot, mine)  # its own change is not another program's
    assert mine_heard == []
    assert not theirs.live_updates.check()  # nothing new since

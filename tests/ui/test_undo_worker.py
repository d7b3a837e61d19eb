"""On a PostgreSQL server an undo step is stored off the UI thread, "opslaan…" meanwhile."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.core.saves import saves_of
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import activate, open_page, stored


@pytest.fixture
def server_database(
    pg_database_url: str, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a PostgreSQL server."""
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


def _window(qtbot: Any, database: Database) -> MainWindow:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    return window


def test_an_undo_on_a_server_is_stored_off_the_ui_thread_saying_opslaan(
    qtbot: Any, server_database: Database
) -> None:
    window = _window(qtbot, server_database)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    before = stored(server_database, "practices", "pr-consulent")["region"]
    region = page.form.field("region")
    assert isinstance(region, QLineEdit)
    region.setFocus()
    qtbot.keyClicks(region, "Utrecht")
    assert page.form.binder.flush()
    assert stored(server_database, "practices", "pr-consulent")["region"] != before
    saves = saves_of(window.undo_stack)
    assert saves is not None
    refused: list[object] = []
    window.notifier.failed.connect(refused.append)
    busy: list[bool] = []
    saves.busy_changed.connect(busy.append)
    turned: list[bool] = []  # the event loop turned while the step was stored, "opslaan…" shown
    QTimer.singleShot(0, lambda: turned.append(window.connection.saving.isVisibleTo(window)))
    window.undo_stack.undo()  # stored by the saves' thread; the window's events go on
    assert turned == [True] and busy == [True, False]
    assert not window.connection.saving.isVisibleTo(window)
    assert stored(server_database, "practices", "pr-consulent")["region"] == before
    qtbot.waitUntil(lambda: region.text() == before, timeout=2000)  # the form follows
    window.undo_stack.redo()
    assert stored(server_database, "practices", "pr-consulent")["region"] == before + "Utrecht"
    assert not refused


def test_a_sqlite_window_stores_its_undo_steps_at_once(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    assert saves_of(window.undo_stack) is None
    assert not window.connection.saving.isVisibleTo(window)

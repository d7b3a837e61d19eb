"""On a PostgreSQL server an undo step is stored off the UI thread, "opslaan…" meanwhile."""

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.saves import saves_of
from tests.ui.conftest import open_page, sized_window, stored


def test_an_undo_on_a_server_is_stored_off_the_ui_thread_saying_opslaan(
    qtbot: Any, server_database: Database
) -> None:
    window = sized_window(qtbot, server_database)
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
    window = sized_window(qtbot, filled)
    assert saves_of(window.undo_stack) is None
    assert not window.connection.saving.isVisibleTo(window)

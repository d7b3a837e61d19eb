"""Another program writing for seconds while the user types: the text waits, then is stored."""

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ontwikkeltafel.app import APP_WRITE_WAIT_MS, window_sessions
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction
from tests.ui.conftest import app_window, open_meeting, open_page, stored


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened: these tests change it (adopted, it is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests wijzigen het verslag")
    return filled


def test_the_window_writes_wait_briefly_and_commands_long(filled: Database) -> None:
    for sessions, wait in (
        (window_sessions(filled), APP_WRITE_WAIT_MS),
        (filled.session_factory, 5000),
    ):
        with write_transaction(sessions) as session:
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == wait
    with filled.session_factory() as session:  # reads keep the long wait
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_form_keeps_the_text_says_it_waits_and_stores_it_when_the_lock_goes(
    qtbot: Any, filled: Database, lock: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    window = app_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    region.setFocus()
    qtbot.keyClicks(region, "Utrecht")
    with qtbot.waitSignal(page.form.binder.waiting, timeout=10_000):
        pass  # the pause passed; the database was busy
    assert page.form.error.isVisible()
    assert page.form.error.text().startswith("Nog niet opgeslagen; uw invoer blijft staan")
    assert region.text() == "Utrecht"
    assert stored(filled, "practices", "pr-consulent")["region"] != "Utrecht"
    window.close()  # closing now would lose the text: the window stays and says why
    assert window.isVisible()
    assert "Nog niet alles is opgeslagen" in window.statusBar().currentMessage()

    lock.touch()  # the other program is done
    with qtbot.waitSignal(page.form.binder.saved, timeout=15_000):
        pass
    assert stored(filled, "practices", "pr-consulent")["region"] == "Utrecht"
    assert not page.form.error.isVisible()
    assert window.undo_stack.count() == 1
    assert "Traceback" not in capfd.readouterr().err


def test_the_minutes_wait_for_the_lock_on_the_meeting_page(
    qtbot: Any, filled: Database, lock: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    window = app_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-1")
    minutes = page.editor_panel.minutes
    minutes.setFocus()
    qtbot.keyClicks(minutes, "Welkom aan iedereen")
    with qtbot.waitSignal(page.editor_panel.text.waiting, timeout=10_000):
        pass
    assert page.notice.isVisible()
    assert page.notice.text().startswith("Nog niet opgeslagen; uw invoer blijft staan")
    lock.touch()
    with qtbot.waitSignal(page.editor_panel.text.saved, timeout=15_000):
        pass
    assert not page.notice.isVisible()
    assert stored(filled, "agenda_items", "ai-1")["minutes"] == "Welkom aan iedereen"
    assert minutes.toPlainText() == "Welkom aan iedereen"
    assert "Traceback" not in capfd.readouterr().err


def test_background_imports_wait_as_long_as_commands(
    qtbot: Any, filled: Database, write_json: Any, document: dict[str, Any]
) -> None:
    """An import from the window runs off its thread: it waits 5 s for a lock, as the command
    line does, while the window's own edits wait APP_WRITE_WAIT_MS."""
    from sqlalchemy import event

    from ontwikkeltafel.services.editing import update_record
    from ontwikkeltafel.store.engine import WRITE_OPTION

    waits: list[int] = []

    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            waits.append(connection.exec_driver_sql("PRAGMA busy_timeout").scalar())

    event.listen(filled.engine, "begin", on_begin)
    try:
        window = app_window(qtbot, filled)
        with qtbot.waitSignal(window.exports.finished, timeout=30_000) as done:
            assert window.exports.start_import(write_json(document))
        assert done.args[0] == "done", done.args
        assert waits and set(waits) == {5000}
        waits.clear()
        update_record(window.exports.context.sessions, "themes", "th-geweld", {"name": "Geweld"})
        assert waits == [APP_WRITE_WAIT_MS]
    finally:
        event.remove(filled.engine, "begin", on_begin)

"""Undo, Ctrl+Z and Delete while another program holds the database: nothing is lost."""

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.ui.core.autosave import FormBinder
from tests.ui.conftest import app_window, open_page, stored, type_into

RECORD, FIELD = "pr-consulent", "region"


def practice_form(qtbot: Any, database: Database) -> tuple[Any, Any]:
    """The window as the app makes it, on the practice's form: the page and its region field."""
    window = app_window(qtbot, database)
    page = open_page(window, "practices")
    assert page.open_record(RECORD)
    return page, page.form.field(FIELD)


def type_and_wait(qtbot: Any, page: Any, field: Any, text: str) -> None:
    """Type ``text`` into ``field`` and wait until the page says it waits for the database."""
    field.setFocus()
    qtbot.keyClicks(field, text)
    with qtbot.waitSignal(page.form.binder.waiting, timeout=10_000):
        pass


def test_ctrl_z_while_the_text_waits_keeps_it(
    qtbot: Any, filled: Database, lock: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    page, region = practice_form(qtbot, filled)
    type_and_wait(qtbot, page, region, "Utrecht centrum")
    qtbot.keyClick(region, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert region.text() == "Utrecht centrum"  # not thrown away: it waits for the database
    lock.touch()
    with qtbot.waitSignal(page.form.binder.saved, timeout=15_000):
        pass
    assert stored(filled, "practices", RECORD)[FIELD] == "Utrecht centrum"
    assert "Traceback" not in capfd.readouterr().err


def test_undo_while_the_database_is_busy_keeps_the_step(
    qtbot: Any, filled: Database, tmp_path: Any, request: pytest.FixtureRequest
) -> None:
    window = app_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record(RECORD)
    type_into(qtbot, page.form.binder, page.form.field(FIELD), "Utrecht")
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    lock = request.getfixturevalue("lock")  # another program takes the lock now
    failures: list[Any] = []
    window.notifier.failed.disconnect()  # no message box in the test: collect instead
    window.notifier.failed.connect(failures.append)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)  # the step is still there
    assert window.undo_stack.count() == 1
    assert len(failures) == 1 and isinstance(failures[0], StoreUnavailable)
    assert stored(filled, "practices", RECORD)[FIELD] == "Utrecht"
    lock.touch()
    qtbot.waitUntil(lambda: _unlocked(filled))
    window.undo_stack.undo()  # now it can be taken back
    assert window.undo_stack.index() == 0
    assert stored(filled, "practices", RECORD)[FIELD] != "Utrecht"
    window.undo_stack.redo()
    assert stored(filled, "practices", RECORD)[FIELD] == "Utrecht"


def _unlocked(database: Database) -> bool:
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA user_version")
            connection.exec_driver_sql("UPDATE themes SET name = name WHERE 0")
    except StoreUnavailable:
        return False
    return True


def test_delete_while_the_text_waits_keeps_text_and_record(
    qtbot: Any, filled: Database, lock: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    page, region = practice_form(qtbot, filled)
    type_and_wait(qtbot, page, region, "Utrecht")
    assert not page.delete_selected()  # refused while the input waits
    assert page.form.record_id == RECORD and region.text() == "Utrecht"
    assert stored(filled, "practices", RECORD) is not None
    lock.touch()
    with qtbot.waitSignal(page.form.binder.saved, timeout=15_000):
        pass
    assert stored(filled, "practices", RECORD)[FIELD] == "Utrecht"
    assert "Traceback" not in capfd.readouterr().err


def test_typing_while_the_text_waits_does_not_try_again_at_every_pause(
    qtbot: Any, filled: Database, lock: Any
) -> None:
    page, region = practice_form(qtbot, filled)
    binder: FormBinder = page.form.binder
    type_and_wait(qtbot, page, region, "Utrecht")
    qtbot.keyClicks(region, " centrum")
    assert binder.is_waiting  # the retry keeps its wait
    assert not binder.timer.isActive() and not binder.deadline.isActive()
    lock.touch()
    with qtbot.waitSignal(binder.saved, timeout=15_000):
        pass
    assert stored(filled, "practices", RECORD)[FIELD] == "Utrecht centrum"


def test_an_unexpected_database_failure_is_said_and_kept(
    qtbot: Any, filled: Database, caplog: pytest.LogCaptureFixture
) -> None:
    window = app_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record(RECORD)
    binder: FormBinder = page.form.binder
    region = page.form.field(FIELD)
    region.setFocus()
    qtbot.keyClicks(region, "Utrecht")

    def failing(_values: Any) -> None:
        raise OSError(5, "Input/output error")

    binder._save = failing  # a disk that fails in a way no message foresees
    with qtbot.waitSignal(binder.refused, timeout=5_000):
        binder.flush()
    assert page.form.error.text().startswith("Niet opgeslagen: de database gaf een fout (OSError)")
    assert page.form.error.isVisible() and region.text() == "Utrecht"
    assert "autosave failed" in caplog.text  # the traceback goes to the log file
    binder.revert()  # nothing pending when the window closes


def test_typing_back_to_the_stored_text_clears_the_waiting_notice(
    qtbot: Any, filled: Database, lock: Any
) -> None:
    window = app_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record(RECORD)
    region = page.form.field(FIELD)
    before = region.text()
    region.setFocus()
    qtbot.keyClicks(region, "X")
    with qtbot.waitSignal(page.form.binder.waiting, timeout=10_000):
        pass
    assert page.form.error.isVisible()
    qtbot.keyClick(region, Qt.Key.Key_Backspace)
    assert region.text() == before
    with qtbot.waitSignal(page.form.binder.saved, timeout=10_000):
        page.form.binder.flush()
    assert not page.form.error.isVisible()

"""Bewaartermijnen: the people offered for erasure are erased as the dialog listed them.

Issue 15 (a colleague's change is never lost): after Verwijderen the dialog names the
people left in no record and offers to erase them. A person a colleague changed between
that list and the answer is left out and named, not erased; the others go. On SQLite and
on PostgreSQL. On PostgreSQL the overview is read off the UI thread ("laden…", Verwijderen
disabled until it is there); on SQLite at once.
"""

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.preferences import Preferences, save_preferences
from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.exports import retention_dialog
from ontwikkeltafel.ui.exports.retention_dialog import RetentionDialog
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.retention_document import retention_document
from tests.ui.conftest import activate

DAY = date(2026, 7, 1)


@pytest.fixture(params=["sqlite", "postgresql"])
def aged(
    request: pytest.FixtureRequest, write_json: Callable[..., Path], document: dict[str, Any]
) -> Iterator[Database]:
    """The retention case (5 years chosen in Voorkeuren) in a SQLite file, or on a server."""
    save_preferences(Preferences(retention_years=5))
    if request.param == "sqlite":
        database: Database = request.getfixturevalue("database")
    else:
        database = open_database(location_from_url(request.getfixturevalue("pg_database_url")))
    import_file(database.session_factory, write_json(retention_document(document)))
    yield database
    if request.param != "sqlite":
        database.close()


def _button(box: QMessageBox | None, text: str) -> Any:
    assert box is not None and box.isVisible()
    return next(b for b in box.buttons() if b.text() == text)


def _open(qtbot: Any, database: Database) -> RetentionDialog:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    activate(qtbot, window)
    dialog = window.export_menu.retention.open(DAY)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_person_changed_after_the_list_is_left_out_and_named(qtbot: Any, aged: Database) -> None:
    dialog = _open(qtbot, aged)
    qtbot.waitUntil(dialog.delete_button.isEnabled)  # on a server: the overview read first
    assert dialog.ask()
    with qtbot.waitSignal(dialog.worked, timeout=30000):
        _button(dialog.message, "Verwijderen").click()
    told = dialog.message
    assert told is not None
    assert "Anna de Vries, Cor Jansen, IJsbrand van der Berg" in told.informativeText()
    # A colleague changes Cor while the offer is on the screen.
    update_record(aged.session_factory, "people", "p-cor", {"phone": "06-11112222"})
    _button(told, "Personen verwijderen…").click()
    with qtbot.waitSignal(dialog.worked, timeout=30000) as erased:
        _button(dialog.message, "Verwijderen").click()
    assert erased.args == ["erased", ["Anna de Vries", "IJsbrand van der Berg"]]
    said = dialog.message
    assert said is not None
    assert "‘Cor Jansen’ is intussen gewijzigd" in said.text()
    assert "niet verwijderd" in said.text()
    kept = read_record(aged.session_factory, "people", "p-cor")
    assert kept is not None and kept["phone"] == "06-11112222"
    assert read_record(aged.session_factory, "people", "p-anna") is None


def test_the_overview_is_read_off_the_ui_thread_on_a_server(
    qtbot: Any, aged: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real = retention_dialog.retention_overview

    def held(*arguments: Any) -> Any:
        gate.wait(5)
        return real(*arguments)

    monkeypatch.setattr(retention_dialog, "retention_overview", held)
    if aged.engine.dialect.name == "sqlite":
        gate.set()  # read at once on a SQLite file: the gate must be open
        dialog = _open(qtbot, aged)
        assert dialog.reader.at_once and dialog.delete_button.isEnabled()
        return
    dialog = _open(qtbot, aged)  # before: the window waited for the overview
    assert dialog.summary_label.text() == "laden…" and not dialog.delete_button.isEnabled()
    assert not dialog.ask()  # nothing is asked before the overview is there
    gate.set()
    qtbot.waitUntil(dialog.delete_button.isEnabled, timeout=5000)
    assert dialog.model.rowCount() == 3

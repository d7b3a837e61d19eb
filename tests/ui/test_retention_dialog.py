"""Bestand > Bewaartermijnen…: the overview, Verwijderen after a question, the lists read again."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ontwikkeltafel.preferences import Preferences, save_preferences
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports.retention_dialog import RetentionDialog
from ontwikkeltafel.ui.models.retention_model import RetentionModel
from tests.retention_document import retention_document
from tests.ui.conftest import make_window

DAY = date(2026, 7, 1)


@pytest.fixture
def aged(database: Database, write_json: Callable[..., Path], document: dict[str, Any]) -> Database:
    """The retention case, with 5 years chosen in Voorkeuren."""
    save_preferences(Preferences(retention_years=5))
    import_file(database.session_factory, write_json(retention_document(document)))
    return database


def _rows(model: Any) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _button(box: QMessageBox | None, text: str) -> Any:
    assert box is not None and box.isVisible()
    return next(b for b in box.buttons() if b.text() == text)


def window_entry_text(window: Any) -> str:
    return str(window.export_menu.retention.action.text())


def _open(qtbot: Any, aged: Database) -> tuple[Any, RetentionDialog]:
    window = make_window(qtbot, aged)
    entry = window.export_menu.retention
    assert entry.action in window.export_menu.file_actions()
    dialog = entry.open(DAY)
    qtbot.waitExposed(dialog)
    return window, dialog


def test_the_model_passes_the_model_tester(qtmodeltester: Any, aged: Database) -> None:
    from ontwikkeltafel.services.retention import retention_overview

    model = RetentionModel()
    model.set_records(retention_overview(aged.session_factory, 5, DAY).records)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_dialog_lists_what_is_past_and_changes_nothing(qtbot: Any, aged: Database) -> None:
    _window, dialog = _open(qtbot, aged)

    assert window_entry_text(_window) == "Be&waartermijnen…"
    assert _rows(dialog.model) == [
        [
            "Losse bijeenkomst",
            "Los consult",
            "02-03-2019",
            "02-03-2024",
            "1 agendapunt(en), 1 actiepunt(en), 1 aanwezigheidsregel(s)",
        ],
        [
            "Tafel",
            "Onderwijs en zorg (Zwanenbloemoverleg)",
            "30-06-2019",
            "30-06-2026",
            "1 bijeenkomst(en), 3 agendapunt(en), 2 besluit(en), 2 actiepunt(en), "
            "3 aanwezigheidsregel(s), 3 tafellid/-leden, 1 vraag/vragen of zorg(en), "
            "1 ontwikkelpunt(en)",
        ],
        ["Tafel", "Oude tafel", "15-01-2020", "15-01-2025", "verder leeg"],
    ]
    assert "Voorkeuren (5 jaar)" in dialog.intro_label.text()
    assert dialog.summary_label.text() == (
        "2 tafel(s) en 1 losse bijeenkomst(en) zijn over de bewaartermijn."
    )
    assert dialog.undated_label.isVisible()
    assert "‘Tafel zonder einde’" in dialog.undated_label.text()
    assert dialog.people_label.text() == (
        "Daarna staan deze personen in geen enkel gegeven meer: Anna de Vries, Cor Jansen, "
        "IJsbrand van der Berg."
    )
    assert dialog.delete_button.isEnabled()
    # Cancelling the question removes nothing.
    assert dialog.ask()
    _button(dialog.message, "Annuleren").click()
    dialog.reload()
    assert dialog.model.rowCount() == 3


def test_verwijderen_asks_removes_reloads_the_lists_and_offers_the_people(
    qtbot: Any, aged: Database
) -> None:
    window, dialog = _open(qtbot, aged)
    first = window.tables_page
    assert first.tables.row_of("tafel-1") >= 0
    window.editor.stack.push(_noop_step())  # an undo step taken before
    assert dialog.ask()
    question = dialog.message
    assert question is not None
    assert question.text() == "2 tafel(s) en 1 losse bijeenkomst(en) definitief verwijderen?"
    with qtbot.waitSignal(dialog.worked, timeout=20000) as applied:
        _button(question, "Verwijderen").click()
    assert applied.args[0] == "applied"
    assert dialog.model.rowCount() == 0 and not dialog.delete_button.isEnabled()
    qtbot.waitUntil(lambda: first.tables.row_of("tafel-1") == -1)
    assert window.editor.stack.count() == 0
    told = dialog.message
    assert told is not None
    assert told.text().startswith("Verwijderd: 2 tafel(s) en 1 losse bijeenkomst(en)")
    assert "Anna de Vries, Cor Jansen, IJsbrand van der Berg" in told.informativeText()
    _button(told, "Personen verwijderen…").click()
    with qtbot.waitSignal(dialog.worked, timeout=30000) as erased:
        _button(dialog.message, "Verwijderen").click()
    assert erased.args == ["erased", ["Anna de Vries", "Cor Jansen", "IJsbrand van der Berg"]]
    with aged.engine.connect() as connection:
        people = connection.exec_driver_sql("SELECT id FROM people ORDER BY id").all()
    assert [row[0] for row in people] == ["p-bas"]


def _noop_step() -> Any:
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("stap")


@pytest.mark.usefixtures("english")
def test_the_dialog_in_english(qtbot: Any, aged: Database) -> None:
    window, dialog = _open(qtbot, aged)

    assert window.export_menu.retention.action.text() == "Rete&ntion periods…"
    assert dialog.windowTitle() == "Retention periods"
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Kind", "Title", "Date", "Keep until", "Contents"]
    assert _rows(dialog.model)[2] == [
        "Table",
        "Oude tafel",
        "15-01-2020",
        "15-01-2025",
        "nothing else",
    ]
    assert dialog.delete_button.text() == "Remove…"

"""The history dialog: a record's changes, and a verslag's versions side by side with restore."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.history_view import entries_of
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.ui.forms.history_dialog import HistoryDialog, show_history
from ontwikkeltafel.ui.models.history_model import HistoryModel, VersionsModel
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_meeting, open_page, stored

ORIGINAL = "We bespraken de vragen.\n\n- in gesprek blijven"


@pytest.fixture
def draft(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document with its meeting's verslag a concept (an adopted one is frozen)."""
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"
    meeting.pop("minutes_approved_on", None)
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    yield database


def _cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _write_versions(window: MainWindow) -> None:
    set_author(window.sessions, "Marieke de Vries")
    for text in (ORIGINAL + "\n- nieuwe afspraak", "Alles herschreven.\n\n- in gesprek blijven"):
        window.editor.update("Verslag wijzigen", "agenda_items", "ai-2", {"minutes": text}, False)


def test_versions_side_by_side_restore_and_undo(qtbot: Any, draft: Database) -> None:
    window = make_window(qtbot, draft)
    _write_versions(window)
    dialog = show_history(window, window, "agenda", "ai-2", "minutes", "Vragen uit de praktijk")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.model, VersionsModel)
    assert dialog.windowTitle() == "Geschiedenis van Verslag: Vragen uit de praktijk"
    texts = [dialog.model.version(r).text for r in range(dialog.model.rowCount())]
    assert texts[0] == "Alles herschreven.\n\n- in gesprek blijven"
    assert texts[-1] == ORIGINAL
    assert "(huidige tekst)" in _cells(dialog.model, 0)[0]
    assert _cells(dialog.model, 0)[1] == "Marieke de Vries"
    assert dialog.restore_button is not None and not dialog.restore_button.isEnabled()

    dialog.view.selectRow(dialog.model.rowCount() - 1)  # the text as imported
    assert dialog.restore_button.isEnabled()
    assert dialog.compare.right_title.text() == "Huidige tekst"
    assert dialog.compare.left_title.text() == "Eerdere versie (van vóór de geschiedenis)"
    assert "We bespraken" in dialog.compare.left.toPlainText()
    assert "Alles herschreven" in dialog.compare.right.toPlainText()

    dialog.view.selectRow(1)
    title = dialog.compare.left_title.text()
    assert title.startswith("Versie van ") and title.endswith(" (Marieke de Vries)")
    dialog.view.selectRow(dialog.model.rowCount() - 1)
    set_author(window.sessions, "Bas Jansen")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert stored(draft, "agenda_items", "ai-2")["minutes"] == ORIGINAL
    newest = entries_of(window.sessions, "agenda", "ai-2")[0]
    assert (newest.by, newest.field, newest.new) == ("Bas Jansen", "minutes", ORIGINAL)
    assert dialog.model.version(0).text == ORIGINAL
    assert dialog.chosen_row() == 1  # the text just replaced, beside the restored one
    assert window.undo_stack.undoText().startswith("Verslag teruggezet naar de versie van")

    window.undo_stack.undo()
    assert stored(draft, "agenda_items", "ai-2")["minutes"].startswith("Alles herschreven")
    assert dialog.current_text.startswith("Alles herschreven")


def test_restore_refused_says_why(qtbot: Any, draft: Database) -> None:
    window = make_window(qtbot, draft)
    _write_versions(window)
    dialog = HistoryDialog(window, "agenda", "ai-2", "minutes")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.selectRow(1)
    window.editor.delete("Agendapunt verwijderen", "agenda_items", "ai-2")
    assert not dialog.restore_chosen()
    assert dialog.notice.isVisible() and dialog.notice.text()


def test_changes_of_a_record_newest_first(qtbot: Any, draft: Database, qtmodeltester: Any) -> None:
    window = make_window(qtbot, draft)
    set_author(window.sessions, "Anna")
    window.editor.update(
        "Actie wijzigen", "actions", "a-1", {"status": ActionStatus.IN_PROGRESS}, False
    )
    window.editor.update("Actie wijzigen", "actions", "a-1", {"owner_id": "p-anna"}, False)
    window.editor.update("Actie wijzigen", "actions", "a-1", {"notes": "Gebeld"}, False)
    dialog = show_history(window, window, "actions", "a-1")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.model, HistoryModel)
    qtmodeltester.check(dialog.model)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Wanneer", "Wie", "Wat", "Wijziging"]
    notes, owner, status = (_cells(dialog.model, r) for r in range(3))
    assert notes[1:] == ["Anna", "Notities", "(leeg) → ‘Gebeld’"]
    assert owner[2] == "Wie" and owner[3].startswith("Bas") and "→ Anna" in owner[3]
    assert status[2:] == ["Status", "afgerond → in uitvoering"]
    assert status[0][2] == "-" and status[0][5] == "-"  # 14-05-2024 15.30
    dialog.view.selectRow(0)
    assert dialog.compare.right.toPlainText().strip().endswith("Gebeld")


def test_versions_model(qtbot: Any, draft: Database, qtmodeltester: Any) -> None:
    window = make_window(qtbot, draft)
    _write_versions(window)
    dialog = show_history(window, window, "agenda", "ai-2", "minutes")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)


def test_no_history_says_so(qtbot: Any, draft: Database) -> None:
    window = make_window(qtbot, draft)
    dialog = show_history(window, window, "themes", "not-there")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)


def test_edit_menu_history_of_the_shown_record(qtbot: Any, draft: Database) -> None:
    window = make_window(qtbot, draft)
    action = window.history_action
    window.edit_menu.aboutToShow.emit()
    assert not action.isEnabled()  # the first page shows no one record
    page = open_page(window, "actions")
    page.open_record("a-1")
    window.edit_menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.record_id == "a-1" and dialog.list_name == "actions"
    dialog.close()
    open_meeting(qtbot, window, "m-1")
    window.edit_menu.aboutToShow.emit()
    assert action.isEnabled()
    assert isinstance(window.edit_menu, QMenu)


def test_restore_on_an_adopted_verslag_is_refused(qtbot: Any, draft: Database) -> None:
    window = make_window(qtbot, draft)
    _write_versions(window)
    with draft.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE meetings SET status = 'minutes_approved', minutes_approved_on = '2018-03-15'"
        )
    dialog = show_history(window, window, "agenda", "ai-2", "minutes")
    qtbot.addWidget(dialog)
    dialog.view.selectRow(dialog.model.rowCount() - 1)
    depth = window.undo_stack.count()
    assert not dialog.restore_chosen()
    assert dialog.notice.text().startswith("Het verslag van deze bijeenkomst is vastgesteld op")
    assert stored(draft, "agenda_items", "ai-2")["minutes"].startswith("Alles herschreven")
    assert window.undo_stack.count() == depth
    dialog.view.selectRow(0)
    assert dialog.notice.isHidden()

"""The history of a table in the window: opened from the table page, read-only, filtered."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_editing import add_member
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.ui.forms.table_history_dialog import TableHistoryDialog
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_table

HEADERS_NL = ["Wanneer", "Door", "Onderdeel", "Wat", "Oud", "Nieuw"]


@pytest.fixture
def held(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document, its meeting held (open to edits), and a second table's meeting."""
    meeting = document["meetings"][0]
    meeting["status"] = "held"
    meeting.pop("minutes_approved_on", None)
    meeting.pop("adoption", None)
    document["tables"].append({"id": "tafel-2", "title": "All-in De Zuidwester"})
    document["meetings"].append(
        {
            "id": "z-1",
            "table_id": "tafel-2",
            "title": "Overleg elders",
            "starts_at": "2023-01-10T09:00:00+01:00",
            "status": "held",
        }
    )
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    yield database


def _changes(window: MainWindow) -> None:
    sessions = window.sessions
    set_author(sessions, "Marieke de Vries")
    window.editor.update("Verslag", "agenda_items", "ai-2", {"minutes": "Besproken."}, False)
    kees = window.editor.create("Persoon", "people", {"first_name": "Kees", "last_name": "Bos"})
    add_member(sessions, "tafel-1", kees)
    window.editor.update("Elders", "meetings", "z-1", {"location": "Zuidwester"}, False)


def _cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _open(qtbot: Any, window: MainWindow) -> TableHistoryDialog:
    page = open_table(qtbot, window)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(TableHistoryDialog)
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def test_opened_from_the_table_page_with_its_words(
    qtbot: Any, held: Database, qtmodeltester: Any
) -> None:
    window = make_window(qtbot, held)
    _changes(window)
    dialog = _open(qtbot, window)
    model = dialog.model
    qtmodeltester.check(model)
    assert dialog.windowTitle() == "Geschiedenis van de tafel: Onderwijs en zorg vinden elkaar!"
    assert dialog.parent() is window.stack.currentWidget()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == HEADERS_NL
    rows = [_cells(model, r) for r in range(model.rowCount())]
    member = rows[0]
    minutes = next(row for row in rows if row[3] == "Verslag")
    assert member[1:4] == ["Marieke de Vries", "Deelnemer Kees Bos", "aangemaakt"]
    assert minutes[1:] == [
        "Marieke de Vries",
        "Bijeenkomst 18 januari 2018 › agendapunt ‘Vragen uit de praktijk’",
        "Verslag",
        "‘We bespraken de vragen. - in gesprek blijven’",
        "‘Besproken.’",
    ]
    assert not any("Zuidwester" in cell for row in rows for cell in row)
    assert not model.flags(model.index(1, 5)) & Qt.ItemFlag.ItemIsEditable
    width, height = dialog.width(), dialog.height()
    assert width <= 1280 and height <= 720 - 40


def test_the_filter_keeps_rows_with_every_word(qtbot: Any, held: Database) -> None:
    window = make_window(qtbot, held)
    _changes(window)
    dialog = _open(qtbot, window)
    total = dialog.model.rowCount()
    assert dialog.count.text() == f"{total} wijzigingen"
    qtbot.keyClicks(dialog.filter, "KEES deelnemer")
    assert dialog.model.rowCount() == 1
    assert dialog.count.text() == f"1 van {total} wijzigingen"
    dialog.filter.setText("besproken vragen")
    assert [_cells(dialog.model, 0)[3]] == ["Verslag"]
    dialog.filter.setText("niets zoals dit")
    assert dialog.model.rowCount() == 0
    dialog.filter.clear()
    assert dialog.model.rowCount() == total


@pytest.mark.usefixtures("english")
def test_in_english(qtbot: Any, held: Database) -> None:
    window = make_window(qtbot, held)
    _changes(window)
    dialog = _open(qtbot, window)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["When", "By", "Part", "What", "Old", "New"]
    assert dialog.windowTitle().startswith("Table history: ")
    rows = [_cells(dialog.model, r) for r in range(dialog.model.rowCount())]
    member, minutes = rows[0], next(row for row in rows if row[3] == "Minutes")
    assert member[2] == "Member Kees Bos"
    assert minutes[2] == "Meeting 18 January 2018 › agenda item ‘Vragen uit de praktijk’"

"""Personen importeren…: file, mapping, preview with problems and close matches, one undo."""

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from sqlalchemy import select

from ontwikkeltafel.model import Organisation, Person, TableMember
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports.people_import_wizard import PeopleImportWizard
from ontwikkeltafel.ui.models.people_preview_model import PROBLEM_COLOUR, PeoplePreviewModel
from tests.people_samples import excel_list, random_bytes
from tests.ui.conftest import make_window, open_table

CSV = (
    "Voornaam;Tussenvoegsel;Achternaam;Organisatie;E-mail\n"
    "Anne;de;Vries;KION;anne@kion.nl\n"  # close to Anna de Vries at KION
    "Kees;;Jansen;Basisschool De Linde;kees@linde.nl\n"
    "Lies;;;KION;lies@kion.nl\n"  # no last name
    "Piet;;Post;KION;geen-adres\n"  # a bad e-mail
)


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "deelnemers.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def _read(qtbot: Any, wizard: PeopleImportWizard, path: Path, sheet: str | None = None) -> bool:
    """Choose ``path`` on the file page; whether it was read (off the UI thread)."""
    with qtbot.waitSignal(wizard.loaded, timeout=10000) as loaded:
        assert wizard.file_page.choose(path, sheet)
    assert loaded.args is not None
    return bool(loaded.args[0])


def _confirm(qtbot: Any, wizard: PeopleImportWizard) -> None:
    with qtbot.waitSignal(wizard.applied, timeout=10000) as applied:
        wizard.accept()
    assert applied.args == [True]


def _people(database: Database) -> set[str]:
    with database.session_factory() as session:
        return set(session.scalars(select(Person.last_name)))


def _open(qtbot: Any, filled: Database) -> tuple[Any, PeopleImportWizard]:
    window = make_window(qtbot, filled)
    assert window.export_menu.people_action in window.export_menu.file_actions()
    wizard = window.export_menu.import_people()
    assert isinstance(wizard, PeopleImportWizard)
    qtbot.waitExposed(wizard)
    return window, wizard


def _action(model: PeoplePreviewModel, last_name: str) -> tuple[int, str]:
    for row in range(model.rowCount()):
        if model.row(row).entry.last_name == last_name or (
            not last_name and not model.row(row).entry.last_name
        ):
            return row, str(model.index(row, 8).data())
    raise AssertionError(last_name)


def test_the_csv_is_imported_with_a_close_match_accepted_and_one_undo(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window, wizard = _open(qtbot, filled)
    assert _read(qtbot, wizard, _csv(tmp_path))
    assert wizard.file_page.isComplete()
    wizard.next()
    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == [
        "first_name",
        "prefix",
        "last_name",
        "organisation",
        "email",
    ]
    assert mapping.counts.text() == "1 nieuw, 0 bijwerken, 3 overslaan"
    # Leaving the e-mail column out redoes the preview: Piet's bad address is no problem.
    mapping.combos[4].setCurrentIndex(mapping.combos[4].findData(None))
    assert mapping.counts.text() == "2 nieuw, 0 bijwerken, 2 overslaan"
    mapping.combos[4].setCurrentIndex(mapping.combos[4].findData("email"))
    wizard.next()
    model = wizard.preview_page.model
    assert model.rowCount() == 4
    row, text = _action(model, "")
    assert text == "overslaan: geen achternaam"
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole).color() == PROBLEM_COLOUR
    row, text = _action(model, "Post")
    assert "geen-adres" in text
    assert "geen-adres" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    row, text = _action(model, "Vries")
    assert "Anna de Vries" in text
    assert model.index(row, 8).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(row, 8), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert _action(model, "Vries")[1] == "bijwerken: Anna de Vries"
    assert wizard.preview_page.counts.text() == "1 nieuw, 1 bijwerken, 2 overslaan"
    # The new organisation's guessed sector, editable; the chosen table, a role.
    sectors = wizard.preview_page.organisations.findChildren(QComboBox)
    assert [c.currentData() for c in sectors] == ["education"]
    table = wizard.preview_page.table
    table.setCurrentIndex(table.findData("tafel-1"))
    wizard.preview_page.choose_table()  # the preview made again keeps the accepted match
    assert _action(model, "Vries")[1] == "bijwerken: Anna de Vries"
    before = _people(filled)
    _confirm(qtbot, wizard)
    assert not wizard.isVisible()
    assert _people(filled) == before | {"Jansen"}
    with filled.session_factory() as session:
        anna = session.get(Person, "p-anna")
        assert anna is not None and anna.first_name == "Anne" and anna.email == "anne@kion.nl"
        jansen = session.scalars(select(Person).where(Person.last_name == "Jansen")).one()
        seats = set(
            session.scalars(select(TableMember.person_id).where(TableMember.table_id == "tafel-1"))
        )
        assert jansen.id in seats
    # The lists show the new person.
    stack = window.editor.stack
    assert stack.undoText() == "Personen importeren"
    stack.undo()
    assert _people(filled) == before
    with filled.session_factory() as session:
        anna = session.get(Person, "p-anna")
        assert anna is not None and anna.first_name == "Anna"
        names = set(session.scalars(select(Organisation.name)))
        assert "Basisschool De Linde" not in names
    stack.redo()
    assert _people(filled) == before | {"Jansen"}


def test_an_xlsx_sheet_is_chosen(qtbot: Any, filled: Database, tmp_path: Path) -> None:
    _window, wizard = _open(qtbot, filled)
    assert _read(qtbot, wizard, excel_list(tmp_path / "lijst.xlsx"))
    assert wizard.file_page.sheet.isEnabled()
    assert wizard.source is not None and len(wizard.source.rows) == 6
    with qtbot.waitSignal(wizard.loaded, timeout=10000):
        wizard.file_page.choose_sheet("Reserves")
    assert wizard.source is not None and wizard.source.sheet == "Reserves"
    wizard.next()
    wizard.next()
    assert wizard.preview_page.model.row(0).entry.last_name == "Hart"


def test_a_bad_file_gives_one_message_and_nothing(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    _window, wizard = _open(qtbot, filled)
    assert not _read(qtbot, wizard, random_bytes(tmp_path / "kapot.xlsx", 1000))
    box = wizard.findChild(QMessageBox)
    assert box is not None and "kapot.xlsx" in box.text()
    assert not wizard.file_page.isComplete()


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    _window, wizard = _open(qtbot, filled)
    assert _read(qtbot, wizard, _csv(tmp_path))
    assert wizard.preview is not None
    model = PeoplePreviewModel()
    model.set_preview(wizard.preview)
    qtmodeltester.check(model)


def test_the_table_page_imports_into_its_table(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    page = open_table(qtbot, window)
    page.people_buttons[0].click()
    wizard = window.findChild(PeopleImportWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.table_id == "tafel-1"
    assert _read(qtbot, wizard, _csv(tmp_path))
    wizard.next()
    wizard.next()
    assert wizard.preview_page.table.currentData() == "tafel-1"
    _confirm(qtbot, wizard)
    qtbot.waitUntil(lambda: page.members.model.rowCount() == 4)


@pytest.mark.parametrize("suffix", [".xlsx", ".vcf"])
def test_the_table_page_exports_its_members(
    qtbot: Any, filled: Database, tmp_path: Path, suffix: str
) -> None:
    window = make_window(qtbot, filled)
    page = open_table(qtbot, window)
    assert page.people_buttons[1].text() == "Deelnemers exporteren…"
    path = tmp_path / f"deelnemers{suffix}"
    with qtbot.waitSignal(window.exports.finished, timeout=10000) as ended:
        assert window.exports.start_members("tafel-1", path)
    assert ended.args is not None and ended.args[0] == "done"
    if suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).active
        assert sheet is not None
        rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
        assert rows[0][:3] == ("Voornaam", "Tussenvoegsel", "Achternaam")
        assert ("Anna", "de", "Vries") in [row[:3] for row in rows]
        assert len(rows) == 4
    else:
        text = path.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == 3
        assert "N:Vries;Anna;de;;" in text or "FN:Anna de Vries" in text


@pytest.mark.usefixtures("english")
def test_the_wizard_speaks_english(qtbot: Any, filled: Database, tmp_path: Path) -> None:
    _window, wizard = _open(qtbot, filled)
    assert wizard.windowTitle() == "Import people"
    assert _read(qtbot, wizard, _csv(tmp_path))
    assert wizard.file_page.summary.text() == "4 rows, 5 columns"
    wizard.next()
    assert wizard.mapping_page.combos[0].currentText() == "First name"
    wizard.next()
    model = wizard.preview_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "What" and "Last name" in headers
    assert "no last name" in [str(model.index(r, 8).data()) for r in range(model.rowCount())][2]


def test_a_cell_corrected_in_the_preview_is_previewed_again(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    _window, wizard = _open(qtbot, filled)
    assert _read(qtbot, wizard, _csv(tmp_path))
    wizard.next()
    wizard.next()
    model = wizard.preview_page.model
    row, text = _action(model, "Post")
    assert text.startswith("overslaan")
    email = model.index(row, 6)
    assert model.flags(email) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(email, "piet@kion.nl", Qt.ItemDataRole.EditRole)
    assert _action(model, "Post") == (row, "nieuw")
    assert model.index(row, 6).data() == "piet@kion.nl"
    row, _text = _action(model, "")  # Lies gets her last name
    assert model.setData(model.index(row, 3), "Lievens", Qt.ItemDataRole.EditRole)
    assert _action(model, "Lievens")[1] == "nieuw"
    assert wizard.preview_page.counts.text() == "3 nieuw, 0 bijwerken, 1 overslaan"

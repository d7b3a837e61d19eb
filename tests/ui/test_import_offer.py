"""``ontwikkeltafel FILE.json``: once the window has its database it offers to import the file."""

import contextlib
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ontwikkeltafel import app
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import import_preview
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.import_preview import import_refusal
from ontwikkeltafel.store.backup import backup_folder
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import file_choice, import_offer
from ontwikkeltafel.ui.window.main_window import MainWindow

WAIT_MS = 30000
#: Python's own English words, which must not reach the Dutch app.
ENGLISH = re.compile(r"Expecting|Extra data|delimiter|exchange|format")
HOLDS_NL = (
    "Het bestand bevat:\norganisaties: 2\npersonen: 3\nthema's: 1\ntafels: 1\n"
    "goede voorbeelden: 1\nbijeenkomsten: 1\nvragen, zorgen en knelpunten: 1\n"
    "ontwikkelpunten: 1\nactiepunten: 2\nagendapunten: 3\nbesluiten: 2"
)
NEW_NL = f"{HOLDS_NL}\n\nAlle 18 zijn nieuw."


def starting(qtbot: Any, database: Database, offered: Path) -> MainWindow:
    """The window as ``run_app`` makes it, started with ``offered`` (being read)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    loader = app.Loader(window, lambda: database, str, False, offered)
    loader.frame_painted()
    qtbot.waitUntil(lambda: loader.offer is not None)
    return window


def started_with(qtbot: Any, database: Database, offered: Path) -> tuple[MainWindow, QMessageBox]:
    """The window as ``run_app`` makes it, started with ``offered``: its box, once shown."""
    window = starting(qtbot, database, offered)
    qtbot.waitUntil(lambda: window.exports.message is not None)
    box = window.exports.message
    assert box is not None
    qtbot.waitExposed(box)
    return window, box


def buttons(box: QMessageBox) -> list[str]:
    return [button.text() for button in box.buttons()]


def click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def tables_of(database: Database) -> list[str]:
    with database.plain() as plain:
        return [row["title"] for row in plain.rows("SELECT title FROM tables ORDER BY title")]


def test_importeren_imports_the_file_as_the_file_menu_does(
    qtbot: Any, database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    path = write_json(document, "Alles van de tafel.json")
    window, box = started_with(qtbot, database, path)
    where = database.location.display
    assert box.windowTitle() == "Importeren"
    assert box.text() == f"Alles van de tafel.json importeren in {where}?"
    assert box.informativeText() == NEW_NL
    assert buttons(box) == ["Importeren", "Annuleren"]
    assert box.defaultButton().text() == "Importeren"
    assert tables_of(database) == []

    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        click(box, "Importeren")
    assert done.args[0] == "done"
    assert tables_of(database) == ["Onderwijs en zorg vinden elkaar!"]
    qtbot.waitUntil(lambda: window.tables_page.tables.rowCount() == 1)  # the lists heard it
    told = window.exports.message
    assert told is not None and told.text() == "Geïmporteerd uit Alles van de tafel.json."


def test_annuleren_imports_nothing(
    qtbot: Any, database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    path = write_json(document, "alles.json")
    window, box = started_with(qtbot, database, path)
    click(box, "Annuleren")
    qtbot.waitUntil(lambda: window.exports.message is None)
    assert not window.exports.tasks.busy()
    assert tables_of(database) == []


def _import_message(database: Database, path: Path) -> str:
    """What the File menu's import says of ``path`` (the command line's words, in Dutch)."""
    with pytest.raises(UserError) as refused:
        import_file(database, path)
    return import_refusal(refused.value, path, "nl").render("nl")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"format": "ontwikkeltafel-exchange", "version": 1, "tables": [{"id": 5}]}', "tables"),
        ("{niet: json}", "regel 1, kolom 2: hier werd een veldnaam tussen dubbele"),
        ("", "regel 1, kolom 1: hier werd een waarde verwacht"),
        ('{"a": 1} {}', "na het einde van de gegevens staat nog meer"),
        (b"\xff\xfe\x00", "UTF-8"),
    ],
)
def test_a_bad_file_gets_the_imports_one_message_and_no_offer(
    qtbot: Any, database: Database, tmp_path: Path, content: str | bytes, says: str
) -> None:
    path = tmp_path / "kapot.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    window, box = started_with(qtbot, database, path)
    assert box.windowTitle() == "Niets geïmporteerd"
    assert box.text() == _import_message(database, path)
    assert says in box.text() and "kapot.json" in box.text()
    assert not ENGLISH.search(box.text())
    assert buttons(box) == ["Sluiten"]
    assert tables_of(database) == []
    assert not window.exports.tasks.busy()


@pytest.mark.parametrize(
    "content", ['{"format": "iets anders", "version": 1}', '{"a": 1}', "[1, 2]", '"tekst"']
)
def test_a_json_file_of_something_else_is_said_so_in_plain_words(
    qtbot: Any, database: Database, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "instellingen.json"
    path.write_text(content, encoding="utf-8")
    _window, box = started_with(qtbot, database, path)
    assert box.text() == (
        f"{path} is geen uitwisselbestand van Ontwikkeltafel; er is niets geïmporteerd."
    )


def test_a_missing_file_is_said_so(qtbot: Any, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "weg.json"
    _window, box = started_with(qtbot, database, path)
    assert box.text() == UserError("import.missing_file", path=path).render("nl")


def test_an_empty_document_holds_no_records(
    qtbot: Any, database: Database, write_json: Any
) -> None:
    path = write_json({"format": "ontwikkeltafel-exchange", "version": 1}, "leeg.json")
    _window, box = started_with(qtbot, database, path)
    assert box.informativeText() == "Het bestand bevat geen records."


@pytest.mark.usefixtures("english")
def test_the_offer_in_english(
    qtbot: Any, database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    path = write_json(document, "all.json")
    _window, box = started_with(qtbot, database, path)
    assert box.text() == f"Import all.json into {database.location.display}?"
    assert box.informativeText().startswith("The file holds:\norganisations: 2\npeople: 3\n")
    assert buttons(box) == ["Import", "Cancel"]


def test_the_file_is_read_off_the_ui_thread_and_cancel_offers_nothing(
    qtbot: Any,
    database: Database,
    write_json: Any,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large file takes seconds to read: the window's task dialog shows it, Cancel ends it."""
    reading, go = threading.Event(), threading.Event()
    real_read = import_preview.read_exchange_file

    def slow_read(path: Path) -> Any:
        reading.set()
        go.wait(WAIT_MS / 1000)
        return real_read(path)

    monkeypatch.setattr(import_preview, "read_exchange_file", slow_read)
    window = starting(qtbot, database, write_json(document, "groot.json"))
    qtbot.waitUntil(reading.is_set)
    tasks = window.exports.tasks
    assert tasks.busy() and tasks.dialog is not None
    assert tasks.dialog.labelText() == "groot.json wordt gelezen…"
    with qtbot.waitSignal(tasks.finished, timeout=WAIT_MS) as ended:
        tasks.dialog.cancel_button.click()
        go.set()
    assert ended.args[0].cancelled
    assert window.exports.message is None
    assert tables_of(database) == []


def test_records_already_stored_are_named_and_annuleren_is_the_default(
    qtbot: Any, database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    """An older export of one's own database overwrites newer work: the box says so first."""
    path = write_json(document, "oud.json")
    import_file(database, path)
    [title] = tables_of(database)
    document["tables"][0]["title"] = "Een nieuwe titel uit het bestand"
    document["people"].append({"id": "p-nieuw", "first_name": "Nieuw", "last_name": "Lid"})
    path = write_json(document, "oud.json")
    window, box = started_with(qtbot, database, path)
    assert box.text() == "oud.json importeren in " + database.location.display + "?"
    assert box.informativeText() == (
        HOLDS_NL.replace("personen: 3", "personen: 4")
        + "\n\n1 nieuw, 18 bestaan al en worden overschreven met de versie uit het bestand."
        + "\nEerst wordt een back-up gemaakt; het importeren kan niet ongedaan worden."
    )
    assert box.defaultButton().text() == "Annuleren"  # Enter imports nothing
    assert box.icon() == QMessageBox.Icon.Warning

    file = database.location.sqlite_path
    assert file is not None
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        click(box, "Importeren")
    assert done.args[0] == "done"
    assert tables_of(database) == ["Een nieuwe titel uit het bestand"]
    [kept] = backup_folder(file).iterdir()  # made before the import: the old title
    with contextlib.closing(sqlite3.connect(kept)) as old:
        assert old.execute("SELECT title FROM tables").fetchall() == [(title,)]
    told = window.exports.message
    assert told is not None and f"Back-up vooraf: {kept}" in told.informativeText()


def test_the_file_menus_import_asks_the_same_question(
    qtbot: Any,
    database: Database,
    write_json: Any,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_json(document, "menu.json")
    import_file(database, path)
    empty = write_json({"format": "ontwikkeltafel-exchange", "version": 1}, "leeg.json")
    window, first = started_with(qtbot, database, empty)
    click(first, "Annuleren")
    qtbot.waitUntil(lambda: window.exports.message is None)
    monkeypatch.setattr(file_choice, "choose_open_path", lambda *_args: path)
    import_offer.import_json(window.exports)
    qtbot.waitUntil(lambda: window.exports.message is not None)
    box = window.exports.message
    assert box is not None
    assert box.text() == f"menu.json importeren in {database.location.display}?"
    assert "0 nieuw, 18 bestaan al en worden overschreven" in box.informativeText()
    assert box.defaultButton().text() == "Annuleren"
    click(box, "Annuleren")
    qtbot.waitUntil(lambda: window.exports.message is None)
    file = database.location.sqlite_path
    assert file is not None and not backup_folder(file).exists()


def test_an_offer_while_a_task_runs_waits_for_it(
    qtbot: Any, database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    """The window busy with another task: the offer is made once that task has ended."""
    go = threading.Event()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    offered = write_json(document, "later.json")
    loader = app.Loader(window, lambda: database, str, False, None)
    loader.frame_painted()
    tasks = window.exports.tasks
    assert tasks.start("Bezig", "Iets anders…", lambda _progress: go.wait(30), lambda _o: None)
    loader.offered = offered
    loader.offer_import(database.location.display)
    said = window.statusBar().currentMessage()
    assert said == "later.json wordt gelezen zodra de taak die nu loopt klaar is."
    go.set()
    qtbot.waitUntil(lambda: window.exports.message is not None, timeout=WAIT_MS)
    box = window.exports.message
    assert box is not None and box.text().startswith("later.json importeren in ")

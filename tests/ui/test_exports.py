"""Exports and imports from the window: off the UI thread, with progress, Cancel and messages."""

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from ontwikkeltafel.services import exchange_files, report_files
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog, ReportOptions
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.services.conftest import snapshot
from tests.ui.conftest import make_window

WAIT_MS = 30000


def select_meeting(window: MainWindow, meeting_id: str) -> None:
    window.tables_page.meeting_view.selectRow(window.tables_page.meetings.row_of(meeting_id))


def button(box: QMessageBox, text: str) -> Any:
    found = [b for b in box.buttons() if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    return found[0]


def open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def hold_imports(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Imports stop once every list is written (nothing committed) and say so, until ``go``."""
    written, go = threading.Event(), threading.Event()
    real_import = exchange_files.import_file

    def import_file(sessions: Any, path: Path, progress: Any) -> Any:
        def held(done: int, total: int) -> None:
            if done >= 50 and not written.is_set():
                written.set()
                go.wait(WAIT_MS / 1000)
            progress(done, total)

        return real_import(sessions, path, progress=held)

    monkeypatch.setattr(exchange_files, "import_file", import_file)
    return written, go


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the window asked the system to open (nothing is opened for real)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(file_choice, "open_url", lambda url: urls.append(url) or True)
    return urls


def test_report_entries_name_the_choice_or_say_what_to_choose(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    menu = window.export_menu
    menu.update()
    assert not menu.minutes_action.isEnabled()
    assert "Kies eerst een bijeenkomst" in menu.minutes_action.toolTip()
    assert menu.meeting_label.text() == "Geen bijeenkomst gekozen"
    assert not menu.table_export_action.isEnabled()
    select_meeting(window, "m-1")
    with qtbot.waitSignal(window.tables_page.choice_changed):
        window.tables_page.table_view.selectRow(window.tables_page.tables.row_of("tafel-1"))
    select_meeting(window, "m-1")
    menu.update()
    assert menu.minutes_action.isEnabled() and menu.invite_action.isEnabled()
    assert menu.meeting_label.text() == "Bijeenkomst: Eerste bijeenkomst (18-01-2018)"
    assert menu.table_label.text() == "Tafel: Onderwijs en zorg vinden elkaar!"
    assert (
        menu.table_export_action.text() == "Tafel ‘Onderwijs en zorg vinden elkaar!’ e&xporteren…"
    )
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[-1] == "&Afsluiten"
    assert {"&Importeren…", "&Exporteren…", "&Rapport"} <= set(texts)


def test_verslag_from_the_menu_is_written_and_offered_to_open(
    qtbot: Any,
    filled: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    window = make_window(qtbot, filled)
    out = tmp_path / "verslag.docx"
    asked: list[tuple[str, str, str]] = []

    def ask(_cls: Any, _parent: Any, title: str, subject: str, suggest: Any, *_rest: Any) -> Any:
        asked.append((title, subject, suggest("nl")))
        return ReportOptions(path=out, internal=False, lang="nl")

    monkeypatch.setattr(ReportDialog, "ask", classmethod(ask))
    select_meeting(window, "m-1")
    window.export_menu.update()
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.export_menu.minutes_action.trigger()
    assert done.args == ["done", out]
    title, subject, suggestion = asked[0]
    assert title == "Verslag maken"
    assert "<b>Eerste bijeenkomst</b>" in subject
    assert suggestion == "Verslag 2018-01-18 Onderwijs en zorg vinden elkaar!.docx"
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Eerste bijeenkomst" in text
    assert "Vragen uit de praktijk" in text
    assert "Casusbespreking" not in text  # confidential: not in the participants' version
    box = window.exports.message
    assert box is not None and box.text() == "Het verslag is opgeslagen."
    assert "verslag.docx" in box.informativeText()
    assert str(out) in window.statusBar().currentMessage()
    button(box, "Bestand openen").click()
    assert opened == [QUrl.fromLocalFile(str(out))]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".verslag")]


def test_json_export_and_import_round_trip(
    qtbot: Any, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, filled)
    exported = tmp_path / "alles.json"
    monkeypatch.setattr(file_choice, "choose_save_path", lambda *_args: tmp_path / "alles")
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.export_menu.export_action.trigger()
    assert done.args == ["done", exported]  # .json added to the name typed
    assert window.exports.message is not None
    assert {b.text() for b in window.exports.message.buttons()} == {"Map openen", "Sluiten"}

    other = open_database(location_from_path(tmp_path / "other.sqlite3"))
    try:
        second = make_window(qtbot, other)
        assert second.tables_page.tables.rowCount() == 0
        monkeypatch.setattr(file_choice, "choose_open_path", lambda *_args: exported)
        second.export_menu.import_action.trigger()  # first the question, once it is read
        qtbot.waitUntil(lambda: second.exports.message is not None, timeout=WAIT_MS)
        question = second.exports.message
        assert question is not None and "Alle " in question.informativeText()
        [go] = [b for b in question.buttons() if b.text() == "Importeren"]
        with qtbot.waitSignal(second.exports.finished, timeout=WAIT_MS) as done:
            go.click()
        assert done.args[0] == "done"
        assert second.tables_page.tables.rowCount() == 2  # the lists heard of the change
        box = second.exports.message
        assert box is not None and box.text() == "Geïmporteerd uit alles.json."
        assert "bijgewerkt: 0" in box.informativeText()
        again = tmp_path / "nogmaals.json"
        with qtbot.waitSignal(second.exports.finished, timeout=WAIT_MS):
            second.exports.start_export(again)
        first, last = (json.loads(p.read_text(encoding="utf-8")) for p in (exported, again))
        first.pop("exported_at"), last.pop("exported_at")
        assert first == last
        second.close()
    finally:
        other.close()


def test_cancel_during_an_import_leaves_the_database_unchanged(
    qtbot: Any,
    filled: Database,
    write_json: Any,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, filled)
    document["tables"][0]["title"] = "Een nieuwe naam"
    document["tables"].append({"id": "tafel-3", "title": "Nieuwe tafel"})
    path = write_json(document, "nieuw.json")
    before = snapshot(filled)
    written, go = hold_imports(monkeypatch)
    exports = window.exports
    assert exports.start_import(path)
    qtbot.waitUntil(written.is_set, timeout=WAIT_MS)
    dialog = exports.tasks.dialog
    assert dialog is not None
    with qtbot.waitSignal(exports.finished, timeout=WAIT_MS) as done:
        dialog.cancel_button.click()
        assert dialog.labelText() == "Bezig met afbreken…"
        assert not dialog.cancel_button.isEnabled()
        go.set()
    assert done.args == ["cancelled", None]
    assert snapshot(filled) == before
    assert (
        window.tables_page.tables.data(window.tables_page.tables.index(1, 0))
        == "Onderwijs en zorg vinden elkaar!"
    )
    assert "Afgebroken" in window.statusBar().currentMessage()
    assert exports.message is None and not exports.tasks.busy()


def test_an_invalid_json_file_gives_one_message_and_changes_nothing(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "ontwikkeltafel-exchange", ', encoding="utf-8")
    before = snapshot(filled)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_import(bad)
    state, text = done.args
    assert state == "failed"
    assert text.startswith(f"{bad} is geen geldige JSON (regel 1")
    assert [box.text() for box in open_boxes()] == [text]
    assert open_boxes()[0].windowTitle() == "Niets geïmporteerd"
    assert snapshot(filled) == before


def test_a_file_the_exchange_rules_refuse_says_where(
    qtbot: Any, filled: Database, write_json: Any, document: dict[str, Any]
) -> None:
    window = make_window(qtbot, filled)
    document["meetings"][0]["titel"] = "typo"
    path = write_json(document, "fout.json")
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_import(path)
    state, text = done.args
    assert state == "failed"
    assert text.startswith(f"Niets geïmporteerd uit {path}: meetings[0].titel")


def test_an_unexpected_failure_is_one_line_naming_the_log(
    qtbot: Any, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, filled)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("kapot bij Anna de Vries\nop twee regels")

    monkeypatch.setattr(report_files, "write_report", broken)
    options = ReportOptions(path=tmp_path / "x.docx", internal=True, lang="en")
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_report("minutes", "m-1", options)
    state, text = done.args
    assert state == "failed"
    # The kind of failure only: an exception's text may quote record contents.
    assert "Er ging iets onverwachts mis (RuntimeError)" in text
    assert "Anna" not in text
    assert "ontwikkeltafel.log" in text and "Traceback" not in text
    assert len(open_boxes()) == 1
    assert not (tmp_path / "x.docx").exists()


def test_an_export_to_a_missing_folder_says_so_and_writes_nothing(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    target = tmp_path / "bestaat-niet" / "uit.json"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_export(target, "tafel-1")
    assert done.args[0] == "failed"
    assert done.args[1].startswith(f"Kan {target} niet schrijven")
    assert not target.parent.exists()


def test_the_report_dialog_suggests_a_name_that_follows_the_language(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    dialog = ReportDialog(
        window,
        "Verslag maken",
        "Verslag van <b>Eerste bijeenkomst</b>",
        lambda lang: "Verslag x.docx" if lang == "nl" else "Minutes x.docx",
        tmp_path,
        "nl",
    )
    qtbot.addWidget(dialog)
    assert dialog.options() == ReportOptions(tmp_path / "Verslag x.docx", False, "nl", None)
    dialog.language.setCurrentIndex(1)
    dialog.internal.setChecked(True)
    internal = ReportOptions(tmp_path / "Minutes x (internal).docx", True, "en", None)
    assert dialog.options() == internal
    dialog.path.setText(str(tmp_path / "eigen naam"))
    dialog.language.setCurrentIndex(0)  # a name of the user's own stays
    dialog.template.setText(str(tmp_path / "huisstijl.docx"))
    assert dialog.options() == ReportOptions(
        tmp_path / "eigen naam.docx", True, "nl", tmp_path / "huisstijl.docx"
    )
    dialog.accept()
    assert dialog.result() == ReportDialog.DialogCode.Accepted


@pytest.mark.usefixtures("english")
def test_english_menu_and_messages(qtbot: Any, filled: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, filled)
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Import…", "&Export…", "E&xport table…", "&Report"} <= set(texts)
    menu = window.export_menu
    assert menu.meeting_label.text() == "No meeting chosen"
    assert menu.minutes_action.text() == "&Minutes…"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_import(tmp_path / "nergens.json")
    assert done.args[1] == f"The file {tmp_path / 'nergens.json'} does not exist."
    assert open_boxes()[0].windowTitle() == "Nothing imported"


def test_closing_the_window_during_an_import_cancels_it_and_waits(
    qtbot: Any,
    filled: Database,
    write_json: Any,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, filled)
    document["tables"].append({"id": "tafel-3", "title": "Nieuwe tafel"})
    path = write_json(document, "nieuw.json")
    before = snapshot(filled)
    written, go = hold_imports(monkeypatch)
    exports = window.exports
    assert exports.start_import(path)
    qtbot.waitUntil(written.is_set, timeout=WAIT_MS)
    release = threading.Timer(0.2, go.set)
    release.start()
    with qtbot.waitSignal(exports.finished, timeout=WAIT_MS) as done:
        window.close()  # returns once the worker has stopped
        assert exports.tasks.worker is not None and exports.tasks.worker.isFinished()
    release.join()
    assert done.args == ["cancelled", None]
    assert snapshot(filled) == before


def test_an_import_clears_the_undo_steps_that_would_undo_over_it(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    exported = tmp_path / "alles.json"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS):
        window.exports.start_export(exported)
    window.editor.update("E-mail wijzigen", "people", "p-bas", {"email": "bas@example.nl"})
    assert window.undo_stack.count() == 1
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.start_import(exported)
    assert done.args[0] == "done"
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()

"""A new window reopens the record last open; the report dialog its last folder and template."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from ontwikkeltafel.services.editing import delete_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_meeting, open_table

WAIT_MS = 30000


def reopened(qtbot: Any, database: Database) -> MainWindow:
    """A new window on ``database``, once it has reopened (or given up on) the record last open."""
    window = make_window(qtbot, database)
    qtbot.waitUntil(lambda: window.remembered_record is None)
    return window


def close(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.about_to_close):
        window.close()


def test_the_meeting_last_open_is_shown_in_a_new_window(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    open_meeting(qtbot, window, "m-1")
    close(qtbot, window)
    again = reopened(qtbot, filled)
    page = again.stack.currentWidget()
    assert isinstance(page, MeetingPage) and page.record_id == "m-1"
    assert page.title.text() == "Eerste bijeenkomst"
    page.close_page()  # back to where it came from: the first page
    assert again.stack.currentWidget() is again.tables_page


def test_the_table_and_the_person_last_open_are_shown_again(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    open_table(qtbot, window, "tafel-1")
    close(qtbot, window)
    again = reopened(qtbot, filled)
    page = again.stack.currentWidget()
    assert isinstance(page, TablePage) and page.record_id == "tafel-1"
    assert again.open_record("people", "p-bas")
    close(qtbot, again)
    third = reopened(qtbot, filled)
    people = third.stack.currentWidget()
    assert people is third.pages["people"] and isinstance(people, EditingPage)
    assert people.form.record_id == "p-bas"
    assert people.view.selectionModel().selectedRows()


def test_a_deleted_record_gives_the_page_as_before(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    open_meeting(qtbot, window, "z-1")
    close(qtbot, window)
    delete_record(filled.session_factory, "meetings", "z-1")
    again = reopened(qtbot, filled)
    assert again.stack.currentWidget() is again.tables_page
    again.open_record("people", "p-bas")
    close(qtbot, again)
    delete_record(filled.session_factory, "people", "p-bas")
    third = reopened(qtbot, filled)
    people = third.stack.currentWidget()
    assert people is third.pages["people"] and isinstance(people, EditingPage)
    assert people.form.record_id is None


def proposals(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> tuple[str, str]:
    """What the report dialog of ``window`` proposes: the file to save and the template."""
    shown: list[tuple[str, str]] = []

    def look(dialog: ReportDialog) -> int:
        shown.append((dialog.path.text(), dialog.template.text()))
        return ReportDialog.DialogCode.Rejected

    monkeypatch.setattr(ReportDialog, "exec", look)
    window.exports.report("minutes", "m-1")
    return shown[-1]


def test_the_report_dialog_proposes_the_folder_and_template_chosen_before(
    qtbot: Any, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, template = tmp_path / "verslagen", tmp_path / "huisstijl" / "briefpapier.docx"
    folder.mkdir()
    template.parent.mkdir()
    Document().save(str(template))
    window = make_window(qtbot, filled)
    path, proposed = proposals(monkeypatch, window)
    assert Path(path).parent == file_choice.standard_folder() and proposed == ""

    def choose(dialog: ReportDialog) -> int:
        dialog.path.setText(str(folder / "verslag.docx"))
        dialog.template.setText(str(template))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", choose)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        window.exports.report("minutes", "m-1")
    assert done.args == ["done", folder / "verslag.docx"]
    close(qtbot, window)
    path, proposed = proposals(monkeypatch, make_window(qtbot, filled))
    assert Path(path).parent == folder
    assert Path(path).name == "Verslag 2018-01-18 Onderwijs en zorg vinden elkaar!.docx"
    assert proposed == str(template)
    shutil.rmtree(folder)
    template.unlink()
    path, proposed = proposals(monkeypatch, make_window(qtbot, filled))
    assert Path(path).parent == file_choice.standard_folder() and proposed == ""


def test_a_template_cleared_stays_cleared(
    qtbot: Any, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "briefpapier.docx"
    Document().save(str(template))
    dialog = ReportDialog(make_window(qtbot, filled), "Verslag maken", "", str, tmp_path, "nl")
    qtbot.addWidget(dialog)
    dialog.template.setText(str(template))
    dialog.accept()
    again = ReportDialog(make_window(qtbot, filled), "Verslag maken", "", str, tmp_path, "nl")
    qtbot.addWidget(again)
    assert again.template.text() == str(template)
    again.template.clear()
    again.accept()
    window = make_window(qtbot, filled)
    assert proposals(monkeypatch, window)[1] == ""

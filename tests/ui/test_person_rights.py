"""The person's page: Inzien, Anonimiseren, Verwijderen (AVG); the list's delete of a person."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ontwikkeltafel.services.backups import backup_of
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.erasure import erasure_plan
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.forms.person_rights import PersonRights
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.models.mentions_model import MentionsModel
from tests.ui.conftest import active_window, open_meeting, open_page, stored, type_into

MINUTES = "Anna de Vries bracht een casus in. Bel haar: anna@voorbeeld.nl."


@pytest.fixture
def named(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """Anna de Vries named in a verslag still in draft; Cor Jansen, whom nothing needs."""
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"
    del meeting["minutes_approved_on"]
    meeting["agenda"][1]["minutes"] = MINUTES
    document["people"].append({"id": "p-cor", "first_name": "Cor", "last_name": "Jansen"})
    import_file(database.session_factory, write_json(document))
    yield database


def _rights(page: EditingPage) -> PersonRights:
    assert page.rights is not None
    return page.rights


def _rows(model: Any) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _button(box: QMessageBox | None, text: str) -> Any:
    assert box is not None and box.isVisible()
    return next(b for b in box.buttons() if b.text() == text)


def _names(page: EditingPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_anonymising_through_the_dialog_leaves_no_name_and_no_way_back(
    qtbot: Any, named: Database, db_path: Path
) -> None:
    window = active_window(qtbot, named)
    meeting = open_meeting(qtbot, window)  # open over the list, its verslag in the editor
    meeting.select_item("ai-2")
    qtbot.waitUntil(lambda: meeting.editor_panel.minutes.toPlainText() == MINUTES)
    page = open_page(window, "people")
    rights = _rights(page)
    assert not rights.anonymise_button.isEnabled()  # no person chosen yet
    assert page.open_record("p-anna")
    # An undo step that holds Anna's old values.
    type_into(qtbot, page.form.binder, page.form.field("phone"), "06-12345678")
    assert window.undo_stack.canUndo()
    held = backup_of(named.session_factory)
    rights.anonymise_button.click()
    dialog = rights.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.role_edit.text() == "pedagogisch coach KION"  # function and organisation
    part = "Agendapunt · Verslag\n18-01-2018 · Vragen uit de praktijk"  # which, and where
    assert _rows(dialog.model) == [  # each mention with the words around it
        [
            part,
            "Anna de Vries bracht een casus in. Bel haar:…",  # cut between words
            "pedagogisch coach KION bracht een casus in. Bel haar:…",
        ],
        [
            part,
            "Anna de Vries bracht een casus in. Bel haar: anna@voorbeeld.nl.",  # names whole
            "pedagogisch coach KION bracht een casus in. Bel haar: pedagogisch coach KION.",
        ],
    ]
    assert dialog.count_label.text() == "1 tekst noemt deze persoon, 2 keer:"
    assert "regels in de geschiedenis worden herschreven" in dialog.history_label.text()

    dialog.role_edit.setFocus()
    dialog.role_edit.selectAll()
    with qtbot.waitSignal(dialog.planned, timeout=3000):
        qtbot.keyClicks(dialog.role_edit, "medewerker KION")
    assert [row[2] for row in _rows(dialog.model)] == [
        "medewerker KION bracht een casus in. Bel haar:…",
        "medewerker KION bracht een casus in. Bel haar: medewerker KION.",
    ]
    with qtbot.waitSignal(rights.finished, timeout=10000) as done:
        dialog.do_button.click()
    assert done.args[0] == "anonymised"

    qtbot.waitUntil(lambda: "Medewerker KION" in _names(page))  # as the list shows a surname
    assert not any("Vries" in name for name in _names(page))
    becomes = "medewerker KION bracht een casus in. Bel haar: medewerker KION."
    assert stored(named, "agenda_items", "ai-2")["minutes"] == becomes
    assert stored(named, "people", "p-anna")["phone"] == ""
    assert page.form.field("last_name").text() == "medewerker KION"  # the form read again
    assert not window.undo_stack.canUndo()
    window.undo_action.trigger()
    assert stored(named, "people", "p-anna")["last_name"] == "medewerker KION"
    assert meeting.editor_panel.minutes.toPlainText() == becomes  # the open page read again
    outcome = done.args[1]
    assert outcome.scrubbed.log_truncated  # the window's own connections did not hold the log
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    for trace in (b"Anna", b"Vries", b"anna@voorbeeld.nl", b"12345678"):
        assert not any(trace in p.read_bytes() for p in files), trace

    box = rights.message
    assert box is not None
    assert box.text().startswith("Anna de Vries is geanonimiseerd als ‘medewerker KION’")
    assert f"1 back-up(s) in {held.parent} bevatten deze persoon nog." in box.informativeText()
    _button(box, "Back-ups verwijderen…").click()
    question = rights.message
    assert question is not None and question.text() == "1 back-ups verwijderen?"
    with qtbot.waitSignal(rights.finished) as purged:
        _button(question, "Back-ups verwijderen").click()
    assert purged.args == ["purged", 1]
    assert not held.exists()


def test_erasing_a_needed_person_is_refused_and_anonymising_offered(
    qtbot: Any, named: Database
) -> None:
    window = active_window(qtbot, named)
    page = open_page(window, "people")
    rights = _rights(page)
    assert page.open_record("p-anna")
    page.view.setFocus()  # the list's delete (Delete key) goes the same way as the button
    with qtbot.waitSignal(rights.finished) as refused:
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert refused.args[0] == "needed"
    box = rights.message
    assert box is not None
    assert box.text() == (
        "‘Anna de Vries’ kan niet worden verwijderd. Deze persoon is nog nodig voor:"
    )
    lines = box.informativeText()
    assert lines.startswith(
        "• aanwezigheid bij 1 bijeenkomst(en)\n• 1 keer voorzitter\n"
        "• 1 ontwikkelpunt(en) als eigenaar\n• 1 actiepunt(en)\n"
        "• 1 tekst(en) die de naam noemen\n"
    )
    assert "Anonimiseer deze persoon in plaats daarvan" in lines
    assert stored(named, "people", "p-anna")["last_name"] == "Vries"
    _button(box, "Anonimiseren…").click()
    qtbot.waitUntil(lambda: rights.dialog is not None and rights.dialog.isVisible())
    assert rights.dialog is not None
    rights.dialog.cancel_button.click()
    assert stored(named, "people", "p-anna")["last_name"] == "Vries"


def test_erasing_a_person_nothing_needs(qtbot: Any, named: Database) -> None:
    window = active_window(qtbot, named)
    page = open_page(window, "people")
    rights = _rights(page)
    assert page.open_record("p-cor")
    assert page.delete_selected()  # a question, nothing erased yet
    box = rights.message
    assert box is not None and box.text() == "‘Cor Jansen’ verwijderen?"
    assert "Dit kan niet ongedaan worden gemaakt." in box.informativeText()
    _button(box, "Annuleren").click()
    assert read_record(named.session_factory, "people", "p-cor") is not None
    rights.delete_button.click()
    with qtbot.waitSignal(rights.finished) as erased:
        _button(rights.message, "Verwijderen").click()
    assert erased.args[0] == "erased"
    assert read_record(named.session_factory, "people", "p-cor") is None
    qtbot.waitUntil(lambda: page.model.row_of("p-cor") < 0)
    assert page.form.record_id is None and not rights.delete_button.isEnabled()
    assert not window.undo_stack.canUndo()
    assert rights.message is not None
    assert rights.message.text().startswith("Cor Jansen is verwijderd")


@pytest.mark.parametrize("name", ["anna", "anna.json"])
def test_inzien_writes_what_is_held_on_the_person(
    qtbot: Any, named: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    window = active_window(qtbot, named)
    page = open_page(window, "people")
    asked: list[Path] = []

    def choose(_parent: Any, _title: str, suggested: Path, filters: str) -> Path:
        asked.append(suggested)
        assert filters == "Word (*.docx);;JSON (*.json)"
        return tmp_path / name

    monkeypatch.setattr(file_choice, "choose_save_path", choose)
    assert page.open_record("p-anna")
    with qtbot.waitSignal(window.exports.finished, timeout=15000) as written:
        _rights(page).inspect_button.click()
    assert asked[0].name == "Persoonsgegevens Anna de Vries.docx"
    state, path = written.args
    assert state == "done"
    if name.endswith(".json"):
        assert path == tmp_path / "anna.json"
        held = json.loads(path.read_text(encoding="utf-8"))
        assert held["person"]["last_name"] == "Vries"
    else:
        assert path == tmp_path / "anna.docx"
        document = docx.Document(str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        assert "Anna de Vries" in text + cells
        assert MINUTES in text + cells
    assert window.exports.message is not None
    assert window.exports.message.windowTitle() == "Opgeslagen"
    window.exports.message.close()


def test_the_mentions_model(qtmodeltester: Any, named: Database) -> None:
    plan = erasure_plan(named.session_factory, "p-anna", "medewerker")
    model = MentionsModel()
    model.set_mentions(plan.mentions)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.mention(0).field == "minutes"
    model.set_mentions(plan.mentions, {("agenda_items", "ai-2"): "18-01-2018 · Vragen"})
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Agendapunt · Verslag\n18-01-2018 · Vragen"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Onderdeel",
        "Tekst nu",
        "Wordt",
    ]

"""Forms beside the lists: make, edit and delete records of every list kind, autosaved, undoable."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.delete_question import DeleteQuestion, dependents_lines
from ontwikkeltafel.ui.forms.kinds import FORMS
from ontwikkeltafel.ui.widgets.fields import EnumField
from ontwikkeltafel.ui.widgets.link_list import LinkList
from tests.ui.conftest import active_window, open_page, stored, type_into

# The field typed into after Ctrl+N, and what goes in it.
FIRST_FIELDS = {
    "people": ("last_name", "Fatima"),
    "organisations": ("name", "Buurtteam Noord"),
    "themes": ("name", "Pesten"),
    "concerns": ("title", "Wie betaalt de tolk?"),
    "practices": ("title", "Het ouderpanel"),
    "development_points": ("title", "Een loket voor ouders"),
    "actions": ("description", "Verslag rondsturen"),
}


@pytest.mark.parametrize("kind", list(FORMS))
def test_new_record_is_made_shown_and_stored_as_typed(
    qtbot: Any, qtmodeltester: Any, filled: Database, kind: str
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, kind)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    assert page.new_record()
    assert page.model.rowCount() == before  # an empty form: nothing stored yet
    assert page.form.record_id is None
    name, text = FIRST_FIELDS[kind]
    field = page.form.field(name)
    if kind == "people":  # the first field is the first name; a surname makes the record
        field.setFocus()
    assert QApplication.focusWidget() is field
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, text)
    record_id = page.form.record_id
    assert record_id is not None
    assert page.model.rowCount() == before + 1
    assert page.model.row_id(page.view.currentIndex().row()) == record_id
    assert stored(filled, kind, record_id)[name] == text
    assert window.undo_stack.undoText().startswith("Nieuw")
    assert window.undo_stack.undoText().endswith(" maken")
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, "!")
    assert window.undo_stack.undoText().endswith(" wijzigen")


def test_new_concern_is_a_question(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.new_record()
    kind = page.form.field("kind")
    assert isinstance(kind, EnumField) and kind.currentText() == "vraag"
    type_into(qtbot, page.form.binder, page.form.field("title"), "Wie betaalt de tolk?")
    record_id = page.form.record_id
    assert record_id is not None
    values = stored(filled, "concerns", record_id)
    assert (values["title"], values["kind"]) == ("Wie betaalt de tolk?", "question")
    assert window.undo_stack.undoText() == "Nieuwe vraag maken"
    assert window.undo_action.text().endswith("Nieuwe vraag maken")  # the Edit menu says it
    window.undo_stack.undo()
    assert read_record(filled.session_factory, "concerns", record_id) is None
    assert page.form.record_id is None
    assert page.form.currentWidget() is page.form.hint
    assert "Ctrl+N" in page.form.hint.text()


def test_new_actions_are_numbered_once_stored(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "actions")
    assert page.new_record()
    number = page.form.field("number")
    assert number.text() == ""  # type: ignore[attr-defined]
    type_into(qtbot, page.form.binder, page.form.field("description"), "Verslag rondsturen")
    record_id = page.form.record_id
    assert record_id is not None
    assert stored(filled, "actions", record_id)["number"]
    assert number.text() == stored(filled, "actions", record_id)["number"]  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_a_persons_organisation_is_picked_by_name(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-ijs")
    picker = page.form.field("organisation_id")
    assert picker.value() is None  # type: ignore[attr-defined]
    picker.setFocus()
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(picker.lineEdit(), "KIO")  # type: ignore[attr-defined]
        completer = picker.completer()  # type: ignore[attr-defined]
        assert completer.completionCount() == 1
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert stored(filled, "people", "p-ijs")["organisation_id"] == "org-kion"
    assert picker.currentText() == "KION"  # type: ignore[attr-defined]
    assert window.undo_stack.undoText() == "Organisatie wijzigen"
    # The list shows the organisation by name at once.
    row = page.model.row_of("p-ijs")
    assert page.model.data(page.model.index(row, 1)) == "KION"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_theme_is_linked_to_a_concern_and_unlinked_with_delete(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    themes = open_page(window, "themes")
    assert themes.new_record()
    type_into(qtbot, themes.form.binder, themes.form.field("name"), "vve")
    vve = themes.form.record_id
    assert vve is not None
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    links = page.form.field("theme_ids")
    assert isinstance(links, LinkList)
    assert links.labels() == ["Geweld in gezinnen"]
    links.picker.setFocus()
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(links.picker.lineEdit(), "vve")
        qtbot.keyClick(links.picker, Qt.Key.Key_Return)
    assert sorted(stored(filled, "concerns", "c-1")["theme_ids"]) == sorted(["th-geweld", vve])
    assert links.labels() == ["Geweld in gezinnen", "vve"]
    assert links.picker.currentText() == ""  # ready for the next one
    assert window.undo_stack.undoText() == "Thema's wijzigen"
    links.chosen.setFocus()
    links.chosen.setCurrentRow(0)
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClick(links.chosen, Qt.Key.Key_Delete)  # unlinks; the concern stays
    assert stored(filled, "concerns", "c-1")["theme_ids"] == [vve]
    assert page.form.record_id == "c-1"
    window.undo_stack.undo()
    assert links.labels() == ["Geweld in gezinnen", "vve"]


def test_delete_and_undo_bring_a_concern_back_with_its_links(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    before = stored(filled, "concerns", "c-1")
    assert before["theme_ids"] == ["th-geweld"] and before["practice_ids"] == ["pr-consulent"]
    assert page.open_record("c-1")
    assert page.can_delete()
    assert page.delete_selected()
    assert read_record(filled.session_factory, "concerns", "c-1") is None
    assert page.model.row_of("c-1") < 0
    what = "Vraag ‘Hoe blijf je in gesprek met gezinnen?’"
    assert window.undo_stack.undoText() == f"{what} verwijderen"
    message = window.statusBar().currentMessage()
    assert message.startswith(f"{what} verwijderd.")
    assert "Ctrl+Z" in message
    window.undo_stack.undo()
    assert stored(filled, "concerns", "c-1") == before
    assert stored(filled, "development_points", "dp-1")["concern_ids"] == ["c-1"]
    assert page.model.row_of("c-1") >= 0
    assert page.form.record_id == "c-1"  # the record that came back is shown
    window.undo_stack.redo()
    assert read_record(filled.session_factory, "concerns", "c-1") is None


def test_an_organisation_others_refer_to_is_deleted_only_when_confirmed(
    qtbot: Any, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A person is deleted the AVG way instead (tests/ui/test_person_rights.py).
    window = active_window(qtbot, filled)
    page = open_page(window, "organisations")
    asked: list[tuple[str, list[str]]] = []
    answer = [False]

    def ask(_parent: Any, what: str, lines: list[str], _kind: str) -> bool:
        asked.append((what, lines))
        return answer[0]

    monkeypatch.setattr(DeleteQuestion, "ask", ask)
    assert page.open_record("org-ggd")
    assert not page.delete_selected()
    assert asked[0][1] == ["1 persoon", "1 goed voorbeeld"]
    assert read_record(filled.session_factory, "organisations", "org-ggd") is not None
    answer[0] = True
    assert page.delete_selected()
    assert read_record(filled.session_factory, "organisations", "org-ggd") is None
    assert stored(filled, "people", "p-bas")["organisation_id"] is None
    window.undo_stack.undo()
    assert stored(filled, "people", "p-bas")["organisation_id"] == "org-ggd"


@pytest.mark.usefixtures("english")
def test_forms_speak_english_with_the_english_translation(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.form.hint.text().startswith("Choose a question, concern or bottleneck")
    assert page.open_record("c-1")
    assert page.form.heading.text() == "Question, concern or bottleneck"
    assert page.form.labels["raised_by_id"].text() == "Raised by"
    kind = page.form.field("kind")
    assert isinstance(kind, EnumField)
    assert [kind.itemText(i) for i in range(kind.count())] == ["question", "concern", "bottleneck"]
    type_into(qtbot, page.form.binder, page.form.field("title"), "Staying in touch")
    assert window.undo_stack.undoText() == "Change title"  # mid-sentence: lower case


@pytest.mark.usefixtures("english")
def test_the_english_delete_question_writes_the_kind_in_lower_case(qtbot: Any) -> None:
    question = DeleteQuestion(None, "Organisation ‘KION’", ["1 person"], "organisations")
    qtbot.addWidget(question)
    assert question.text() == "Delete organisation ‘KION’?"
    abbreviation = DeleteQuestion(None, "GGD region ‘West’", ["1 person"], "organisations")
    qtbot.addWidget(abbreviation)
    assert abbreviation.text() == "Delete GGD region ‘West’?"  # an abbreviation stays


@pytest.mark.usefixtures("english")
def test_deleting_in_english_names_the_undo_step_mid_sentence(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    assert page.delete_selected()
    assert window.undo_stack.undoText() == "Delete question ‘Hoe blijf je in gesprek met gezinnen?’"
    assert window.statusBar().currentMessage().startswith("Question ‘Hoe blijf je")


def test_the_delete_question_lists_what_hangs_from_a_record(qtbot: Any) -> None:
    lines = dependents_lines({"actions.owner_id": 2, "people.organisation_id": 1, "x.y": 3})
    assert lines == ["2 actiepunten op naam", "1 persoon", "3 andere verwijzingen"]
    question = DeleteQuestion(None, "Organisatie ‘KION’", lines[1:2], "organisations")
    qtbot.addWidget(question)
    assert question.text() == "Organisatie ‘KION’ verwijderen?"
    assert "• 1 persoon" in question.informativeText()
    assert "zonder deze organisatie" in question.informativeText()
    assert question.defaultButton().text() == "Annuleren"  # the safe choice is the default


def test_new_records_belong_to_the_table_chosen_and_follow_the_filters(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    window.tables_page.choose_table("tafel-2")
    page = open_page(window, "concerns")
    _status, themes, kinds = (combo for combo, _choices in page.combos[:3])
    kinds.setCurrentIndex([c.label for c in page.combos[2][1]].index("knelpunt"))
    themes.load()
    themes.setCurrentIndex([c.label for c in page.combos[1][1]].index("Geweld in gezinnen"))
    assert page.new_record()
    type_into(qtbot, page.form.binder, page.form.field("title"), "Geen tolk")
    record_id = page.form.record_id
    assert record_id is not None
    values = stored(filled, "concerns", record_id)
    assert values["title"] == "Geen tolk"
    assert (values["kind"], values["table_id"]) == ("bottleneck", "tafel-2")
    assert values["theme_ids"] == ["th-geweld"]
    assert page.model.row_of(record_id) >= 0  # it shows in the filtered list
    assert window.undo_stack.undoText() == "Nieuw knelpunt maken"

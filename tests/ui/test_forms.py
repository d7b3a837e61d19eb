"""Forms beside the lists: make, edit and delete records of every list kind, autosaved, undoable."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit

from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.autosave import FormBinder
from ontwikkeltafel.ui.fields import EnumField
from ontwikkeltafel.ui.forms.delete_question import DeleteQuestion, dependents_lines
from ontwikkeltafel.ui.forms.editing_page import EditingPage
from ontwikkeltafel.ui.forms.kinds import FORMS
from ontwikkeltafel.ui.forms.link_list import LinkListField
from ontwikkeltafel.ui.main_window import MainWindow
from tests.ui.test_translation import english  # noqa: F401  (a fixture)


def make_window(qtbot: Any, database: Database) -> MainWindow:
    window = MainWindow(database.session_factory, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()  # offscreen, focus and shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_page(window: MainWindow, kind: str) -> EditingPage:
    page = window.show_page(kind)
    assert isinstance(page, EditingPage)
    return page


def stored(database: Database, kind: str, record_id: str) -> dict[str, Any]:
    values = read_record(database.session_factory, kind, record_id)
    assert values is not None
    return values


def type_into(qtbot: Any, binder: FormBinder, widget: Any, text: str) -> None:
    """Type ``text`` over the contents of ``widget`` and wait for the pause that stores it."""
    widget.setFocus()
    widget.selectAll()
    with qtbot.waitSignal(binder.saved, timeout=3000):
        qtbot.keyClicks(widget, text)


# The field typed into after Ctrl+N, and what goes in it.
FIRST_FIELDS = {
    "people": ("first_name", "Fatima"),
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
    window = make_window(qtbot, filled)
    page = open_page(window, kind)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    record_id = page.new_record()
    assert record_id is not None
    assert page.model.rowCount() == before + 1
    assert page.form.record_id == record_id
    assert page.model.row_id(page.view.currentIndex().row()) == record_id
    assert window.undo_stack.undoText().startswith("Nieuw")
    assert window.undo_stack.undoText().endswith(" maken")
    name, text = FIRST_FIELDS[kind]
    field = page.form.field(name)
    assert QApplication.focusWidget() is field
    selected = (
        field.selectedText() if isinstance(field, QLineEdit) else field.textCursor().selectedText()
    )
    content = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert selected == content  # typing replaces the placeholder
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, text)
    assert stored(filled, kind, record_id)[name] == text
    assert window.undo_stack.undoText().endswith(" wijzigen")


def test_new_concern_is_a_question_with_a_placeholder(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "concerns")
    record_id = page.new_record()
    assert record_id is not None
    values = stored(filled, "concerns", record_id)
    assert (values["title"], values["kind"]) == ("Nieuwe vraag", "question")
    assert window.undo_stack.undoText() == "Nieuwe vraag maken"
    assert window.undo_action.text().endswith("Nieuwe vraag maken")  # the Edit menu says it
    window.undo_stack.undo()
    assert read_record(filled.session_factory, "concerns", record_id) is None
    assert page.form.record_id is None
    assert page.form.currentWidget() is page.form.hint
    assert "Ctrl+N" in page.form.hint.text()


def test_new_actions_are_numbered_and_themes_get_a_free_name(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "actions")
    record_id = page.new_record()
    assert record_id is not None
    assert stored(filled, "actions", record_id)["number"]
    number = page.form.field("number")
    assert number.text() == stored(filled, "actions", record_id)["number"]  # type: ignore[attr-defined]
    themes = open_page(window, "themes")
    first, second = themes.new_record(), themes.new_record()
    assert first and second
    assert stored(filled, "themes", first)["name"] == "Nieuw thema"
    assert stored(filled, "themes", second)["name"] == "Nieuw thema 2"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_a_persons_organisation_is_picked_by_name(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
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
    window = make_window(qtbot, filled)
    themes = open_page(window, "themes")
    vve = themes.new_record()
    assert vve is not None
    type_into(qtbot, themes.form.binder, themes.form.field("name"), "vve")
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    links = page.form.field("theme_ids")
    assert isinstance(links, LinkListField)
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
    window = make_window(qtbot, filled)
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


def test_a_person_others_refer_to_is_deleted_only_when_confirmed(
    qtbot: Any, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "people")
    asked: list[tuple[str, list[str]]] = []
    answer = [False]

    def ask(_parent: Any, what: str, lines: list[str], _kind: str) -> bool:
        asked.append((what, lines))
        return answer[0]

    monkeypatch.setattr(DeleteQuestion, "ask", ask)
    assert page.open_record("p-bas")
    assert not page.delete_selected()
    assert asked[0][0] == "Persoon ‘Bas Bakker’"
    assert asked[0][1] == [
        "1 tafellidmaatschap",
        "1 plaats op een presentielijst",
        "1 bijeenkomst als notulist",
        "1 goed voorbeeld als contactpersoon",
        "1 actiepunt op naam",
    ]
    assert read_record(filled.session_factory, "people", "p-bas") is not None
    answer[0] = True
    assert page.delete_selected()
    assert read_record(filled.session_factory, "people", "p-bas") is None
    assert stored(filled, "actions", "a-1")["owner_id"] is None
    window.undo_stack.undo()
    assert stored(filled, "actions", "a-1")["owner_id"] == "p-bas"
    assert stored(filled, "people", "p-bas")["last_name"] == "Bakker"
    # A person nobody refers to goes without a question.
    new = page.new_record()
    asked.clear()
    assert page.delete_selected() and asked == []
    assert new is not None and read_record(filled.session_factory, "people", new) is None


def test_undo_and_redo_of_a_field_edit_show_in_the_form(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "organisations")
    assert page.open_record("org-kion")
    name = page.form.field("name")
    assert isinstance(name, QLineEdit)
    type_into(qtbot, page.form.binder, name, "KION kinderopvang")
    assert window.undo_stack.undoText() == "Naam wijzigen"
    window.undo_stack.undo()
    assert name.text() == "KION"
    assert stored(filled, "organisations", "org-kion")["name"] == "KION"
    row = page.model.row_of("org-kion")
    assert page.model.data(page.model.index(row, 0)) == "KION"
    assert page.form.record_id == "org-kion"
    assert page.model.row_id(page.view.currentIndex().row()) == "org-kion"  # still selected
    window.undo_stack.redo()
    assert name.text() == "KION kinderopvang"
    sector = page.form.field("sector")
    assert isinstance(sector, EnumField)
    assert [sector.itemText(i) for i in range(sector.count())][:3] == [
        "onderwijs",
        "kinderopvang",
        "jeugdhulp",
    ]
    sector.setCurrentIndex(sector.findData("welfare"))  # a choice is stored at once
    assert stored(filled, "organisations", "org-kion")["sector"] == "welfare"
    window.undo_stack.undo()
    assert sector.currentText() == "kinderopvang"


def test_ctrl_z_in_a_field_takes_back_what_was_just_typed(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "themes")
    assert page.open_record("th-geweld")
    name = page.form.field("name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " en pesten")  # not stored yet: no pause
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Geweld in gezinnen"
    assert stored(filled, "themes", "th-geweld")["name"] == "Geweld in gezinnen"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(name, Qt.Key.Key_Z, redo)
    assert name.text() == "Geweld in gezinnen en pesten"
    assert stored(filled, "themes", "th-geweld")["name"] == "Geweld in gezinnen en pesten"


def test_typing_a_field_back_leaves_no_undo_step(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "themes")
    assert page.open_record("th-geweld")
    name = page.form.field("name")
    type_into(qtbot, page.form.binder, name, "Geweld")
    assert window.undo_stack.count() == 1
    type_into(qtbot, page.form.binder, name, "Geweld in gezinnen")
    assert window.undo_stack.count() == 0


def test_closing_the_window_while_typing_stores_the_text(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    region.setFocus()
    qtbot.keyClicks(region, "Utrecht")
    assert page.form.binder.timer.isActive()  # the pause has not passed yet
    window.close()
    assert stored(filled, "practices", "pr-consulent")["region"] == "Utrecht"


def test_choosing_another_record_stores_the_input_first(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-anna")
    notes = page.form.field("notes")
    assert isinstance(notes, QTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "Belt liever dan te mailen")
    page.view.selectRow(page.model.row_of("p-bas"))
    assert page.form.record_id == "p-bas"
    assert stored(filled, "people", "p-anna")["notes"] == "Belt liever dan te mailen"
    assert notes.toPlainText() == ""


def test_refused_input_is_said_under_the_form_and_kept(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    title = page.form.field("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert page.form.error.isVisible()
    assert page.form.error.text() == "Een titel is verplicht; zonder titel wordt niets bewaard."
    assert "color" in page.form.labels["title"].styleSheet()
    assert title.text() == ""
    assert stored(filled, "concerns", "c-1")["title"] == "Hoe blijf je in gesprek met gezinnen?"
    assert window.undo_stack.count() == 0
    # Choosing another record keeps the refused input, and its record, until it is put right.
    page.view.selectRow(page.model.row_of("c-2") if page.model.row_of("c-2") >= 0 else 0)
    assert page.form.record_id == "c-1"
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(title, "In gesprek blijven")
    assert not page.form.error.isVisible()
    assert page.form.labels["title"].styleSheet() == ""
    assert stored(filled, "concerns", "c-1")["title"] == "In gesprek blijven"


def test_a_theme_name_that_exists_is_refused(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "themes")
    new = page.new_record()
    assert new is not None
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        qtbot.keyClicks(page.form.field("name"), "geweld in gezinnen")
    assert "Er is al een thema 'geweld in gezinnen'" in page.form.error.text()
    assert stored(filled, "themes", new)["name"] == "Nieuw thema"


def test_open_record_clears_filters_and_highlight_finds_text(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "people")
    page.search.setText("Vries")
    page.apply_filters()
    assert page.model.rowCount() == 1
    window.open_record("people", "p-bas")
    assert page.search.text() == ""
    assert page.model.rowCount() == 3
    assert page.form.record_id == "p-bas"
    assert page.model.row_id(page.view.currentIndex().row()) == "p-bas"
    assert page.highlight("VERPLEEG")
    function = page.form.field("function")
    assert isinstance(function, QLineEdit)
    assert function.selectedText() == "verpleeg"
    assert QApplication.focusWidget() is function
    assert not page.highlight("niet te vinden")


def test_tab_order_follows_the_form(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    chain = page.form.focus_chain()
    assert chain[0] is page.form.field("title")
    assert chain[-1] is page.form.field("resolution")
    chain[0].setFocus()
    for widget in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_delete_in_a_form_field_never_deletes_the_record(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "actions")
    assert page.open_record("a-1")
    status = page.form.field("status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Delete)
    assert read_record(filled.session_factory, "actions", "a-1") is not None
    page.view.setFocus()  # in the list, Delete deletes the chosen record (undoably)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert read_record(filled.session_factory, "actions", "a-1") is None
    window.undo_stack.undo()
    assert stored(filled, "actions", "a-1")["number"] == "2018-01"


def test_opening_the_edit_menu_stores_the_typing_it_shows(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "development_points")
    assert page.open_record("dp-1")
    title = page.form.field("title")
    title.setFocus()
    qtbot.keyClicks(title, "Nog betere s")
    window.edit_menu.aboutToShow.emit()
    assert window.undo_stack.undoText() == "Titel wijzigen"


def test_the_list_keeps_its_selection_when_read_again(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-ijs")
    assert page.view.currentIndex().row() == 1
    with qtbot.waitSignal(page.model.modelReset):
        window.editor.create("Nieuwe persoon maken", "people", {"last_name": "Aalders"})
    assert page.model.rowCount() == 4
    assert page.model.row_id(page.view.currentIndex().row()) == "p-ijs"
    assert page.view.selectionModel().isRowSelected(2)
    assert page.form.record_id == "p-ijs"


def test_a_change_elsewhere_leaves_the_field_being_typed_in(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-anna")
    type_into(qtbot, page.form.binder, page.form.field("function"), "coach")
    phone = page.form.field("phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "030 123")  # not stored yet when the undo comes
    window.undo_stack.undo()  # from the Edit menu: takes back the function
    assert page.form.field("function").text() == "pedagogisch coach"  # type: ignore[attr-defined]
    assert phone.text() == "030 123"  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        pass  # the pause passes: the typing is stored after all
    assert stored(filled, "people", "p-anna")["phone"] == "030 123"
    assert stored(filled, "people", "p-anna")["function"] == "pedagogisch coach"


def test_a_long_list_keeps_the_chosen_row_in_sight(qtbot: Any, database: Database) -> None:
    from ontwikkeltafel.model import Person

    with database.session_factory.begin() as session:
        session.add_all(Person(id=f"p{n:04d}", last_name=f"Persoon {n:04d}") for n in range(600))
    window = make_window(qtbot, database)
    page = open_page(window, "people")
    assert page.open_record("p0500")
    name = page.form.field("last_name")
    type_into(qtbot, page.form.binder, name, "Persoon 0500 (b)")
    window.editor.create("Nieuwe persoon maken", "people", {"last_name": "Aalders"})
    row = page.model.row_of("p0500")
    assert page.view.currentIndex().row() == row
    qtbot.waitUntil(lambda: page.view.viewport().rect().intersects(_row_rect(page, row)))


def _row_rect(page: EditingPage, row: int) -> Any:
    return page.view.visualRect(page.model.index(row, 0))


@pytest.mark.usefixtures("english")
def test_forms_speak_english_with_the_english_translation(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.form.hint.text().startswith("Choose a question, concern or bottleneck")
    assert page.open_record("c-1")
    assert page.form.heading.text() == "Question, concern or bottleneck"
    assert page.form.labels["raised_by_id"].text() == "Raised by"
    kind = page.form.field("kind")
    assert isinstance(kind, EnumField)
    assert [kind.itemText(i) for i in range(kind.count())] == ["question", "concern", "bottleneck"]
    type_into(qtbot, page.form.binder, page.form.field("title"), "Staying in touch")
    assert window.undo_stack.undoText() == "Change Title"


def test_highlight_finds_text_in_a_text_of_several_lines(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    assert page.highlight("BASISSCHOLEN")
    summary = page.form.field("summary")
    assert isinstance(summary, QTextEdit)
    assert summary.textCursor().selectedText() == "basisscholen"
    assert QApplication.focusWidget() is summary


def test_the_delete_question_lists_what_hangs_from_a_record(qtbot: Any) -> None:
    lines = dependents_lines({"actions.owner_id": 2, "people.organisation_id": 1, "x.y": 3})
    assert lines == ["2 actiepunten op naam", "1 persoon", "3 andere verwijzingen"]
    question = DeleteQuestion(None, "Organisatie ‘KION’", lines[1:2], "organisations")
    qtbot.addWidget(question)
    assert question.text() == "Organisatie ‘KION’ verwijderen?"
    assert "• 1 persoon" in question.informativeText()
    assert "zonder deze organisatie" in question.informativeText()
    assert question.defaultButton().text() == "Annuleren"  # the safe choice is the default

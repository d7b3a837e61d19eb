"""Autosave and undo in the forms: typing kept, stored and taken back; the list kept in step."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit

from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.widgets.fields import EnumField
from tests.ui.conftest import active_window, open_page, stored, type_into


def test_undo_and_redo_of_a_field_edit_show_in_the_form(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
    page = open_page(window, "themes")
    assert page.open_record("th-geweld")
    name = page.form.field("name")
    type_into(qtbot, page.form.binder, name, "Geweld")
    assert window.undo_stack.count() == 1
    type_into(qtbot, page.form.binder, name, "Geweld in gezinnen")
    assert window.undo_stack.count() == 0


def test_closing_the_window_while_typing_stores_the_text(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    region.setFocus()
    qtbot.keyClicks(region, "Utrecht")
    assert page.form.binder.timer.isActive()  # the pause has not passed yet
    window.close()
    assert stored(filled, "practices", "pr-consulent")["region"] == "Utrecht"


def test_choosing_another_record_stores_the_input_first(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
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


def test_refused_input_is_said_under_its_field_and_kept(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    title = page.form.field("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert page.form.notes["title"].isVisible() and not page.form.error.isVisible()
    assert page.form.notes["title"].text() == (
        "Een titel is verplicht; zonder titel wordt niets bewaard."
    )
    assert "color" in page.form.labels["title"].styleSheet()
    assert title.text() == ""
    assert stored(filled, "concerns", "c-1")["title"] == "Hoe blijf je in gesprek met gezinnen?"
    assert window.undo_stack.count() == 0
    # Choosing another record keeps the refused input, and its record, until it is put right.
    page.view.selectRow(page.model.row_of("c-2") if page.model.row_of("c-2") >= 0 else 0)
    assert page.form.record_id == "c-1"
    # So does closing the window: it stays open on the form, saying why.
    window.show_page("people")
    assert not window.close()
    assert window.isVisible() and window.stack.currentWidget() is page
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(title, "In gesprek blijven")
    assert not page.form.notes["title"].isVisible()
    assert page.form.labels["title"].styleSheet() == ""
    assert stored(filled, "concerns", "c-1")["title"] == "In gesprek blijven"


def test_a_theme_name_that_exists_is_refused(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "themes")
    assert page.new_record()
    type_into(qtbot, page.form.binder, page.form.field("name"), "Pesten")
    new = page.form.record_id
    assert new is not None
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        page.form.field("name").selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(page.form.field("name"), "geweld in gezinnen")
    assert "Er is al een thema 'geweld in gezinnen'" in page.form.notes["name"].text()
    assert stored(filled, "themes", new)["name"] == "Pesten"


def test_open_record_clears_filters_and_highlight_finds_text(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
    page = open_page(window, "development_points")
    assert page.open_record("dp-1")
    title = page.form.field("title")
    title.setFocus()
    qtbot.keyClicks(title, "Nog betere s")
    window.edit_menu.aboutToShow.emit()
    assert window.undo_stack.undoText() == "Titel wijzigen"


def test_the_list_keeps_its_selection_when_read_again(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
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
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-anna")
    type_into(qtbot, page.form.binder, page.form.field("function"), "coach")
    phone = page.form.field("phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "030 123 45 67")  # not stored yet when the undo comes
    window.undo_stack.undo()  # from the Edit menu: takes back the function
    assert page.form.field("function").text() == "pedagogisch coach"  # type: ignore[attr-defined]
    assert phone.text() == "030 123 45 67"  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        pass  # the pause passes: the typing is stored after all
    assert stored(filled, "people", "p-anna")["phone"] == "030 123 45 67"
    assert stored(filled, "people", "p-anna")["function"] == "pedagogisch coach"


def test_a_long_list_keeps_the_chosen_row_in_sight(qtbot: Any, database: Database) -> None:
    from ontwikkeltafel.model import Person

    with database.session_factory.begin() as session:
        session.add_all(Person(id=f"p{n:04d}", last_name=f"Persoon {n:04d}") for n in range(600))
    window = active_window(qtbot, database)
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


def test_highlight_finds_text_in_a_text_of_several_lines(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    assert page.highlight("BASISSCHOLEN")
    summary = page.form.field("summary")
    assert isinstance(summary, QTextEdit)
    assert summary.textCursor().selectedText() == "basisscholen"
    assert QApplication.focusWidget() is summary

"""Snag 6: Ctrl+N gives an empty form, stored once typed in; new or renamed rows sort in place."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTextEdit
from sqlalchemy import select

from ontwikkeltafel.model.history import HistoryEntry
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.kinds import FORMS
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import active_window, open_page, stored

# The field a record cannot do without, what is typed in it, and the undo text of making it.
REQUIRED = {
    "people": ("last_name", "Aalders", "Nieuwe persoon maken"),
    "organisations": ("name", "Buurtteam Noord", "Nieuwe organisatie maken"),
    "themes": ("name", "Pesten", "Nieuw thema maken"),
    "concerns": ("title", "Wie betaalt de tolk?", "Nieuwe vraag maken"),
    "practices": ("title", "Het ouderpanel", "Nieuw goed voorbeeld maken"),
    "development_points": ("title", "Een loket voor ouders", "Nieuw ontwikkelpunt maken"),
    "actions": ("description", "Verslag rondsturen", "Nieuw actiepunt maken"),
}
PLACEHOLDERS = ("Nieuwe persoon", "Nieuwe organisatie", "Nieuw thema", "Nieuwe vraag", "Nieuw ")


def _ctrl_n(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _ids(page: EditingPage) -> list[str]:
    return [page.model.row_id(row) for row in range(page.model.rowCount())]


def _sorted_ids(page: EditingPage, database: Database) -> list[str]:
    """The ids as the list's query gives them now, in the order the list is sorted by."""
    header = page.view.horizontalHeader()
    key = page.model.columns[header.sortIndicatorSection()].sort_key
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    return page.spec.fetch_ids(
        database.session_factory, sort=key, descending=descending, **page.model.filters
    )


def _text(widget: Any) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _shown_and_chosen(page: EditingPage, record_id: str) -> bool:
    row = page.model.row_of(record_id)
    if row < 0 or page.view.currentIndex().row() != row:
        return False
    if not page.view.selectionModel().isRowSelected(row):
        return False
    rect = page.view.visualRect(page.model.index(row, 0))
    return page.view.viewport().rect().intersects(rect)


def _history_texts(database: Database) -> list[str]:
    with database.session_factory() as session:
        rows = session.execute(select(HistoryEntry.old, HistoryEntry.new)).all()
    return [str(value) for row in rows for value in row if value]


@pytest.mark.parametrize("kind", list(FORMS))
def test_ctrl_n_opens_an_empty_form_stored_once_typed_in(
    qtbot: Any, filled: Database, kind: str
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, kind)
    before = _ids(page)
    steps = window.undo_stack.count()
    _ctrl_n(qtbot, window)
    form = page.form
    assert form.currentIndex() == 1  # the fields, not the hint
    name, text, undo_text = REQUIRED[kind]
    field = form.field(name)
    for spec in form.spec.fields:  # every text field empty: no placeholder in them
        widget = form.field(spec.name)
        if isinstance(widget, (QLineEdit, QTextEdit)) and spec.bound:
            assert _text(widget) == "", spec.name
    assert _ids(page) == before  # nothing stored yet
    assert window.undo_stack.count() == steps
    field.setFocus()
    with qtbot.waitSignal(form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, text)
    record_id = form.record_id
    assert record_id is not None
    assert stored(filled, kind, record_id)[name] == text
    assert window.undo_stack.undoText() == undo_text
    # The new row is in its sorted place, chosen and in sight.
    assert _ids(page) == _sorted_ids(page, filled)
    assert _shown_and_chosen(page, record_id)
    assert not any(p in t for t in _history_texts(filled) for p in PLACEHOLDERS)
    # Undo of that first typing takes the record away again; redo brings it back, shown.
    window.undo_stack.undo()
    assert read_record(filled.session_factory, kind, record_id) is None
    assert _ids(page) == before
    assert form.record_id is None and form.currentWidget() is form.hint
    window.undo_stack.redo()
    assert stored(filled, kind, record_id)[name] == text
    assert form.record_id == record_id and _shown_and_chosen(page, record_id)


def test_leaving_an_empty_new_form_stores_nothing(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    before = _ids(page)
    _ctrl_n(qtbot, window)
    assert page.form.currentIndex() == 1
    page.view.selectRow(page.model.row_of("p-bas"))
    assert page.form.record_id == "p-bas"
    assert page.form.field("last_name").text() == "Bakker"  # type: ignore[attr-defined]
    assert _ids(page) == before
    assert window.undo_stack.count() == 0
    _ctrl_n(qtbot, window)
    window.show_page("themes")
    assert window.close()  # nothing waits to be stored
    assert _ids(page) == before


def test_a_new_person_waits_for_a_surname_and_says_so_under_it(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    before = _ids(page)
    _ctrl_n(qtbot, window)
    form = page.form
    first = form.field("first_name")
    with qtbot.waitSignal(form.binder.refused, timeout=3000):
        qtbot.keyClicks(first, "Fatima")  # the typing goes on, nothing is lost
    note = form.notes["last_name"]
    assert note.isVisible()
    assert note.text() == "Een achternaam is verplicht; zonder achternaam wordt niets bewaard."
    assert not form.error.isVisible()
    assert first.text() == "Fatima"  # type: ignore[attr-defined]
    assert _ids(page) == before and window.undo_stack.count() == 0
    last = form.field("last_name")
    last.setFocus()
    with qtbot.waitSignal(form.binder.saved, timeout=3000):
        qtbot.keyClicks(last, "Özdemir")
    assert not note.isVisible()
    record_id = form.record_id
    assert record_id is not None
    values = stored(filled, "people", record_id)
    assert (values["first_name"], values["last_name"]) == ("Fatima", "Özdemir")
    assert _ids(page) == _sorted_ids(page, filled)
    assert _ids(page).index(record_id) == 2  # Bakker, Berg, Özdemir, Vries: Ö as O
    assert _shown_and_chosen(page, record_id)


def test_a_new_theme_with_a_name_taken_is_refused_and_not_stored(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "themes")
    _ctrl_n(qtbot, window)
    field = page.form.field("name")
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        qtbot.keyClicks(field, "geweld in gezinnen")
    assert "Er is al een thema 'geweld in gezinnen'" in page.form.notes["name"].text()
    assert page.model.rowCount() == 1 and page.form.record_id is None
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, " thuis")
    assert page.model.rowCount() == 2
    assert page.form.record_id is not None
    assert stored(filled, "themes", page.form.record_id)["name"] == "geweld in gezinnen thuis"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_renamed_record_moves_to_its_place_and_stays_chosen(
    qtbot: Any, filled: Database, order: Qt.SortOrder
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    page.view.sortByColumn(0, order)
    assert page.open_record("p-anna")  # Vries
    name = page.form.field("last_name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(name, "Aa")
    qtbot.waitUntil(lambda: _ids(page) == _sorted_ids(page, filled))
    expected = 0 if order == Qt.SortOrder.AscendingOrder else 2
    assert page.model.row_of("p-anna") == expected
    assert _shown_and_chosen(page, "p-anna")
    assert page.form.record_id == "p-anna" and name.hasFocus()  # typing goes on where it was


def test_a_new_record_in_a_long_list_is_brought_into_sight(qtbot: Any, database: Database) -> None:
    from ontwikkeltafel.model import Person

    with database.session_factory.begin() as session:
        session.add_all(Person(id=f"p{n:04d}", last_name=f"Persoon {n:04d}") for n in range(600))
    window = active_window(qtbot, database)
    page = open_page(window, "people")
    assert page.open_record("p0003")
    _ctrl_n(qtbot, window)
    field = page.form.field("last_name")
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, "Persoon 0450b")
    record_id = page.form.record_id
    assert record_id is not None
    assert page.model.row_of(record_id) == 451
    qtbot.waitUntil(lambda: _shown_and_chosen(page, record_id))


def test_choosing_another_row_right_after_typing_stores_the_new_record_and_shows_that_row(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    _ctrl_n(qtbot, window)
    qtbot.keyClicks(page.form.field("last_name"), "Aalders")  # no pause: not stored yet
    page.view.selectRow(page.model.row_of("p-anna"))
    assert page.form.record_id == "p-anna"
    assert page.model.row_id(page.view.currentIndex().row()) == "p-anna"
    assert [page.model.row_id(i.row()) for i in page.view.selectionModel().selectedRows()] == [
        "p-anna"
    ]
    made = [i for i in _ids(page) if i not in ("p-anna", "p-bas", "p-ijs")]
    assert len(made) == 1 and stored(filled, "people", made[0])["last_name"] == "Aalders"
    assert _ids(page) == _sorted_ids(page, filled)


def test_the_meetings_list_follows_a_renamed_or_planned_meeting(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = window.show_page("meetings")
    model, view = page.model, page.view
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    before = model.rowCount()
    view.selectRow(model.row_of("z-2"))
    window.editor.update("Titel wijzigen", "meetings", "z-1", {"title": "Omgedoopt overleg"})
    assert model.index(model.row_of("z-1"), 1).data() == "Omgedoopt overleg"  # shown: at once
    assert model.row_id(view.currentIndex().row()) == "z-2"  # the chosen row stays chosen
    window.show_page("people")
    window.editor.update("Titel wijzigen", "meetings", "z-1", {"title": "Later overleg"})
    planned, change = plan_meeting(filled.session_factory, "tafel-2")
    window.notifier.report(change)
    window.show_page("meetings")  # hidden meanwhile: read again when shown
    assert model.rowCount() == before + 1
    assert model.index(model.row_of("z-1"), 1).data() == "Later overleg"
    assert model.row_of(planned) == 0  # newest first

"""Autosave and undo underneath every form: the binder stores typing, the stack takes it back."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.autosave import MAX_WAIT_MS, FormBinder
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.widgets.fields import DateField, RecordPicker


def _editor(database: Database) -> Editor:
    return Editor(database.session_factory, QUndoStack(), ChangeNotifier())


def test_typing_is_stored_after_a_pause_and_undone_in_one_step(
    qtbot: Any, filled: Database
) -> None:
    editor = _editor(filled)
    field = QLineEdit()
    qtbot.addWidget(field)
    binder = FormBinder(lambda values: editor.update("Naam wijzigen", "people", "p-bas", values))
    binder.bind("last_name", field)
    binder.load(editor.read("people", "p-bas") or {})
    assert field.text() == "Bakker"
    field.setFocus()
    field.selectAll()
    with qtbot.waitSignal(binder.saved, timeout=3000) as saved:
        qtbot.keyClicks(field, "Bakkers")
    assert saved.args == [{"last_name": "Bakkers"}]
    assert read_record(filled.session_factory, "people", "p-bas")["last_name"] == "Bakkers"  # type: ignore[index]
    with qtbot.waitSignal(binder.saved, timeout=3000):
        qtbot.keyClicks(field, "-Smit")
    # Two pauses of typing in one field are one undo step.
    assert editor.stack.count() == 1
    assert editor.stack.undoText() == "Naam wijzigen"
    with qtbot.waitSignal(editor.notifier.changed) as changed:
        editor.stack.undo()
    assert "p-bas" in changed.args[0].ids
    assert read_record(filled.session_factory, "people", "p-bas")["last_name"] == "Bakker"  # type: ignore[index]
    editor.stack.redo()
    assert read_record(filled.session_factory, "people", "p-bas")["last_name"] == "Bakkers-Smit"  # type: ignore[index]


def test_steady_typing_is_stored_every_second_in_one_undo_step_cursor_kept(
    qtbot: Any, filled: Database
) -> None:
    editor = _editor(filled)
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    binder = FormBinder(lambda values: editor.update("Verslag wijzigen", "people", "p-bas", values))
    binder.bind("notes", field)
    binder.load(editor.read("people", "p-bas") or {})
    field.setFocus()
    text = iter("Wij spraken over de aanpak van pesten op school en thuis. " * 3)
    typist = QTimer()
    typist.setInterval(MAX_WAIT_MS // 10)  # keys far closer together than the pause
    typist.timeout.connect(lambda: qtbot.keyClicks(field, next(text)))
    pauses: list[bool] = []
    binder.timer.timeout.connect(lambda: pauses.append(True))
    typist.start()
    for _ in range(2):  # no pause ever comes: the longest wait stores, twice
        with qtbot.waitSignal(binder.saved, timeout=2 * MAX_WAIT_MS):
            pass
        typed = field.toPlainText()
        assert field.textCursor().position() == len(typed)  # the cursor stayed at the end
        stored = read_record(filled.session_factory, "people", "p-bas")
        assert stored is not None and typed.startswith(stored["notes"]) and stored["notes"]
    typist.stop()
    assert pauses == []  # the pause never came: the longest wait stored it
    assert editor.stack.count() == 1  # one undo step for all of it


def test_leaving_the_field_stores_at_once_and_a_refusal_keeps_the_input(
    qtbot: Any, filled: Database
) -> None:
    editor = _editor(filled)
    form = QWidget()
    qtbot.addWidget(form)
    field = QLineEdit(form)
    QLineEdit(form)  # somewhere to go
    binder = FormBinder(lambda values: editor.update("Naam wijzigen", "people", "p-bas", values))
    binder.bind("last_name", field)
    binder.load(editor.read("people", "p-bas") or {})
    form.show()
    qtbot.waitExposed(form)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    with qtbot.waitSignal(binder.refused) as refused:
        qtbot.keyClick(field, Qt.Key.Key_Return)  # editingFinished: store now
    assert refused.args[0].key == "edit.required.last_name"
    assert field.text() == ""
    assert read_record(filled.session_factory, "people", "p-bas")["last_name"] == "Bakker"  # type: ignore[index]
    assert editor.stack.count() == 0


def test_date_field_and_record_picker(qtbot: Any, filled: Database) -> None:
    editor = _editor(filled)
    due = DateField()
    owner = RecordPicker(lambda: person_choices(filled.session_factory))
    qtbot.addWidget(due)
    qtbot.addWidget(owner)
    binder = FormBinder(lambda values: editor.update("Actie wijzigen", "actions", "a-1", values))
    binder.bind("due_on", due)
    binder.bind("owner_id", owner)
    values = editor.read("actions", "a-1") or {}
    binder.load(values)
    assert owner.value() == values["owner_id"]
    labels = [owner.itemText(row) for row in range(owner.count())]
    assert "Bas Bakker (KION)" in labels or any("Bakker" in label for label in labels)
    due.set_value(None)
    assert due.value() is None and due.text().strip() == ""
    due.setDate(due.date().addYears(125))  # from the empty 1900 to 2025
    owner.setCurrentIndex(owner.findText(next(t for t in labels if "Bakker" in t)))
    assert binder.flush()
    stored = read_record(filled.session_factory, "actions", "a-1") or {}
    assert stored["due_on"] == date(2025, 1, 1)
    assert stored["owner_id"] == "p-bas"


def test_typed_text_merges_and_a_choice_is_a_step_of_its_own(qtbot: Any, filled: Database) -> None:
    from ontwikkeltafel.ui.widgets.fields import EnumField

    field, choice = QLineEdit(), EnumField([("a", "A"), ("b", "B")])
    qtbot.addWidget(field)
    qtbot.addWidget(choice)
    binder = FormBinder(lambda values: None)
    binder.bind("title", field)
    binder.bind("status", choice)
    assert binder.typed({"title": "x"})
    assert not binder.typed({"status": "b"})
    assert not binder.typed({"title": "x", "status": "b"})

"""The person form checks an e-mail address and a phone number as they are typed."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import active_window, open_page, stored


def _refuse(qtbot: Any, window: MainWindow, name: str, text: str) -> QLineEdit:
    page = open_page(window, "people")
    assert page.open_record("p-anna")
    field = page.form.field(name)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    with qtbot.waitSignal(page.form.binder.refused, timeout=3000):
        qtbot.keyClicks(field, text)
    return field


def test_an_unfinished_email_address_is_said_under_its_field_and_not_stored(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    field = _refuse(qtbot, window, "email", "omar@")
    form = open_page(window, "people").form
    note = form.notes["email"]
    assert note.isVisible()
    assert note.text().startswith("'omar@' is geen geldig e-mailadres en is niet bewaard")
    assert note.y() > field.y()  # under the field, not under the form
    assert not form.error.isVisible()
    assert "color" in form.labels["email"].styleSheet()
    assert field.text() == "omar@"  # kept to put right
    assert stored(filled, "people", "p-anna")["email"] == "anna@voorbeeld.nl"
    assert window.undo_stack.count() == 0
    with qtbot.waitSignal(form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, "voorbeeld.nl")
    assert not note.isVisible()
    assert form.labels["email"].styleSheet() == ""
    assert stored(filled, "people", "p-anna")["email"] == "omar@voorbeeld.nl"
    # Empty is allowed: no address.
    field.selectAll()
    with qtbot.waitSignal(form.binder.saved, timeout=3000):
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert stored(filled, "people", "p-anna")["email"] == ""


def test_a_phone_number_with_letters_or_too_few_digits_is_refused(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    field = _refuse(qtbot, window, "phone", "030 123")
    form = open_page(window, "people").form
    assert form.notes["phone"].isVisible()
    assert "geen geldig telefoonnummer" in form.notes["phone"].text()
    assert not form.notes["email"].isVisible()
    assert stored(filled, "people", "p-anna")["phone"] == ""
    with qtbot.waitSignal(form.binder.refused, timeout=3000):
        qtbot.keyClicks(field, " 45 67 toestel")
    assert stored(filled, "people", "p-anna")["phone"] == ""
    field.selectAll()
    with qtbot.waitSignal(form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, "+32 2 123 45 67")
    assert not form.notes["phone"].isVisible()
    assert stored(filled, "people", "p-anna")["phone"] == "+32 2 123 45 67"


def test_the_message_is_english_in_the_english_window(
    qtbot: Any, filled: Database, english: None
) -> None:
    window = active_window(qtbot, filled)
    _refuse(qtbot, window, "email", "omar@")
    note = open_page(window, "people").form.notes["email"]
    assert note.text().startswith("'omar@' is not a valid e-mail address and was not stored")


def test_undoing_the_correction_of_an_imported_address_restores_it(
    qtbot: Any, filled: Database, write_json: Any, document: dict[str, Any]
) -> None:
    """The import takes any text; an address put right may be put back by Ongedaan maken."""
    anna = next(person for person in document["people"] if person["id"] == "p-anna")
    anna["email"] = "omar@"
    import_file(filled.session_factory, write_json(document))
    window = active_window(qtbot, filled)
    page = open_page(window, "people")
    assert page.open_record("p-anna")
    field = page.form.field("email")
    assert isinstance(field, QLineEdit) and field.text() == "omar@"
    field.setFocus()
    field.end(False)
    with qtbot.waitSignal(page.form.binder.saved, timeout=3000):
        qtbot.keyClicks(field, "voorbeeld.nl")
    assert stored(filled, "people", "p-anna")["email"] == "omar@voorbeeld.nl"
    window.undo_stack.undo()
    assert stored(filled, "people", "p-anna")["email"] == "omar@"
    qtbot.waitUntil(lambda: field.text() == "omar@")
    window.undo_stack.redo()
    assert stored(filled, "people", "p-anna")["email"] == "omar@voorbeeld.nl"

"""Voorkeuren: opened from the Edit menu, stored on OK, the next change signed with the name."""

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox

from ontwikkeltafel.preferences import (
    Preferences,
    email_is_valid,
    load_preferences,
    os_user_name,
    preferences_path,
    save_preferences,
)
from ontwikkeltafel.services.history_view import entries_of
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.preferences_dialog import PreferencesDialog, preference_rows
from tests.ui.conftest import make_window


def _open(qtbot: Any, window: MainWindow) -> PreferencesDialog:
    assert window.preferences_action in window.edit_menu.actions()
    assert window.preferences_action.text() == "&Voorkeuren…"
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _field(dialog: PreferencesDialog, name: str) -> Any:
    return dialog.fields[name]


def _type(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _press(qtbot: Any, dialog: PreferencesDialog, text: str) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ok_stores_and_signs_the_next_change(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    dialog = _open(qtbot, window)
    name = _field(dialog, "name")
    assert isinstance(name, QLineEdit)
    assert name.text() == "" and name.placeholderText() == (os_user_name() or "Uw naam")
    _type(qtbot, name, "Marieke de Vries")
    _type(qtbot, _field(dialog, "email"), "marieke@kion.nl")
    years = _field(dialog, "retention_years")
    assert isinstance(years, QSpinBox) and years.value() == 7
    years.setValue(10)
    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, "OK")
    stored = json.loads(preferences_path().read_text(encoding="utf-8"))
    assert stored == {"name": "Marieke de Vries", "email": "marieke@kion.nl", "retention_years": 10}
    assert load_preferences() == Preferences("Marieke de Vries", "marieke@kion.nl", 10)
    assert window.statusBar().currentMessage() == "Voorkeuren opgeslagen."

    window.editor.update("Thema wijzigen", "themes", "th-geweld", {"name": "Geweld"}, False)
    newest = entries_of(window.sessions, "themes", "th-geweld")[0]
    assert (newest.by, newest.field, newest.new) == ("Marieke de Vries", "name", "Geweld")


def test_cancel_keeps_what_was_stored(qtbot: Any, filled: Database) -> None:
    save_preferences(Preferences("Bas Bakker", "bas@ggd.nl", 5))
    window = make_window(qtbot, filled)
    dialog = _open(qtbot, window)
    assert _field(dialog, "name").text() == "Bas Bakker"
    assert _field(dialog, "retention_years").value() == 5
    _type(qtbot, _field(dialog, "name"), "Iemand anders")
    with qtbot.waitSignal(dialog.rejected):
        _press(qtbot, dialog, "Annuleren")
    assert load_preferences() == Preferences("Bas Bakker", "bas@ggd.nl", 5)


def test_bad_email_is_refused_in_the_dialog(qtbot: Any, filled: Database) -> None:
    save_preferences(Preferences("Bas Bakker", "bas@ggd.nl", 5))
    before = preferences_path().read_bytes()
    window = make_window(qtbot, filled)
    dialog = _open(qtbot, window)
    _type(qtbot, _field(dialog, "name"), "Bas")
    _type(qtbot, _field(dialog, "email"), "bas@ggd")
    _press(qtbot, dialog, "OK")
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == (
        "‘bas@ggd’ is geen geldig e-mailadres. Bijvoorbeeld: naam@organisatie.nl"
    )
    assert preferences_path().read_bytes() == before
    _field(dialog, "email").clear()
    with qtbot.waitSignal(dialog.accepted):
        _press(qtbot, dialog, "OK")
    assert load_preferences() == Preferences("Bas", "", 5)


def test_a_file_that_cannot_be_written_is_said(qtbot: Any, filled: Database, tmp_path: Any) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    dialog = PreferencesDialog(filled.session_factory, None, blocker / "preferences.json")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.notice.text().startswith("De voorkeuren zijn niet")


def test_rows_come_from_one_list() -> None:
    assert [row.name for row in preference_rows()] == ["name", "email", "retention_years"]


@pytest.mark.parametrize(
    ("address", "valid"),
    [("", True), ("anna@kion.nl", True), ("anna", False), ("a b@c.nl", False), ("a@b", False)],
)
def test_email_check(address: str, valid: bool) -> None:
    assert email_is_valid(address) is valid


def test_english(qtbot: Any, english: None, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert window.preferences_action.text() == "&Preferences…"
    assert window.history_action.text() == "&History…"
    dialog = PreferencesDialog(filled.session_factory, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None and [b.text() for b in box.buttons()] == ["OK", "Cancel"]

"""The organisation form has a field for the short name reports use ("KUS")."""

from typing import Any

from ontwikkeltafel.store.database import Database
from tests.ui.conftest import active_window, open_page, stored, type_into


def test_the_short_name_is_typed_in_the_organisation_form(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "organisations")
    assert page.open_record("org-ggd")
    assert page.form.labels["short_name"].text() == "Korte naam"
    field = page.form.field("short_name")
    assert field.placeholderText() == "bijv. KUS, voor in verslagen"
    type_into(qtbot, page.form.binder, field, "GGD")
    assert stored(filled, "organisations", "org-ggd")["short_name"] == "GGD"
    assert window.undo_stack.undoText() == "Korte naam wijzigen"


def test_the_short_name_field_in_english(qtbot: Any, english: None, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "organisations")
    assert page.open_record("org-kion")
    assert page.form.labels["short_name"].text() == "Short name"
    assert page.form.field("short_name").placeholderText() == "e.g. KUS, for the minutes"

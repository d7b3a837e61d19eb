"""A list page's form makes its fields when a record is first shown, and nothing moves then."""

from typing import Any

import pytest

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.kinds import FORMS
from tests.ui.conftest import open_page, sized_window

FORM_KINDS = list(FORMS)  # the kinds whose list has a form beside it


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", FORM_KINDS)
def test_the_fields_come_with_the_first_record_and_the_splitter_stays(
    qtbot: Any, filled: Database, kind: str, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = sized_window(qtbot, filled)
    page = open_page(window, kind)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.pending)
    form = page.form
    assert not form.fields_made  # the hint only: the list came without them
    assert form.currentWidget() is form.hint
    sizes = page.splitter.sizes()
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: form.record_id == page.model.row_id(0) and not form.loading)
    assert form.fields_made and form.currentWidget() is form.fields.page
    assert form.focus_chain(), "no field to type in"
    assert page.splitter.sizes() == sizes  # the form had room for its fields: no jump
    assert form.width() >= form.fields.scroll_area.minimumWidth()
    # The width kept for them (FormSpec.width) is what they need, give or take some letters.
    letter = form.fontMetrics().averageCharWidth()
    need, kept = form.minimumSizeHint().width(), letter * form.spec.width
    assert need <= kept <= need + 8 * letter, (need, kept)


def test_a_change_elsewhere_before_any_record_makes_no_fields(qtbot: Any, filled: Database) -> None:
    window = sized_window(qtbot, filled)
    page = open_page(window, "actions")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.pending)
    page.form.show_error(None)
    page.editor.update("Status wijzigen", "actions", page.model.row_id(0), {"status": "done"})
    qtbot.waitUntil(lambda: not page.model.pending)
    assert not page.form.fields_made
    page.new_record()  # Ctrl+N: the empty form, its fields made now
    assert page.form.fields_made and page.form.record_id is None
    assert page.form.currentIndex() == 1

"""Two windows: the first page's delete and the AVG person delete check what the user saw.

Issue 15, point 1 (two version gaps): the first page deletes a table as its row showed it
(a colleague's rename after the row was shown, before the question, refuses it: before, the
question read the record anew and the delete went through); Verwijderen and Anonimiseren
on a person's page pass the version and fields the form showed, and a colleague's change
of the person meanwhile refuses them ("... heeft dit intussen gewijzigd; niet verwijderd").
"""

from typing import Any

import pytest

from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.person_rights import PersonRights
from ontwikkeltafel.ui.pages.first import deleting
from tests.ui.conftest import open_page
from tests.ui.two_windows import shown_window


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    """The test data with Cor Jansen, whom nothing needs (he can be erased)."""
    document["people"].append({"id": "p-cor", "first_name": "Cor", "last_name": "Jansen"})
    return document


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """The questions asked before a first page's delete (each answered yes), the errors said."""
    questions: list[str] = []
    said: list[str] = []

    def ask(_cls: Any, _parent: Any, question: str, _details: str) -> bool:
        questions.append(question)
        return True

    monkeypatch.setattr(deleting.DeleteConfirmation, "ask", classmethod(ask))
    monkeypatch.setattr(
        deleting, "show_error", lambda _parent, error: said.append(error.render("nl"))
    )
    return questions, said


def test_the_first_pages_delete_checks_the_row_as_it_was_shown(
    qtbot: Any, two: tuple[Database, Database], asked: tuple[list[str], list[str]]
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    page = window.tables_page
    qtbot.waitUntil(lambda: page.tables.shown_row("tafel-1") is not None, timeout=5000)
    page.table_view.setFocus()
    page.table_view.selectRow(page.tables.row_of("tafel-1"))
    shown = page.tables.shown_row("tafel-1")
    update_record(first.session_factory, "tables", "tafel-1", {"title": "Hun titel"})

    page.delete_selected()  # before: the question read 'Hun titel' and deleted it unseen

    questions, said = asked
    assert questions == [f"De tafel ‘{shown.title}’ verwijderen?"]  # what the row showed
    assert len(said) == 1 and "heeft dit intussen gewijzigd (" in said[0]
    assert "); niet verwijderd." in said[0]
    assert read_record(second.session_factory, "tables", "tafel-1") is not None
    # Read again, the list shows their title: now it goes.
    page.tables.reload()
    qtbot.waitUntil(
        lambda: getattr(page.tables.shown_row("tafel-1"), "title", "") == "Hun titel",
        timeout=5000,
    )
    page.table_view.selectRow(page.tables.row_of("tafel-1"))
    page.delete_selected()
    qtbot.waitUntil(
        lambda: read_record(second.session_factory, "tables", "tafel-1") is None, timeout=5000
    )


def _rights(qtbot: Any, window: Any, person_id: str) -> PersonRights:
    page = open_page(window, "people")
    assert page.open_record(person_id)
    rights = page.rights
    assert rights is not None
    return rights


def test_erasing_a_person_a_colleague_changed_meanwhile_is_refused(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    rights = _rights(qtbot, window, "p-cor")
    assert rights.delete()
    qtbot.waitUntil(lambda: rights.message is not None)  # on a server: its plan read first
    box = rights.message
    assert box is not None and box.isVisible()
    # While the question is open, a colleague changes the person.
    update_record(first.session_factory, "people", "p-cor", {"email": "cor@elders.nl"})
    erase = next(b for b in box.buttons() if b.text() == "Verwijderen")
    with qtbot.waitSignal(rights.finished, timeout=10_000) as done:
        erase.click()  # before: erased with the colleague's change
    assert done.args[0] == "failed"
    assert "heeft dit intussen gewijzigd (" in done.args[1] and "niet verwijderd" in done.args[1]
    assert read_record(second.session_factory, "people", "p-cor") is not None


def test_anonymising_a_person_a_colleague_changed_meanwhile_is_refused(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    rights = _rights(qtbot, window, "p-bas")
    assert rights.anonymise()
    dialog = rights.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.do_button.isEnabled)  # on a server: its plan read first
    update_record(first.session_factory, "people", "p-bas", {"function": "leerkracht"})
    with qtbot.waitSignal(rights.finished, timeout=10_000) as done:
        dialog.do_button.click()
    assert done.args[0] == "failed"
    assert "niet geanonimiseerd" in done.args[1]
    assert (read_record(second.session_factory, "people", "p-bas") or {})["last_name"] == "Bakker"

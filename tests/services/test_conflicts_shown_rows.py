"""Deletes checked against what the user saw: the first page's rows and the AVG person form.

Issue 15, point 1 (two version gaps): the first page's lists carry each row's version, and a
delete passes it with the fields the row showed, so a colleague's change of a shown field
after the row was shown refuses the delete (not only one after the question); erasing or
anonymising a person passes the version and fields the person's form showed, and a
colleague's change of the person meanwhile refuses it ("... heeft dit intussen gewijzigd
(...); niet verwijderd"), nothing changed.
"""

from typing import Any

import pytest

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import delete_record, read_record, update_record
from ontwikkeltafel.services.erasure import anonymise_person, erase_person
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.listing import meeting_rows, table_rows
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    document["people"].append(
        {"id": "p-cor", "first_name": "Cor", "last_name": "Jansen", "email": "cor@jansen.nl"}
    )
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _form(sessions: SessionFactory, person_id: str) -> tuple[int, dict[str, Any]]:
    """The version and fields a person's form shows."""
    values = read_record(sessions, "people", person_id)
    assert values is not None
    return int(values["version"]), {k: v for k, v in values.items() if k not in ("id", "version")}


def test_the_first_pages_rows_carry_the_version(sessions: SessionFactory) -> None:
    (table,) = table_rows(sessions, ["tafel-1"])
    (meeting,) = meeting_rows(sessions, ["m-1"])
    update_record(sessions, "tables", "tafel-1", {"title": "Nieuwe titel"})
    (after,) = table_rows(sessions, ["tafel-1"])

    assert table.version == (read_record(sessions, "tables", "tafel-1") or {})["version"] - 1
    assert meeting.version == (read_record(sessions, "meetings", "m-1") or {})["version"]
    assert after.version == table.version + 1 and after.title == "Nieuwe titel"


def test_a_delete_of_a_row_renamed_after_it_was_shown_is_refused(
    sessions: SessionFactory,
) -> None:
    (row,) = table_rows(sessions, ["tafel-1"])
    shown = {"title": row.title, "status": row.status, "started_on": row.started_on}
    update_record(sessions, "tables", "tafel-1", {"title": "Hun titel"})

    with pytest.raises(Conflict) as refused:
        delete_record(sessions, "tables", "tafel-1", expected_version=row.version, base=shown)

    assert "); niet verwijderd." in refused.value.render("nl")
    assert read_record(sessions, "tables", "tafel-1") is not None


def test_a_delete_of_a_row_whose_unshown_field_changed_before_the_question_goes_through(
    sessions: SessionFactory,
) -> None:
    """The row's shown fields as shown, the rest as the question read them: what the user saw."""
    reopen(sessions, "m-1", "de test verwijdert de bijeenkomst")
    (row,) = meeting_rows(sessions, ["m-1"])
    update_record(sessions, "meetings", "m-1", {"location": "Elders"})  # not in the list
    asked = read_record(sessions, "meetings", "m-1") or {}
    shown = {"starts_at": row.starts_at, "title": row.title, "kind": row.kind}
    base = {k: v for k, v in asked.items() if k not in ("id", "version")} | shown

    delete_record(sessions, "meetings", "m-1", expected_version=row.version, base=base)

    assert read_record(sessions, "meetings", "m-1") is None


def test_erasing_a_person_a_colleague_changed_is_refused(sessions: SessionFactory) -> None:
    version, shown = _form(sessions, "p-cor")
    update_record(sessions, "people", "p-cor", {"email": "cor@elders.nl"})

    with pytest.raises(Conflict) as refused:
        erase_person(sessions, "p-cor", expected_version=version, base=shown)

    said = refused.value.render("nl")
    assert "heeft dit intussen gewijzigd (" in said and "); niet verwijderd." in said
    assert (read_record(sessions, "people", "p-cor") or {})["email"] == "cor@elders.nl"
    # As the form shows them now: erased.
    version, shown = _form(sessions, "p-cor")
    erase_person(sessions, "p-cor", expected_version=version, base=shown)
    assert read_record(sessions, "people", "p-cor") is None


def test_anonymising_a_person_a_colleague_changed_is_refused(sessions: SessionFactory) -> None:
    version, shown = _form(sessions, "p-anna")
    update_record(sessions, "people", "p-anna", {"function": "intern begeleider"})

    with pytest.raises(Conflict) as refused:
        anonymise_person(sessions, "p-anna", "coach", expected_version=version, base=shown)

    said = refused.value.render("nl")
    assert "heeft dit intussen gewijzigd (" in said and "); niet geanonimiseerd." in said
    assert "not anonymised" in refused.value.render("en")
    assert (read_record(sessions, "people", "p-anna") or {})["first_name"] == "Anna"


def test_a_person_changed_only_by_ones_own_form_is_anonymised(sessions: SessionFactory) -> None:
    """A version moved on by a field the form shows as stored (its own save) is no conflict."""
    version, shown = _form(sessions, "p-anna")
    update_record(sessions, "people", "p-anna", {"phone": "0301234567"})
    shown["phone"] = "0301234567"  # the form keeps what it saved

    anonymise_person(sessions, "p-anna", "coach", expected_version=version, base=shown)

    assert (read_record(sessions, "people", "p-anna") or {})["last_name"] == "coach"

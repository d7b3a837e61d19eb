"""The editing service refuses an e-mail address or phone number that cannot be right."""

from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.preferences import phone_is_valid
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import create_record, read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _person(sessions: SessionFactory, person_id: str) -> dict[str, Any]:
    values = read_record(sessions, "people", person_id)
    assert values is not None
    return values


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("email", "omar@", "edit.invalid.email"),
        ("email", "omar@voorbeeld", "edit.invalid.email"),
        ("email", "omar voorbeeld.nl", "edit.invalid.email"),
        ("phone", "030 123", "edit.invalid.phone"),
        ("phone", "06-abc12345", "edit.invalid.phone"),
        ("phone", "bel de receptie", "edit.invalid.phone"),
    ],
)
def test_an_invalid_address_or_number_is_refused_and_nothing_written(
    sessions: SessionFactory, field: str, value: str, key: str
) -> None:
    before = _person(sessions, "p-anna")
    with pytest.raises(UserError) as caught:
        update_record(sessions, "people", "p-anna", {field: value, "function": "coach"})
    assert caught.value.key == key
    assert value in caught.value.render("nl")
    assert _person(sessions, "p-anna") == before  # the function was not stored either
    with pytest.raises(UserError) as made:
        create_record(sessions, "people", {"last_name": "Yilmaz", field: value})
    assert made.value.key == key


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "omar@voorbeeld.nl"),
        ("email", ""),
        ("phone", "030 123 45 67"),
        ("phone", "(030) 123-4567"),
        ("phone", "+32 2 123 45 67"),
        ("phone", "+31612345678"),
        ("phone", ""),
    ],
)
def test_a_valid_or_empty_value_is_stored(sessions: SessionFactory, field: str, value: str) -> None:
    update_record(sessions, "people", "p-anna", {field: value})
    assert _person(sessions, "p-anna")[field] == value


def test_phone_numbers_are_checked_leniently() -> None:
    assert phone_is_valid("06 12 34 56 78") and phone_is_valid("  ")
    assert phone_is_valid("+44 20 7946 0958")
    assert not phone_is_valid("06 1234 567")  # nine digits: one is missing
    assert not phone_is_valid("0612345678 toestel 12")
    assert not phone_is_valid("+")


def test_undo_puts_back_an_imported_address_that_is_no_valid_one(
    sessions: SessionFactory, write_json: Any, document: dict[str, Any]
) -> None:
    person = document["people"][0]
    person["email"] = "omar@"
    import_file(sessions, write_json(document))  # the import takes any text
    previous, _change = update_record(sessions, "people", person["id"], {"email": "omar@g.nl"})
    assert previous == {"email": "omar@"}
    with pytest.raises(UserError):  # typed, it is refused
        update_record(sessions, "people", person["id"], previous)
    update_record(sessions, "people", person["id"], previous, restoring=True)
    assert _person(sessions, person["id"])["email"] == "omar@"

"""What hangs from a record: counted before a delete, so the window can say it; nothing changes."""

from typing import Any

import pytest

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import dependents, read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def test_what_hangs_from_a_person(sessions: SessionFactory) -> None:
    assert dependents(sessions, "people", "p-bas") == {
        "table_members": 1,
        "attendance": 1,
        "meetings.secretary_id": 1,
        "practices.contact_id": 1,
        "actions.owner_id": 1,
    }
    assert dependents(sessions, "people", "p-ijs") == {
        "table_members": 1,
        "attendance": 1,
        "concerns.raised_by_id": 1,
    }
    assert read_record(sessions, "people", "p-bas") is not None  # nothing was deleted


def test_what_hangs_from_an_organisation_and_from_nothing(sessions: SessionFactory) -> None:
    assert dependents(sessions, "organisations", "org-ggd") == {
        "people.organisation_id": 1,
        "practice_organisations": 1,
    }
    assert dependents(sessions, "themes", "th-geweld") == {
        "table_themes": 1,
        "concern_themes": 1,
        "practice_themes": 1,
    }
    assert dependents(sessions, "people", "nobody") == {}

"""The history of a record as the window reads it: entries newest first, versions of a text."""

from datetime import UTC, datetime

import sqlalchemy

from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.history_view import (
    entries_of,
    field_enums,
    list_of_kind,
    text_versions,
)
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import set_author


def _meeting_with_item(database: Database) -> str:
    sessions = database.session_factory
    meeting_id, _ = editing.create_record(
        sessions,
        "meetings",
        {"title": "Eerste", "starts_at": datetime(2024, 5, 14, 13, 30, tzinfo=UTC)},
    )
    item_id, _ = editing.create_record(
        sessions, "agenda_items", {"meeting_id": meeting_id, "position": 1, "title": "Opening"}
    )
    return item_id


def test_entries_newest_first_with_author_and_enum(database: Database) -> None:
    sessions = database.session_factory
    set_author(sessions, "Marieke de Vries")
    action_id, _ = editing.create_record(
        sessions, "actions", {"number": "1", "description": "Bellen"}
    )
    set_author(sessions, "Bas Jansen")
    editing.update_record(sessions, "actions", action_id, {"status": ActionStatus.DONE})
    found = entries_of(sessions, "actions", action_id)
    assert [(e.by, e.field) for e in found] == [
        ("Bas Jansen", "status"),
        ("Marieke de Vries", None),
    ]
    changed, made = found
    assert (changed.old, changed.new, changed.enum) == ("open", "done", ActionStatus)
    assert made.created and not made.deleted and made.new["description"] == "Bellen"
    assert changed.at.tzinfo is not None and changed.at.utcoffset() == UTC.utcoffset(None)
    assert changed.at >= made.at


def test_deleted_record_and_unknown_record(database: Database) -> None:
    sessions = database.session_factory
    theme_id, _ = editing.create_record(sessions, "themes", {"name": "Pesten"})
    editing.delete_record(sessions, "themes", theme_id)
    newest = entries_of(sessions, "themes", theme_id)[0]
    assert newest.deleted and newest.old["name"] == "Pesten"
    assert entries_of(sessions, "themes", "nobody") == []


def test_text_versions_newest_first_and_equal_texts_once(database: Database) -> None:
    sessions = database.session_factory
    item_id = _meeting_with_item(database)
    set_author(sessions, "Anna")
    for text in ("Eerste versie", "Tweede versie", "Tweede versie", "Derde versie"):
        editing.update_record(sessions, "agenda_items", item_id, {"minutes": text})
    versions = text_versions(sessions, "agenda", item_id, "minutes")
    assert [v.text for v in versions] == ["Derde versie", "Tweede versie", "Eerste versie", ""]
    assert versions[0].by == "Anna" and versions[0].at is not None
    assert text_versions(sessions, "agenda", item_id, "description") == [
        text_versions(sessions, "agenda", item_id, "description")[0]
    ]


def test_text_versions_before_the_history_began(database: Database) -> None:
    """A record made before there was a history: the text it had comes last, without a date."""
    sessions = database.session_factory
    item_id = _meeting_with_item(database)
    editing.update_record(sessions, "agenda_items", item_id, {"minutes": "Oud"})
    with database.engine.begin() as connection:
        forget = sqlalchemy.text("DELETE FROM history WHERE record_id = :id")
        connection.execute(forget, {"id": item_id})
    editing.update_record(sessions, "agenda_items", item_id, {"minutes": "Nieuw"})
    versions = text_versions(sessions, "agenda", item_id, "minutes")
    assert [(v.text, v.at is None) for v in versions] == [("Nieuw", False), ("Oud", True)]


def test_lists_and_enums() -> None:
    assert list_of_kind("agenda_items") == "agenda"
    assert list_of_kind("meetings") == "meetings"
    assert field_enums("actions") == {"status": ActionStatus}
    assert "kind" in field_enums("agenda")
    assert field_enums("nothing") == {}

"""The history of a table as a whole: its own records, its members and meetings, gone ones too."""

from datetime import UTC, date, datetime
from typing import Any

import pytest

from ontwikkeltafel.services import editing
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_editing import add_member
from ontwikkeltafel.services.table_history import Subject, TableEntry, table_entries
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import set_author


@pytest.fixture
def two_tables(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The small document (its meeting open to edits) and a second table with a meeting."""
    first = document["meetings"][0]
    first["status"] = "held"
    first.pop("minutes_approved_on")
    first.pop("adoption", None)
    document["tables"].append({"id": "tafel-2", "title": "All-in De Zuidwester"})
    document["meetings"].append(
        {
            "id": "z-1",
            "table_id": "tafel-2",
            "kind": "consultation",
            "title": "Overleg 1",
            "starts_at": "2023-01-10T09:00:00+01:00",
            "status": "held",
            "agenda": [{"id": "z-ai", "position": 1, "title": "Opening", "kind": "opening"}],
        }
    )
    import_file(database.session_factory, write_json(document))
    return database


def _about(entry: TableEntry) -> list[tuple[str, str]]:
    return [(s.list_name, s.name) for s in entry.about]


def test_minutes_member_and_deleted_meeting_with_their_words(two_tables: Database) -> None:
    sessions = two_tables.session_factory
    set_author(sessions, "Marieke de Vries")
    editing.update_record(sessions, "agenda_items", "ai-2", {"minutes": "Besproken: de wijk."})
    kees, _ = editing.create_record(sessions, "people", {"first_name": "Kees", "last_name": "Bos"})
    add_member(sessions, "tafel-1", kees)
    meeting, _ = editing.create_record(
        sessions,
        "meetings",
        {
            "table_id": "tafel-1",
            "title": "Werkbezoek",
            "starts_at": datetime(2024, 3, 12, 14, 0, tzinfo=UTC),
        },
    )
    item, _ = editing.create_record(
        sessions, "agenda_items", {"meeting_id": meeting, "position": 1, "title": "Mededelingen"}
    )
    editing.update_record(sessions, "agenda_items", item, {"minutes": "Niets te melden."})
    editing.delete_record(sessions, "meetings", meeting)

    found = table_entries(sessions, "tafel-1")
    assert all(e.by == "Marieke de Vries" for e in found[:6])
    gone = next(e for e in found if e.record_id == meeting)
    assert gone.deleted and gone.list_name == "meetings"
    assert gone.names[meeting] == "Werkbezoek"  # a value naming it still reads as its name
    assert gone.about == (Subject("meetings", meeting, "Werkbezoek", date(2024, 3, 12)),)
    minutes = [e for e in found if e.field == "minutes"]
    assert [(_about(e), e.new) for e in minutes] == [
        ([("meetings", "Werkbezoek"), ("agenda", "Mededelingen")], "Niets te melden."),
        (
            [("meetings", "Eerste bijeenkomst"), ("agenda", "Vragen uit de praktijk")],
            "Besproken: de wijk.",
        ),
    ]
    assert minutes[1].about[0].on == date(2018, 1, 18)
    member = next(e for e in found if e.list_name == "members")
    assert member.created and member.record_id == f"tafel-1/{kees}"
    assert _about(member) == [("members", "Kees Bos")]
    assert [e.seq for e in found] == sorted((e.seq for e in found), reverse=True)


def test_other_tables_changes_stay_out(two_tables: Database) -> None:
    sessions = two_tables.session_factory
    editing.update_record(sessions, "meetings", "z-1", {"title": "Overleg één"})
    editing.update_record(sessions, "agenda_items", "z-ai", {"minutes": "Elders."})
    editing.update_record(sessions, "tables", "tafel-2", {"goal": "Anders"})
    editing.update_record(sessions, "tables", "tafel-1", {"goal": "Samen"})
    mine = table_entries(sessions, "tafel-1")
    assert "z-1" not in {e.record_id for e in mine} and "z-ai" not in {e.record_id for e in mine}
    own = [e for e in mine if e.list_name == "tables"]
    assert own[0].new == "Samen" and own[0].about == (
        Subject("tables", "tafel-1", "Onderwijs en zorg vinden elkaar!"),
    )
    theirs = table_entries(sessions, "tafel-2")
    assert {(e.record_id, e.field) for e in theirs} >= {
        ("z-1", "title"),
        ("z-ai", "minutes"),
        ("tafel-2", "goal"),
    }
    assert all(e.record_id not in {"tafel-1", "m-1", "ai-2"} for e in theirs)


def test_decisions_attendance_and_records_of_the_table(two_tables: Database) -> None:
    sessions = two_tables.session_factory
    editing.update_record(sessions, "decisions", "d-1", {"text": "De tafel deelt voorbeelden."})
    editing.update_record(sessions, "concerns", "c-1", {"title": "In gesprek blijven"})
    editing.update_record(sessions, "actions", "a-1", {"notes": "Gebeld."})
    found = {e.record_id: e for e in table_entries(sessions, "tafel-1")}
    assert _about(found["d-1"]) == [
        ("meetings", "Eerste bijeenkomst"),
        ("agenda", "Vragen uit de praktijk"),
        ("decisions", "De tafel deelt voorbeelden."),
    ]
    assert _about(found["c-1"]) == [("concerns", "In gesprek blijven")]
    assert found["a-1"].about[0].list_name == "actions" and found["a-1"].about[0].number


def test_a_concern_moved_to_another_table_and_limit(two_tables: Database) -> None:
    sessions = two_tables.session_factory
    editing.update_record(sessions, "concerns", "c-1", {"table_id": "tafel-2"})
    moved = [e for e in table_entries(sessions, "tafel-1") if e.record_id == "c-1"]
    assert moved and moved[0].field == "table_id"
    assert [e.record_id for e in table_entries(sessions, "tafel-2", limit=1)] == ["c-1"]
    assert len(table_entries(sessions, "tafel-1", limit=2)) == 2
    assert table_entries(sessions, "no-such-table") == []

"""The history: every change a service makes is entered in its own transaction."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import HistoryEntry, Meeting
from ontwikkeltafel.services import editing
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.migrate import alembic_config


def entries(database: Database) -> list[dict[str, Any]]:
    with database.session_factory() as session:
        rows = session.scalars(select(HistoryEntry).order_by(HistoryEntry.seq))
        return [
            {
                "by": r.by,
                "list": r.list,
                "record_id": r.record_id,
                "field": r.field,
                "old": None if r.old is None else json.loads(r.old),
                "new": None if r.new is None else json.loads(r.new),
            }
            for r in rows
        ]


@pytest.fixture
def db(database: Database) -> Iterator[Database]:
    set_author(database.session_factory, "Marieke de Vries")
    yield database


def test_create_change_and_delete_are_entered_with_author(db: Database) -> None:
    theme_id, _ = editing.create_record(db.session_factory, "themes", {"name": "Armoede"})
    table_id, _ = editing.create_record(
        db.session_factory, "tables", {"title": "Onderwijs en zorg", "theme_ids": [theme_id]}
    )
    editing.update_record(db.session_factory, "tables", table_id, {"title": "Onderwijs & zorg"})
    editing.delete_record(db.session_factory, "tables", table_id)
    found = entries(db)
    assert {e["by"] for e in found} == {"Marieke de Vries"}
    table_entries = [e for e in found if e["list"] == "tables"]
    created, links, title, deleted = table_entries
    assert created["field"] is None and created["old"] is None
    assert created["new"]["title"] == "Onderwijs en zorg" and created["new"]["status"] == "active"
    assert (links["field"], links["old"], links["new"]) == ("theme_ids", [], [theme_id])
    assert (title["field"], title["old"], title["new"]) == (
        "title",
        "Onderwijs en zorg",
        "Onderwijs & zorg",
    )
    assert deleted["field"] is None and deleted["new"] is None
    assert deleted["old"]["title"] == "Onderwijs & zorg"


def test_undo_of_a_delete_enters_the_record_again(db: Database) -> None:
    person_id, _ = editing.create_record(db.session_factory, "people", {"last_name": "Jansen"})
    action_id, _ = editing.create_record(
        db.session_factory, "actions", {"description": "Bellen", "owner_id": person_id}
    )
    snapshot, _ = editing.delete_record(db.session_factory, "people", person_id)
    editing.restore_snapshot(db.session_factory, snapshot)
    found = [(e["list"], e["field"], e["old"], e["new"]) for e in entries(db)][2:]
    assert found[0][:2] == ("people", None) and found[0][3] is None
    assert found[1] == ("actions", "owner_id", person_id, None)
    assert found[2][:3] == ("people", None, None) and found[2][3]["last_name"] == "Jansen"
    assert found[3] == ("actions", "owner_id", None, person_id)
    assert editing.read_record(db.session_factory, "actions", action_id)["owner_id"] == person_id


def test_a_refused_change_leaves_no_entry(db: Database) -> None:
    table_id, _ = editing.create_record(db.session_factory, "tables", {"title": "Tafel"})
    before = entries(db)
    with pytest.raises(UserError):
        editing.update_record(db.session_factory, "tables", table_id, {"title": " "})
    assert entries(db) == before


def test_an_unchanged_value_is_not_entered(db: Database) -> None:
    table_id, _ = editing.create_record(db.session_factory, "tables", {"title": "Tafel"})
    editing.update_record(db.session_factory, "tables", table_id, {"title": "Tafel"})
    assert len(entries(db)) == 1


def test_a_0004_database_is_upgraded_with_its_data_and_an_empty_history(
    tmp_path: Path, document: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.exec_driver_sql(
            "INSERT INTO meetings (id, kind, title, starts_at, location, status, notes)"
            " VALUES ('m-old', 'table_session', 'Oud', '2024-05-14 13:00:00', '', 'held', '')"
        )
    engine.dispose()
    database = open_database(location_from_path(path))
    try:
        assert database.backup_path is not None and database.backup_path.exists()
        with database.session_factory() as session:
            meeting = session.get(Meeting, "m-old")
            assert meeting is not None and meeting.title == "Oud"
            assert (meeting.adoption_changes, meeting.adoption_document) == ("", None)
            assert session.scalars(select(HistoryEntry)).all() == []
        editing.update_record(database.session_factory, "meetings", "m-old", {"title": "Nieuw"})
        assert [(e["record_id"], e["field"], e["new"]) for e in entries(database)] == [
            ("m-old", "title", "Nieuw")
        ]
    finally:
        database.close()


def test_nested_records_are_named_by_their_own_list(db: Database) -> None:
    from datetime import UTC, datetime

    from ontwikkeltafel.model import AttendanceStatus, MemberRole
    from ontwikkeltafel.services import (
        attendance_editing,
        meeting_editing,
        minutes_editing,
        table_editing,
    )

    sessions = db.session_factory
    person_id, _ = editing.create_record(sessions, "people", {"last_name": "Bakker"})
    table_id, _ = editing.create_record(sessions, "tables", {"title": "Tafel"})
    table_editing.add_member(sessions, table_id, person_id)
    table_editing.set_member_role(sessions, table_id, person_id, MemberRole.CHAIR)
    meeting_id, _ = editing.create_record(
        sessions,
        "meetings",
        {
            "title": "Eerste",
            "table_id": table_id,
            "starts_at": datetime(2024, 5, 14, 13, tzinfo=UTC),
        },
    )
    attendance_editing.set_presence(sessions, meeting_id, person_id, AttendanceStatus.PRESENT)
    first, _, _ = meeting_editing.add_agenda_item(sessions, meeting_id, {"title": "Opening"})
    second, _, _ = meeting_editing.add_agenda_item(sessions, meeting_id, {"title": "Casus"})
    editing.update_record(sessions, "agenda_items", second, {"minutes": "Besproken."})
    minutes_editing.add_decision(sessions, second, "Akkoord.")
    meeting_editing.move_agenda_item(sessions, second, 0)
    found = [(e["list"], e["record_id"], e["field"], e["old"], e["new"]) for e in entries(db)]
    member = f"{table_id}/{person_id}"
    assert ("members", member, "role", "member", "chair") in found
    created_member = next(f for f in found if f[:3] == ("members", member, None))
    assert created_member[4] == {"table_id": table_id, "person_id": person_id, "role": "member"}
    presence = next(f for f in found if f[0] == "attendance")
    assert presence[1] == f"{meeting_id}/{person_id}" and presence[4]["status"] == "present"
    assert ("agenda", second, "minutes", "", "Besproken.") in found
    assert any(f[0] == "decisions" and f[4] and f[4]["text"] == "Akkoord." for f in found)
    assert ("agenda", second, "position", 2, 1) in found
    assert ("agenda", first, "position", 1, 2) in found

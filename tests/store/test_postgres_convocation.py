"""The convocatie, presentielijst, invitation and tafelrapportage read PostgreSQL as SQLite.

The demo is imported into both and changed the same way afterwards (a person, an action,
a meeting's place, an agenda item deleted), so that the past meetings' documents are made
as they stood through the history; every meeting's and table's data must be the same.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services import editing
from ontwikkeltafel.services.report_agenda_data import agenda_data, invite_data
from ontwikkeltafel.services.report_attendance_data import attendance_data
from ontwikkeltafel.services.report_table_data import table_report_data
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.plain import EnginePlain

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"


Both = tuple[Database, Database, dict[str, Any]]


@pytest.fixture
def both(pg_database_url: str, cli: Callable[..., Any], tmp_path: Path) -> Iterator[Both]:
    """The demo on PostgreSQL and on SQLite, each changed the same way after its import;
    and what the changed meeting was before."""
    sqlite_path = tmp_path / "reference.sqlite3"
    for where in (("--db-url", pg_database_url), ("--db", str(sqlite_path))):
        imported = cli(*where, "import", DEMO)
        assert imported.code == 0, imported.err
    postgres = open_database(location_from_url(pg_database_url))
    sqlite = open_database(location_from_path(sqlite_path))
    try:
        before = _change(postgres)
        assert _change(sqlite) == before
        yield postgres, sqlite, before
    finally:
        postgres.close()
        sqlite.close()


def _change(database: Database) -> dict[str, Any]:
    """Change a past meeting's place, its agenda, an owner's function, an action: how it was."""
    with database.plain() as db:
        meeting = db.first(
            "SELECT m.id, m.location FROM meetings m WHERE m.status = 'held'"
            " AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id)"
            " ORDER BY m.starts_at DESC, m.id LIMIT 1"
        )
        assert meeting is not None
        items = db.rows(
            "SELECT id, title FROM agenda_items WHERE meeting_id = :m ORDER BY position, id",
            {"m": meeting["id"]},
        )
        action = db.first("SELECT id, owner_id FROM actions WHERE owner_id IS NOT NULL ORDER BY id")
        assert action is not None
    sessions = database.session_factory
    editing.update_record(sessions, "meetings", meeting["id"], {"location": "Elders"})
    editing.update_record(sessions, "agenda_items", items[0]["id"], {"title": "Anders"})
    editing.delete_record(sessions, "agenda_items", items[-1]["id"])
    editing.update_record(sessions, "people", action["owner_id"], {"function": "nieuw"})
    editing.update_record(sessions, "actions", action["id"], {"status": "cancelled"})
    titles = [item["title"] for item in items]
    return {"id": meeting["id"], "location": meeting["location"], "titles": titles}


def _ids(database: Database, sql: str) -> list[str]:
    with database.plain() as db:
        return [row["id"] for row in db.rows(sql)]


def test_every_document_reads_the_same_on_postgres_and_sqlite(both: Both) -> None:
    postgres, sqlite, before = both
    with postgres.plain() as plain:
        assert isinstance(plain, EnginePlain) and plain.dialect == "postgresql"
    meetings = _ids(sqlite, "SELECT id FROM meetings ORDER BY id")
    assert meetings == _ids(postgres, "SELECT id FROM meetings ORDER BY id")
    for meeting_id in meetings:
        for internal in (True, False):
            convocatie = agenda_data(postgres, meeting_id, internal)
            assert convocatie == agenda_data(sqlite, meeting_id, internal), meeting_id
        assert attendance_data(postgres, meeting_id, False) == attendance_data(
            sqlite, meeting_id, False
        )
        assert invite_data(postgres, meeting_id) == invite_data(sqlite, meeting_id)
    for table_id in _ids(sqlite, "SELECT id FROM tables ORDER BY id"):
        for internal in (True, False):
            on_postgres = table_report_data(postgres, table_id, internal)
            assert on_postgres == table_report_data(sqlite, table_id, internal), table_id
    # The changed meeting's convocatie is as it stood at its start: place and agenda then.
    stood = agenda_data(postgres, before["id"], internal=True)
    assert stood.meeting.location == before["location"] != "Elders"
    assert [entry.title for entry in stood.agenda] == before["titles"]
    assert attendance_data(postgres, before["id"], False).meeting.location == before["location"]

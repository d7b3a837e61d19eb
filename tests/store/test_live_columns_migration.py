"""Migration 0007: agenda items gain their real start and end, meetings the documents made."""

from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from ontwikkeltafel.model import AgendaItem, DocumentKind, Meeting
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.documents_sent import documents_sent, record_sent
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.migrate import alembic_config
from ontwikkeltafel.store.search import search


def test_a_0006_database_is_upgraded_with_its_meetings_and_agenda(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.exec_driver_sql(
            "INSERT INTO meetings (id, kind, title, starts_at, location, status, notes,"
            " adoption_changes) VALUES ('m-1', 'consultation', 'Overleg', '2026-11-02 14:00:00',"
            " 'Utrecht', 'held', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO agenda_items (id, meeting_id, position, title, kind, description,"
            " minutes, confidential) VALUES ('ai-1', 'm-1', 1, 'Rondvraag', 'topic', '',"
            " 'Zonnebloem besproken', 0)"
        )
    engine.dispose()
    database = open_database(location_from_path(path))
    try:
        assert database.backup_path is not None and database.backup_path.exists()
        sessions = database.session_factory
        with sessions() as session:
            item = session.get(AgendaItem, "ai-1")
            meeting = session.get(Meeting, "m-1")
            assert item is not None and meeting is not None
            assert (item.minutes, item.started_at, item.ended_at) == (
                "Zonnebloem besproken",
                None,
                None,
            )
            assert meeting.documents_sent is None
            # The search triggers of the altered tables survived the upgrade.
            assert [hit.record_id for hit in search(session, "Zonnebloem")] == ["ai-1"]
        started = datetime(2026, 11, 2, 14, 5, tzinfo=UTC)
        editing.update_record(sessions, "agenda_items", "ai-1", {"started_at": started})
        record_sent(sessions, "m-1", DocumentKind.MINUTES, date(2026, 11, 9))
        with sessions() as session:
            item = session.get(AgendaItem, "ai-1")
            assert item is not None and item.started_at == started
        assert documents_sent(sessions, "m-1") == [(DocumentKind.MINUTES, date(2026, 11, 9))]
    finally:
        database.close()

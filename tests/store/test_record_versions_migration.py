"""Migration 0009: every editable record gains a version; a 0008 database's rows start at 1."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.migrate import alembic_config, upgrade_to_head
from tests.store.conftest import find, keys

VERSIONED = (
    "organisations",
    "people",
    "themes",
    "tables",
    "table_members",
    "agenda_template_items",
    "meetings",
    "attendance",
    "agenda_items",
    "decisions",
    "practices",
    "concerns",
    "development_points",
    "actions",
)

ROWS = (
    "INSERT INTO people (id, first_name, prefix, last_name, function, email, phone, notes)"
    " VALUES ('p-hv', 'Hanneke', '', 'Verbeek', '', '', '', '')",
    "INSERT INTO meetings (id, kind, title, starts_at, location, status, notes,"
    " adoption_changes) VALUES ('m-1', 'consultation', 'Overleg', '2026-11-02 14:00:00',"
    " 'Utrecht', 'held', '', '')",
    "INSERT INTO agenda_items (id, meeting_id, position, title, kind, description, minutes,"
    " confidential) VALUES ('ai-1', 'm-1', 1, 'Rondvraag', 'topic', '', 'Zonnebloem besproken',"
    " false)",
    "INSERT INTO attendance (meeting_id, person_id, status, position)"
    " VALUES ('m-1', 'p-hv', 'present', 0)",
)


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of either engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        yield request.getfixturevalue("pg_database_url")


def test_a_0008_database_is_upgraded_and_its_rows_are_at_version_1(url: str) -> None:
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        for statement in ROWS:
            connection.exec_driver_sql(statement)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        columns = inspect(connection)
        for table in VERSIONED:
            found = {c["name"]: c for c in columns.get_columns(table)}
            assert not found["version"]["nullable"], table
        versions = [
            connection.exec_driver_sql(f"SELECT version FROM {table}").scalars().all()
            for table in ("people", "meetings", "agenda_items", "attendance")
        ]
    engine.dispose()
    assert versions == [[1], [1], [1], [1]]

    database = open_database(location_from_url(url))
    try:
        sessions = database.session_factory
        values = read_record(sessions, "agenda_items", "ai-1")
        assert values is not None and values["version"] == 1
        saved = update_record(
            sessions, "agenda_items", "ai-1", {"minutes": "Zonnebloem en meer"}, expected_version=1
        )
        assert saved.version == 2
        with pytest.raises(Conflict):
            update_record(sessions, "agenda_items", "ai-1", {"minutes": "x"}, expected_version=1)
        # The search index still follows the altered tables.
        assert keys(find(database, "Zonnebloem")) == {("agenda_item", "ai-1")}
    finally:
        database.close()

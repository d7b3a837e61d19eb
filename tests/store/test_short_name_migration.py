"""Migration 0006: organisations gain a short name; a 0005 database keeps its data."""

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, select

from ontwikkeltafel.model import HistoryEntry, Organisation, Person
from ontwikkeltafel.services import editing
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.migrate import alembic_config


def test_a_0005_database_is_upgraded_with_its_organisations_and_their_people(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.exec_driver_sql(
            "INSERT INTO organisations (id, name, sector, website, notes) VALUES"
            " ('o-kus', 'Kennisplatform Utrecht Sociaal (KUS)', 'knowledge', '', 'congres')"
        )
        connection.exec_driver_sql(
            "INSERT INTO people (id, first_name, prefix, last_name, organisation_id, function,"
            " email, phone, notes) VALUES ('p-hv', 'Hanneke', '', 'Verbeek', 'o-kus',"
            " 'programmaleider', '', '', '')"
        )
    engine.dispose()
    database = open_database(location_from_path(path))
    try:
        assert database.backup_path is not None and database.backup_path.exists()
        with database.session_factory() as session:
            kus = session.get(Organisation, "o-kus")
            assert kus is not None
            assert (kus.name, kus.short_name, kus.notes) == (
                "Kennisplatform Utrecht Sociaal (KUS)",
                "",
                "congres",
            )
            verbeek = session.get(Person, "p-hv")
            assert verbeek is not None and verbeek.organisation_id == "o-kus"
        editing.update_record(
            database.session_factory, "organisations", "o-kus", {"short_name": "KUS"}
        )
        with database.session_factory() as session:
            kus = session.get(Organisation, "o-kus")
            assert kus is not None and kus.short_name == "KUS"
            (entry,) = session.scalars(select(HistoryEntry)).all()
            assert (entry.list, entry.record_id, entry.field) == (
                "organisations",
                "o-kus",
                "short_name",
            )
            assert (json.loads(entry.old or "null"), json.loads(entry.new or "null")) == ("", "KUS")
    finally:
        database.close()

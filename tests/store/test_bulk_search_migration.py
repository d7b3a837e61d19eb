"""Migration 0010: PostgreSQL's search triggers step aside for a bulk write; SQLite unchanged."""

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine

from ontwikkeltafel.store.migrate import upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search_bulk import BULK_ON
from ontwikkeltafel.store.search_schema import BULK_SETTING, SOURCES
from tests.store.conftest import assert_sqlite_only_stamped, migrate

THEME = "INSERT INTO themes (id, name) VALUES ('{id}', '{name}')"


def _indexed(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql(
        "SELECT record_id, title FROM search.search_index WHERE kind = 'theme'"
    )
    return {str(row[0]): str(row[1]) for row in rows}


def _bulk_aware(connection: Connection) -> set[str]:
    """The tables whose trigger function steps aside for a bulk write."""
    found = set()
    for table in SOURCES:
        definition = connection.exec_driver_sql(
            f"SELECT pg_get_functiondef('search.index_{table}'::regproc)"
        ).scalar_one()
        if BULK_SETTING in definition:
            found.add(table)
    return found


def _write(engine: Engine, *statements: str, bulk: bool = False) -> None:
    with engine.begin() as connection:
        if bulk:
            for statement in BULK_ON:
                connection.exec_driver_sql(statement)
        for statement in statements:
            connection.exec_driver_sql(statement)


def test_a_0009_database_on_postgres_is_upgraded_and_back(empty_pg_database_url: str) -> None:
    engine = create_engine(empty_pg_database_url)
    try:
        migrate(engine, "0009")
        _write(engine, THEME.format(id="th-1", name="Gezin"), bulk=True)  # 0009: no bulk yet
        with engine.connect() as connection:
            assert _bulk_aware(connection) == set()
            assert _indexed(connection) == {"th-1": "Gezin"}

        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert _bulk_aware(connection) == set(SOURCES)
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar_one() == (SCHEMA_REVISION)
            assert _indexed(connection) == {"th-1": "Gezin"}  # the index is kept as it was
        _write(engine, THEME.format(id="th-2", name="School"))  # an ordinary write indexes
        _write(engine, THEME.format(id="th-3", name="Wijk"), bulk=True)  # a bulk one leaves it
        with engine.connect() as connection:
            assert _indexed(connection) == {"th-1": "Gezin", "th-2": "School"}
        _write(engine, "DELETE FROM themes WHERE id = 'th-2'", bulk=True)  # goes at once
        _write(engine, "UPDATE themes SET name = 'Armoede' WHERE id = 'th-1'", bulk=True)
        with engine.connect() as connection:
            assert _indexed(connection) == {"th-1": "Gezin"}  # the writer indexes it, not we

        migrate(engine, "0009", up=False)
        with engine.connect() as connection:
            assert _bulk_aware(connection) == set()
        _write(engine, THEME.format(id="th-4", name="Zorg"), bulk=True)
        with engine.connect() as connection:
            assert _indexed(connection) == {"th-1": "Gezin", "th-4": "Zorg"}
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0009_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0009", down)

"""Migration 0011: PostgreSQL's search entries numbered as written; SQLite only stamped.

At the upgrade the entries there are numbered in their table order (ctid), so the search's
newest among equal matches does not change; entries written after take higher numbers.
"""

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url

from ontwikkeltafel.store.migrate import upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from tests.store.conftest import assert_sqlite_only_stamped, migrate

THEME = "INSERT INTO themes (id, name) VALUES ('{id}', '{name}')"


def _write(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _in_order(connection: Connection, order: str) -> list[str]:
    rows = connection.exec_driver_sql(
        f"SELECT record_id FROM search.search_index WHERE kind = 'theme' ORDER BY {order}"
    )
    return [str(row[0]) for row in rows]


def _columns(connection: Connection) -> list[tuple[str, ...]]:
    rows = connection.exec_driver_sql(
        "SELECT column_name, data_type, is_nullable, coalesce(column_default, '') "
        "FROM information_schema.columns WHERE table_schema = 'search' "
        "AND table_name = 'search_index' ORDER BY ordinal_position"
    )
    return [tuple(str(value) for value in row) for row in rows]


def _sequences(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'search' AND c.relkind = 'S'"
    )
    return [str(row[0]) for row in rows]


def test_a_0010_database_on_postgres_is_upgraded_and_back(
    empty_pg_database_url: str, pg_database_url: str
) -> None:
    engine = create_engine(empty_pg_database_url)
    fresh = create_engine(pg_database_url)
    try:
        migrate(engine, "0010")
        _write(engine, *(THEME.format(id=f"th-{n}", name=f"Thema {n}") for n in range(1, 6)))
        _write(engine, "UPDATE themes SET name = 'Thema twee' WHERE id = 'th-2'")  # written anew
        _write(engine, "DELETE FROM themes WHERE id = 'th-4'")
        with engine.connect() as connection:
            placed = _in_order(connection, "ctid")
        assert placed == ["th-1", "th-3", "th-5", "th-2"]

        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar_one() == (SCHEMA_REVISION)
            assert _in_order(connection, "written") == placed  # the newest as before
            with fresh.connect() as new:  # as a new database has it
                assert _columns(connection) == _columns(new)
                assert _sequences(connection) == _sequences(new) == ["search_index_written_seq"]
        _write(
            engine, THEME.format(id="th-6", name="Thema 6"), "DELETE FROM themes WHERE id = 'th-1'"
        )
        _write(engine, "UPDATE themes SET name = 'Thema drie' WHERE id = 'th-3'")
        with engine.connect() as connection:
            assert _in_order(connection, "written") == ["th-5", "th-2", "th-6", "th-3"]

        migrate(engine, "0010", up=False)
        with engine.connect() as connection:
            assert "written" not in [column[0] for column in _columns(connection)]
            assert _sequences(connection) == []
        _write(engine, THEME.format(id="th-7", name="Thema 7"))  # the triggers still index
        with engine.connect() as connection:
            assert set(_in_order(connection, "ctid")) == {"th-5", "th-2", "th-6", "th-3", "th-7"}
    finally:
        engine.dispose()
        fresh.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0010_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0010", down)


def test_a_role_that_may_write_the_tables_numbers_entries_without_the_sequence(
    empty_pg_database_url: str,
) -> None:
    """Upgraded by another role (no default privileges for the app's), saves still index."""
    engine = create_engine(empty_pg_database_url)
    role = f"tafel_schrijver_{uuid.uuid4().hex[:8]}"
    writer = None
    try:
        migrate(engine, "0010")
        _write(
            engine,
            f"CREATE ROLE {role} LOGIN PASSWORD 'geheim'",
            f"GRANT USAGE ON SCHEMA public, search TO {role}",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, search "
            f"TO {role}",
        )
        upgrade_to_head(engine)  # the new sequence: no privilege on it for the role
        url = make_url(empty_pg_database_url).set(username=role, password="geheim")
        writer = create_engine(url)
        _write(writer, THEME.format(id="th-1", name="Gezin"), THEME.format(id="th-2", name="Wijk"))
        with writer.connect() as connection:
            assert _in_order(connection, "written") == ["th-1", "th-2"]
    finally:
        if writer is not None:
            writer.dispose()
        _write(engine, f"DROP OWNED BY {role}", f"DROP ROLE IF EXISTS {role}")
        engine.dispose()

"""Migration 0016: PostgreSQL keeps the action list's sort keys on each action, and indexes them."""

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import Action
from ontwikkeltafel.store.action_sort_keys import ACTION_COLUMNS, INDEXES
from ontwikkeltafel.store.migrate import upgrade_to_head
from tests.store.conftest import assert_sqlite_only_stamped, migrate

_ROWS = [
    "INSERT INTO people (id, first_name, prefix, last_name) VALUES ('p-1', 'Émile', 'de', 'Öz')",
    "INSERT INTO people (id, first_name, prefix, last_name) VALUES ('p-2', 'Anna', '', 'Aalst')",
    "INSERT INTO tables (id, title, status) VALUES ('t-1', 'Één tafel', 'active')",
    "INSERT INTO actions (id, number, description, status, owner_id, table_id) "
    "VALUES ('a-1', '1', 'Bellen', 'done', 'p-1', 't-1')",
    "INSERT INTO actions (id, number, description, status, owner_id, table_id) "
    "VALUES ('a-2', '2', 'Mailen', 'open', 'p-2', NULL)",
    "INSERT INTO actions (id, number, description, status) VALUES ('a-3', '3', 'Lezen', 'open')",
]
_KEYS = (
    "SELECT id, status_rank, owner_last_folded, owner_prefix_folded, owner_first_folded, "
    "table_title_folded FROM actions ORDER BY id"
)


def _write(connection: Connection, *statements: str) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


def _keys(connection: Connection) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql(_KEYS)]


def _written(connection: Connection) -> dict[str, int]:
    """Each action's search entry: the number it was written as (the newest the highest)."""
    rows = connection.exec_driver_sql(
        "SELECT record_id, written FROM search.search_index WHERE kind = 'action'"
    )
    return {str(row[0]): int(row[1]) for row in rows}


def _sort_objects(connection: Connection) -> list[str]:
    """The migration's columns, indexes, functions and triggers that are there."""
    found = connection.exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'actions' "
        "AND column_name IN ('status_rank', 'owner_last_folded', 'owner_prefix_folded', "
        "'owner_first_folded', 'table_title_folded') "
        "UNION ALL SELECT indexname FROM pg_indexes WHERE indexname = ANY(%(indexes)s) "
        "UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'action\\_%%\\_keys' "
        "UNION ALL SELECT tgname || ' on ' || tgrelid::regclass FROM pg_trigger "
        "WHERE tgname = 'action_sort_keys'",
        {"indexes": list(INDEXES)},
    )
    return sorted(str(row[0]) for row in found)


def _search_trigger(connection: Connection) -> str:
    return str(
        connection.exec_driver_sql(
            "SELECT pg_get_triggerdef(oid) FROM pg_trigger "
            "WHERE tgname = 'search_index' AND tgrelid = 'actions'::regclass"
        ).scalar_one()
    )


def test_a_0015_database_gets_the_keys_filled_kept_and_removed_going_back(
    empty_pg_database_url: str,
) -> None:
    engine = create_engine(empty_pg_database_url)
    try:
        migrate(engine, "0015")
        with engine.begin() as connection:
            _write(connection, *_ROWS)
            every_update = _search_trigger(connection)
            assert _sort_objects(connection) == []
            as_written = _written(connection)

        upgrade_to_head(engine)
        with engine.begin() as connection:
            assert _keys(connection) == [
                ("a-1", 2, fold("Öz"), "de", fold("Émile"), fold("Één tafel")),
                ("a-2", 0, "aalst", "", "anna", None),
                ("a-3", 0, None, None, None, None),
            ]
            assert len(_sort_objects(connection)) == 5 + len(INDEXES) + 3 + 3
            before = _written(connection)
            assert before == as_written  # filling the keys rewrote no search entry
            # a rename moves the keys, and leaves the actions' search entries as they were
            _write(
                connection,
                "UPDATE people SET last_name = 'Zwart' WHERE id = 'p-2'",
                "UPDATE tables SET title = 'Armoede' WHERE id = 't-1'",
                "UPDATE actions SET owner_id = 'p-1', table_id = 't-1' WHERE id = 'a-3'",
            )
            assert _keys(connection)[1][2] == "zwart"
            assert _keys(connection)[0][5] == "armoede"
            assert _keys(connection)[2] == ("a-3", 0, fold("Öz"), "de", fold("Émile"), "armoede")
            written = _written(connection)
            assert {i: written[i] for i in ("a-1", "a-2")} == {i: before[i] for i in ("a-1", "a-2")}
            assert written["a-3"] > max(before.values())  # the action itself was written
            # a person deleted: the action keeps no owner, and no key
            _write(connection, "DELETE FROM people WHERE id = 'p-1'")
            assert _keys(connection)[0][2:5] == (None, None, None)

        migrate(engine, "0015", up=False)
        with engine.begin() as connection:
            assert _sort_objects(connection) == []
            assert _search_trigger(connection) == every_update
            _write(connection, "UPDATE people SET last_name = 'Bakker' WHERE id = 'p-2'")
            assert connection.exec_driver_sql("SELECT count(*) FROM actions").scalar_one() == 3
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0015_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0015", down)


def test_the_search_trigger_fires_for_every_column_of_the_model() -> None:
    """A column added to actions: decide whether its update rewrites the search entry.

    Migration 0016 named the columns whose update fires the actions' search trigger; a new
    one the entry reads must join them (in a migration of its own), else its edits would
    not be found.
    """
    assert set(ACTION_COLUMNS.split(", ")) == set(Action.__table__.columns.keys())

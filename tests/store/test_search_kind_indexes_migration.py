"""Migration 0014: PostgreSQL's search index gets a GIN index per kind and the kinds' order."""

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.orm import Session

from ontwikkeltafel.store.migrate import upgrade_to_head
from ontwikkeltafel.store.search import search
from ontwikkeltafel.store.search_schema import CODES
from tests.store.conftest import assert_sqlite_only_stamped, migrate

#: The indexes of the search index a 0013 database has.
BEFORE = {
    "search_index_pkey": "btree (kind, record_id)",
    "search_index_document": "gin (document)",
}
#: ... and what 0014 makes of them.
AFTER = {
    "search_index_pkey": "btree (kind, record_id)",
    "search_index_kind_written": "btree (kind, written)",
    **{
        f"search_index_document_{kind}": f"gin (document) WHERE (kind = '{kind}'::text)"
        for kind in CODES
    },
}


def _indexes(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = 'search' AND tablename = 'search_index'"
    )
    return {str(name): str(sql).split(" USING ")[1] for name, sql in rows}


def _concern_titles(connection: Connection, word: str) -> list[str]:
    with Session(bind=connection) as session:
        return [hit.title for hit in search(session, word, 5) if hit.kind == "concern"]


def test_a_0013_database_gets_an_index_per_kind_and_back(empty_pg_database_url: str) -> None:
    engine = create_engine(empty_pg_database_url)
    try:
        migrate(engine, "0013")
        with engine.begin() as connection:
            for n in range(3):
                connection.exec_driver_sql(
                    "INSERT INTO concerns (id, kind, title, description, status, priority, "
                    f"resolution) VALUES ('c-{n}', 'concern', 'Wijkteam {n}', 'Overleg', "
                    "'open', 'normal', '')"
                )
            assert _indexes(connection) == BEFORE

        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert _indexes(connection) == AFTER
            # the entries there before are found through their kind's index, newest first
            assert _concern_titles(connection, "wijkteam") == [f"Wijkteam {n}" for n in (2, 1, 0)]

        migrate(engine, "0013", up=False)
        with engine.connect() as connection:
            assert _indexes(connection) == BEFORE
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0013_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0013", down)

"""Migration 0015: PostgreSQL keeps each search entry's document in its row, not apart (TOAST)."""

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.orm import Session

from ontwikkeltafel.store.migrate import upgrade_to_head
from ontwikkeltafel.store.search import search
from tests.store.conftest import assert_sqlite_only_stamped, migrate

#: A concern's text of 150 different words: its entry (some 4 kB) is over the 2 kB past
#: which PostgreSQL stores a row's large values apart, and well within a page.
LONG_TEXT = " ".join(f"signaal{n}" for n in range(150))


def _add_concern(connection: Connection, n: int) -> None:
    connection.exec_driver_sql(
        "INSERT INTO concerns (id, kind, title, description, status, priority, resolution) "
        f"VALUES ('c-{n}', 'concern', 'Wachtlijst {n}', '{LONG_TEXT}', 'open', 'normal', '')"
    )


def _stored_apart(connection: Connection) -> int:
    """How many values of live search entries the index's TOAST table holds (chunks)."""
    toast = connection.exec_driver_sql(
        "SELECT reltoastrelid::regclass::text FROM pg_class "
        "WHERE oid = 'search.search_index'::regclass"
    ).scalar_one()
    return int(connection.exec_driver_sql(f"SELECT count(*) FROM {toast}").scalar_one())


def _options(connection: Connection) -> list[str]:
    options = connection.exec_driver_sql(
        "SELECT reloptions FROM pg_class WHERE oid = 'search.search_index'::regclass"
    ).scalar_one()
    return list(options or [])


def _titles(connection: Connection, word: str) -> list[str]:
    with Session(bind=connection) as session:
        return [hit.title for hit in search(session, word, 5) if hit.kind == "concern"]


def test_a_0014_database_gets_its_entries_into_their_rows(empty_pg_database_url: str) -> None:
    engine = create_engine(empty_pg_database_url)
    try:
        migrate(engine, "0014")
        with engine.begin() as connection:
            for n in range(3):
                _add_concern(connection, n)
            assert _stored_apart(connection) > 0  # the documents, apart from their rows
            assert _options(connection) == []

        upgrade_to_head(engine)
        with engine.begin() as connection:
            assert _stored_apart(connection) == 0
            assert _options(connection) == ["toast_tuple_target=8160"]
            # the same entries, found as before: the newest first, by every word
            assert _titles(connection, "wachtlijst") == [f"Wachtlijst {n}" for n in (2, 1, 0)]
            assert _titles(connection, "signaal149") == [f"Wachtlijst {n}" for n in (2, 1, 0)]
            _add_concern(connection, 3)  # and one written since
            assert _stored_apart(connection) == 0
            assert _titles(connection, "signaal7")[0] == "Wachtlijst 3"

        migrate(engine, "0014", up=False)
        with engine.connect() as connection:
            assert _options(connection) == []
            assert len(_titles(connection, "signaal7")) == 4
    finally:
        engine.dispose()


def test_a_new_database_keeps_its_entries_in_their_rows(pg_database_url: str) -> None:
    engine = create_engine(pg_database_url)
    try:
        with engine.begin() as connection:
            assert _options(connection) == ["toast_tuple_target=8160"]
            _add_concern(connection, 1)
            assert _stored_apart(connection) == 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0014_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0014", down)

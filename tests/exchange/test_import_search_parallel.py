"""An import into an empty PostgreSQL index computes the documents in parallel first.

Migration 0012 has the writers compute each entry's document (``search.document``); a
bulk write into an empty index (a new database) computes them all in one statement that
may use parallel workers (store/search_bulk.py), with settings of its own that end with
it. Into an index that holds entries, the records written are indexed as before.
"""

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import bulk
from ontwikkeltafel.store.bulk import bulk_indexing
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.plain import Plain
from ontwikkeltafel.store.search_bulk import PARALLEL

#: The entries whose document is not what search.document makes of their title and body.
_ODD = (
    "SELECT count(*) FROM search.search_index "
    "WHERE document IS DISTINCT FROM search.document(title, body)"
)


@pytest.fixture
def pg_database(pg_database_url: str) -> Iterator[Database]:
    """A new PostgreSQL database made by init, opened as the command line opens it."""
    database = open_database(location_from_url(pg_database_url))
    yield database
    database.close()


@pytest.fixture
def fills(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which fill each bulk write took: "parallel" or "each"."""
    taken: list[str] = []
    for name, label in (("postgres_parallel_fills", "parallel"), ("postgres_fills", "each")):
        original = getattr(bulk, name)

        def spy(original: Callable[[], list[str]] = original, label: str = label) -> list[str]:
            taken.append(label)
            return original()

        monkeypatch.setattr(bulk, name, spy)
    return taken


def _settings(plain: Plain) -> dict[str, str]:
    return {name: str(plain.scalar(f"SELECT current_setting('{name}')")) for name in PARALLEL}


def test_a_new_database_is_filled_in_parallel_and_then_record_by_record(
    pg_database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    fills: list[str],
) -> None:
    import_file(pg_database, write_json(document))
    assert fills == ["parallel"]
    with pg_database.plain() as plain:
        assert plain.scalar(_ODD) == 0
        indexed = plain.scalar("SELECT count(*) FROM search.search_index")
        written = plain.rows("SELECT record_id FROM search.search_index ORDER BY written")
    assert indexed > 10

    changed = copy.deepcopy(document)
    changed["themes"][0]["name"] = "Huiselijk geweld en scholen"
    import_file(pg_database, write_json(changed, "changed.json"))
    assert fills == ["parallel", "each"]  # the index held entries: only those written
    with pg_database.plain() as plain:
        assert plain.scalar(_ODD) == 0
        assert plain.scalar("SELECT count(*) FROM search.search_index") == indexed
        again = plain.rows("SELECT record_id FROM search.search_index ORDER BY written")
    theme = changed["themes"][0]["id"]
    assert [r["record_id"] for r in again] == [
        *(r["record_id"] for r in written if r["record_id"] != theme),
        theme,  # written last, so the newest
    ]


def test_the_parallel_fill_indexes_what_is_there_and_its_settings_end_with_it(
    pg_database: Database, fills: list[str]
) -> None:
    with pg_database.plain(write=True) as plain:
        plain.run("SELECT set_config('parallel_setup_cost', '1234', true)")
        before = _settings(plain)
        with bulk_indexing(plain, 3):
            for key, name in (("th-1", "Gezinnen"), ("th-2", "Scholen"), ("th-3", "Wijk")):
                plain.run(
                    "INSERT INTO themes (id, name) VALUES (:id, :name)", {"id": key, "name": name}
                )
            plain.run("UPDATE themes SET name = 'Schulden' WHERE id = 'th-1'")
            plain.run("DELETE FROM themes WHERE id = 'th-3'")
        assert _settings(plain) == before
        assert before["parallel_setup_cost"] == "1234"
        rows = plain.rows("SELECT record_id, title FROM search.search_index ORDER BY written")
        assert [(r["record_id"], r["title"]) for r in rows] == [
            ("th-2", "Scholen"),
            ("th-1", "Schulden"),
        ]
        assert plain.scalar(_ODD) == 0
    assert fills == ["parallel"]

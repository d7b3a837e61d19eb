"""An import on PostgreSQL indexes what it wrote at the end, exactly as the triggers would.

The import's transaction turns the search triggers off (migration 0010) and indexes the
records it wrote in one statement per kind (store/search_bulk.py). Each test compares
the index it left with the one the triggers make when every indexed record is written
again, one row at a time, and searches it.
"""

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from ontwikkeltafel.services import exchange_files
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.search import search
from ontwikkeltafel.store.search_schema import SOURCES

Entry = tuple[str, str, bool, str, str, str]


@pytest.fixture
def pg_database(pg_database_url: str) -> Iterator[Database]:
    """A new PostgreSQL database made by init, opened as the command line opens it."""
    database = open_database(location_from_url(pg_database_url))
    yield database
    database.close()


def _entries(database: Database) -> list[Entry]:
    with database.plain() as plain:
        rows = plain.rows(
            "SELECT kind, record_id, confidential, title, body, document::text AS document"
            " FROM search.search_index ORDER BY kind, record_id"
        )
    return [
        (r["kind"], r["record_id"], r["confidential"], r["title"], r["body"], r["document"])
        for r in rows
    ]


def _by_the_triggers(database: Database) -> list[Entry]:
    """The index the triggers make, every indexed record written again (then rolled back)."""
    with Session(database.engine) as session, session.begin():
        for table in ("decisions", "actions", *SOURCES):  # agenda items last: they lead
            session.execute(text(f"UPDATE {table} SET id = id"))
        rows = session.execute(
            text(
                "SELECT kind, record_id, confidential, title, body, document::text"
                " FROM search.search_index ORDER BY kind, record_id"
            )
        ).all()
        session.rollback()
    return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


def _found(database: Database, query: str) -> set[str]:
    """The records a search finds that may be shown to everyone (no confidential ones)."""
    with Session(database.engine) as session:
        hits = search(session, query, include_confidential=False)
        return {hit.record_id for hit in hits}


def test_an_import_indexes_every_record_as_the_triggers_would(
    pg_database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(pg_database, write_json(document))
    entries = _entries(pg_database)
    assert entries == _by_the_triggers(pg_database)
    kinds = {entry[0] for entry in entries}
    assert kinds == {kind for kind, *_rest in SOURCES.values()}
    secret = {entry[1] for entry in entries if entry[2]}
    assert secret == {"ai-3", "d-2", "a-2"}  # the confidential item, its decision and action
    assert _found(pg_database, "casusbespreking") == set()  # confidential: not found
    assert "ai-2" in _found(pg_database, "vragen")
    assert "a-1" in _found(pg_database, "schoolconsulent")


def test_a_second_import_indexes_what_it_changed_and_keeps_the_rest(
    pg_database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(pg_database, write_json(document))
    before = {entry[1]: entry for entry in _entries(pg_database)}
    changed = copy.deepcopy(document)
    item = changed["meetings"][0]["agenda"][1]
    item["confidential"] = True  # its decision d-1 and action a-1 follow, unwritten
    changed["concerns"][0]["title"] = "Schulden bij gezinnen"
    changed["themes"][0]["name"] = "Huiselijk geweld en scholen"
    changed["practices"].append({**changed["practices"][0], "id": "pr-nieuw"})
    changed["practices"][1]["title"] = "Wijkteam op school"
    import_file(pg_database, write_json(changed, "changed.json"))

    entries = _entries(pg_database)
    assert entries == _by_the_triggers(pg_database)
    after = {entry[1]: entry for entry in entries}
    secret = {key for key, entry in after.items() if entry[2]}
    assert secret == {"ai-2", "d-1", "a-1", "ai-3", "d-2", "a-2"}
    unchanged = set(before) - {"ai-2", "d-1", "a-1", "c-1", changed["themes"][0]["id"]}
    assert {key: after[key] for key in unchanged} == {key: before[key] for key in unchanged}
    assert _found(pg_database, "schuld") == {"c-1"}  # stemmed: schulden
    assert "pr-nieuw" in _found(pg_database, "wijkteam")
    assert "ai-2" not in _found(pg_database, "vragen")  # confidential now


def test_the_triggers_index_again_after_an_import(
    pg_database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(pg_database, write_json(document))
    with pg_database.plain(write=True) as plain:  # the pool gives the import's connection
        assert plain.scalar("SELECT current_setting('ontwikkeltafel.bulk', true)") != "on"
        plain.run("UPDATE themes SET name = 'Armoede' WHERE id = :id", {"id": "th-geweld"})
    assert _found(pg_database, "armoede") == {"th-geweld"}
    assert _entries(pg_database) == _by_the_triggers(pg_database)


def test_a_refused_import_on_postgres_leaves_the_triggers_on(
    pg_database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(pg_database, write_json(document))
    bad = copy.deepcopy(document)
    bad["themes"].append({"id": "th-nieuw", "name": "Nieuw thema"})
    bad["actions"][0]["owner_id"] = "p-onbekend"
    with pytest.raises(Exception, match="p-onbekend"):
        import_file(pg_database, write_json(bad, "bad.json"))
    assert _found(pg_database, "nieuw") == set()
    with pg_database.plain(write=True) as plain:
        plain.run("INSERT INTO themes (id, name) VALUES ('th-later', 'Later thema')")
    assert _found(pg_database, "later") == {"th-later"}


@contextmanager
def _row_by_row(*_args: Any) -> Iterator[None]:
    """No bulk indexing: every trigger indexes its row as it is written."""
    yield


def _placed(database: Database) -> list[tuple[str, str]]:
    """The entries in the order they were written (the later, the newer to the search)."""
    with database.plain() as plain:
        rows = plain.rows("SELECT kind, record_id FROM search.search_index ORDER BY written")
    return [(row["kind"], row["record_id"]) for row in rows]


def test_an_import_leaves_the_index_as_the_triggers_did_row_by_row(
    pg_database: Database,
    second_pg_database_url: str,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_json(document)
    import_file(pg_database, path)
    monkeypatch.setattr(exchange_files, "bulk_indexing", _row_by_row)
    row_by_row = open_database(location_from_url(second_pg_database_url))
    try:
        import_file(row_by_row, path)
        assert _entries(pg_database) == _entries(row_by_row)
        assert _placed(pg_database) == _placed(row_by_row)  # the same newest among equals
        for query in ("vragen", "school", "ge", "gezin", "tafel"):
            assert _hits(pg_database, query) == _hits(row_by_row, query)
    finally:
        row_by_row.close()


def _hits(database: Database, query: str) -> list[tuple[str, str, bool]]:
    with Session(database.engine) as session:
        return [(h.kind, h.record_id, h.confidential) for h in search(session, query)]

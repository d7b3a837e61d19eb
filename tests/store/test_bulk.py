"""Plain bulk writes (store/bulk.py): stored forms, server defaults, unchanged rows left alone."""

import copy
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import announce
from ontwikkeltafel.store.bulk import Bulk
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url

SCRATCH = (
    "CREATE TABLE scratch (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL,"
    " held_on DATE, starts_at TIMESTAMP, status VARCHAR(20), note TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1)"
)
MOMENT = datetime(2025, 3, 1, 18, 30, 5, 12, tzinfo=UTC)


def _rows(plain: Any) -> dict[str, dict[str, Any]]:
    rows = plain.rows("SELECT * FROM scratch ORDER BY id")
    # a sqlite3.Row iterates over its values: its column names come from keys()
    return {row["id"]: {key: row[key] for key in row.keys()} for row in rows}  # noqa: SIM118


def _bulk_round(database: Database) -> tuple[dict[str, Any], dict[str, Any]]:
    """Insert two rows, update them (one the same as before), read them after each."""
    first = [
        {"id": "a", "title": "Een", "held_on": date(2025, 3, 1), "starts_at": MOMENT},
        {"id": "b", "title": "Twee", "held_on": None, "starts_at": None},
    ]
    for row in first:
        row["status"] = MeetingStatus.PLANNED
        row["theme_ids"] = ["not a column"]  # keys that are no column are left out
    with database.plain(write=True) as plain:
        plain.run(SCRATCH)
        Bulk(plain).insert("scratch", first)
    with database.plain() as plain:
        inserted = _rows(plain)
    again = copy.deepcopy(first)
    again[1]["title"] = "Twee bis"
    with database.plain(write=True) as plain:
        Bulk(plain).update("scratch", again)
    with database.plain() as plain:
        return inserted, _rows(plain)


@pytest.mark.sqlite_only("the stored forms of SQLite (the PostgreSQL ones: their own test)")
def test_rows_are_written_as_the_app_stores_them_on_sqlite(database: Database) -> None:
    inserted, updated = _bulk_round(database)
    assert inserted["a"] == {
        "id": "a",
        "title": "Een",
        "held_on": "2025-03-01",
        "starts_at": "2025-03-01 18:30:05.000012",
        "status": "planned",
        "note": "",  # a server default for a column the rows leave out
        "version": 1,
    }
    assert updated["a"]["version"] == 1  # the same values: the row was left alone
    assert (updated["b"]["title"], updated["b"]["version"]) == ("Twee bis", 2)


def test_rows_are_written_as_the_app_stores_them_on_postgres(pg_database_url: str) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        inserted, updated = _bulk_round(database)
    finally:
        database.close()
    assert inserted["a"]["held_on"] == date(2025, 3, 1)
    assert inserted["a"]["starts_at"] == MOMENT.replace(tzinfo=None)
    assert (inserted["a"]["status"], inserted["a"]["note"]) == ("planned", "")
    assert updated["a"]["version"] == 1
    assert (updated["b"]["title"], updated["b"]["version"]) == ("Twee bis", 2)


def _count_writes(path: Path) -> None:
    """Count every UPDATE of an agenda item or action from now on (in a table of the file)."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE writes_seen (what TEXT)")
        for table in ("agenda_items", "actions", "themes", "meetings"):
            connection.execute(
                f"CREATE TRIGGER count_{table} AFTER UPDATE ON {table} "
                f"BEGIN INSERT INTO writes_seen VALUES ('{table}'); END"
            )
    connection.close()


def _writes(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT what FROM writes_seen"))
    finally:
        connection.close()


def test_importing_a_file_again_rewrites_only_what_changed(
    database: Database,
    db_path: Path,
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    # Each write of an indexed record rewrites its search entry: a file imported again
    # (a real table's file: seconds per hundred agenda items) must not write every record.
    import_file(database, write_json(document))
    _count_writes(db_path)
    counts = import_file(database, write_json(document, "again.json"))
    assert counts.updated["agenda"] == len(document["meetings"][0]["agenda"])
    assert _writes(db_path) == []
    changed = copy.deepcopy(document)
    agenda = changed["meetings"][0]["agenda"]
    agenda[0]["position"], agenda[1]["position"] = agenda[1]["position"], agenda[0]["position"]
    agenda[2]["title"] = "Rondvraag en sluiting"
    import_file(database, write_json(changed, "changed.json"))
    # the two swapped items step aside first, then get their places; the third once
    assert _writes(db_path) == ["agenda_items"] * 5


@pytest.fixture
def listening(pg_database_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A connection of another program that LISTENs for announcements."""
    url = make_url(pg_database_url).set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {announce.CHANNEL}")
    yield connection
    connection.close()


def test_an_import_on_postgres_announces_everything(
    pg_database_url: str,
    listening: psycopg.Connection[Any],
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        list(listening.notifies(timeout=0.2))  # whatever opening the database said
        import_file(database, write_json(document))
    finally:
        database.close()
    heard = [n.payload for n in listening.notifies(timeout=1.0)]
    assert heard == [announce.EVERYTHING]

"""Retention: what is past it on a given day, the dry run changes nothing, apply leaves no trace."""

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.model import HistoryEntry
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.retention import (
    RETENTION_NOTE,
    apply_retention,
    kept_until,
    retention_overview,
)
from ontwikkeltafel.store.database import Database
from tests.cli_database import CliDatabase, where_of
from tests.retention_document import UNIQUE, retention_document

DEFAULT = 5
DAY = date(2026, 7, 1)


@pytest.fixture
def loaded(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> Database:
    import_file(database.session_factory, write_json(retention_document(document)))
    # An edit, so the history holds an old value naming the unique word.
    sessions = database.session_factory
    editing.update_record(sessions, "agenda_items", "ai-los", {"minutes": "Zie verslag."})
    return database


def _ids(database: Database, day: date, years: int = DEFAULT) -> list[str]:
    overview = retention_overview(database.session_factory, years, day)
    return [record.record_id for record in overview.records]


def _checksum(database: Database) -> str:
    """A digest of every row of every table (the data, not the file's bytes); either engine."""
    db_path = database.location.sqlite_path
    if db_path is None:
        return repr(CliDatabase(url=where_of(database)[1]).fingerprint())
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for (name,) in names:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            digest.update(repr((name, rows)).encode())
    return digest.hexdigest()


def test_kept_until_is_the_same_date_years_later_and_28_february_after_a_leap_day() -> None:
    assert kept_until(date(2019, 6, 30), 7) == date(2026, 6, 30)
    assert kept_until(date(2020, 2, 29), 1) == date(2021, 2, 28)


def test_past_from_the_day_after_the_last_day_kept(loaded: Database) -> None:
    # tafel-1: closed 2019-06-30, its own 7 years: kept through 2026-06-30.
    assert "tafel-1" not in _ids(loaded, date(2026, 6, 30))
    assert "tafel-1" in _ids(loaded, date(2026, 7, 1))


def test_the_tables_own_years_win_over_the_default(loaded: Database) -> None:
    # A default of 3 years would make tafel-1 past in 2022 already; its own 7 count.
    assert "tafel-1" not in _ids(loaded, date(2023, 1, 1), years=3)
    # tafel-oud has none of its own: closed 2020-01-15 + 3 years.
    assert "tafel-oud" not in _ids(loaded, date(2023, 1, 15), years=3)
    assert "tafel-oud" in _ids(loaded, date(2023, 1, 16), years=3)


def test_a_stand_alone_meeting_counts_by_its_amsterdam_day(loaded: Database) -> None:
    # 23:30 UTC on 1 March 2019 is 2 March in Amsterdam: kept through 2024-03-02.
    assert "m-los" not in _ids(loaded, date(2024, 3, 2))
    assert "m-los" in _ids(loaded, date(2024, 3, 3))
    assert "m-recent" not in _ids(loaded, DAY)


def test_the_overview_says_what_each_record_holds_and_who_is_left(loaded: Database) -> None:
    overview = retention_overview(loaded.session_factory, DEFAULT, DAY)

    assert [(r.kind, r.record_id, r.day, r.until) for r in overview.records] == [
        ("meeting", "m-los", date(2019, 3, 2), date(2024, 3, 2)),
        ("table", "tafel-1", date(2019, 6, 30), date(2026, 6, 30)),
        ("table", "tafel-oud", date(2020, 1, 15), date(2025, 1, 15)),
    ]
    table = overview.records[1]
    assert dict(table.counts) == {
        "meetings": 1,
        "agenda_items": 3,
        "decisions": 2,
        "actions": 2,
        "attendance": 3,
        "members": 3,
        "concerns": 1,  # they go with their table: said before anything is removed
        "development_points": 1,
    }
    alone = overview.records[0]
    assert (alone.count("agenda_items"), alone.count("actions"), alone.count("attendance")) == (
        1,
        1,
        1,
    )
    assert overview.undated == (("tafel-open", "Tafel zonder einde"),)
    # Bas stays (the contact of a practice); Anna, IJsbrand and Cor would be in nothing.
    assert overview.people_left == (
        ("p-anna", "Anna de Vries"),
        ("p-cor", "Cor Jansen"),
        ("p-ijs", "IJsbrand van der Berg"),
    )


def test_the_overview_changes_nothing(loaded: Database) -> None:
    before = _checksum(loaded)
    retention_overview(loaded.session_factory, DEFAULT, DAY)
    assert _checksum(loaded) == before


def test_nothing_past_is_an_empty_overview(loaded: Database) -> None:
    overview = retention_overview(loaded.session_factory, DEFAULT, date(2020, 1, 1))
    assert overview.records == () and overview.people_left == ()


def test_apply_removes_the_records_their_history_and_their_bytes(
    loaded: Database, db_path: Path
) -> None:
    sessions = loaded.session_factory
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    assert sum(p.read_bytes().count(UNIQUE.encode()) for p in files if p.exists()) > 0
    applied = apply_retention(sessions, DEFAULT, DAY)

    assert [r.record_id for r in applied.records] == ["m-los", "tafel-1", "tafel-oud"]
    assert applied.scrubbed.complete and applied.history_entries > 0
    with sqlite3.connect(db_path) as connection:

        def ids(table: str) -> set[str]:
            return {row[0] for row in connection.execute(f"SELECT id FROM {table}")}

        assert ids("tables") == {"tafel-open", "tafel-nieuw"}
        assert ids("meetings") == {"m-recent"}
        assert ids("actions") == set() and ids("agenda_items") == set()
        assert ids("concerns") == set() and ids("development_points") == set()
        assert connection.execute("SELECT count(*) FROM attendance").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM table_members").fetchone() == (0,)
        # People are never erased by retention: named, left to `person erase`.
        assert ids("people") == {"p-anna", "p-bas", "p-ijs", "p-cor"}
    assert [p for p, _n in applied.people_left] == ["p-anna", "p-cor", "p-ijs"]
    with sessions() as session:
        gone = {"tafel-1", "tafel-oud", "m-los", "m-1", "ai-los", "a-los", "c-1", "dp-1", "d-1"}
        rows = session.execute(
            select(HistoryEntry.record_id, HistoryEntry.old, HistoryEntry.new, HistoryEntry.note)
        ).all()
        left = [r for r in rows if r.record_id.split("/")[0] in gone]
    # One entry per removed table or consultation, with the note and no values.
    assert sorted((r.record_id, r.note, r.new) for r in left) == [
        ("m-los", RETENTION_NOTE, None),
        ("tafel-1", RETENTION_NOTE, None),
        ("tafel-oud", RETENTION_NOTE, None),
    ]
    assert all(r.old == "{}" for r in left)
    for path in files:
        if path.exists():
            data = path.read_bytes()
            assert data.count(UNIQUE.encode()) == 0, path
            assert data.count(b"Onderwijs en zorg") == 0, path
    assert retention_overview(sessions, DEFAULT, DAY).records == ()


def test_the_history_of_records_deleted_long_before_goes_too(loaded: Database) -> None:
    from ontwikkeltafel.store import history
    from ontwikkeltafel.store.engine import write_transaction

    sessions = loaded.session_factory
    with write_transaction(sessions) as session:  # an agenda item of m-1 deleted years ago
        gone = {"meeting_id": "m-1", "title": "Oud punt", "minutes": "Over Zonnebloemstraat 3"}
        history.record(session, "agenda", "ai-weg", None, gone, None)

    apply_retention(sessions, DEFAULT, DAY)

    with sessions() as session:
        left = session.scalars(select(HistoryEntry).where(HistoryEntry.record_id == "ai-weg"))
        assert list(left) == []

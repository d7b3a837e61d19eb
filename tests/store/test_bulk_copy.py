"""Bulk inserts on PostgreSQL through COPY (store/plain.py): the INSERTs' values and errors."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.store.bulk import Bulk
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.plain import Plain

COLUMNS = (
    "(id VARCHAR PRIMARY KEY, title TEXT NOT NULL, held_on DATE, starts_at TIMESTAMP,"
    " status VARCHAR(20), confidential BOOLEAN, minutes INTEGER, note TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1)"
)

#: Texts COPY's text format must escape (tab, newline, backslash, a literal \N) and others.
TEXTS = ["tab\there", "two\nlines\r\n", "back\\slash", "\\N", "", "Ĳssel ß œ — 😀", "a,b;'\""]


def _rows() -> list[dict[str, Any]]:
    moment = datetime(2025, 3, 1, 18, 30, 5, 12, tzinfo=UTC)
    rows: list[dict[str, Any]] = []
    for n, text in enumerate(TEXTS):
        rows.append(
            {
                "id": f"r{n}",
                "title": text,
                "held_on": date(2025, 3, n + 1) if n % 2 else None,
                "starts_at": moment if n % 3 else None,
                "status": MeetingStatus.PLANNED if n % 2 else None,
                "confidential": [True, False, None][n % 3],
                "minutes": n * 15 if n else None,
                "theme_ids": ["not a column"],
            }
        )
    return rows


def _read(plain: Plain, table: str) -> list[dict[str, Any]]:
    return [
        {key: row[key] for key in row.keys()}  # noqa: SIM118
        for row in plain.rows(f"SELECT * FROM {table} ORDER BY id")
    ]


@pytest.fixture
def pg_database(pg_database_url: str) -> Iterator[Database]:
    database = open_database(location_from_url(pg_database_url))
    with database.plain(write=True) as plain:
        plain.run(f"CREATE TABLE by_copy {COLUMNS}")
        plain.run(f"CREATE TABLE by_insert {COLUMNS}")
    yield database
    database.close()


def _no_statement_per_row(sql: str, rows: Any) -> None:
    raise AssertionError(f"a statement per row: {sql}")


def test_copy_writes_what_the_inserts_write(
    pg_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pg_database.plain(write=True) as plain:
        assert plain.dialect == "postgresql"
        with monkeypatch.context() as patch:
            patch.setattr(plain, "run_many", _no_statement_per_row)
            Bulk(plain).insert("by_copy", _rows())
        bulk = Bulk(plain)
        names = bulk._names("by_insert", _rows())
        Plain.insert_many(plain, "by_insert", names, bulk._params(names, _rows()))
    with pg_database.plain() as plain:
        copied, inserted = _read(plain, "by_copy"), _read(plain, "by_insert")
    assert copied == inserted
    assert [row["title"] for row in copied] == TEXTS
    assert copied[1]["held_on"] == date(2025, 3, 2)
    assert copied[1]["starts_at"] == datetime(2025, 3, 1, 18, 30, 5, 12)
    assert (copied[1]["status"], copied[1]["confidential"], copied[1]["minutes"]) == (
        "planned",
        False,
        15,
    )
    assert (copied[0]["held_on"], copied[0]["confidential"], copied[0]["minutes"]) == (
        None,
        True,
        None,
    )
    assert copied[2]["confidential"] is None
    assert {(row["note"], row["version"]) for row in copied} == {("", 1)}  # the defaults


def test_a_failing_copy_raises_the_inserts_error_and_writes_nothing(
    pg_database: Database,
) -> None:
    rows = _rows()
    rows[-1]["id"] = rows[0]["id"]  # the same key twice
    with pytest.raises(IntegrityError) as raised, pg_database.plain(write=True) as plain:
        Bulk(plain).insert("by_copy", [{"id": "first", "title": "Eerst"}])
        Bulk(plain).insert("by_copy", rows)
    assert raised.value.orig is not None
    assert "by_copy_pkey" in str(raised.value.orig)
    with pg_database.plain() as plain:
        assert _read(plain, "by_copy") == []
        assert plain.scalar("SELECT 1") == 1  # the connection is usable again


def _failure(database: Database, rows: list[dict[str, Any]], how: str) -> DBAPIError:
    """The error of writing ``rows`` into by_copy by COPY or by INSERT."""
    with pytest.raises(DBAPIError) as raised, database.plain(write=True) as plain:
        bulk = Bulk(plain)
        if how == "copy":
            bulk.insert("by_copy", rows)
        else:
            names = bulk._names("by_copy", rows)
            Plain.insert_many(plain, "by_copy", names, bulk._params(names, rows))
    return raised.value


def test_a_failing_copy_quotes_no_record_contents(pg_database: Database) -> None:
    # As the engine keeps DETAIL out of an INSERT's error (store/engine.py).
    secret = "Geheime Naam Jansen"
    rows = [{"id": secret, "title": "een"}, {"id": secret, "title": "twee"}]
    failure = _failure(pg_database, rows, "copy")
    assert "by_copy_pkey" in str(failure)  # DETAIL: Key (id)=(...) already exists.
    assert secret not in str(failure) and secret not in str(failure.orig)


def test_a_failing_copy_says_no_more_than_the_insert(pg_database: Database) -> None:
    # COPY adds a CONTEXT line that quotes the value: 'line 1, column minutes: "..."'.
    rows = [{"id": "a", "title": "een", "minutes": "zeer geheim"}]
    copied, inserted = _failure(pg_database, rows, "copy"), _failure(pg_database, rows, "insert")
    assert "CONTEXT" not in str(copied) and "column minutes" not in str(copied)
    assert str(copied.orig).splitlines()[0] == str(inserted.orig).splitlines()[0]

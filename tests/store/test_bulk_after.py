"""A large import into a new PostgreSQL database checks its keys and builds its indexes after.

store/bulk_after.py: the foreign keys are dropped while the rows go in and added again
(checked in one join each), the search's GIN indexes built after the entries; the
database ends with the same keys and indexes, and an import that fails or is cancelled
leaves them as they were. Where the role owns nothing (the README's app role), rows are
checked as they come: tests/store/test_bulk_search_roles.py.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.progress import Cancelled
from ontwikkeltafel.store import bulk
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.plain import EnginePlain
from tests.store.conftest import find, keys

_KEYS = (
    "SELECT CAST(conrelid AS regclass)::text || ' ' || conname || ' ' || "
    "pg_get_constraintdef(oid) || ' ' || convalidated AS k FROM pg_constraint "
    "WHERE contype = 'f' ORDER BY 1"
)
_INDEXES = "SELECT indexname || ' ' || indexdef AS k FROM pg_indexes ORDER BY 1"


def _schema(database: Database) -> tuple[list[str], list[str]]:
    with database.plain() as plain:
        return (
            [str(row["k"]) for row in plain.rows(_KEYS)],
            [str(row["k"]) for row in plain.rows(_INDEXES)],
        )


@pytest.fixture
def new_database(pg_database_url: str) -> Iterator[Database]:
    """A new PostgreSQL database (the schema made, no records), its owner's."""
    database = open_database(location_from_url(pg_database_url))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the import runs through plain SQL; the small document counts as large."""
    monkeypatch.setattr(bulk, "BULK_MIN_RECORDS", 10)
    ran: list[str] = []
    original = EnginePlain.run

    def run(self: EnginePlain, sql: str, params: Any = None) -> int:
        ran.append(sql)
        return original(self, sql, params)

    monkeypatch.setattr(EnginePlain, "run", run)
    return ran


@pytest.fixture
def small_file(write_json: Callable[..., Path], document: dict[str, Any]) -> Path:
    """The small document's exchange file."""
    return write_json(document)


def test_the_keys_and_indexes_come_back_the_same(
    new_database: Database, statements: list[str], small_file: Path
) -> None:
    before = _schema(new_database)
    assert len(before[0]) > 30 and any("gin (document)" in index for index in before[1])
    import_file(new_database, small_file)
    dropped = [sql for sql in statements if "DROP CONSTRAINT" in sql or "DROP INDEX" in sql]
    assert len(dropped) == len(before[0]) + 11  # every key, and each kind's GIN index
    assert _schema(new_database) == before  # the same, and every key checked (convalidated)
    assert ("practice", "pr-consulent") in keys(find(new_database, "schoolconsulent"))
    with new_database.plain() as plain:
        assert plain.scalar("SELECT count(*) FROM search.search_index") == 18


def test_a_cancelled_import_leaves_the_keys_and_indexes(
    new_database: Database, statements: list[str], small_file: Path
) -> None:
    before = _schema(new_database)

    def cancel_at_the_end(done: int, _total: int) -> None:
        if done >= 88:  # the rows written, the keys back, the index filled: not committed
            raise Cancelled

    with pytest.raises(Cancelled):
        import_file(new_database, small_file, progress=cancel_at_the_end)
    assert any("ADD CONSTRAINT" in sql for sql in statements)  # it got that far
    assert _schema(new_database) == before
    with new_database.plain() as plain:
        assert plain.scalar("SELECT count(*) FROM people") == 0


def test_a_small_import_checks_its_rows_as_they_come(
    new_database: Database, small_file: Path
) -> None:
    ran: list[str] = []
    original = EnginePlain.run

    def run(self: EnginePlain, sql: str, params: Any = None) -> int:
        ran.append(sql)
        return original(self, sql, params)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EnginePlain, "run", run)
        import_file(new_database, small_file)
    assert not [sql for sql in ran if "DROP CONSTRAINT" in sql or "DROP INDEX" in sql]


def test_with_someone_else_connected_the_rows_are_checked_as_they_come(
    new_database: Database, statements: list[str], small_file: Path, pg_database_url: str
) -> None:
    # Review finding: dropping a key locks its tables until the commit; a colleague's
    # window (or the importing window's own other connections) would wait for the import.
    other = create_engine(pg_database_url)
    try:
        with other.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            import_file(new_database, small_file)
    finally:
        other.dispose()
    assert not [sql for sql in statements if "DROP CONSTRAINT" in sql or "DROP INDEX" in sql]
    with new_database.plain() as plain:
        assert plain.scalar("SELECT count(*) FROM search.search_index") == 18

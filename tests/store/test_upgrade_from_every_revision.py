"""A database of every earlier schema revision opens: backed up first, migrated to head, intact.

The databases are tests/fixtures/schemas/<rev>.sqlite3, each made once by
tests/fixtures/schemas/make_fixture.py when its revision was the newest; every one present
runs here. The per-migration tests (test_*_migration.py) look at each step closely.
"""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.history_view import entries_of
from ontwikkeltafel.services.search import search_everything
from ontwikkeltafel.store.backup import backup_folder, read_revision
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.migrate import alembic_config, head_revision
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from tests.fixtures.schemas import make_fixture as fixtures
from tests.store.schema_description import describe

FOLDER = Path(fixtures.__file__).parent
PRESENT = sorted(path.stem for path in FOLDER.glob("*.sqlite3"))
EARLIER = [revision for revision in PRESENT if revision != SCHEMA_REVISION]
NEW_TEXT = "Aangevuld na de upgrade: de wachttijd is nu twaalf weken."


def item_minutes() -> str:
    """The verslag text of the fixtures' discussed item."""
    return str(fixtures.ROWS["agenda_items"][1]["minutes"])


def _described(database: Database) -> dict[str, Any]:
    with database.engine.connect() as connection:
        return describe(connection)


def _count(database: Database, table: str) -> int:
    with database.plain() as plain:
        return int(plain.scalar(f'SELECT count(*) FROM "{table}"'))


def test_there_is_a_fixture_of_every_earlier_revision() -> None:
    """The fixture of the newest revision waits until the next migration: made then."""
    known = fixtures.revisions()
    assert known[-1] == head_revision() == SCHEMA_REVISION
    missing = [rev for rev in known[:-1] if rev not in PRESENT]
    assert not missing, f"make_fixture.py {' '.join(missing)}: no database of these revisions"
    assert not set(PRESENT) - set(known), "a fixture of a revision the app does not know"


@pytest.fixture(params=EARLIER)
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of one fixture where a user keeps the database: (its revision, its path)."""
    path = tmp_path / "ontwikkeltafel.sqlite3"
    shutil.copyfile(FOLDER / f"{request.param}.sqlite3", path)
    yield request.param, path


def test_opening_an_old_database_backs_it_up_then_migrates_it_to_head(
    old_file: tuple[str, Path], tmp_path: Path
) -> None:
    revision, path = old_file
    database = open_database(location_from_path(path))
    new = open_database(location_from_path(tmp_path / "new.sqlite3"))
    try:
        backup = database.backup_path
        assert backup is not None and backup.parent == backup_folder(path)
        assert read_revision(backup) == revision  # taken before the migration ran
        assert read_revision(path) == SCHEMA_REVISION
        migrated, fresh = _described(database), _described(new)
        assert migrated.keys() == fresh.keys()
        for part in fresh:
            assert migrated[part] == fresh[part], part
    finally:
        database.close()
        new.close()


def test_the_rows_of_an_old_database_survive(old_file: tuple[str, Path]) -> None:
    revision, path = old_file
    database = open_database(location_from_path(path))
    try:
        for table, rows in fixtures.ROWS.items():
            assert _count(database, table) == len(rows), table
        sessions = database.session_factory
        item = read_record(sessions, "agenda_items", fixtures.NEXT_ITEM) or {}
        assert item["minutes"] == item_minutes()
        organisation = read_record(sessions, "organisations", fixtures.ORG) or {}
        short_name = "KION" if revision >= "0006" else ""  # the column came with 0006
        assert organisation["short_name"] == short_name
        meeting = read_record(sessions, "meetings", fixtures.MEETING) or {}
        assert meeting["title"] == "Bijeenkomst maart: de zorgroute"
    finally:
        database.close()


def test_history_and_search_work_in_an_old_database(old_file: tuple[str, Path]) -> None:
    revision, path = old_file
    database = open_database(location_from_path(path))
    try:
        sessions = database.session_factory
        found = search_everything(sessions, "zorgrou")
        kinds = {group.kind for group in found.groups}
        assert {"meeting", "agenda_item", "decision", "action"} <= kinds
        kept = entries_of(sessions, "agenda", fixtures.NEXT_ITEM)  # the adopted verslag's
        if revision >= "0005":  # the history came with 0005: its entries are kept
            assert [entry.new for entry in kept] == [item_minutes(), fixtures.OLD_MINUTES]
        else:
            assert kept == []
        update_record(sessions, "concerns", fixtures.CONCERN, {"description": NEW_TEXT})
        after = entries_of(sessions, "concerns", fixtures.CONCERN)
        assert [(entry.field, entry.new) for entry in after] == [("description", NEW_TEXT)]
        hits = search_everything(sessions, "wachttijd")
        assert [hit.id for group in hits.groups for hit in group.hits] == [fixtures.CONCERN]
    finally:
        database.close()


def test_the_fixtures_are_small() -> None:
    for revision in PRESENT:
        assert (FOLDER / f"{revision}.sqlite3").stat().st_size < 200_000, revision


def _pg_value(value: Any, column_type: str) -> Any:
    if column_type == "BOOLEAN":
        return bool(value)
    return value


def test_upgrade_on_postgresql_from_the_oldest_revision(
    empty_pg_database_url: str, pg_database_url: str, cli: Any
) -> None:
    """``--db-url URL upgrade`` brings a 0001 database to head with its rows."""
    oldest = fixtures.revisions()[0]
    engine = create_engine(empty_pg_database_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, oldest)
        have = inspect(connection)
        for table, rows in fixtures.ROWS.items():
            types = {c["name"]: str(c["type"]) for c in have.get_columns(table)}
            for row in rows:
                kept = {k: _pg_value(v, types[k]) for k, v in row.items() if k in types}
                names, marks = ", ".join(kept), ", ".join(f":{k}" for k in kept)
                connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), kept)
    engine.dispose()

    done = cli("--db-url", empty_pg_database_url, "--lang", "en", "upgrade")
    assert done.code == 0, done.err
    assert oldest in done.out and SCHEMA_REVISION in done.out

    database = open_database(location_from_url(empty_pg_database_url))
    fresh = open_database(location_from_url(pg_database_url))
    try:
        migrated, reference = _described(database), _described(fresh)
        for part in reference:
            assert migrated[part] == reference[part], part
        for table, rows in fixtures.ROWS.items():
            assert _count(database, table) == len(rows), table
        sessions = database.session_factory
        kinds = {group.kind for group in search_everything(sessions, "zorgrou").groups}
        assert {"meeting", "agenda_item", "decision", "action"} <= kinds
        update_record(sessions, "concerns", fixtures.CONCERN, {"description": NEW_TEXT})
        assert entries_of(sessions, "concerns", fixtures.CONCERN)[0].new == NEW_TEXT
    finally:
        database.close()
        fresh.close()

"""Full-text search in the store, on SQLite (FTS5) and on a real PostgreSQL server."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, text, update

from ontwikkeltafel.model import AgendaItem, Meeting, Practice, Theme
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.migrate import alembic_config
from ontwikkeltafel.store.search import MARK_END, MARK_START
from tests.store.conftest import find, keys


def searchable(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with minutes about the schoolconsulent and an accented word."""
    agenda = document["meetings"][0]["agenda"]
    agenda[1]["minutes"] = "De schoolconsulent vertelde over haar werk.\n\n- in gesprek blijven"
    agenda[1]["description"] = "Huiselijk géweld en de meldcode"
    return document


@pytest.fixture(params=["sqlite", "postgres"])
def filled(
    request: pytest.FixtureRequest,
    db_path: Path,
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> Iterator[Database]:
    """A database (SQLite, or PostgreSQL) holding the small document."""
    if request.param == "sqlite":
        location = location_from_path(db_path)
    else:
        location = location_from_url(request.getfixturevalue("pg_database_url"))
    database = open_database(location)
    try:
        import_file(database.session_factory, write_json(searchable(document)))
        yield database
    finally:
        database.close()


def test_finds_the_practice_and_the_minutes(filled: Database) -> None:
    hits = find(filled, "schoolconsulent")
    assert {("practice", "pr-consulent"), ("agenda_item", "ai-2")} <= keys(hits)
    item = next(hit for hit in hits if hit.kind == "agenda_item")
    assert item.title == "Vragen uit de praktijk"
    assert f"{MARK_START}schoolconsulent{MARK_END}" in item.snippet


def test_diacritics_do_not_matter(filled: Database) -> None:
    for typed in ("geweld", "Géweld", "GEWELD"):
        assert {("theme", "th-geweld"), ("agenda_item", "ai-2")} <= keys(find(filled, typed))


def test_last_word_is_a_prefix_while_typing(filled: Database) -> None:
    assert ("practice", "pr-consulent") in keys(find(filled, "schoolcons"))
    assert ("table", "tafel-1") in keys(find(filled, "onder"))
    assert keys(find(filled, "de vri")) == {("person", "p-anna")}
    assert find(filled, "onder xyzzy") == []


def test_people_and_organisations_by_name(filled: Database) -> None:
    people = find(filled, "IJsbrand Berg")
    assert [(hit.kind, hit.title) for hit in people] == [("person", "IJsbrand van der Berg")]
    assert ("organisation", "org-kion") in keys(find(filled, "kion"))


@pytest.mark.parametrize(
    "text", ["", "   ", '"', "*", "AND", "OR NOT", "NEAR(", "title:", "^", "-", "'", "(((", "✓"]
)
def test_odd_input_gives_no_error(filled: Database, text: str) -> None:
    assert find(filled, text) == []


def test_odd_characters_around_words_are_ignored(filled: Database) -> None:
    assert ("practice", "pr-consulent") in keys(find(filled, '"schoolconsulent*"'))
    assert ("practice", "pr-consulent") in keys(find(filled, "(schoolconsulent):^"))


def test_confidential_items_can_be_left_out(filled: Database) -> None:
    everything = keys(find(filled, "vertrouwelijk"))
    assert {("decision", "d-2"), ("action", "a-2")} <= everything
    assert keys(find(filled, "vertrouwelijk", include_confidential=False)) == set()
    assert keys(find(filled, "casusbespreking", include_confidential=False)) == set()
    assert keys(find(filled, "casusbespreking")) == {("agenda_item", "ai-3")}
    with write_transaction(filled.session_factory) as session:
        session.execute(
            update(AgendaItem).where(AgendaItem.id == "ai-3").values(confidential=False)
        )
    shown = keys(find(filled, "vertrouwelijk", include_confidential=False))
    assert {("decision", "d-2"), ("action", "a-2")} <= shown


def test_updates_and_deletes_keep_the_index_right(filled: Database) -> None:
    with write_transaction(filled.session_factory) as session:
        item = session.get(AgendaItem, "ai-2")
        assert item is not None
        item.minutes = "Nu over de brugfunctionaris."
        session.add(Theme(id="th-nieuw", name="Armoede"))
        session.execute(delete(Practice).where(Practice.id == "pr-consulent"))
    assert keys(find(filled, "schoolconsulent")) == {("action", "a-1")}
    assert keys(find(filled, "brugfunctionaris")) == {("agenda_item", "ai-2")}
    assert keys(find(filled, "armoede")) == {("theme", "th-nieuw")}
    with write_transaction(filled.session_factory) as session:
        session.execute(delete(Meeting).where(Meeting.id == "m-1"))  # cascades to its agenda
    assert find(filled, "brugfunctionaris") == []
    assert find(filled, "vertrouwelijk besluit") == []


def test_limit_per_kind(filled: Database) -> None:
    with write_transaction(filled.session_factory) as session:
        session.add_all(Theme(id=f"th-{n}", name=f"Zorgthema {n}") for n in range(30))
    hits = find(filled, "zorgthema", limit_per_kind=5)
    assert [hit.kind for hit in hits] == ["theme"] * 5
    assert find(filled, "zorgthema", limit_per_kind=0) == []


def _downgrade(database: Database, revision: str) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_upgrade_from_0001_backs_up_then_fills_the_index(
    db_path: Path, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(location_from_path(db_path))
    import_file(database.session_factory, write_json(searchable(document)))
    _downgrade(database, "0001")
    database.close()

    upgraded = open_database(location_from_path(db_path))
    try:
        assert upgraded.backup_path is not None
        assert upgraded.backup_path.parent == db_path.parent / f"{db_path.stem}-backups"
        hits = keys(find(upgraded, "schoolconsulent"))
        assert {("practice", "pr-consulent"), ("agenda_item", "ai-2")} <= hits
        with write_transaction(upgraded.session_factory) as session:
            session.add(Theme(id="th-na", name="Eenzaamheid"))
        assert keys(find(upgraded, "eenzaam")) == {("theme", "th-na")}
    finally:
        upgraded.close()
    with sqlite3.connect(upgraded.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        names = [row[0] for row in backup.execute("SELECT name FROM sqlite_master")]
        assert backup.execute("SELECT count(*) FROM practices").fetchone() == (1,)
    backup.close()
    assert not [name for name in names if name.startswith("search")]


def test_downgrade_removes_every_search_object(filled: Database) -> None:
    _downgrade(filled, "0001")
    with filled.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            query = "SELECT name FROM sqlite_master WHERE name LIKE '%search%'"
        else:
            query = (
                "SELECT tgname FROM pg_trigger WHERE tgname LIKE '%search%' UNION ALL "
                "SELECT nspname FROM pg_namespace WHERE nspname = 'search'"
            )
        assert connection.execute(text(query)).all() == []
    # Writing works without them (plain SQL: the 0001 schema has no history and no versions).
    with filled.engine.begin() as connection:
        connection.execute(text("INSERT INTO themes (id, name) VALUES ('th-later', 'Later')"))
        connection.execute(text("DELETE FROM practices"))


@pytest.mark.sqlite_only("counts the segments of the FTS5 index, which PostgreSQL has not")
@pytest.mark.parametrize("records", [1, 10_000])
def test_bulk_import_builds_the_index_in_one_go(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    records: int,
) -> None:
    import ontwikkeltafel.store.bulk as store_bulk

    monkeypatch.setattr(store_bulk, "BULK_MIN_RECORDS", records)
    with database.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        triggers = sorted(before.scalars())
    import_file(database.session_factory, write_json(searchable(document)))
    hits = keys(find(database, "schoolconsulent"))
    assert {("practice", "pr-consulent"), ("agenda_item", "ai-2"), ("action", "a-1")} <= hits
    with database.engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(after.scalars()) == triggers
    with write_transaction(database.session_factory) as session:
        session.execute(delete(Practice).where(Practice.id == "pr-consulent"))
    assert ("practice", "pr-consulent") not in keys(find(database, "schoolconsulent"))
    document["themes"].append({"id": "th-2", "name": "Armoede"})
    import_file(database.session_factory, write_json(document, "again.json"))
    assert keys(find(database, "armoede")) == {("theme", "th-2")}

"""Search while typing: prefix indexes (migration 0003), title matches first, short prefixes."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from ontwikkeltafel.model import Organisation, Sector, Theme
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.search import search_everything
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.migrate import alembic_config
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search import MARK_END, MARK_START
from tests.store.conftest import find, keys


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
    agenda = document["meetings"][0]["agenda"]
    agenda[1]["minutes"] = "Met de schoolconsulent besproken."
    agenda[1]["decisions"][0]["text"] = "De schoolconsulent blijft."
    try:
        import_file(database.session_factory, write_json(document))
        yield database
    finally:
        database.close()


def index_definition(database: Database) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
            ).scalar_one()
        )


def migrate(database: Database, revision: str, *, up: bool = False) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(config, revision)


def test_a_one_letter_last_word_is_a_whole_word(filled: Database) -> None:
    assert find(filled, "IJsbrand B") == []
    assert keys(find(filled, "IJsbrand Be")) == {("person", "p-ijs")}
    assert keys(find(filled, "b")) == set()
    assert ("person", "p-bas") in keys(find(filled, "ba"))


def test_title_matches_come_first_and_are_marked(filled: Database) -> None:
    with write_transaction(filled.session_factory) as session:
        session.add(Organisation(id="org-old", name="Buurtteam Noord", sector=Sector.WELFARE))
        session.add_all(
            Organisation(
                id=f"org-{n}", name=f"Stichting {n}", sector=Sector.WELFARE, notes="buurtteam"
            )
            for n in range(5)
        )
    hits = find(filled, "buurtt", limit_per_kind=3)
    assert len(hits) == 3
    assert hits[0].record_id == "org-old"
    assert hits[0].marked_title == f"{MARK_START}Buurtteam{MARK_END} Noord"
    assert {hit.snippet for hit in hits[1:]} == {f"{MARK_START}buurtteam{MARK_END}"}


def test_a_title_match_shows_the_marked_text_around_it(filled: Database) -> None:
    with write_transaction(filled.session_factory) as session:
        session.add(
            Organisation(
                id="org-both",
                name="Jeugdfonds",
                sector=Sector.WELFARE,
                notes="Het jeugdfonds\n\nbetaalt   sport en cultuur.",
            )
        )
        session.add(Organisation(id="org-title", name="Jeugdfonds Zuid", sector=Sector.WELFARE))
    hits = {hit.record_id: hit for hit in find(filled, "jeugdfonds")}
    assert hits["org-both"].marked_title == f"{MARK_START}Jeugdfonds{MARK_END}"
    assert hits["org-both"].snippet == (
        f"Het {MARK_START}jeugdfonds{MARK_END} betaalt sport en cultuur."
    )
    assert hits["org-title"].snippet == ""


def test_newer_records_first_among_equals(database: Database) -> None:
    with write_transaction(database.session_factory) as session:
        session.add_all(Theme(id=f"th-{n}", name=f"Wijkthema {n}") for n in range(30))
    hits = find(database, "wijkth", limit_per_kind=5)
    assert [hit.record_id for hit in hits] == ["th-29", "th-28", "th-27", "th-26", "th-25"]


def test_upgrade_from_0002_rebuilds_the_index_with_prefix_indexes(
    db_path: Path, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(location_from_path(db_path))
    import_file(database.session_factory, write_json(document))
    migrate(database, "0002")
    assert "prefix='2 3')" in index_definition(database)
    database.close()

    upgraded = open_database(location_from_path(db_path))
    try:
        assert "prefix='2 3 4 5 6'" in index_definition(upgraded)
        assert upgraded.backup_path is not None
        for typed in ("schoo", "schoolc", "Onderw", "Géwel", "jeugdverpl"):
            assert find(upgraded, typed), typed
        assert ("practice", "pr-consulent") in keys(find(upgraded, "schoolcons"))
        with write_transaction(upgraded.session_factory) as session:  # triggers work again
            session.add(Theme(id="th-na", name="Eenzaamheid"))
        assert keys(find(upgraded, "eenza")) == {("theme", "th-na")}
        with upgraded.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT k, v FROM search_index_config").all()
        config = {key: value for key, value in rows}
        assert config["hashsize"] == 64 * 1024 * 1024
    finally:
        upgraded.close()


def test_0003_goes_down_and_up_on_both_engines(filled: Database) -> None:
    migrate(filled, "0002")
    if filled.engine.dialect.name == "sqlite":
        assert keys(find(filled, "schoolcons")) >= {("practice", "pr-consulent")}
    else:  # the search reads migration 0011's column; the app upgrades a database it opens
        with filled.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT kind, record_id FROM search.search_index "
                "WHERE document @@ to_tsquery('simple', 'schoolcons:*')"
            )
            assert {(str(kind), str(record_id)) for kind, record_id in found} >= {
                ("practice", "pr-consulent")
            }
    migrate(filled, "head", up=True)
    assert keys(find(filled, "schoolcons")) >= {("practice", "pr-consulent")}
    with filled.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == SCHEMA_REVISION


@pytest.mark.sqlite_only("counts the segments of the FTS5 index, which PostgreSQL has not")
def test_a_bulk_rebuild_leaves_few_segments(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ontwikkeltafel.store.bulk as store_bulk
    from ontwikkeltafel.store.plain import plain_in

    monkeypatch.setattr(store_bulk, "BULK_MIN_RECORDS", 1)
    ticks: list[None] = []
    with write_transaction(database.session_factory) as session:
        plain = plain_in(session)
        with store_bulk.bulk_indexing(plain, 100, lambda: ticks.append(None)):
            session.add_all(Theme(id=f"th-{n}", name=f"Thema {n}") for n in range(100))
            session.flush()
    assert len(ticks) == store_bulk.INDEX_STEPS
    with database.engine.connect() as connection:
        segments = connection.exec_driver_sql(
            "SELECT count(DISTINCT segid) FROM search_index_idx"
        ).scalar_one()
    assert segments == 1
    assert len(find(database, "thema", limit_per_kind=200)) == 100


def test_the_service_finds_the_meeting_of_each_hit(filled: Database) -> None:
    results = search_everything(filled.session_factory, "schoolconsulent")
    opened = {hit.kind: (hit.id, hit.meeting_id) for group in results.groups for hit in group.hits}
    assert opened == {
        "agenda_item": ("ai-2", "m-1"),
        "decision": ("d-1", "m-1"),
        "action": ("a-1", "m-1"),
        "practice": ("pr-consulent", None),
    }


@pytest.mark.sqlite_only("counts the segments of the FTS5 index, which PostgreSQL has not")
def test_a_small_import_into_an_empty_database_builds_the_index_in_one_go(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    # A small table's file (far below the bulk size) into a new database: the index is
    # written at once, not row by row through the triggers (a segment per row, slow).
    import_file(database.session_factory, write_json(document))
    with database.engine.connect() as connection:
        segments = connection.exec_driver_sql(
            "SELECT count(DISTINCT segid) FROM search_index_idx"
        ).scalar_one()
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        ).scalar_one()
    assert segments == 1
    assert triggers == 34
    assert ("theme", "th-geweld") in keys(find(database, "gezin"))

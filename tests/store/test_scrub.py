"""After an anonymisation the search index is whole again and the old rows are gone (SQLite, PG)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from ontwikkeltafel.services import editing
from ontwikkeltafel.services.erasure import anonymise_person, scrub_note
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url, resolve_location
from ontwikkeltafel.store.search import search
from ontwikkeltafel.store.shared_setup import init_database
from tests.store.shared_roles import Shared, grant


def _named(document: dict[str, Any]) -> dict[str, Any]:
    document["meetings"][0]["agenda"][1]["minutes"] = "Anna de Vries bracht een casus in."
    return document


def _found(database: Database, words: str) -> set[str]:
    with database.session_factory() as session:
        return {hit.record_id for hit in search(session, words)}


def test_the_search_index_is_rebuilt_and_keeps_following_edits(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(_named(document)))
    assert "ai-2" in _found(database, "Vries")

    anonymise_person(database.session_factory, "p-anna", "coach")

    assert _found(database, "Vries") == set() and _found(database, "Anna") == set()
    assert "ai-2" in _found(database, "coach bracht")
    # The triggers are back: a later edit is found, the text it replaced is not.
    editing.update_record(
        database.session_factory, "concerns", "c-1", {"description": "Zonnebloem"}
    )
    assert _found(database, "Zonnebloem") == {"c-1"}


def test_on_postgresql_the_touched_tables_are_written_anew(
    pg_database_url: str, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(resolve_location(None, pg_database_url, {}))
    try:
        import_file(database.session_factory, write_json(_named(document)))
        engine = database.engine

        def files() -> dict[str, int]:
            with engine.connect() as connection:
                rows = connection.execute(
                    text(
                        "SELECT relname, relfilenode FROM pg_class "
                        "WHERE relname IN ('people', 'history', 'agenda_items')"
                    )
                )
                return {name: int(node) for name, node in rows}

        before = files()
        anonymise_person(database.session_factory, "p-anna", "coach")

        assert all(files()[name] != node for name, node in before.items())
        with engine.connect() as connection:
            naming = connection.execute(
                text("SELECT count(*) FROM agenda_items WHERE minutes LIKE '%Vries%'")
            ).scalar_one()
            history = connection.execute(
                text("SELECT count(*) FROM history WHERE old LIKE '%Vries%' OR new LIKE '%Vries%'")
            ).scalar_one()
        assert naming == 0 and history == 0
        assert _found(database, "Vries") == set() and "ai-2" in _found(database, "coach")
    finally:
        database.close()


def test_under_the_apps_own_role_an_anonymisation_says_the_owner_must_vacuum(
    shared: Shared, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    # PostgreSQL skips VACUUM of a table the role does not own with only a warning: the old
    # rows' bytes stay in the data files while the scrub looked complete.
    init_database(location_from_url(shared.owner_url))
    grant(shared)
    database = open_database(location_from_url(shared.app_url))
    try:
        import_file(database.session_factory, write_json(_named(document)))
        outcome = anonymise_person(database.session_factory, "p-anna", "coach")
    finally:
        database.close()
    assert not outcome.scrubbed.complete
    owner = make_url(shared.owner_url).username
    assert owner is not None
    note = scrub_note(outcome.scrubbed, "nl")
    assert note is not None
    assert owner in note and "VACUUM (FULL)" in note and "people" in note
    assert "opgeslagen" in note  # the change itself stands

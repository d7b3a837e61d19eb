"""Migration 0008: a PostgreSQL database of revision 0007 is upgraded and its search stems."""

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.orm import Session

from ontwikkeltafel.store.migrate import alembic_config, upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search import search
from tests.store.conftest import _new_pg_database
from tests.store.search_configs import UNACCENTED, text_search_mappings

THEMES = {
    "th-gezin": "Gezin",
    "th-gezinnen": "Gezinnen met schulden",
    "th-school": "School en zorg",
    "th-scholen": "Scholen in de wijk",
}


@pytest.fixture
def old_engine(pg_url: str) -> Iterator[Engine]:
    """A new database on the test server at revision 0007, holding THEMES."""
    for url in _new_pg_database(pg_url):
        engine = create_engine(url)
        try:
            _migrate(engine, "0007", up=True)
            with engine.begin() as connection:
                for key, name in THEMES.items():
                    connection.exec_driver_sql(
                        "INSERT INTO themes (id, name) VALUES (%s, %s)", (key, name)
                    )
            yield engine
        finally:
            engine.dispose()


def _migrate(engine: Engine, revision: str, *, up: bool) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(config, revision)


def _found(engine: Engine, text: str) -> set[str]:
    with Session(engine) as session:
        return {hit.record_id for hit in search(session, text)}


def _scalar(connection: Connection, statement: str) -> object:
    return connection.exec_driver_sql(statement).scalar_one()


def _document(connection: Connection) -> str:
    """What computes the documents: the generated column, or since 0012 search.document."""
    return str(
        _scalar(
            connection,
            "SELECT coalesce(generation_expression, (SELECT prosrc FROM pg_proc "
            "WHERE proname = 'document' AND pronamespace = 'search'::regnamespace)) "
            "FROM information_schema.columns "
            "WHERE table_schema = 'search' AND column_name = 'document'",
        )
    )


def test_a_0007_database_is_upgraded_and_its_search_then_stems(old_engine: Engine) -> None:
    with old_engine.connect() as connection:
        assert "'simple'" in _document(connection)
        # 0002's fold knew a fixed list of accents: not the letter Ĳ, nor Ł or ź.
        assert _scalar(connection, "SELECT search.fold('Ĳssel Łódź')") != "ijssel lodz"
        old_hits = connection.exec_driver_sql(
            "SELECT record_id FROM search.search_index "
            "WHERE document @@ to_tsquery('simple', 'gezinnen')"
        ).scalars()
        assert set(old_hits) == {"th-gezinnen"}

    upgrade_to_head(old_engine)

    with old_engine.connect() as connection:
        assert _scalar(connection, "SELECT version_num FROM alembic_version") == SCHEMA_REVISION
        assert "search.stems" in _document(connection)  # Dutch stems (0008), since 0012 so
        assert _scalar(connection, "SELECT count(*) FROM search.search_index") == len(THEMES)
        assert _scalar(connection, "SELECT search.fold(' Ĳssel Łódź ')") == "ijssel lodz"
        mappings = text_search_mappings(connection)
    assert {key: value for key, value in mappings.items() if "unaccent" in value} == UNACCENTED
    assert _found(old_engine, "gezinnen") == {"th-gezin", "th-gezinnen"}
    assert _found(old_engine, "scholen") == {"th-school", "th-scholen"}
    assert _found(old_engine, "school wijk") == {"th-scholen"}
    # The triggers index what is written after the upgrade the new way too.
    with old_engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO themes (id, name) VALUES ('th-nieuw', 'Schulden van gezinnen')"
        )
    assert _found(old_engine, "gezin schulden") == {"th-gezinnen", "th-nieuw"}


def test_0008_goes_down_to_the_simple_index_and_up_again(old_engine: Engine) -> None:
    upgrade_to_head(old_engine)
    _migrate(old_engine, "0007", up=False)
    with old_engine.connect() as connection:
        assert "'simple'" in _document(connection)
        assert _scalar(connection, "SELECT count(*) FROM search.search_index") == len(THEMES)
        assert text_search_mappings(connection) == {}
        # The extension was made in the schema search, and went with it.
        assert _scalar(connection, "SELECT count(*) FROM pg_extension") == 1  # plpgsql
    upgrade_to_head(old_engine)
    assert _found(old_engine, "scholen") == {"th-school", "th-scholen"}


def test_an_unaccent_extension_already_in_public_is_used(old_engine: Engine) -> None:
    with old_engine.begin() as connection:
        connection.exec_driver_sql("CREATE EXTENSION unaccent SCHEMA public")
    upgrade_to_head(old_engine)
    with old_engine.connect() as connection:
        where = "SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n "
        where += "ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        assert _scalar(connection, where) == "public"
        definition = str(_scalar(connection, "SELECT pg_get_functiondef('search.fold'::regproc)"))
        assert "public.unaccent(" in definition
        assert _scalar(connection, "SELECT search.fold('Özdemir')") == "ozdemir"
        mappings = text_search_mappings(connection)
    assert {key: value for key, value in mappings.items() if "unaccent" in value} == UNACCENTED
    assert _found(old_engine, "gezinnen") == {"th-gezin", "th-gezinnen"}
    # Going down leaves an extension the database had before alone.
    _migrate(old_engine, "0007", up=False)
    with old_engine.connect() as connection:
        assert _scalar(connection, "SELECT count(*) FROM pg_extension") == 2

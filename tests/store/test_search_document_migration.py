"""Migration 0012: PostgreSQL's documents computed by search.document; SQLite only stamped.

The document was a generated column; now the writers compute it, each text parsed once
(the Dutch stems from its distinct words). A document made so has the same words with
the same weights as the old column's (their positions differ: nothing reads them), also
for texts with accents, hyphens, numbers, web and mail addresses.
"""

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine

from ontwikkeltafel.store.migrate import upgrade_to_head
from tests.store.conftest import assert_sqlite_only_stamped, migrate

#: Organisations (name, notes) whose texts the parser splits in every way it knows.
TEXTS = {
    "o-1": ("Gezinnen met schulden", "Café-eigenaren en één naïeve coördinator; de wijk."),
    "o-2": (
        "Zie https://www.gemeente.nl/artikel/123?x=1",
        "Of mail j.de.vries@gemeente.nl, www.jeugd.nl en /usr/local/bin of C:\\pad\\x.txt",
    ),
    "o-3": ("Versie 2.5.1", "3,5 procent in 2019-07, -12 en 1e5; abc123, e-mailadres 12-jarig"),
    "o-4": ("Ĳsselmonde", "Łódź, straße, œuvre, ﬁets; sociaal-emotionele ontwikkeling"),
    "o-5": ("de het een", "van en of"),
    "o-6": ("", ""),
}

#: A document as a set: each word with its weights (positions left out).
SHAPE = (
    "SELECT record_id, array_agg(lexeme || ':' || array_to_string(ARRAY(SELECT DISTINCT w "
    "FROM unnest(weights) AS w ORDER BY 1), '') ORDER BY lexeme) AS shape "
    "FROM search.search_index, unnest({document}) GROUP BY record_id ORDER BY record_id"
)


def _write(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _organisations() -> list[str]:
    insert = (
        "INSERT INTO organisations (id, name, sector, notes) VALUES ('{}', '{}', 'other', '{}')"
    )
    return [
        insert.format(key, name.replace("'", "''"), notes.replace("'", "''"))
        for key, (name, notes) in TEXTS.items()
    ]


def _shapes(connection: Connection, document: str = "document") -> dict[str, list[str]]:
    rows = connection.exec_driver_sql(SHAPE.format(document=document))
    return {str(row[0]): list(row[1]) for row in rows}


def _documents(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql(
        "SELECT record_id, document::text FROM search.search_index ORDER BY record_id"
    )
    return {str(row[0]): str(row[1]) for row in rows}


def _generated(connection: Connection) -> str:
    return str(
        connection.exec_driver_sql(
            "SELECT is_generated FROM information_schema.columns "
            "WHERE table_schema = 'search' AND column_name = 'document'"
        ).scalar_one()
    )


def _count(connection: Connection, statement: str) -> int:
    return int(connection.exec_driver_sql(statement).scalar_one())


def _found(connection: Connection, query: str) -> set[str]:
    rows = connection.exec_driver_sql(
        "SELECT record_id FROM search.search_index WHERE document @@ CAST(%s AS tsquery)",
        (query,),
    )
    return {str(row[0]) for row in rows}


def test_a_0011_database_keeps_its_documents_and_computes_new_ones_alike(
    empty_pg_database_url: str,
) -> None:
    engine = create_engine(empty_pg_database_url)
    try:
        migrate(engine, "0011")
        _write(engine, *_organisations())
        with engine.connect() as connection:
            assert _generated(connection) == "ALWAYS"
            old_shapes, old_documents = _shapes(connection), _documents(connection)
        assert old_shapes["o-1"]  # words and stems there

        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert _generated(connection) == "NEVER"
            assert _documents(connection) == old_documents  # kept as they were
            computed = _shapes(connection, "search.document(title, body)")
            assert computed == old_shapes
            assert _count(connection, "SELECT count(*) FROM pg_ts_config WHERE cfgname = 'stems'")
        # Written anew by the triggers: the same words, stems and weights.
        _write(engine, "UPDATE organisations SET id = id")
        with engine.connect() as connection:
            assert _shapes(connection) == old_shapes
            assert _documents(connection) != old_documents  # only the positions differ
            assert _found(connection, "'schuld':A") == {"o-1"}  # stemmed, in the title
            assert _found(connection, "'coordinator':B & 'eigenar'") == {"o-1"}
            assert _found(connection, "'www.jeugd.nl'") == {"o-2"}
            assert _found(connection, "x") == set()  # only in addresses: no word of its own

        migrate(engine, "0011", up=False)
        with engine.connect() as connection:
            assert _generated(connection) == "ALWAYS"
            assert _shapes(connection) == old_shapes
            assert not _count(
                connection, "SELECT count(*) FROM pg_ts_config WHERE cfgname = 'stems'"
            )
            assert not _count(connection, "SELECT count(*) FROM pg_proc WHERE proname = 'document'")
            indexes = connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'search'"
            ).scalars()
            assert set(indexes) == {"search_index_pkey", "search_index_document"}
        _write(engine, "UPDATE organisations SET name = 'Scholen' WHERE id = 'o-5'")
        with engine.connect() as connection:
            assert _found(connection, "scholen:A & schol:A") == {"o-5"}
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0011_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0011", down)

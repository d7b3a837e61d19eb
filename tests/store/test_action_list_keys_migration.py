"""Migration 0013: PostgreSQL keeps the folded description, and the action list's indexes."""

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.store.migrate import upgrade_to_head
from tests.store.conftest import assert_sqlite_only_stamped, migrate

#: Descriptions with accents, case and blanks around.
TEXTS = {
    "a-1": "  Overleg met de GGD ",
    "a-2": "Évaluatie met één ouder",
    "a-3": "ökonomie",
    "a-4": "Brief aan ouders",
}
INDEXES = {
    "ix_actions_description_folded": "(description_folded, id)",
    "ix_actions_description_folded_desc": "(description_folded DESC, id)",
    "ix_actions_number_desc": "(number DESC, id)",
}


def _write(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _keys(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql("SELECT id, description_folded FROM actions")
    return {str(row[0]): str(row[1]) for row in rows}


def _indexes(connection: Connection) -> dict[str, str]:
    rows = connection.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'actions'"
    )
    return {str(name): str(sql) for name, sql in rows if str(name) in INDEXES}


def _column(connection: Connection) -> list[tuple[str, str]]:
    rows = connection.exec_driver_sql(
        "SELECT is_generated, generation_expression FROM information_schema.columns "
        "WHERE table_name = 'actions' AND column_name = 'description_folded'"
    )
    return [(str(row[0]), str(row[1])) for row in rows]


def test_a_0012_database_gets_the_keys_filled_and_kept_and_loses_them_going_back(
    empty_pg_database_url: str,
) -> None:
    engine = create_engine(empty_pg_database_url)
    insert = (
        "INSERT INTO actions (id, number, description, status) VALUES ('{}', '{}', '{}', 'open')"
    )
    try:
        migrate(engine, "0012")
        _write(engine, *(insert.format(i, i, text) for i, text in TEXTS.items()))

        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert _column(connection) == [("ALWAYS", "search.fold((description)::text)")]
            # the rows there before: their fold, as the app folds (i18n.fold)
            assert _keys(connection) == {i: fold(text) for i, text in TEXTS.items()}
            assert _keys(connection)["a-1"] == "overleg met de ggd"
            indexes = _indexes(connection)
        assert {name: sql[sql.index("(") :] for name, sql in indexes.items()} == INDEXES
        # kept by the server as the description is written
        _write(
            engine,
            insert.format("a-5", "a-5", "Ĳsselmonde"),
            "UPDATE actions SET description = 'Zorgpad Één' WHERE id = 'a-4'",
        )
        with engine.connect() as connection:
            keys = _keys(connection)
        assert keys["a-5"] == fold("Ĳsselmonde")
        assert keys["a-4"] == "zorgpad een"

        migrate(engine, "0012", up=False)
        with engine.connect() as connection:
            assert _column(connection) == []
            assert _indexes(connection) == {}
            descriptions = connection.exec_driver_sql("SELECT count(*) FROM actions").scalar_one()
        assert descriptions == 5
    finally:
        engine.dispose()


@pytest.mark.parametrize("down", [False, True])
def test_a_0012_sqlite_file_only_changes_its_stamp(tmp_path: Path, down: bool) -> None:
    assert_sqlite_only_stamped(tmp_path, "0012", down)

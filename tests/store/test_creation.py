"""A new database is made without Alembic, and equals one made by running every migration."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from ontwikkeltafel.store.creation import sqlite_statements
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.location import DatabaseLocation, location_from_path, location_from_url
from ontwikkeltafel.store.migrate import upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.shared_setup import init_database
from ontwikkeltafel.store.sqlite_schema import STATEMENTS
from tests.store.schema_description import describe


@pytest.fixture(params=["sqlite", "postgres"])
def two_locations(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[DatabaseLocation, DatabaseLocation]]:
    """Two new, empty databases of one engine."""
    if request.param == "sqlite":
        yield location_from_path(tmp_path / "a.sqlite3"), location_from_path(tmp_path / "b.sqlite3")
    else:
        first = request.getfixturevalue("empty_pg_database_url")
        second = request.getfixturevalue("second_empty_pg_database_url")
        yield location_from_url(first), location_from_url(second)


def _described(engine: Engine) -> dict[str, Any]:
    try:
        with engine.connect() as connection:
            return describe(connection)
    finally:
        engine.dispose()


def test_a_new_database_equals_one_made_by_every_migration(
    two_locations: tuple[DatabaseLocation, DatabaseLocation],
) -> None:
    new, migrated = two_locations
    init_database(new)  # a file: as opening it makes it; a server: its owner's init
    engine = make_engine(migrated)
    upgrade_to_head(engine)
    engine.dispose()
    fresh, reference = _described(make_engine(new)), _described(make_engine(migrated))
    assert fresh.keys() == reference.keys()
    for part in reference:
        assert fresh[part] == reference[part], part


def test_a_new_sqlite_file_is_made_without_alembic_or_sqlalchemy(tmp_path: Path) -> None:
    # Alembic takes about 0.1 s to import, SQLAlchemy 0.2 s: a new file is made with sqlite3
    # from the statements store.sqlite_schema keeps.
    code = (
        "import sys; from pathlib import Path\n"
        "from ontwikkeltafel.store.database import open_database\n"
        "from ontwikkeltafel.store.location import location_from_path\n"
        "open_database(location_from_path(Path(sys.argv[1]))).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy')))\n"
    )
    path = tmp_path / "new.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    with make_engine(location_from_path(path)).connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
            (SCHEMA_REVISION,)
        ]


def test_the_stored_sqlite_schema_is_what_the_model_makes() -> None:
    # After a change to the model or the search schema: regenerate it with
    # python -m ontwikkeltafel.store.creation > src/ontwikkeltafel/store/sqlite_schema.py
    # (the indexes of a table come in the order of a set: their order does not matter)
    assert sorted(sqlite_statements()) == sorted(STATEMENTS)

"""Fixtures and helpers of the store tests: search helpers; the PostgreSQL ones live in tests/.

The throwaway PostgreSQL server and its databases (``pg_url``, ``pg_database_url``, ...)
moved up to tests/conftest.py, for every folder whose tests run on both engines.
"""

from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Engine, create_engine

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.migrate import alembic_config, upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search import Hit, search
from tests.conftest import _new_pg_database  # noqa: F401  (used by test_dutch_search_migration)
from tests.store.shared_roles import shared  # noqa: F401  (a fixture of every store test)


def find(database: Database, text: str, **options: Any) -> list[Hit]:
    with database.session_factory() as session:
        return search(session, text, **options)


def keys(hits: list[Hit]) -> set[tuple[str, str]]:
    return {(hit.kind, hit.record_id) for hit in hits}


def migrate(engine: Engine, revision: str, *, up: bool = True) -> None:
    """Upgrade (or downgrade) ``engine``'s database to ``revision`` with alembic."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(config, revision)


def _sqlite_schema(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        )
        return [(str(row[0]), str(row[1])) for row in rows]


def assert_sqlite_only_stamped(tmp_path: Path, revision: str, down: bool) -> None:
    """A SQLite file at ``revision`` upgraded to the head (and back if ``down``): same schema."""
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        migrate(engine, revision)
        before = _sqlite_schema(engine)
        upgrade_to_head(engine)
        if down:
            migrate(engine, revision, up=False)
        assert _sqlite_schema(engine) == before
        with engine.connect() as connection:
            stamp = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert stamp.scalar_one() == (revision if down else SCHEMA_REVISION)
    finally:
        engine.dispose()

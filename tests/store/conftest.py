"""Fixtures and helpers of the store tests: search helpers; the PostgreSQL ones live in tests/.

The throwaway PostgreSQL server and its databases (``pg_url``, ``pg_database_url``, ...)
moved up to tests/conftest.py, for every folder whose tests run on both engines.
"""

from typing import Any

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.search import Hit, search
from tests.conftest import _new_pg_database  # noqa: F401  (used by test_dutch_search_migration)
from tests.store.shared_roles import shared  # noqa: F401  (a fixture of every store test)


def find(database: Database, text: str, **options: Any) -> list[Hit]:
    with database.session_factory() as session:
        return search(session, text, **options)


def keys(hits: list[Hit]) -> set[tuple[str, str]]:
    return {(hit.kind, hit.record_id) for hit in hits}

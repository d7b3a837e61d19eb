"""A server database with a schema named after the role: the app finds its tables in public.

PostgreSQL's default search path is ``"$user", public``: once a schema named after the
role exists, ``current_schema()`` is that (empty) schema while every table of ours is in
public. The statements find them through the search path; so must the app's lookups of
a table's columns (the import's bulk writes) and of the schema's revision (opening).
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"


def _role_schema(url: str) -> None:
    """``CREATE SCHEMA`` named after the connecting role (as that role, the database's owner)."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            role = connection.exec_driver_sql("SELECT current_user").scalar_one()
            connection.exec_driver_sql(f'CREATE SCHEMA "{role}"')
            schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
            assert schema == role  # what the app must not take for where its tables are
    finally:
        engine.dispose()


def test_import_and_export_find_the_tables_in_public(
    pg_database_url: str, cli: Callable[..., Any], tmp_path: Path
) -> None:
    _role_schema(pg_database_url)
    imported = cli("--db-url", pg_database_url, "import", DEMO)
    assert (imported.code, imported.err) == (0, "")
    out = tmp_path / "export.json"
    exported = cli("--db-url", pg_database_url, "export", "-o", out)
    assert (exported.code, exported.err) == (0, "")
    assert '"agenda"' in out.read_text(encoding="utf-8")
    engine = create_engine(pg_database_url)
    try:
        with engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            ).scalar_one()
    finally:
        engine.dispose()
    assert tables == 0  # nothing was made in the role's schema

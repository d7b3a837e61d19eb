"""The export on a real PostgreSQL server writes what it writes on SQLite: the same SQL, one file.

The demo (five tables, adopted verslagen, documents sent) is imported into both; every
export, of everything and of each table, must be the same text but for the moment of the
export and the ids and moments of the history entries each import made of its own.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.plain import EnginePlain

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"


def _parts(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The file's text up to its history (without ``exported_at``), and the history's entries
    without the id and moment each import gave them."""
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition('"history": [')
    lines = [line for line in head.splitlines() if not line.startswith('"exported_at"')]
    history = json.loads("[" + tail.rsplit("]", 1)[0] + "]")
    for entry in history:
        entry.pop("id"), entry.pop("at")
    return "\n".join(lines), history


def test_every_export_on_postgres_equals_sqlite(
    pg_database_url: str, cli: Callable[..., Any], tmp_path: Path
) -> None:
    sqlite_db = tmp_path / "reference.sqlite3"
    for where in (("--db-url", pg_database_url), ("--db", str(sqlite_db))):
        imported = cli(*where, "import", DEMO)
        assert imported.code == 0, imported.err
    tables = [t["id"] for t in json.loads(DEMO.read_text(encoding="utf-8"))["tables"]]
    for scope in ([], *(["--table", table] for table in tables)):
        on_postgres, on_sqlite = tmp_path / "postgres.json", tmp_path / "sqlite.json"
        for where, out in (
            (("--db-url", pg_database_url), on_postgres),
            (("--db", str(sqlite_db)), on_sqlite),
        ):
            exported = cli(*where, "export", "-o", out, *scope)
            assert exported.code == 0, exported.err
        assert _parts(on_postgres) == _parts(on_sqlite), scope
    head, history = _parts(on_sqlite)
    assert '"adoption": {"on": ' in head and history


def test_the_export_reads_postgres_through_plain_sql(pg_database_url: str) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        with database.plain() as plain:
            assert isinstance(plain, EnginePlain) and plain.dialect == "postgresql"
    finally:
        database.close()

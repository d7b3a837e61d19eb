"""A whole database and a single table move from SQLite to PostgreSQL and back, history and all.

The demo is loaded on SQLite and exported; that file is imported into a PostgreSQL
database made by ``init`` and exported again, then moved back into a new SQLite file.
Every export is the same document but for ``exported_at`` (an import carries the
history over and adds none of its own). The same for one table (``export --table``).
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.services.demo import load_demo
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def _document(path: Path) -> dict[str, Any]:
    """The exported document without the moment of the export."""
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def _export(cli: Cli, where: tuple[str, str], out: Path, *scope: str) -> dict[str, Any]:
    exported = cli(*where, "export", "-o", out, *scope)
    assert exported.code == 0, exported.err
    return _document(out)


def _import(cli: Cli, where: tuple[str, str], path: Path) -> None:
    imported = cli(*where, "import", path)
    assert imported.code == 0, imported.err


def _demo(db_path: Path) -> Database:
    """The demo loaded into a new SQLite file (the test's db_path: SQLite, not parametrised)."""
    database = open_database(location_from_path(db_path))
    load_demo(database)
    return database


def _moved(cli: Cli, db_path: Path, postgres: str, tmp_path: Path, *scope: str) -> None:
    """Export ``scope`` of the demo on SQLite, move it to PostgreSQL and back to a new
    SQLite file; every export is the first one."""
    on_sqlite = ("--db", str(db_path))
    first = _export(cli, on_sqlite, tmp_path / "sqlite.json", *scope)
    assert first["history"], "the demo has history"
    on_postgres = ("--db-url", postgres)
    _import(cli, on_postgres, tmp_path / "sqlite.json")
    assert _export(cli, on_postgres, tmp_path / "postgres.json", *scope) == first
    back = ("--db", str(tmp_path / "back.sqlite3"))
    _import(cli, back, tmp_path / "postgres.json")
    assert _export(cli, back, tmp_path / "back.json", *scope) == first


def test_the_whole_database_moves_to_postgres_and_back(
    db_path: Path, cli: Cli, pg_database_url: str, tmp_path: Path
) -> None:
    _demo(db_path).close()
    _moved(cli, db_path, pg_database_url, tmp_path)


def test_a_single_table_moves_to_postgres_and_back(
    db_path: Path, cli: Cli, pg_database_url: str, tmp_path: Path
) -> None:
    database = _demo(db_path)
    try:
        with database.plain() as plain:
            tables = [row["id"] for row in plain.rows("SELECT id FROM tables ORDER BY id", {})]
    finally:
        database.close()
    assert len(tables) > 1
    _moved(cli, db_path, pg_database_url, tmp_path, "--table", tables[1])

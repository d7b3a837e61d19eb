"""Importing into a new database does only the work it needs: a whole process, looked into."""

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.model import Theme
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.search import search
from tests.cli_database import CliDatabase
from tests.conftest import CliResult

#: Runs the command line in a fresh interpreter, then tells what it loaded and configured.
_PROBE = """
import json, sys
from ontwikkeltafel.cli import main
from ontwikkeltafel.model import Base
code = main(sys.argv[1:])
print(json.dumps({
    "code": code,
    "alembic": sorted(m for m in sys.modules if m.split(".")[0] == "alembic"),
    "configured": sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured),
}))
"""


def _probe(*args: str | Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, args)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_an_import_into_a_new_database_needs_no_alembic_and_no_orm_mapping(
    tmp_path: Path, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    # Loading Alembic (about 0.1 s) and configuring the ORM's mappers (about 0.05 s) are
    # most of the work of a small table's import; a new database needs neither.
    database = tmp_path / "new.sqlite3"
    result = _probe("--db", database, "import", write_json(document))
    assert result == {"code": 0, "alembic": [], "configured": []}
    exported = tmp_path / "out.json"
    assert _probe("--db", database, "export", "-o", exported)["code"] == 0
    names = {theme["name"] for theme in json.loads(exported.read_text("utf-8"))["themes"]}
    assert names == {theme["name"] for theme in document["themes"]}


def test_a_refused_import_into_a_new_database_leaves_it_empty_and_searchable(
    cli: Callable[..., CliResult],
    cli_database: CliDatabase,
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    # Into a new database the search index is written at once (on SQLite its triggers
    # dropped meanwhile, on PostgreSQL told to step aside): a refused file must leave the
    # triggers as they were, and nothing else.
    bad = json.loads(json.dumps(document))
    bad["people"].append(dict(bad["people"][0]))  # the same id twice
    refused = cli(*cli_database.where, "import", write_json(bad, "bad.json"))
    assert refused.code == 1 and "people[" in refused.err
    database = cli_database.open()
    sqlite = cli_database.engine == "sqlite"
    index = "search_keys" if sqlite else "search.search_index"
    try:
        with database.engine.connect() as connection:
            stored = [
                connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one()
                for name in ("people", "themes", "history", index)
            ]
            if sqlite:
                triggers = connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                ).scalar_one()
                assert triggers == 34
        assert stored == [0, 0, 0, 0]
        with write_transaction(database.session_factory) as session:
            session.add(Theme(id="th-new", name="Laaggeletterdheid"))
        with database.session_factory() as session:
            hits = search(session, "laaggelet")
        assert [(hit.kind, hit.record_id) for hit in hits] == [("theme", "th-new")]
    finally:
        database.close()

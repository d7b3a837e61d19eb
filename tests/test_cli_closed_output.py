"""A command whose output is closed early (``| head -1``) ends quietly, its work kept."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.documents import small_document


def test_an_import_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    source = tmp_path / "tafels.json"
    source.write_text(json.dumps(small_document()), encoding="utf-8")
    database = tmp_path / "tafels.sqlite3"
    command = [sys.executable, "-m", "ontwikkeltafel", "--db", str(database), "import"]
    process = subprocess.Popen(
        [*command, str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    errors = process.stderr.read().decode()
    process.wait(timeout=60)
    assert errors == ""  # no "Something unexpected went wrong: BrokenPipeError", no traceback
    assert process.returncode == 1  # the output was not all delivered
    assert imported_tables(database) == ["tafel-1"]  # the import itself went through


def imported_tables(database: Path) -> list[Any]:
    """The ids of the tables in ``database``, read with plain sqlite3."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM tables ORDER BY id")]

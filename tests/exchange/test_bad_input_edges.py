"""Moments and dates at the edge of what Python can hold are refused like any bad value.

``9999-12-31T23:59:59-12:00`` is a valid ISO 8601 moment whose conversion to UTC (or to
Europe/Amsterdam) overflows; it and its kin at the year 1 get the usual refusal: exit
status 1, one line on stderr naming the JSON path, nothing written (see ``bad_input_support``).
Such a moment in an adoption's document (kept as it is) makes the report make the verslag
again, as for any document it cannot read.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.documents import small_document
from tests.exchange.bad_input_support import Importer, base_document, set_path
from tests.exchange.history_support import history_entries

LATEST = "9999-12-31T23:59:59-12:00"
EARLIEST = "0001-01-01T00:00:00+14:00"

EDGES = [
    pytest.param("meetings[0].starts_at", LATEST, id="start after year 9999 in UTC"),
    pytest.param("meetings[0].ends_at", LATEST, id="end after year 9999 in UTC"),
    pytest.param("meetings[0].starts_at", "9999-12-31T23:59:59.999999+00:00", id="last UTC µs"),
    pytest.param("meetings[0].starts_at", "9999-12-31T23:59:59", id="naive last moment"),
    pytest.param("meetings[0].starts_at", EARLIEST, id="start before year 1 in UTC"),
    pytest.param("meetings[0].ends_at", "0001-01-01T00:00:00Z", id="first UTC moment"),
    pytest.param("meetings[0].starts_at", "0001-01-01T00:00:00", id="naive first moment"),
    pytest.param("exported_at", LATEST, id="exported_at after year 9999"),
    pytest.param("exported_at", EARLIEST, id="exported_at before year 1"),
    pytest.param("history[0].at", LATEST, id="history moment after year 9999"),
    pytest.param("history[1].at", EARLIEST, id="history moment before year 1"),
    pytest.param("tables[0].started_on", "0001-01-01", id="date year 1"),
    pytest.param("tables[0].ended_on", "9999-12-31", id="date year 9999"),
    pytest.param("actions[0].due_on", "0001-01-01", id="due year 1"),
    pytest.param("meetings[0].minutes_approved_on", "9999-12-31", id="approved year 9999"),
]


@pytest.mark.parametrize(("path", "value"), EDGES)
def test_a_moment_or_date_at_the_edge_is_refused_with_its_path(
    importer: Importer, path: str, value: Any
) -> None:
    document = base_document()
    document["history"] = history_entries()
    set_path(document, path, value)
    problem = importer.refuse(importer.write(document), path)
    assert value in problem
    assert "moment" in problem or "date" in problem


def test_the_edge_is_refused_in_dutch_too(importer: Importer) -> None:
    document = base_document()
    set_path(document, "meetings[0].starts_at", LATEST)
    problem = importer.refuse(importer.write(document), "meetings[0].starts_at", lang="nl")
    assert LATEST in problem and "tijdstip" in problem


@pytest.mark.parametrize(
    "moment", [LATEST, "9999-12-31T23:30:00+00:00", EARLIEST, "1066-10-14T09:00:00+00:00"]
)
def test_an_adoption_document_with_a_moment_at_the_edge_is_made_again(
    cli: Callable[..., CliResult], cli_database: CliDatabase, tmp_path: Path, moment: str
) -> None:
    """The document is kept as it is; a report that cannot read it makes the verslag again.

    The file is made on a SQLite file; the database that keeps it is either engine.
    """
    document = small_document()
    first = tmp_path / "eerste.sqlite3"
    assert cli("--db", first, "import", write(tmp_path / "in.json", document)).code == 0
    assert cli("--db", first, "reopen", "m-1", "--reason", "proef").code == 0
    assert cli("--db", first, "adopt", "m-1").code == 0
    assert cli("--db", first, "export", "-o", tmp_path / "uit.json").code == 0
    exported = json.loads((tmp_path / "uit.json").read_text(encoding="utf-8"))
    adoption = next(m for m in exported["meetings"] if m["id"] == "m-1")["adoption"]
    adoption["document"]["meeting"]["starts_at"] = moment
    second = cli_database.where
    result = cli(*second, "import", write(tmp_path / "rand.json", exported))
    assert (result.code, result.err) == (0, "")
    output = tmp_path / "verslag.docx"
    result = cli(*second, "report", "minutes", "m-1", "-o", output)
    assert (result.code, result.err) == (0, ""), result.err
    assert output.stat().st_size > 0


def write(path: Path, document: Any) -> Path:
    """``document`` as a JSON file at ``path``."""
    path.write_text(json.dumps(document), encoding="utf-8")
    return path

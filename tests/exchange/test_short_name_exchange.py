"""organisations[].short_name, an addition to version 1: carried both ways, optional."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cli_database import CliDatabase
from tests.conftest import CliResult


def _organisations(cli: Callable[..., CliResult], db: CliDatabase, out: Path) -> dict[str, Any]:
    assert cli(*db.where, "export", "-o", out).code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    return {o["id"]: o for o in document["organisations"]}


def test_a_short_name_goes_in_and_out_and_a_file_without_one_stays_valid(
    cli: Callable[..., CliResult],
    new_cli_database: Callable[[], CliDatabase],
    tmp_path: Path,
    document: dict[str, Any],
    write_json: Callable[[Any, str], Path],
) -> None:
    kion, ggd = document["organisations"][:2]
    assert "short_name" not in kion and "short_name" not in ggd
    ggd["short_name"] = "GGD"
    db = new_cli_database()
    result = cli(*db.where, "import", write_json(document, "in.json"))
    assert result.code == 0, result.err
    exported = _organisations(cli, db, tmp_path / "out.json")
    assert exported[ggd["id"]]["short_name"] == "GGD"
    assert exported[kion["id"]]["short_name"] == ""  # none given: the empty text
    # Round trip: the export into an empty database and out again gives the same records.
    again = new_cli_database()
    assert cli(*again.where, "import", tmp_path / "out.json").code == 0
    assert _organisations(cli, again, tmp_path / "again.json") == exported
    # A short name that is not text is refused, naming its place.
    ggd["short_name"] = 12
    refused = cli(*new_cli_database().where, "import", write_json(document, "bad.json"))
    assert refused.code == 1
    assert "organisations[1].short_name" in refused.err

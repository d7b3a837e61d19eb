"""The command ``person export``: a person's data as JSON or Word, refusals in one line."""

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests.cli_database import CliDatabase

Cli = Callable[..., Any]


@pytest.fixture
def loaded(
    cli_database: CliDatabase,
    cli: Cli,
    write_json: Callable[..., Path],
    tmp_path: Path,
    document: dict[str, Any],
) -> CliDatabase:
    """A database with the small document; Anna named in a confidential item's minutes."""
    document["meetings"][0]["agenda"][2]["minutes"] = "A. de Vries bracht een casus in."
    db = cli_database
    assert cli(*db.where, "import", write_json(document)).code == 0
    return db


def test_export_as_json_and_word(cli: Cli, loaded: CliDatabase, tmp_path: Path) -> None:
    result = cli(
        *loaded.where, "--lang", "nl", "person", "export", "p-anna", "-o", tmp_path / "a.json"
    )
    assert result.code == 0, result.err
    assert (
        result.out.strip() == f"Gegevens van Anna de Vries geschreven naar {tmp_path / 'a.json'}."
    )
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["format"] == "ontwikkeltafel-person-export-1"
    [mention] = data["mentions"]
    assert mention["id"] == "ai-3" and mention["confidential"]
    assert mention["forms"] == ["A. de Vries", "De Vries"]

    result = cli(
        *loaded.where, "--lang", "en", "person", "export", "p-anna", "-o", tmp_path / "a.docx"
    )
    assert result.code == 0, result.err
    lines = [p.text for p in Document(str(tmp_path / "a.docx")).paragraphs]
    assert "Data of Anna de Vries" in lines and "Memberships" in lines and "History" in lines


@pytest.mark.parametrize(
    ("lang", "person", "name", "said"),
    [
        (
            "nl",
            "p-niemand",
            "x.json",
            "Er is geen persoon met id 'p-niemand'. Er is niets geschreven.",
        ),
        (
            "en",
            "p-niemand",
            "x.docx",
            "There is no person with id 'p-niemand'. Nothing was written.",
        ),
        ("nl", "p-anna", "x.pdf", "moet eindigen op .json of .docx. Er is niets geschreven."),
        ("en", "p-anna", "x", "must end in .json or .docx. Nothing was written."),
    ],
)
def test_refused_in_one_line_nothing_written(
    cli: Cli,
    loaded: CliDatabase,
    tmp_path: Path,
    lang: str,
    person: str,
    name: str,
    said: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    start = time.perf_counter()
    result = cli(*loaded.where, "--lang", lang, "person", "export", person, "-o", out / name)
    assert time.perf_counter() - start < 1
    assert result.code == 1 and result.out == ""
    assert result.err.endswith(said + "\n") and result.err.count("\n") == 1
    assert list(out.iterdir()) == []


def test_person_needs_an_action(cli: Cli) -> None:
    result = cli("person")
    assert result.code == 2 and "ACTION" in result.err

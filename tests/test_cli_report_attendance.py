"""``report attendance MEETING_ID -o OUT.docx``: the presentielijst from the command line."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.cli_database import CliDatabase
from tests.documents import small_document


@pytest.fixture
def db(
    cli_database: CliDatabase,
    tmp_path: Path,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
) -> CliDatabase:
    """The small document: tafel-1 with three members, m-1 on 18 January 2018."""
    path = cli_database
    assert cli(*path.where, "import", write_json(small_document())).code == 0
    return path


def _rows(path: Path) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in docx.Document(str(path)).tables[0].rows]


@pytest.mark.parametrize(
    ("lang", "done", "head", "kind", "excused"),
    [
        ("nl", "Geschreven:", "Naam", "Presentielijst", "afgemeld"),
        ("en", "Written:", "Name", "Attendance list", "sent apologies"),
    ],
)
def test_writes_the_list_in_the_language_asked(
    cli: Callable[..., Any],
    db: CliDatabase,
    tmp_path: Path,
    lang: str,
    done: str,
    head: str,
    kind: str,
    excused: str,
) -> None:
    out = tmp_path / f"presentielijst-{lang}.docx"
    result = cli(*db.where, "--lang", lang, "report", "attendance", "m-1", "-o", out)
    assert result.code == 0, result.err
    assert result.out.strip() == f"{done} {out}"
    assert result.err == ""  # a list of names: no personal data to warn about
    rows = _rows(out)
    assert rows[0][0] == head
    assert [row[0] for row in rows[1:4]] == [
        "Bakker, Bas",
        "Berg, IJsbrand van der",
        "Vries, Anna de",
    ]
    assert rows[2][3] == excused  # IJsbrand sent apologies for m-1
    assert [row[0] for row in rows[4:]] == [""] * 5
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == "Eerste bijeenkomst"
    assert kind in paragraphs[1]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Er is geen bijeenkomst met id 'geen-id'."),
        ("en", "There is no meeting with id 'geen-id'."),
    ],
)
def test_unknown_meeting_one_line_and_nothing_written(
    cli: Callable[..., Any], db: CliDatabase, tmp_path: Path, lang: str, said: str
) -> None:
    out = tmp_path / "uit.docx"
    result = cli(*db.where, "--lang", lang, "report", "attendance", "geen-id", "-o", out)
    assert result.code == 1
    assert result.err.strip() == said
    assert "Traceback" not in result.err and result.out == ""
    assert not out.exists()
    assert list(tmp_path.glob("*.docx")) == [] and not list(tmp_path.glob(".uit*"))


def test_a_table_id_is_no_meeting(cli: Callable[..., Any], db: CliDatabase, tmp_path: Path) -> None:
    out = tmp_path / "uit.docx"
    result = cli(*db.where, "--lang", "nl", "report", "attendance", "tafel-1", "-o", out)
    assert result.code == 1 and result.err.strip() == "Er is geen bijeenkomst met id 'tafel-1'."
    assert not out.exists()


def test_the_house_template_is_used(
    cli: Callable[..., Any], db: CliDatabase, tmp_path: Path
) -> None:
    template = tmp_path / "huisstijl.docx"
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Briefhoofd {tafel}"
    letterhead.save(str(template))
    out = tmp_path / "p.docx"
    result = cli(*db.where, "report", "attendance", "m-1", "-o", out, "--template", template)
    assert result.code == 0, result.err
    header = docx.Document(str(out)).sections[0].header.paragraphs[0].text
    assert header == "Briefhoofd Onderwijs en zorg vinden elkaar!"

"""What an import would do, counted before it is done: new records and records stored already."""

import re
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.exchange_files import import_file, read_exchange_file
from ontwikkeltafel.services.import_preview import preview_import
from ontwikkeltafel.store.database import Database


def test_a_new_database_holds_none_of_the_files_records(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    preview = preview_import(database, write_json(document))
    assert preview.holds["tables"] == 1 and preview.holds["decisions"] == 2
    assert preview.existing == dict.fromkeys(preview.holds, 0)
    assert (preview.new, preview.overwritten) == (preview.total, 0)


def test_records_already_stored_are_counted_per_kind(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    document["people"].append({"id": "p-nieuw", "first_name": "Nieuw", "last_name": "Lid"})
    steps: list[tuple[int, int]] = []
    preview = preview_import(database, write_json(document), lambda n, of: steps.append((n, of)))
    assert preview.holds["people"] == 4 and preview.existing["people"] == 3
    assert preview.existing["agenda"] == 3 and preview.existing["decisions"] == 2
    assert (preview.new, preview.overwritten) == (1, preview.total - 1)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_refused_file_gets_the_imports_own_error(database: Database, write_json: Any) -> None:
    with pytest.raises(UserError) as refused:
        preview_import(database, write_json({"format": "iets anders", "version": 1}))
    assert refused.value.key == "exchange.bad_format"


@pytest.mark.parametrize(
    ("content", "dutch", "english"),
    [
        ("", "regel 1, kolom 1: hier werd een waarde verwacht", "Expecting value"),
        ("{niet: 1}", "veldnaam tussen dubbele aanhalingstekens", "Expecting property name"),
        ('{"a": 1,}', "kolom 9: ", "line 1, column 9"),
        ('{"a" 1}', "hier werd een dubbele punt verwacht", "Expecting ':' delimiter"),
        ("[" * 100_000, "te diep genest", "too deep"),
    ],
)
def test_bad_json_is_said_in_dutch_and_python_keeps_its_english(
    tmp_path: Path, content: str, dutch: str, english: str
) -> None:
    """Python's parser gives its reason in English: Dutch gets it in Dutch, English keeps it."""
    path = tmp_path / "kapot.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as refused:
        read_exchange_file(path)
    assert refused.value.key == "import.bad_json"
    nl, en = refused.value.render("nl"), refused.value.render("en")
    assert nl.startswith(f"{path} is geen geldige JSON (regel ") and dutch in nl
    assert not re.search(r"Expecting|delimiter|Extra|Invalid|Illegal|too deep", nl)
    assert en.startswith(f"{path} is not valid JSON (line ") and english in en

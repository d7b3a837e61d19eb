"""meetings[].adoption in the exchange file: written, read back unchanged, refused when wrong."""

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.model import Meeting
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.exchange.bad_input_support import DELETE, Importer, base_document, set_path
from tests.exchange.history_support import (
    export_of,
    history_entries,
    import_into_new,
    opened,
    write_document,
)

DOCUMENT = {
    "title": "Verslag Eerste bijeenkomst",
    "items": [{"title": "Opening", "minutes": "Welkom – iedereen is er.", "decisions": []}],
    "present": ["Anna de Vries", "Bas Bakker"],
    "number": 3,
    "ratio": 0.5,
    "flag": None,
}


def adopted(document: dict[str, Any], with_document: bool = True) -> dict[str, Any]:
    """``document`` whose meeting m-1 is adopted with corrections (and a document)."""
    adoption: dict[str, Any] = {"on": "2018-03-15", "changes": "Tekstuele wijziging in punt 2."}
    if with_document:
        adoption["document"] = copy.deepcopy(DOCUMENT)
    document["meetings"][0]["adoption"] = adoption
    return document


def test_export_writes_the_adoption_of_adopted_meetings_only(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "title": "Tweede",
            "status": "minutes_draft",
            "starts_at": "2018-03-15T15:30:00+01:00",
        }
    )
    with opened(database) as database:
        import_file(database.session_factory, write_document(document, tmp_path / "in.json"))
        plain = export_of(database, tmp_path / "a.json")
        with database.session_factory() as session, session.begin():
            meeting = session.get(Meeting, "m-1")
            assert meeting is not None
            meeting.adoption_changes = "Naam gecorrigeerd."
            meeting.adoption_document = json.dumps(DOCUMENT)
        with_document = export_of(database, tmp_path / "b.json")
    assert plain["meetings"][0]["adoption"] == {"on": "2018-03-15", "changes": ""}
    assert "adoption" not in plain["meetings"][1]
    assert with_document["meetings"][0]["adoption"] == {
        "on": "2018-03-15",
        "changes": "Naam gecorrigeerd.",
        "document": DOCUMENT,
    }
    keys = list(with_document["meetings"][0])
    assert keys.index("notes") + 1 == keys.index("adoption") == keys.index("attendance") - 1


def test_import_keeps_the_adoption_and_its_document(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    adopted(document)
    del document["meetings"][0]["minutes_approved_on"]  # the adoption's date is enough
    with opened(database) as database:
        import_file(database.session_factory, write_document(document, tmp_path / "in.json"))
        with database.session_factory() as session:
            meeting = session.get(Meeting, "m-1")
            assert meeting is not None
            stored = (meeting.minutes_approved_on, meeting.adoption_changes)
            assert json.loads(meeting.adoption_document or "null") == DOCUMENT
        exported = export_of(database, tmp_path / "out.json")
    assert str(stored[0]) == "2018-03-15" and stored[1] == "Tekstuele wijziging in punt 2."
    assert exported["meetings"][0]["minutes_approved_on"] == "2018-03-15"
    assert exported["meetings"][0]["adoption"] == document["meetings"][0]["adoption"]
    created = next(e for e in exported["history"] if e["record_id"] == "m-1")
    # The history keeps what was adopted, never the document itself.
    assert created["new"]["adoption"] == {
        "on": "2018-03-15",
        "changes": "Tekstuele wijziging in punt 2.",
    }


def test_an_import_that_changes_the_adoption_enters_it_without_document(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    with opened(database) as database:
        import_file(database.session_factory, write_document(document, tmp_path / "in.json"))
        import_file(
            database.session_factory, write_document(adopted(document), tmp_path / "nieuw.json")
        )
        history = export_of(database, tmp_path / "out.json")["history"]
    changed = [e for e in history if e["note"] == "import nieuw.json"]
    assert [(e["list"], e["record_id"], e["field"], e["old"], e["new"]) for e in changed] == [
        (
            "meetings",
            "m-1",
            "adoption",
            {"on": "2018-03-15", "changes": ""},
            {"on": "2018-03-15", "changes": "Tekstuele wijziging in punt 2."},
        )
    ]


@pytest.mark.parametrize("with_document", [True, False], ids=["document", "no document"])
def test_round_trip_with_an_adoption_is_identical(
    new_cli_database: Callable[[], CliDatabase],
    document: dict[str, Any],
    tmp_path: Path,
    with_document: bool,
) -> None:
    adopted(document, with_document)
    document["history"] = history_entries()
    first = import_into_new(document, tmp_path, "eerste", new_cli_database)
    assert first["meetings"][0]["adoption"] == document["meetings"][0]["adoption"]
    assert import_into_new(first, tmp_path, "tweede", new_cli_database) == first


def test_cli_round_trip_with_an_adoption_and_its_document(
    cli: Callable[..., CliResult],
    new_cli_database: Callable[[], CliDatabase],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    source = write_document(adopted(document), tmp_path / "bron.json")
    outputs = []
    for name, imported in (("een", source), ("twee", tmp_path / "een.json")):
        where = new_cli_database().where
        assert cli(*where, "import", imported).code == 0
        assert cli(*where, "export", "-o", tmp_path / f"{name}.json").code == 0
        exported = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        exported.pop("exported_at")
        outputs.append(exported)
    assert outputs[0] == outputs[1]
    assert outputs[0]["meetings"][0]["adoption"]["document"] == DOCUMENT


def with_adoption() -> dict[str, Any]:
    """The base document of the bad-input tests, its meeting adopted with a document."""
    return adopted(base_document())


ADOPTION = "meetings[0].adoption"
BAD = [
    pytest.param(
        (("meetings[0].status", "minutes_draft"), ("meetings[0].minutes_approved_on", None)),
        ADOPTION,
        "status minutes_approved only",
        id="not adopted",
    ),
    pytest.param(
        (("meetings[0].status", DELETE), ("meetings[0].minutes_approved_on", None)),
        ADOPTION,
        "status minutes_approved only",
        id="status left out",
    ),
    pytest.param(
        ((f"{ADOPTION}.on", "15-03-2018"),), f"{ADOPTION}.on", "is not a date", id="bad date"
    ),
    pytest.param(
        ((f"{ADOPTION}.on", DELETE),), f"{ADOPTION}.on", "required field is missing", id="no date"
    ),
    pytest.param(
        ((f"{ADOPTION}.on", "2018-03-16"),),
        f"{ADOPTION}.on",
        "minutes_approved_on says 2018-03-15",
        id="other date",
    ),
    pytest.param(
        ((f"{ADOPTION}.changes", 12),), f"{ADOPTION}.changes", "must be text", id="changes a number"
    ),
    pytest.param(
        ((f"{ADOPTION}.document", ["a"]),),
        f"{ADOPTION}.document",
        "must be an object",
        id="document a list",
    ),
    pytest.param(
        ((f"{ADOPTION}.document", "tekst"),),
        f"{ADOPTION}.document",
        "must be an object",
        id="document a text",
    ),
    pytest.param(
        ((f"{ADOPTION}.documnet", {}),), f"{ADOPTION}.documnet", "unknown field", id="unknown key"
    ),
    pytest.param(((ADOPTION, "2018-03-15"),), ADOPTION, "must be an object", id="not an object"),
    pytest.param(
        ((f"{ADOPTION}.document.items[0].minutes", "nul\x00"),),
        f"{ADOPTION}.document.items[0].minutes",
        "not text",
        id="NUL in the document",
    ),
]


@pytest.mark.parametrize(("changes", "at", "says"), BAD)
def test_bad_adoption_is_refused_and_nothing_written(
    importer: Importer, changes: Any, at: str, says: str
) -> None:
    document = with_adoption()
    for path, value in changes:
        set_path(document, path, value)
    assert says in importer.refuse(importer.write(document), at)


def test_a_good_adoption_is_accepted_by_the_seeded_database(importer: Importer) -> None:
    exported = importer.accept(importer.write(with_adoption()))
    meeting = next(m for m in exported["meetings"] if m["id"] == "m-1")
    assert meeting["adoption"]["document"] == DOCUMENT

"""A person's data (AVG inzage): every part gathered, written as JSON and as a Word file."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.person_data import FORMAT, export_person, name_forms, person_data
from ontwikkeltafel.store import history
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction


def _load(database: Database, write_json: Callable[..., Path], document: dict[str, Any]) -> None:
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"  # the minutes are still edited below
    del meeting["minutes_approved_on"]
    agenda = meeting["agenda"]
    agenda[2]["minutes"] = "Anna de Vries bracht een casus in."
    document["concerns"][0]["description"] = "Gemeld bij de Vries, en bij Devries niet."
    document["actions"][0]["notes"] = "Overleg met Vriesland."  # another word: no mention
    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory
    editing.update_record(sessions, "people", "p-anna", {"phone": "030 1234567"})
    minutes = "A. de Vries licht de vragen toe.\n\n- in gesprek blijven"
    editing.update_record(sessions, "agenda_items", "ai-2", {"minutes": minutes})
    with write_transaction(sessions) as session:
        history.record(session, "members", "tafel-1/p-anna", "role", "member", "chair")
        history.record(session, "members", "tafel-1/p-bas", "role", "member", "secretary")


def test_name_forms() -> None:
    assert name_forms("Anna", "de", "Vries") == ["Anna de Vries", "A. de Vries", "De Vries"]
    assert name_forms("IJsbrand", "van der", "Berg") == [
        "IJsbrand van der Berg",
        "IJ. van der Berg",
        "Van der Berg",
    ]
    assert name_forms("", "", "Bakker") == ["Bakker"]


def test_every_part_is_gathered(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    _load(database, write_json, document)

    data = person_data(database.session_factory, "p-anna")

    assert data["format"] == FORMAT
    assert data["name_forms"] == ["Anna de Vries", "A. de Vries", "De Vries"]
    person = data["person"]
    assert (person["first_name"], person["prefix"], person["last_name"]) == ("Anna", "de", "Vries")
    assert person["email"] == "anna@voorbeeld.nl" and person["phone"] == "030 1234567"
    assert person["organisation"]["name"] == "KION"
    assert data["memberships"] == [
        {"table_id": "tafel-1", "table": "Onderwijs en zorg vinden elkaar!", "role": "chair"}
    ]
    [attended] = data["attendance"]
    assert (attended["meeting_id"], attended["status"]) == ("m-1", "present")
    assert attended["starts_at"].startswith("2018-01-18T15:30")
    [action] = data["actions"]
    assert (action["id"], action["description"], action["confidential"]) == (
        "a-2",
        "Vertrouwelijke actie",
        True,
    )
    roles = {(r["kind"], r["id"], r["role"]) for r in data["roles"]}
    assert roles == {("meeting", "m-1", "chair"), ("development_point", "dp-1", "owner")}
    mentions = {(m["kind"], m["id"], m["field"]): m for m in data["mentions"]}
    assert set(mentions) == {
        ("agenda_item", "ai-2", "minutes"),
        ("agenda_item", "ai-3", "minutes"),
        ("concern", "c-1", "description"),
    }
    open_item = mentions[("agenda_item", "ai-2", "minutes")]
    assert open_item["forms"] == ["A. de Vries", "De Vries"] and not open_item["confidential"]
    secret = mentions[("agenda_item", "ai-3", "minutes")]
    assert secret["confidential"] and secret["text"] == "Anna de Vries bracht een casus in."
    assert mentions[("concern", "c-1", "description")]["forms"] == ["De Vries"]
    entries = data["history"]
    phone = [h for h in entries if h["list"] == "people" and h["field"] == "phone"]
    assert phone and phone[0]["new"] == "030 1234567"
    assert any(h["list"] == "members" and h["record_id"] == "tafel-1/p-anna" for h in entries)
    assert not any(h["record_id"] == "tafel-1/p-bas" for h in entries)
    [minutes] = [h for h in entries if h["list"] == "agenda" and h["record_id"] == "ai-2"]
    assert minutes["field"] == "minutes" and minutes["new"].startswith("A. de Vries licht")
    made = [h for h in entries if h["field"] is None]
    assert {(h["list"], h["record_id"]) for h in made} >= {
        ("people", "p-anna"),
        ("meetings", "m-1"),
    }
    assert not any(h["list"] == "people" and h["record_id"] == "p-bas" for h in entries)


def test_json_and_docx_are_written(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], tmp_path: Path
) -> None:
    _load(database, write_json, document)
    sessions = database.session_factory

    assert export_person(sessions, "p-anna", tmp_path / "anna.json", "nl") == "Anna de Vries"
    written = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert written["format"] == FORMAT and written["person"]["id"] == "p-anna"
    assert len(written["mentions"]) == 3

    export_person(sessions, "p-anna", tmp_path / "anna.docx", "nl")
    word = Document(str(tmp_path / "anna.docx"))
    lines = [p.text for p in word.paragraphs]
    assert "Gegevens van Anna de Vries" in lines
    assert any(line.startswith("Opgemaakt op ") for line in lines)
    for heading in ("Persoonsgegevens", "Lidmaatschappen", "Aanwezigheid", "Actiepunten"):
        assert heading in lines
    assert "Teksten die de naam noemen" in lines and "Geschiedenis" in lines
    cells = {cell.text for table in word.tables for row in table.rows for cell in row.cells}
    assert "anna@voorbeeld.nl" in cells and "KION" in cells and "voorzitter" in cells
    assert "Vertrouwelijk\nAnna de Vries bracht een casus in." in cells
    assert "Vertrouwelijk\nVertrouwelijke actie" in cells
    assert "lidmaatschappen tafel-1/p-anna · role\n− member\n+ chair" in cells
    assert any(cell.startswith("personen p-anna\n+ first_name: Anna;") for cell in cells)

    export_person(sessions, "p-anna", tmp_path / "anna-en.docx", "en")
    english = [p.text for p in Document(str(tmp_path / "anna-en.docx")).paragraphs]
    assert "Data of Anna de Vries" in english and "Texts naming them" in english


@pytest.mark.parametrize(
    ("person", "name", "key"),
    [
        ("p-niemand", "x.json", "person.unknown"),
        ("p-niemand", "x.docx", "person.unknown"),
        ("p-anna", "x.pdf", "person.bad_output"),
        ("p-anna", "x.JSON.txt", "person.bad_output"),
    ],
)
def test_unknown_person_or_suffix_writes_nothing(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
    person: str,
    name: str,
    key: str,
) -> None:
    _load(database, write_json, document)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as caught:
        export_person(database.session_factory, person, out / name, "nl")
    assert caught.value.key == key
    assert list(out.iterdir()) == []


def test_an_upper_case_suffix_is_fine(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], tmp_path: Path
) -> None:
    _load(database, write_json, document)
    export_person(database.session_factory, "p-bas", tmp_path / "bas.JSON", "nl")
    data = json.loads((tmp_path / "bas.JSON").read_text(encoding="utf-8"))
    assert data["name_forms"] == ["Bas Bakker", "B. Bakker", "Bakker"]
    assert [a["id"] for a in data["actions"]] == ["a-1"]
    assert data["mentions"] == []


def test_an_adopted_verslag_naming_them_is_a_mention(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    _load(database, write_json, document)
    adopt(database.session_factory, "m-1", date(2018, 3, 15))

    data = person_data(database.session_factory, "p-anna")

    [adopted] = [m for m in data["mentions"] if m["kind"] == "adopted_minutes"]
    assert (adopted["id"], adopted["title"]) == ("m-1", "Eerste bijeenkomst")
    assert "A. de Vries licht de vragen toe.\n\n- in gesprek blijven" in adopted["text"]
    assert "Anna de Vries bracht een casus in." in adopted["text"]
    assert "Schoolconsulent" not in adopted["text"] and adopted["confidential"]
    assert "A. de Vries" in adopted["forms"]
    assert [m["kind"] for m in data["mentions"]].count("adopted_minutes") == 1

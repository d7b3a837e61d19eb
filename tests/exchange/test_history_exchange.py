"""The exchange file carries the history: export, import with and without it, round trips."""

import copy
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ontwikkeltafel.exchange.history_export import history_entries as history_entries_of
from ontwikkeltafel.exchange.history_export import history_lines
from ontwikkeltafel.exchange.schema import HistoryList
from ontwikkeltafel.model import HistoryEntry
from ontwikkeltafel.preferences import Preferences, save_preferences
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import LIST_OF_TABLE
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.exchange.history_support import (
    AUTHOR,
    export_of,
    history_entries,
    import_into_new,
    opened,
    write_document,
)

ROOT = Path(__file__).resolve().parents[2]
TOP_LEVEL = (
    "organisations",
    "people",
    "themes",
    "tables",
    "practices",
    "meetings",
    "concerns",
    "development_points",
    "actions",
)


def test_history_lists_are_the_lists_the_history_names_records_by() -> None:
    assert {m.value for m in HistoryList} == set(LIST_OF_TABLE.values())


def test_import_of_a_file_without_history_enters_one_created_entry_per_record(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    source = write_document(document, tmp_path / "tafels 2018.json")
    with opened(database) as database:
        import_file(database.session_factory, source)
        exported = export_of(database, tmp_path / "out.json")
    history = exported["history"]
    expected = [(name, r["id"]) for name in TOP_LEVEL for r in document[name]]
    assert [(e["list"], e["record_id"]) for e in history] == expected
    assert {(e["by"], e["note"], e["field"], e["old"]) for e in history} == {
        (AUTHOR, "import tafels 2018.json", None, None)
    }
    assert len({e["id"] for e in history}) == len(history)
    assert all(
        uuid.UUID(e["id"]).version == 4 and str(uuid.UUID(e["id"])) == e["id"] for e in history
    )
    assert len({e["at"] for e in history}) == 1 and history[0]["at"][-6:] in ("+01:00", "+02:00")
    created = {(e["list"], e["record_id"]): e["new"] for e in history}
    meeting = created[("meetings", "m-1")]
    assert meeting["starts_at"] == "2018-01-18T15:30:00+01:00"
    assert meeting["status"] == "minutes_approved" and meeting["notes"] == ""
    assert meeting["adoption"] == {"on": "2018-03-15", "changes": ""}
    assert "agenda" not in meeting and "attendance" not in meeting and "id" not in meeting
    table = created[("tables", "tafel-1")]
    assert table["theme_ids"] == ["th-geweld"] and table["retention_years"] == 7
    assert "members" not in table and "agenda_template" not in table
    assert created[("actions", "a-1")]["due_on"] == "2018-03-15"
    assert created[("people", "p-bas")]["prefix"] == ""
    # Nothing else wrote entries on the way (no ORM flush, no Core writes of its own).
    assert len(history) == sum(len(document[name]) for name in TOP_LEVEL)


def test_an_update_without_history_enters_the_fields_it_changed(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    with opened(database) as database:
        import_file(database.session_factory, write_document(document, tmp_path / "eerst.json"))
        first = len(export_of(database, tmp_path / "a.json")["history"])
        changed = copy.deepcopy(document)
        changed["people"][1]["function"] = "teamleider"
        meeting = changed["meetings"][0]
        meeting["attendance"][2]["status"] = "present"
        meeting["agenda"][1]["minutes"] = "Nieuwe notulen"
        meeting["agenda"][1]["decisions"][0]["text"] = "Nieuw besluit"
        meeting["agenda"][1]["decisions"].append({"id": "d-new", "text": "Nog een besluit"})
        meeting["agenda"].append({"id": "ai-new", "position": 4, "title": "Rondvraag"})
        changed["tables"][0]["theme_ids"] = []
        changed["concerns"].append({"id": "c-new", "title": "Nieuwe zorg"})
        import_file(database.session_factory, write_document(changed, tmp_path / "tweede.json"))
        history = export_of(database, tmp_path / "b.json")["history"][first:]
        # The same file again changes nothing, so it enters nothing.
        import_file(database.session_factory, write_document(changed, tmp_path / "derde.json"))
        again = export_of(database, tmp_path / "c.json")["history"][first:]
    assert again == history
    assert {(e["by"], e["note"]) for e in history} == {(AUTHOR, "import tweede.json")}
    found = [(e["list"], e["record_id"], e["field"], e["old"], e["new"]) for e in history]
    old_attendance = [a | {"status": a.get("status", "present")} for a in meeting["attendance"]]
    old_attendance[2]["status"] = "excused"
    assert found[:2] == [
        ("people", "p-bas", "function", "jeugdverpleegkundige", "teamleider"),
        ("tables", "tafel-1", "theme_ids", ["th-geweld"], []),
    ]
    assert found[2] == ("meetings", "m-1", "attendance", old_attendance, meeting["attendance"])
    assert found[3:7] == [
        (
            "agenda",
            "ai-2",
            "minutes",
            document["meetings"][0]["agenda"][1]["minutes"],
            "Nieuwe notulen",
        ),
        ("decisions", "d-1", "text", "De tafel verzamelt goede voorbeelden.", "Nieuw besluit"),
        ("decisions", "d-new", None, None, {"agenda_item_id": "ai-2", "text": "Nog een besluit"}),
        ("agenda", "ai-new", None, None, found[6][4]),
    ]
    assert found[6][4]["meeting_id"] == "m-1" and found[6][4]["title"] == "Rondvraag"
    assert found[7][:4] == ("concerns", "c-new", None, None)
    assert len(found) == 8


def test_export_writes_the_history_last_oldest_first_with_json_values(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    with opened(database) as database:
        import_file(database.session_factory, write_document(document, tmp_path / "in.json"))
        sessions = database.session_factory
        editing.update_record(sessions, "people", "p-anna", {"function": "directeur"})
        editing.update_record(sessions, "themes", "th-geweld", {"name": "Huiselijk geweld"})
        out = tmp_path / "out.json"
        exported = export_of(database, out)
    assert list(exported)[-1] == "history"
    assert out.read_text(encoding="utf-8").rstrip().endswith("]\n}")
    imported, edits = exported["history"][:-2], exported["history"][-2:]
    assert {e["note"] for e in imported} == {"import in.json"}
    assert [(e["list"], e["record_id"], e["field"], e["old"], e["new"]) for e in edits] == [
        ("people", "p-anna", "function", "pedagogisch coach", "directeur"),
        ("themes", "th-geweld", "name", "Geweld in gezinnen", "Huiselijk geweld"),
    ]
    assert {(e["by"], e["note"]) for e in edits} == {(AUTHOR, "")}
    assert imported[0]["at"] <= edits[0]["at"] <= edits[1]["at"]
    assert set(edits[0]) == {"id", "at", "by", "list", "record_id", "field", "old", "new", "note"}


def test_a_file_with_history_brings_it_and_the_import_adds_none(
    new_cli_database: Callable[[], CliDatabase], document: dict[str, Any], tmp_path: Path
) -> None:
    document["history"] = history_entries()
    made: list[CliDatabase] = []
    exported = import_into_new(
        document, tmp_path, "met-geschiedenis", lambda: made.append(new_cli_database()) or made[-1]
    )
    assert exported["history"] == history_entries()
    database = made[0].open()
    try:
        with database.session_factory() as session:
            ids = session.scalars(select(HistoryEntry.id).order_by(HistoryEntry.seq)).all()
    finally:
        database.close()
    assert ids == [e["id"] for e in history_entries()]  # file order, not time order


def test_an_empty_history_key_also_means_no_entries_of_the_import(
    new_cli_database: Callable[[], CliDatabase], document: dict[str, Any], tmp_path: Path
) -> None:
    document["history"] = []
    assert import_into_new(document, tmp_path, "leeg", new_cli_database)["history"] == []


def test_a_file_with_history_imported_twice_neither_fails_nor_doubles(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    document["history"] = history_entries()
    source = write_document(document, tmp_path / "twee-keer.json")
    with opened(database) as database:
        import_file(database.session_factory, source)
        import_file(database.session_factory, source)
        exported = export_of(database, tmp_path / "out.json")
    assert exported["history"] == history_entries()


def test_round_trip_with_history_is_identical(
    new_cli_database: Callable[[], CliDatabase], document: dict[str, Any], tmp_path: Path
) -> None:
    document["history"] = history_entries()
    first = import_into_new(document, tmp_path, "eerste", new_cli_database)
    second = import_into_new(first, tmp_path, "tweede", new_cli_database)
    assert second == first


def test_round_trip_of_a_file_without_history_is_identical(
    new_cli_database: Callable[[], CliDatabase], document: dict[str, Any], tmp_path: Path
) -> None:
    first = import_into_new(document, tmp_path, "zonder", new_cli_database)
    assert {e["note"] for e in first["history"]} == {"import zonder.json"}
    second = import_into_new(first, tmp_path, "tweede", new_cli_database)
    assert second == first


def test_cli_round_trip_and_author_from_the_preferences(
    cli: Callable[..., CliResult],
    new_cli_database: Callable[[], CliDatabase],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    save_preferences(Preferences(name="Fatima el Amrani"))
    source = write_document(document, tmp_path / "bron.json")
    first, second = new_cli_database().where, new_cli_database().where
    out1, out2 = tmp_path / "uit1.json", tmp_path / "uit2.json"
    assert cli(*first, "import", source).code == 0
    assert cli(*first, "export", "-o", out1).code == 0
    assert cli(*second, "import", out1).code == 0
    assert cli(*second, "export", "-o", out2).code == 0
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (out1, out2))
    assert {(e["by"], e["note"]) for e in one["history"]} == {
        ("Fatima el Amrani", "import bron.json")
    }
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two


def test_a_table_export_carries_the_entries_of_its_records(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    document["tables"].append({"id": "tafel-2", "title": "Andere tafel"})
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-2",
            "title": "Elders",
            "starts_at": "2019-02-01T10:00:00+01:00",
        }
    )
    other = [
        {"id": "h-t2", "at": "2019-01-01T10:00:00+01:00", "list": "tables", "record_id": "tafel-2"},
        {"id": "h-m2", "at": "2019-01-01T10:00:00+01:00", "list": "meetings", "record_id": "m-2"},
        {"id": "h-gone", "at": "2019-01-01T10:00:00+01:00", "list": "agenda", "record_id": "ai-x"},
        {
            "id": "h-att2",
            "at": "2019-01-01T10:00:00+01:00",
            "list": "attendance",
            "record_id": "m-2/p-anna",
        },
    ]
    document["history"] = history_entries() + other
    source = write_document(document, tmp_path / "twee-tafels.json")
    with opened(database) as database:
        import_file(database.session_factory, source)
        one = export_of(database, tmp_path / "tafel-1.json", "tafel-1")
        everything = export_of(database, tmp_path / "alles.json")
    assert [e["id"] for e in one["history"]] == [e["id"] for e in history_entries()]
    assert [e["id"] for e in everything["history"]] == [e["id"] for e in document["history"]]
    assert everything["history"][2]["by"] == "Bas Bakker"
    assert everything["history"][-1] == {
        "id": "h-att2",
        "at": "2019-01-01T10:00:00+01:00",
        "by": "",
        "list": "attendance",
        "record_id": "m-2/p-anna",
        "field": None,
        "old": None,
        "new": None,
        "note": "",
    }


def test_the_history_written_as_text_is_what_json_would_write(
    database: Database, document: dict[str, Any], tmp_path: Path
) -> None:
    odd = {
        "id": "h-odd",
        "at": "2020-06-01T12:00:00.000001+02:00",
        "by": 'Anna "A" \\ de Vries',
        "list": "people",
        "record_id": "p-anna\t1",
        "field": "notes\u2028",
        "old": {"f": 1e16, "g": -0.0, "h": "\u00e9\u0001", "i": [[], {}]},
        "new": 10**19,
        "note": "regel\nregel",
    }
    document["history"] = [*history_entries(), odd]
    source = write_document(document, tmp_path / "in.json")
    with opened(database) as database:
        import_file(database.session_factory, source)
        editing.update_record(database.session_factory, "people", "p-anna", {"notes": "Ña"})
        with database.plain() as plain:
            parsed = history_entries_of(plain, None)
            lines = history_lines(plain, None)
            keys = {"people": {"p-anna\t1"}}
            assert list(history_lines(plain, keys)) == [lines[-2]]
    assert list(lines) == [json.dumps(e, ensure_ascii=False) for e in parsed]
    assert parsed[-2]["old"] == document["history"][-1]["old"]
    assert parsed[-2]["at"] == "2020-06-01T12:00:00.000001+02:00"


def test_the_demo_file_imports_with_its_own_entries_and_round_trips(
    new_cli_database: Callable[[], CliDatabase], tmp_path: Path
) -> None:
    demo = json.loads((ROOT / "resources" / "demo" / "demo.json").read_text(encoding="utf-8"))
    assert "history" not in demo
    first = import_into_new(demo, tmp_path, "demo", new_cli_database)
    assert {(e["by"], e["note"], e["field"]) for e in first["history"]} == {
        (AUTHOR, "import demo.json", None)
    }
    assert len(first["history"]) == sum(len(demo.get(name) or []) for name in TOP_LEVEL)
    assert import_into_new(first, tmp_path, "opnieuw", new_cli_database) == first

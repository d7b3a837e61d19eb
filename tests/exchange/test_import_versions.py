"""An import keeps versions right: a changed id list raises one, an unchanged child keeps it."""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database

#: The child tables whose rows carry a version, with the key that names one row.
CHILDREN = {
    "attendance": "meeting_id = 'm-1' AND person_id = 'p-anna'",
    "table_members": "table_id = 'tafel-1' AND person_id = 'p-anna'",
    "agenda_template_items": "table_id = 'tafel-1' AND position = 1",
}


def _version(database: Database, table: str, where: str) -> int:
    with database.plain() as plain:
        return int(plain.scalar(f"SELECT version FROM {table} WHERE {where}"))


def test_an_import_that_changes_only_an_id_list_raises_the_version(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    form = read_record(database.session_factory, "concerns", "c-1")
    assert form is not None
    assert (form["version"], form["theme_ids"]) == (1, ["th-geweld"])
    changed = copy.deepcopy(document)
    changed["concerns"][0]["theme_ids"] = []
    changed["meetings"][0]["agenda"][1]["concern_ids"] = []
    import_file(database, write_json(changed, "changed.json"))
    assert _version(database, "concerns", "id = 'c-1'") == 2
    item = changed["meetings"][0]["agenda"][1]["id"]
    assert _version(database, "agenda_items", f"id = '{item}'") == 2
    # the form still showing the old list meets the import's change: nothing is written back
    with pytest.raises(Conflict):
        update_record(
            database.session_factory,
            "concerns",
            "c-1",
            {"theme_ids": form["theme_ids"]},
            expected_version=1,
        )
    after = read_record(database.session_factory, "concerns", "c-1")
    assert after is not None and after["theme_ids"] == []


def test_an_unchanged_id_list_keeps_the_version(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    reordered = copy.deepcopy(document)
    reordered["practices"][0]["organisation_ids"].reverse()
    import_file(database, write_json(reordered, "again.json"))
    for table, key in (("concerns", "c-1"), ("practices", "pr-consulent"), ("tables", "tafel-1")):
        assert _version(database, table, f"id = '{key}'") == 1


def test_importing_again_keeps_the_versions_of_unchanged_children(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    with database.plain(write=True) as plain:
        for number, (table, where) in enumerate(CHILDREN.items(), start=3):
            plain.run(f"UPDATE {table} SET version = {number} WHERE {where}")
    import_file(database, write_json(document, "again.json"))
    versions = {table: _version(database, table, where) for table, where in CHILDREN.items()}
    assert versions == {"attendance": 3, "table_members": 4, "agenda_template_items": 5}


def test_a_changed_child_goes_up_one_and_a_dropped_one_is_gone(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    changed = copy.deepcopy(document)
    table, meeting = changed["tables"][0], changed["meetings"][0]
    table["members"][0]["role"] = "advisor"
    table["members"].pop()  # p-ijs leaves the table
    table["agenda_template"][0]["planned_minutes"] = 7
    table["agenda_template"].append({"title": "Sluiting", "kind": "closing"})
    meeting["attendance"][0]["status"] = "absent"
    import_file(database, write_json(changed, "changed.json"))
    for where_table, where in CHILDREN.items():
        assert _version(database, where_table, where) == 2
    with database.plain() as plain:
        members = plain.rows("SELECT person_id, role, version FROM table_members ORDER BY position")
        template = plain.rows(
            "SELECT position, planned_minutes, version FROM agenda_template_items ORDER BY position"
        )
        bas = plain.scalar(
            "SELECT version FROM attendance WHERE meeting_id = 'm-1' AND person_id = 'p-bas'"
        )
    assert [tuple(row[k] for k in ("person_id", "role", "version")) for row in members] == [
        ("p-anna", "advisor", 2),
        ("p-bas", "secretary", 1),
    ]
    assert [
        tuple(row[k] for k in ("position", "planned_minutes", "version")) for row in template
    ] == [
        (1, 7, 2),
        (2, 10, 1),
        (3, None, 1),
    ]
    assert bas == 1

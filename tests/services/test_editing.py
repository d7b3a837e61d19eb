"""Editing services: create, change, delete and put back records, one transaction each."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Action, AgendaItem, Attendance, Concern, Decision, Meeting
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import (
    blank_record,
    create_record,
    delete_record,
    read_record,
    restore_snapshot,
    update_record,
)
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.services.search import search_everything
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _count(sessions: SessionFactory, model: Any) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_create_read_and_update_with_links(sessions: SessionFactory) -> None:
    concern_id, change = create_record(
        sessions,
        "concerns",
        {"title": "Wachtlijsten", "table_id": "tafel-1", "theme_ids": ["th-geweld"]},
    )
    assert change.kinds == {"concerns"} and concern_id in change.ids
    values = read_record(sessions, "concerns", concern_id)
    assert values is not None
    assert values["title"] == "Wachtlijsten" and values["theme_ids"] == ["th-geweld"]
    previous, _ = update_record(
        sessions, "concerns", concern_id, {"title": "Lange wachtlijsten", "theme_ids": []}
    )
    assert previous == {"title": "Wachtlijsten", "theme_ids": ["th-geweld"]}
    values = read_record(sessions, "concerns", concern_id)
    assert values is not None
    assert values["title"] == "Lange wachtlijsten" and values["theme_ids"] == []
    # The previous values are the undo.
    update_record(sessions, "concerns", concern_id, previous)
    assert read_record(sessions, "concerns", concern_id)["title"] == "Wachtlijsten"  # type: ignore[index]


def test_a_new_action_gets_the_next_number_of_its_table_in_the_meetings_year(
    sessions: SessionFactory,
) -> None:
    with sessions() as session:
        taken = set(session.scalars(select(Action.number).where(Action.table_id == "tafel-1")))
    action_id, _ = create_record(
        sessions,
        "actions",
        {"description": "Flyer maken", "table_id": "tafel-1", "meeting_id": "m-1"},
        today=date(2026, 11, 23),
    )
    number = read_record(sessions, "actions", action_id)["number"]  # type: ignore[index]
    assert number.startswith("2018-") and number not in taken


@pytest.mark.parametrize(
    ("kind", "values", "key"),
    [
        ("concerns", {"title": "  "}, "edit.required.title"),
        ("people", {"first_name": "Jan"}, "edit.required.last_name"),
        ("themes", {"name": "GEWELD IN GEZINNEN"}, "edit.theme_exists"),
        ("actions", {"description": ""}, "edit.required.description"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    sessions: SessionFactory, kind: str, values: dict[str, Any], key: str, tmp_path: Path
) -> None:
    before = tmp_path / "before.json"
    export_file(sessions, before)
    with pytest.raises(UserError) as caught:
        create_record(sessions, kind, values)
    assert caught.value.key == key
    after = tmp_path / "after.json"
    export_file(sessions, after)
    assert _without_moment(before) == _without_moment(after)


def _without_moment(path: Path) -> Any:
    """The exported records; the history is left out: it gains the change itself."""
    document = json.loads(path.read_text())
    document.pop("exported_at"), document.pop("history")
    return document


def test_deleting_a_meeting_and_putting_it_back_restores_everything(
    sessions: SessionFactory, tmp_path: Path
) -> None:
    reopen(sessions, "m-1", "Correctie")  # an adopted verslag's meeting is not deleted
    before = tmp_path / "before.json"
    export_file(sessions, before)
    counts = {model: _count(sessions, model) for model in (AgendaItem, Decision, Attendance)}
    assert all(counts.values())
    snapshot, change = delete_record(sessions, "meetings", "m-1")
    assert change.touches("meetings", "agenda_items", "decisions", "attendance", "actions")
    assert _count(sessions, Meeting) == 0 and _count(sessions, AgendaItem) == 0
    with sessions() as session:  # actions stay, without their meeting (SET NULL)
        assert session.scalar(select(Action.meeting_id).where(Action.id == "a-1")) is None
    restore_snapshot(sessions, snapshot)
    after = tmp_path / "after.json"
    export_file(sessions, after)
    assert _without_moment(before) == _without_moment(after)
    # The search index follows the put-back rows.
    hits = search_everything(sessions, "Eerste bijeenkomst")
    assert any(hit.id == "m-1" for group in hits.groups for hit in group.hits)


def test_deleting_a_table_takes_its_meetings_concerns_and_actions_and_undo_brings_them(
    sessions: SessionFactory, tmp_path: Path
) -> None:
    before = tmp_path / "before.json"
    export_file(sessions, before)
    snapshot, _ = delete_record(sessions, "tables", "tafel-1")
    assert _count(sessions, Concern) == 0 and _count(sessions, Meeting) == 0
    restore_snapshot(sessions, snapshot)
    after = tmp_path / "after.json"
    export_file(sessions, after)
    assert _without_moment(before) == _without_moment(after)


def test_a_table_with_more_than_a_thousand_actions_is_deleted_and_put_back(
    sessions: SessionFactory, tmp_path: Path
) -> None:
    # One OR term per key once made SQLite refuse the query (expression tree too deep).
    with sessions() as session, session.begin():
        session.add_all(
            Action(id=f"bulk-{n}", number=f"2030-{n:04d}", table_id="tafel-1", description="x")
            for n in range(1200)
        )
    before = tmp_path / "before.json"
    export_file(sessions, before)
    snapshot, _ = delete_record(sessions, "tables", "tafel-1")
    assert snapshot.count("actions") >= 1200
    assert _count(sessions, Action) == 0
    restore_snapshot(sessions, snapshot)
    after = tmp_path / "after.json"
    export_file(sessions, after)
    assert _without_moment(before) == _without_moment(after)


def test_an_action_takes_the_dutch_year_of_its_meeting(sessions: SessionFactory) -> None:
    from datetime import UTC, datetime

    meeting_id, _ = create_record(
        sessions,
        "meetings",
        {
            "title": "Nieuwjaarsoverleg",
            "table_id": "tafel-1",
            "starts_at": datetime(2018, 12, 31, 23, 30, tzinfo=UTC),
        },
    )
    action_id, _ = create_record(
        sessions,
        "actions",
        {"description": "Oliebollen", "table_id": "tafel-1", "meeting_id": meeting_id},
    )
    # 23.30 UTC on 31 December is 00.30 on 1 January in Amsterdam.
    assert read_record(sessions, "actions", action_id)["number"].startswith("2019-")  # type: ignore[index]


def test_a_blank_record_has_the_defaults_and_stores_nothing(sessions: SessionFactory) -> None:
    blank = blank_record("concerns", {"kind": "question", "table_id": "tafel-1"})
    assert (blank["title"], blank["description"], blank["raised_by_id"]) == ("", "", None)
    assert (blank["kind"], blank["table_id"]) == ("question", "tafel-1")
    assert (blank["status"], blank["priority"]) == ("open", "normal")
    assert blank["theme_ids"] == [] and blank["practice_ids"] == []
    assert blank_record("actions")["number"] == "" and blank_record("actions")["status"] == "open"
    assert "id" not in blank_record("people")
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Concern)) == 1

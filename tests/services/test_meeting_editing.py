"""Editing a meeting: agenda items added, removed and moved, decisions, actions, attendance.

Every change is undone by its inverse, and the database is then exactly as before.
"""

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Action, AgendaItemKind, AttendanceStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.attendance_editing import Presence, attendance_rows, set_presence
from ontwikkeltafel.services.editing import delete_record, restore_snapshot
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import (
    add_agenda_item,
    agenda_rows,
    move_agenda_item,
    remove_agenda_item,
    restore_agenda_item,
    set_agenda_positions,
    take_back_agenda_item,
)
from ontwikkeltafel.services.minutes_editing import (
    action_rows,
    add_decision,
    agree_action,
    decision_rows,
    move_decision,
    open_action_rows,
    set_decision_positions,
)
from ontwikkeltafel.store.database import Database
from tests.services.state import stored_state


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    document["people"].append({"id": "p-gast", "first_name": "Gert", "last_name": "Gast"})
    # A concept verslag: an adopted one refuses these edits (tests/services/test_adoption.py).
    document["meetings"][0]["status"] = "minutes_draft"
    del document["meetings"][0]["minutes_approved_on"]
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _titles(sessions: SessionFactory) -> list[tuple[int, str]]:
    return [(row.position, row.title) for row in agenda_rows(sessions, "m-1")]


def test_agenda_rows(sessions: SessionFactory) -> None:
    rows = agenda_rows(sessions, "m-1")
    assert [(r.position, r.title, r.decisions, r.confidential) for r in rows] == [
        (1, "Opening", 0, False),
        (2, "Vragen uit de praktijk", 1, False),
        (3, "Casusbespreking", 1, True),
    ]
    assert rows[1].has_minutes and not rows[0].has_minutes


def test_adding_an_item_in_the_middle_renumbers_and_the_undo_restores(
    sessions: SessionFactory,
) -> None:
    before = stored_state(sessions)
    values = {"title": "Pauze", "kind": AgendaItemKind.TOPIC, "planned_minutes": 15}
    item_id, positions, change = add_agenda_item(sessions, "m-1", values, index=1)
    assert change.kinds == {"agenda_items"} and {"m-1", item_id} <= change.ids
    assert _titles(sessions) == [
        (1, "Opening"),
        (2, "Pauze"),
        (3, "Vragen uit de praktijk"),
        (4, "Casusbespreking"),
    ]
    take_back_agenda_item(sessions, item_id, positions)
    assert stored_state(sessions) == before
    # A redo makes the same item again.
    again, _, _ = add_agenda_item(sessions, "m-1", {**values, "id": item_id}, index=1)
    assert again == item_id
    with pytest.raises(UserError) as refused:
        add_agenda_item(sessions, "m-1", {"title": " "})
    assert refused.value.key == "edit.required.title"


def test_removing_an_item_takes_its_decisions_and_links_and_the_undo_puts_all_back(
    sessions: SessionFactory,
) -> None:
    before = stored_state(sessions)
    removed, change = remove_agenda_item(sessions, "ai-2")
    assert change.touches("agenda_items", "decisions")
    assert _titles(sessions) == [(1, "Opening"), (2, "Casusbespreking")]
    assert decision_rows(sessions, "ai-2") == []
    with sessions() as session:
        assert session.get(Action, "a-1").agenda_item_id is None  # type: ignore[union-attr]
    restore_agenda_item(sessions, removed)
    assert stored_state(sessions) == before


def test_moving_items_keeps_positions_unique_and_the_undo_restores(
    sessions: SessionFactory,
) -> None:
    before = stored_state(sessions)
    positions, _ = move_agenda_item(sessions, "ai-3", 0)
    assert _titles(sessions) == [
        (1, "Casusbespreking"),
        (2, "Opening"),
        (3, "Vragen uit de praktijk"),
    ]
    second, _ = move_agenda_item(sessions, "ai-3", 99)  # past the end: last
    assert _titles(sessions)[-1] == (3, "Casusbespreking")
    set_agenda_positions(sessions, "m-1", second)
    set_agenda_positions(sessions, "m-1", positions)
    assert stored_state(sessions) == before


def test_decisions_added_moved_and_deleted_with_undo(sessions: SessionFactory) -> None:
    before = stored_state(sessions)
    first, change = add_decision(sessions, "ai-2", "  We starten een pilot.  ")
    assert change.kinds == {"decisions"} and "ai-2" in change.ids
    add_decision(sessions, "ai-2", "We evalueren in juni.")
    assert [d.text for d in decision_rows(sessions, "ai-2")] == [
        "De tafel verzamelt goede voorbeelden.",
        "We starten een pilot.",
        "We evalueren in juni.",
    ]
    positions, _ = move_decision(sessions, first, 0)
    assert decision_rows(sessions, "ai-2")[0].id == first
    set_decision_positions(sessions, "ai-2", positions)
    assert decision_rows(sessions, "ai-2")[1].id == first
    snapshot, _ = delete_record(sessions, "decisions", first)
    restore_snapshot(sessions, snapshot)
    assert decision_rows(sessions, "ai-2")[1].id == first
    with pytest.raises(UserError):
        add_decision(sessions, "ai-2", "")
    for row in decision_rows(sessions, "ai-2")[1:]:
        delete_record(sessions, "decisions", row.id)
    assert stored_state(sessions) == before


def test_an_action_agreed_under_an_item_belongs_to_its_meeting_and_table(
    sessions: SessionFactory,
) -> None:
    before = stored_state(sessions)
    action_id, change = agree_action(
        sessions,
        "ai-2",
        {"description": "Flyer maken", "owner_id": "p-anna", "due_on": date(2018, 2, 1)},
    )
    assert change.kinds == {"actions"} and "ai-2" in change.ids
    with sessions() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert (action.table_id, action.meeting_id) == ("tafel-1", "m-1")
        taken = set(session.scalars(select(Action.number).where(Action.id != action_id)))
    assert action.number.startswith("2018-") and action.number not in taken
    rows = action_rows(sessions, "ai-2")
    assert [(r.description, r.owner) for r in rows if r.id == action_id] == [
        ("Flyer maken", "A. de Vries")
    ]
    assert action_id in {row.id for row in open_action_rows(sessions, "tafel-1")}
    assert "a-1" not in {row.id for row in open_action_rows(sessions, "tafel-1")}  # done
    snapshot, _ = delete_record(sessions, "actions", action_id)
    assert stored_state(sessions) == before
    restore_snapshot(sessions, snapshot)
    assert action_rows(sessions, "ai-2")[-1].number == action.number


def test_attendance_statuses_and_guests_with_exact_undo(sessions: SessionFactory) -> None:
    rows = attendance_rows(sessions, "m-1")
    assert [(r.name, r.status, r.member) for r in rows] == [
        ("Anna de Vries", AttendanceStatus.PRESENT, True),
        ("Bas Bakker", AttendanceStatus.PRESENT, True),
        ("IJsbrand van der Berg", AttendanceStatus.EXCUSED, True),
    ]
    before = stored_state(sessions)
    previous, change = set_presence(sessions, "m-1", "p-ijs", AttendanceStatus.ABSENT)
    assert change.kinds == {"attendance"} and "m-1" in change.ids
    assert previous is not None and previous.status == AttendanceStatus.EXCUSED
    assert attendance_rows(sessions, "m-1")[2].status == AttendanceStatus.ABSENT
    set_presence(sessions, "m-1", "p-ijs", previous)
    assert stored_state(sessions) == before
    # A guest is added last and removed again.
    previous, _ = set_presence(sessions, "m-1", "p-gast", AttendanceStatus.GUEST)
    assert previous is None
    guest = attendance_rows(sessions, "m-1")[-1]
    assert (guest.name, guest.status, guest.member) == ("Gert Gast", AttendanceStatus.GUEST, False)
    set_presence(sessions, "m-1", "p-gast", previous)
    assert stored_state(sessions) == before
    # Removing someone keeps their place for the undo.
    previous, _ = set_presence(sessions, "m-1", "p-anna", None)
    assert attendance_rows(sessions, "m-1")[0].status is None  # a member without a record
    assert isinstance(previous, Presence)
    set_presence(sessions, "m-1", "p-anna", previous)
    assert stored_state(sessions) == before

"""Adopting a verslag, reopening it, and the freeze of an adopted verslag in every service."""

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM, AgendaItemKind, AttendanceStatus, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import (
    AdoptionState,
    adopt,
    adoption_state,
    previous_minutes_meeting,
    reopen,
)
from ontwikkeltafel.services.attendance_editing import set_presence
from ontwikkeltafel.services.editing import (
    create_record,
    delete_record,
    read_record,
    restore_snapshot,
    update_record,
)
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import (
    add_agenda_item,
    move_agenda_item,
    remove_agenda_item,
    restore_agenda_item,
    set_agenda_positions,
    take_back_agenda_item,
)
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.services.minutes_editing import (
    add_decision,
    agree_action,
    move_decision,
    set_decision_positions,
)
from ontwikkeltafel.store.database import Database
from tests.services.meetings import (
    all_entries,
    entries,
    history_count,
    new_meeting,
    status_of,
)
from tests.services.state import stored_state

FROZEN_NL = (
    "Het verslag van deze bijeenkomst is vastgesteld op 15 maart 2018; "
    "heropen het om iets te wijzigen."
)
FROZEN_EN = (
    "The minutes of this meeting were adopted on 15 March 2018; reopen them to change anything."
)
REASON = "Naam van een deelnemer verkeerd gespeld"


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    """The small document: m-1 (18 January 2018) has a verslag adopted on 15 March 2018."""
    import_file(database.session_factory, write_json(document))
    return database.session_factory


@pytest.fixture
def concept(sessions: SessionFactory) -> SessionFactory:
    """m-1 reopened: a concept verslag."""
    reopen(sessions, "m-1", REASON)
    return sessions


def _meeting(sessions: SessionFactory, meeting_id: str = "m-1") -> dict[str, Any]:
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    return values


def _refused(sessions: SessionFactory, action: Callable[[], object]) -> UserError:
    """Run ``action``, which must be refused with nothing written; return the refusal."""
    before, count = stored_state(sessions), history_count(sessions)
    with pytest.raises(UserError) as refused:
        action()
    assert stored_state(sessions) == before
    assert history_count(sessions) == count
    return refused.value


def test_the_state_of_an_adopted_and_a_concept_verslag(sessions: SessionFactory) -> None:
    assert adoption_state(sessions, "m-1") == AdoptionState(
        "m-1", MeetingStatus.MINUTES_APPROVED, date(2018, 3, 15), "", True, False, True
    )
    reopen(sessions, "m-1", REASON)
    assert adoption_state(sessions, "m-1") == AdoptionState(
        "m-1", MeetingStatus.MINUTES_DRAFT, None, "", True, True, False
    )
    empty = new_meeting(sessions, datetime(2018, 2, 15, 15, 30))
    state = adoption_state(sessions, empty)
    assert (state.has_minutes, state.can_adopt, state.can_reopen) == (False, False, False)
    with pytest.raises(UserError) as unknown:
        adoption_state(sessions, "m-x")
    assert unknown.value.key == "adoption.unknown_meeting"


def test_adopting_unchanged(concept: SessionFactory) -> None:
    sessions = concept
    change = adopt(sessions, "m-1", date(2018, 3, 15))
    assert change.touches("meetings") and "m-1" in change.ids
    values = _meeting(sessions)
    assert values["status"] == MeetingStatus.MINUTES_APPROVED
    assert values["minutes_approved_on"] == date(2018, 3, 15)
    assert values["adoption_changes"] == ""
    assert isinstance(json.loads(values["adoption_document"]), dict)
    status = entries(sessions, "m-1", "status")
    assert status[-1] == ("status", "minutes_draft", "minutes_approved", "")


def test_adopting_without_a_date_is_today_in_amsterdam(concept: SessionFactory) -> None:
    adopt(concept, "m-1")
    assert _meeting(concept)["minutes_approved_on"] == datetime.now(AMSTERDAM).date()


def test_adopting_with_changes_from_the_next_meetings_item(concept: SessionFactory) -> None:
    sessions = concept
    update_record(sessions, "actions", "a-2", {"status": "done"})
    start = datetime(2018, 2, 15, 15, 30, tzinfo=AMSTERDAM)
    second, _ = plan_meeting(sessions, "tafel-1", start)
    item_id = next(
        row["id"]
        for row in (read_record(sessions, "agenda_items", i) for i in _item_ids(sessions, second))
        if row is not None and row["kind"] == AgendaItemKind.PREVIOUS_MINUTES
    )
    assert previous_minutes_meeting(sessions, item_id) == "m-1"
    update_record(sessions, "agenda_items", item_id, {"minutes": "Het verslag wordt besproken."})
    changes = "Blz. 2: 'Bakker' in plaats van 'Bakkers'."
    change = adopt(sessions, "m-1", date(2018, 2, 15), f"  {changes}\n", via_item_id=item_id)
    assert change.touches("meetings", "agenda_items") and {"m-1", item_id} <= change.ids
    assert _meeting(sessions)["adoption_changes"] == changes
    item = read_record(sessions, "agenda_items", item_id)
    assert item is not None
    assert item["minutes"] == f"Het verslag wordt besproken.\n\n{changes}"
    assert adoption_state(sessions, "m-1").changes == changes
    # Adopted again after a reopening, the same corrections are not written twice.
    reopen(sessions, "m-1", REASON)
    adopt(sessions, "m-1", date(2018, 2, 15), changes, via_item_id=item_id)
    again = read_record(sessions, "agenda_items", item_id)
    assert again is not None and again["minutes"] == item["minutes"]


def _item_ids(sessions: SessionFactory, meeting_id: str) -> list[str]:
    from ontwikkeltafel.services.meeting_editing import agenda_rows

    return [row.id for row in agenda_rows(sessions, meeting_id)]


def test_adopting_under_an_item_that_adopts_another_verslag_is_refused(
    concept: SessionFactory,
) -> None:
    refusal = _refused(concept, lambda: adopt(concept, "m-1", None, "x", via_item_id="ai-2"))
    assert refusal.key == "adoption.wrong_item"


@pytest.mark.parametrize(
    ("setup", "meeting_id", "on", "key", "dutch"),
    [
        (False, "m-x", None, "adoption.unknown_meeting", "Er is geen bijeenkomst met id 'm-x'."),
        (False, "m-1", None, "adoption.frozen", FROZEN_NL),
        (True, "m-1", date(2099, 1, 1), "adoption.future", "1 januari 2099"),
        (True, "m-1", date(2018, 1, 17), "adoption.before_meeting", "18 januari 2018"),
    ],
)
def test_refused_adoptions_write_nothing(
    sessions: SessionFactory, setup: bool, meeting_id: str, on: date | None, key: str, dutch: str
) -> None:
    if setup:
        reopen(sessions, "m-1", REASON)
    refusal = _refused(sessions, lambda: adopt(sessions, meeting_id, on))
    assert refusal.key == key
    assert dutch in refusal.render("nl")


def test_a_meeting_without_a_verslag_cannot_be_adopted(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, datetime(2018, 2, 15, 15, 30))
    add_agenda_item(sessions, meeting_id, {"title": "Opening", "minutes": " \n "})
    refusal = _refused(sessions, lambda: adopt(sessions, meeting_id))
    assert refusal.key == "adoption.no_minutes"
    assert refusal.render("en").startswith("Meeting 'Tweede bijeenkomst' has no minutes yet")


def test_reopening_keeps_the_reason_once_and_a_new_adoption_freezes_again(
    sessions: SessionFactory,
) -> None:
    assert _refused(sessions, lambda: reopen(sessions, "m-1", "  ")).key == (
        "adoption.reason_required"
    )
    change = reopen(sessions, "m-1", f"  {REASON} ")
    assert change.touches("meetings")
    values = _meeting(sessions)
    assert values["status"] == MeetingStatus.MINUTES_DRAFT
    assert values["minutes_approved_on"] is None and values["adoption_document"] is None
    history = entries(sessions, "m-1")
    assert [entry for entry in history if REASON in entry[3]] == [
        ("status", "minutes_approved", "minutes_draft", REASON)
    ]
    assert sum(REASON in json.dumps(entry, default=str) for entry in all_entries(sessions)) == 1
    assert ("minutes_approved_on", "2018-03-15", None, "") in history
    refusal = _refused(sessions, lambda: reopen(sessions, "m-1", REASON))
    assert refusal.key == "adoption.not_adopted"
    assert _refused(sessions, lambda: reopen(sessions, "m-x", REASON)).key == (
        "adoption.unknown_meeting"
    )
    update_record(sessions, "agenda_items", "ai-2", {"minutes": "Gecorrigeerd verslag."})
    adopt(sessions, "m-1", date(2018, 3, 20))
    refusal = _refused(
        sessions, lambda: update_record(sessions, "agenda_items", "ai-2", {"minutes": "x"})
    )
    assert "vastgesteld op 20 maart 2018" in refusal.render("nl")


# Every change to an adopted verslag, each refused with the one message.
FROZEN_EDITS: dict[str, Callable[[SessionFactory], object]] = {
    "item title": lambda s: update_record(s, "agenda_items", "ai-2", {"title": "Anders"}),
    "item description": lambda s: update_record(s, "agenda_items", "ai-2", {"description": "x"}),
    "item minutes": lambda s: update_record(s, "agenda_items", "ai-2", {"minutes": "Anders."}),
    "item confidential": lambda s: update_record(
        s, "agenda_items", "ai-3", {"confidential": False}
    ),
    "item kind": lambda s: update_record(s, "agenda_items", "ai-1", {"kind": AgendaItemKind.TOPIC}),
    "item planned minutes": lambda s: update_record(
        s, "agenda_items", "ai-1", {"planned_minutes": 20}
    ),
    "item presenter": lambda s: update_record(s, "agenda_items", "ai-1", {"presenter_id": "p-bas"}),
    "item concerns": lambda s: update_record(s, "agenda_items", "ai-2", {"concern_ids": []}),
    "item added": lambda s: add_agenda_item(s, "m-1", {"title": "Pauze"}),
    "item created": lambda s: create_record(
        s, "agenda_items", {"meeting_id": "m-1", "position": 9, "title": "Pauze"}
    ),
    "item removed": lambda s: remove_agenda_item(s, "ai-1"),
    "item deleted": lambda s: delete_record(s, "agenda_items", "ai-1"),
    "item taken back": lambda s: take_back_agenda_item(s, "ai-1", {}),
    "item moved": lambda s: move_agenda_item(s, "ai-3", 0),
    "agenda order": lambda s: set_agenda_positions(s, "m-1", {"ai-1": 3, "ai-3": 1}),
    "decision added": lambda s: add_decision(s, "ai-2", "Nog een besluit."),
    "decision created": lambda s: create_record(
        s, "decisions", {"agenda_item_id": "ai-2", "text": "Nog een besluit."}
    ),
    "decision changed": lambda s: update_record(s, "decisions", "d-1", {"text": "Anders."}),
    "decision deleted": lambda s: delete_record(s, "decisions", "d-1"),
    "decision moved": lambda s: move_decision(s, "d-1", 1),
    "decision order": lambda s: set_decision_positions(s, "ai-2", {"d-1": 5}),
    "attendance": lambda s: set_presence(s, "m-1", "p-ijs", AttendanceStatus.PRESENT),
    "attendance removed": lambda s: set_presence(s, "m-1", "p-ijs", None),
    "guest added": lambda s: set_presence(s, "m-1", "p-nieuw", AttendanceStatus.GUEST),
    "meeting title": lambda s: update_record(s, "meetings", "m-1", {"title": "Anders"}),
    "meeting notes": lambda s: update_record(s, "meetings", "m-1", {"notes": "Later."}),
    "meeting moved": lambda s: update_record(
        s, "meetings", "m-1", {"starts_at": datetime(2018, 1, 19, 15, 30, tzinfo=AMSTERDAM)}
    ),
    "meeting deleted": lambda s: delete_record(s, "meetings", "m-1"),
    "action agreed": lambda s: agree_action(s, "ai-2", {"description": "Nog een actie"}),
}


@pytest.mark.parametrize("edit", sorted(FROZEN_EDITS))
def test_an_adopted_verslag_refuses_every_change(sessions: SessionFactory, edit: str) -> None:
    refusal = _refused(sessions, lambda: FROZEN_EDITS[edit](sessions))
    assert refusal.key == "adoption.frozen"
    assert refusal.render("nl") == FROZEN_NL
    assert refusal.render("en") == FROZEN_EN


def test_undo_of_a_delete_does_not_put_rows_back_into_an_adopted_verslag(
    concept: SessionFactory,
) -> None:
    sessions = concept
    snapshot, _ = delete_record(sessions, "decisions", "d-1")
    removed, _ = remove_agenda_item(sessions, "ai-1")
    adopt(sessions, "m-1", date(2018, 3, 15))
    assert _refused(sessions, lambda: restore_snapshot(sessions, snapshot)).key == (
        "adoption.frozen"
    )
    assert _refused(sessions, lambda: restore_agenda_item(sessions, removed)).key == (
        "adoption.frozen"
    )
    reopen(sessions, "m-1", REASON)
    restore_snapshot(sessions, snapshot)
    restore_agenda_item(sessions, removed)


def test_actions_agreed_at_an_adopted_meeting_stay_editable(sessions: SessionFactory) -> None:
    update_record(sessions, "actions", "a-2", {"status": "done", "done_on": date(2018, 4, 1)})
    update_record(sessions, "actions", "a-1", {"notes": "Uitgenodigd voor april."})
    values = read_record(sessions, "actions", "a-2")
    assert values is not None and values["status"] == "done"
    assert status_of(sessions, "m-1") == MeetingStatus.MINUTES_APPROVED


def test_a_reopened_verslag_can_be_edited_and_is_frozen_by_the_next_adoption(
    concept: SessionFactory,
) -> None:
    sessions = concept
    update_record(sessions, "agenda_items", "ai-2", {"minutes": "Gecorrigeerd."})
    add_decision(sessions, "ai-2", "Nog een besluit.")
    set_presence(sessions, "m-1", "p-ijs", AttendanceStatus.PRESENT)
    assert status_of(sessions, "m-1") == MeetingStatus.MINUTES_DRAFT
    adopt(sessions, "m-1", datetime.now(AMSTERDAM).date() - timedelta(days=1))
    assert _refused(sessions, lambda: add_decision(sessions, "ai-2", "x")).key == "adoption.frozen"


def test_undo_of_deleting_someone_who_attended_an_adopted_meeting_puts_everything_back(
    sessions: SessionFactory,
) -> None:
    """The delete was allowed while the verslag stood adopted: its undo must be too."""
    before = stored_state(sessions)
    snapshot, _ = delete_record(sessions, "people", "p-bas")
    assert "attendance" in snapshot.rows
    restore_snapshot(sessions, snapshot)
    assert stored_state(sessions) == before

"""A meeting's status follows the work: the table of transitions, applied with the work."""

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM, AgendaItemKind, AttendanceStatus, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import adopt, previous_minutes_meeting
from ontwikkeltafel.services.attendance_editing import set_presence
from ontwikkeltafel.services.editing import create_record, read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import add_agenda_item, agenda_rows
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.services.meeting_status import (
    TRANSITIONS,
    How,
    after_work,
    allowed_statuses,
)
from ontwikkeltafel.store.database import Database
from tests.services.meetings import entries, history_count, new_meeting, status_of
from tests.services.state import stored_state

S = MeetingStatus
PAST = datetime(2018, 2, 15, 15, 30)
FUTURE = datetime.now() + timedelta(days=30)


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def test_the_table_of_transitions() -> None:
    work = {pair for pair, how in TRANSITIONS.items() if How.WORK in how}
    assert work == {(S.PLANNED, S.HELD), (S.HELD, S.MINUTES_DRAFT), (S.PLANNED, S.MINUTES_DRAFT)}
    into = S.MINUTES_APPROVED
    into_adopted = {old for (old, new), how in TRANSITIONS.items() if new == S.MINUTES_APPROVED}
    assert all(TRANSITIONS[(old, S.MINUTES_APPROVED)] == {How.ADOPTION} for old in into_adopted)
    out_of_adopted = [(pair, how) for pair, how in TRANSITIONS.items() if pair[0] == into]
    assert out_of_adopted == [((S.MINUTES_APPROVED, S.MINUTES_DRAFT), {How.REOPENING})]
    assert allowed_statuses(S.PLANNED) == [S.PLANNED, S.HELD, S.MINUTES_DRAFT]
    assert allowed_statuses(S.MINUTES_DRAFT) == [S.PLANNED, S.HELD, S.MINUTES_DRAFT]
    assert allowed_statuses(S.MINUTES_APPROVED) == [S.MINUTES_APPROVED]


@pytest.mark.parametrize(
    ("status", "started", "attended", "minutes", "expected"),
    [
        (S.PLANNED, False, True, True, S.PLANNED),  # not started: nothing moves
        (S.PLANNED, True, False, False, S.PLANNED),  # started, nothing recorded
        (S.PLANNED, True, True, False, S.HELD),
        (S.PLANNED, True, False, True, S.MINUTES_DRAFT),  # both steps at once
        (S.HELD, True, True, False, S.HELD),
        (S.HELD, True, True, True, S.MINUTES_DRAFT),
        (S.MINUTES_DRAFT, True, False, False, S.MINUTES_DRAFT),  # never back by itself
        (S.MINUTES_APPROVED, True, True, True, S.MINUTES_APPROVED),  # never adopted by it
    ],
)
def test_where_the_work_puts_a_meeting(
    status: S, started: bool, attended: bool, minutes: bool, expected: S
) -> None:
    assert after_work(status, started, attended, minutes) == expected


def test_attendance_after_the_start_makes_a_planned_meeting_held(
    sessions: SessionFactory,
) -> None:
    meeting_id = new_meeting(sessions, PAST)
    set_presence(sessions, meeting_id, "p-anna", AttendanceStatus.PRESENT)
    assert status_of(sessions, meeting_id) == S.HELD
    assert entries(sessions, meeting_id, "status") == [("status", "planned", "held", "")]


def test_attendance_before_the_start_leaves_it_planned(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, FUTURE)
    set_presence(sessions, meeting_id, "p-anna", AttendanceStatus.EXCUSED)
    assert status_of(sessions, meeting_id) == S.PLANNED


def test_minutes_written_make_a_held_meeting_a_concept_verslag(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, PAST, S.HELD)
    item_id, _, _ = add_agenda_item(sessions, meeting_id, {"title": "Opening"})
    assert status_of(sessions, meeting_id) == S.HELD  # an item without minutes is no verslag
    update_record(sessions, "agenda_items", item_id, {"minutes": "  "})
    assert status_of(sessions, meeting_id) == S.HELD
    update_record(sessions, "agenda_items", item_id, {"minutes": "De voorzitter opent."})
    assert status_of(sessions, meeting_id) == S.MINUTES_DRAFT
    # Emptying the verslag again does not take the status back by itself.
    update_record(sessions, "agenda_items", item_id, {"minutes": ""})
    assert status_of(sessions, meeting_id) == S.MINUTES_DRAFT


def test_minutes_of_a_planned_past_meeting_take_both_steps_in_one_change(
    sessions: SessionFactory,
) -> None:
    meeting_id = new_meeting(sessions, PAST)
    add_agenda_item(sessions, meeting_id, {"title": "Opening", "minutes": "Geopend."})
    assert status_of(sessions, meeting_id) == S.MINUTES_DRAFT
    assert entries(sessions, meeting_id, "status") == [("status", "planned", "minutes_draft", "")]


def test_an_item_created_with_minutes_moves_its_meeting_on(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, PAST)
    values = {"meeting_id": meeting_id, "position": 1, "title": "Vragen", "minutes": "Besproken."}
    create_record(sessions, "agenda_items", values)
    assert status_of(sessions, meeting_id) == S.MINUTES_DRAFT


def test_minutes_of_a_meeting_not_yet_started_leave_it_planned(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, FUTURE)
    add_agenda_item(sessions, meeting_id, {"title": "Opening", "minutes": "Voorbereiding."})
    assert status_of(sessions, meeting_id) == S.PLANNED


def test_a_refused_edit_moves_no_status(sessions: SessionFactory) -> None:
    meeting_id = new_meeting(sessions, PAST)
    item_id, _, _ = add_agenda_item(sessions, meeting_id, {"title": "Opening"})
    before, count = stored_state(sessions), history_count(sessions)
    with pytest.raises(UserError):
        update_record(sessions, "agenda_items", item_id, {"minutes": "Tekst", "title": ""})
    assert stored_state(sessions) == before and history_count(sessions) == count


def test_the_secretary_sets_a_status_by_hand_where_the_table_allows_it(
    sessions: SessionFactory,
) -> None:
    meeting_id = new_meeting(sessions, FUTURE)
    update_record(sessions, "meetings", meeting_id, {"status": S.HELD})
    update_record(sessions, "meetings", meeting_id, {"status": S.MINUTES_DRAFT})
    update_record(sessions, "meetings", meeting_id, {"status": S.PLANNED})
    assert status_of(sessions, meeting_id) == S.PLANNED
    before, count = stored_state(sessions), history_count(sessions)
    with pytest.raises(UserError) as refused:
        update_record(sessions, "meetings", meeting_id, {"status": S.MINUTES_APPROVED})
    assert refused.value.key == "adoption.by_adopt_only"
    assert "Vaststellen" in refused.value.render("nl")
    with pytest.raises(UserError) as left:
        update_record(sessions, "meetings", "m-1", {"status": S.MINUTES_DRAFT})
    assert left.value.render("nl") == (
        "Het verslag van deze bijeenkomst is vastgesteld op 15 maart 2018; "
        "heropen het om iets te wijzigen."
    )
    assert stored_state(sessions) == before and history_count(sessions) == count


def test_a_meeting_is_not_created_adopted(sessions: SessionFactory) -> None:
    with pytest.raises(UserError) as refused:
        new_meeting(sessions, PAST, S.MINUTES_APPROVED)
    assert refused.value.key == "adoption.by_adopt_only"


def _previous_item(sessions: SessionFactory, meeting_id: str) -> str | None:
    rows = agenda_rows(sessions, meeting_id)
    found = [r.id for r in rows if r.kind == AgendaItemKind.PREVIOUS_MINUTES]
    return found[0] if found else None


def _description(sessions: SessionFactory, item_id: str) -> str:
    values = read_record(sessions, "agenda_items", item_id)
    assert values is not None
    return str(values["description"])


def test_planning_picks_up_a_verslag_whose_status_follows_the_work(
    sessions: SessionFactory,
) -> None:
    update_record(sessions, "actions", "a-2", {"status": "done"})
    second = new_meeting(sessions, PAST)
    add_agenda_item(sessions, second, {"title": "Vragen", "minutes": "We spraken over..."})
    third, _ = plan_meeting(sessions, "tafel-1", datetime(2018, 3, 15, 15, 30, tzinfo=AMSTERDAM))
    item_id = _previous_item(sessions, third)
    assert item_id is not None
    assert _description(sessions, item_id) == (
        "Conceptverslag van Tweede bijeenkomst van donderdag 15 februari 2018."
    )
    assert previous_minutes_meeting(sessions, item_id) == second


def test_planning_picks_up_a_verslag_left_planned(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    # Older data: the verslag of the second meeting is written, its status never changed.
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-02-15T15:30:00+01:00",
            "status": "planned",
            "agenda": [{"id": "ai-21", "position": 1, "title": "Vragen", "minutes": "Verslag."}],
        }
    )
    sessions = database.session_factory
    import_file(sessions, write_json(document))
    third, _ = plan_meeting(sessions, "tafel-1", datetime(2018, 3, 15, 15, 30, tzinfo=AMSTERDAM))
    item_id = _previous_item(sessions, third)
    assert item_id is not None and previous_minutes_meeting(sessions, item_id) == "m-2"
    assert previous_minutes_meeting(sessions, "ai-21") is None  # not a previous_minutes item
    # Once adopted, the next planning has no item for it; the third's item still names it.
    adopt(sessions, "m-2", date(2018, 3, 15), via_item_id=item_id)
    fourth, _ = plan_meeting(sessions, "tafel-1", datetime(2018, 4, 12, 15, 30, tzinfo=AMSTERDAM))
    assert _previous_item(sessions, fourth) is None
    assert previous_minutes_meeting(sessions, item_id) == "m-2"


def test_a_planned_meeting_not_held_is_skipped_and_an_adopted_one_gets_no_item(
    sessions: SessionFactory,
) -> None:
    update_record(sessions, "actions", "a-2", {"status": "done"})
    new_meeting(sessions, PAST)  # planned, passed, nothing recorded: never held
    third, _ = plan_meeting(sessions, "tafel-1", datetime(2018, 3, 15, 15, 30, tzinfo=AMSTERDAM))
    assert _previous_item(sessions, third) is None  # m-1, the last held, is adopted
    item_id, _, _ = add_agenda_item(
        sessions, third, {"title": "Verslag", "kind": AgendaItemKind.PREVIOUS_MINUTES}
    )
    assert previous_minutes_meeting(sessions, item_id) == "m-1"


def test_a_status_moved_by_the_work_is_named_in_the_change(sessions: SessionFactory) -> None:
    """Lists showing the meeting's status refresh when minutes or attendance move it on."""
    meeting_id = new_meeting(sessions, PAST)
    item_id, _, added = add_agenda_item(sessions, meeting_id, {"title": "Casus"})
    assert not added.touches("meetings") or meeting_id in added.ids
    _, written = update_record(sessions, "agenda_items", item_id, {"minutes": "Besproken."})
    assert status_of(sessions, meeting_id) == S.MINUTES_DRAFT
    assert written.touches("meetings") and meeting_id in written.ids
    _, again = update_record(sessions, "agenda_items", item_id, {"minutes": "Besproken!"})
    assert not again.touches("meetings")  # nothing moved: the lists need not reload
    other = new_meeting(sessions, PAST, title="Derde")
    _, present = set_presence(sessions, other, "p-anna", AttendanceStatus.PRESENT)
    assert status_of(sessions, other) == S.HELD
    assert present.touches("meetings") and other in present.ids

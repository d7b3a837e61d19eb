"""Planning the next meeting of a table from its template, with what is still open."""

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ontwikkeltafel.model import AgendaItemKind, AttendanceStatus, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.attendance_editing import attendance_rows
from ontwikkeltafel.services.editing import delete_record, read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import agenda_rows
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.services.table_editing import set_template
from ontwikkeltafel.store.database import Database
from tests.services.state import stored_state

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _agenda(sessions: SessionFactory, meeting_id: str) -> list[tuple[str, AgendaItemKind]]:
    return [(row.title, row.kind) for row in agenda_rows(sessions, meeting_id)]


def test_a_planned_meeting_has_the_template_open_actions_chair_and_members(
    sessions: SessionFactory,
) -> None:
    before = stored_state(sessions)
    meeting_id, change = plan_meeting(sessions, "tafel-1", today=date(2018, 2, 1))
    assert change.touches("meetings", "agenda_items", "attendance")
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    assert values["title"] == "Bijeenkomst 2"
    assert values["status"] == MeetingStatus.PLANNED
    # Four weeks after the last meeting, at the same time, as long as that one.
    assert values["starts_at"].astimezone(AMSTERDAM) == datetime(
        2018, 2, 15, 15, 30, tzinfo=AMSTERDAM
    )
    assert (values["ends_at"] - values["starts_at"]).total_seconds() == 90 * 60
    assert (values["chair_id"], values["secretary_id"]) == ("p-anna", "p-bas")
    assert values["location"] == "Utrecht"
    # The template, with the actielijst after the opening: an action is still open.
    # The previous verslag is adopted already, so no item for it.
    assert _agenda(sessions, meeting_id) == [
        ("Opening", AgendaItemKind.OPENING),
        ("Actielijst", AgendaItemKind.ACTION_LIST),
        ("Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS),
    ]
    assert [(r.name, r.status) for r in attendance_rows(sessions, meeting_id)] == [
        ("Anna de Vries", AttendanceStatus.PRESENT),
        ("Bas Bakker", AttendanceStatus.PRESENT),
        ("IJsbrand van der Berg", AttendanceStatus.PRESENT),
    ]
    delete_record(sessions, "meetings", meeting_id)
    assert stored_state(sessions) == before


def test_a_verslag_awaiting_adoption_gets_its_item_and_english_texts(
    sessions: SessionFactory,
) -> None:
    reopen(sessions, "m-1", "Correctie")
    update_record(sessions, "actions", "a-2", {"status": "done"})
    start = datetime(2018, 3, 15, 15, 30, tzinfo=AMSTERDAM)
    meeting_id, _ = plan_meeting(sessions, "tafel-1", start, lang="en")
    rows = agenda_rows(sessions, meeting_id)
    assert [(r.title, r.kind) for r in rows] == [
        ("Opening", AgendaItemKind.OPENING),
        ("Adoption of the minutes of the previous meeting", AgendaItemKind.PREVIOUS_MINUTES),
        ("Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS),
    ]
    item = read_record(sessions, "agenda_items", rows[1].id)
    assert item is not None
    assert item["description"] == "Draft minutes of Eerste bijeenkomst of Thursday 18 January 2018."
    assert read_record(sessions, "meetings", meeting_id)["title"] == "Meeting 2"  # type: ignore[index]


def test_a_table_without_template_or_meetings_gets_the_dutch_skeleton(
    sessions: SessionFactory,
) -> None:
    meeting_id, _ = plan_meeting(sessions, "tafel-1", today=date(2026, 1, 5))
    reopen(sessions, "m-1", "Correctie")  # an adopted verslag's meeting is not deleted
    delete_record(sessions, "meetings", "m-1")
    set_template(sessions, "tafel-1", [])
    delete_record(sessions, "meetings", meeting_id)
    update_record(sessions, "actions", "a-2", {"status": "done"})
    meeting_id, _ = plan_meeting(sessions, "tafel-1", today=date(2026, 1, 5))
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None and values["title"] == "Bijeenkomst 1"
    assert values["starts_at"].astimezone(AMSTERDAM) == datetime(
        2026, 1, 19, 15, 0, tzinfo=AMSTERDAM
    )
    assert [title for title, _kind in _agenda(sessions, meeting_id)] == [
        "Opening",
        "Mededelingen",
        "Vaststellen agenda",
        "Rondvraag",
        "Sluiting",
    ]


def test_the_proposed_date_follows_the_rhythm_and_is_never_past(sessions: SessionFactory) -> None:
    meeting_id, _ = plan_meeting(sessions, "tafel-1", today=date(2018, 6, 1))
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    # 18 January + 4 weeks... stepped on past 1 June.
    day = values["starts_at"].astimezone(AMSTERDAM).date()
    assert day >= date(2018, 6, 1) and (day - date(2018, 1, 18)).days % 28 == 0

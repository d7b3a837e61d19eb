"""Snag 4: "Bijeenkomst plannen" proposes a working day, the table's usual weekday and time."""

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ontwikkeltafel.model import Meeting
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_planning import plan_meeting, proposed_start
from ontwikkeltafel.store.database import Database

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FRIDAY, SATURDAY, SUNDAY = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 6)


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    """The small document plus a new table without meetings."""
    document["tables"].append({"id": "tafel-nieuw", "title": "Nieuwe tafel"})
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _held(*moments: str) -> list[Meeting]:
    return [Meeting(starts_at=datetime.fromisoformat(moment)) for moment in moments]


MONDAY_21_AT_THREE = datetime(2026, 12, 21, 15, 0, tzinfo=AMSTERDAM)
FRIDAY_18_AT_THREE = datetime(2026, 12, 18, 15, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (SATURDAY, MONDAY_21_AT_THREE),  # two weeks on is a Saturday: the Monday after
        (SUNDAY, MONDAY_21_AT_THREE),
        (FRIDAY, FRIDAY_18_AT_THREE),
        (datetime(2026, 12, 4, 20, 30, tzinfo=AMSTERDAM), FRIDAY_18_AT_THREE),
        # Saturday 23.30 in Amsterdam is still Saturday, though 22.30 in UTC
        (datetime(2026, 12, 5, 22, 30, tzinfo=UTC), MONDAY_21_AT_THREE),
    ],
    ids=["saturday", "sunday", "friday", "friday-evening", "saturday-late-in-utc"],
)
def test_a_first_meeting_is_proposed_two_weeks_on_on_a_working_day_at_three(
    sessions: SessionFactory, today: date, expected: datetime
) -> None:
    meeting_id, _change = plan_meeting(sessions, "tafel-nieuw", today=today)
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    start = values["starts_at"].astimezone(AMSTERDAM)
    assert start == expected
    assert start.weekday() < 5


def test_a_first_meeting_proposed_on_a_weekday_stays_two_weeks_on() -> None:
    wednesday = date(2026, 12, 2)
    assert proposed_start([], wednesday) == datetime(2026, 12, 16, 15, 0, tzinfo=AMSTERDAM)


def test_the_rhythm_keeps_the_tables_usual_weekday_and_time() -> None:
    # Two Tuesdays, then a Wednesday 29 days on: the rhythm lands on a Thursday,
    # and the nearest Tuesday is proposed, at the time of the last meeting.
    earlier = _held(
        "2026-09-01T10:00:00+02:00", "2026-09-29T10:00:00+02:00", "2026-10-28T10:00:00+01:00"
    )
    proposed = proposed_start(earlier, date(2026, 11, 20))
    assert proposed == datetime(2026, 11, 24, 10, 0, tzinfo=AMSTERDAM)
    assert proposed.strftime("%A") == "Tuesday"


def test_the_rhythm_never_proposes_a_day_before_today() -> None:
    earlier = _held(
        "2026-09-01T10:00:00+02:00", "2026-09-29T10:00:00+02:00", "2026-10-28T10:00:00+01:00"
    )
    # The nearest Tuesday to the rhythm's Thursday (26 November) has passed on the 25th.
    assert proposed_start(earlier, date(2026, 11, 25)) == datetime(
        2026, 12, 1, 10, 0, tzinfo=AMSTERDAM
    )


def test_a_table_that_met_on_sundays_is_proposed_the_next_working_day() -> None:
    earlier = _held("2026-11-01T11:00:00+01:00", "2026-11-29T11:00:00+01:00")
    assert proposed_start(earlier, SATURDAY) == datetime(2026, 12, 28, 11, 0, tzinfo=AMSTERDAM)


def test_a_weekly_thursday_table_stays_on_thursday(sessions: SessionFactory) -> None:
    # tafel-1 met once, on Thursday 18 January 2018 at 15.30: four weeks on, a Thursday.
    meeting_id, _change = plan_meeting(sessions, "tafel-1", today=SUNDAY)
    values = read_record(sessions, "meetings", meeting_id)
    assert values is not None
    start = values["starts_at"].astimezone(AMSTERDAM)
    assert (start.weekday(), start.hour, start.minute) == (3, 15, 30)
    assert start.date() >= SUNDAY

"""The invitation's SEQUENCE is the revision the data gives (0 for a meeting never changed)."""

from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from ontwikkeltafel.model import MeetingKind, MeetingStatus
from ontwikkeltafel.reports.data import InviteData, MeetingHeader
from ontwikkeltafel.reports.invite import invite_bytes

HEADER = MeetingHeader(
    id="m-7",
    title="Bijeenkomst 7",
    kind=MeetingKind.TABLE_SESSION,
    starts_at=datetime(2024, 5, 14, 13, 30, tzinfo=UTC),
    ends_at=None,
    location="",
    status=MeetingStatus.PLANNED,
    minutes_approved_on=None,
    table_id=None,
    table_title="",
    chair=None,
    secretary=None,
)


@pytest.mark.parametrize("sequence", [0, 3])
def test_sequence_is_written_as_given(sequence: int) -> None:
    data = InviteData(meeting=HEADER, agenda=(), organizer=None, attendees=(), sequence=sequence)
    event = Calendar.from_ical(invite_bytes(data, "nl")).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == sequence
    assert str(event["UID"]) == "m-7@ontwikkeltafel"


def test_a_meeting_without_changes_has_sequence_zero() -> None:
    data = InviteData(meeting=HEADER, agenda=(), organizer=None, attendees=())
    assert data.sequence == 0

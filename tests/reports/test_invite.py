"""The iCalendar invitation: parsed back with icalendar, every property the brief names."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from ontwikkeltafel.model import AgendaItemKind, MeetingKind, MeetingStatus
from ontwikkeltafel.reports.data import AgendaEntry, InviteData, MeetingHeader, Person
from ontwikkeltafel.reports.invite import invite_bytes

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAMP = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
SECRET = "Casus gezin Jansen"

CHAIR = Person("p-chair", "Willem", "", "Zwart", "Gemeente Utrecht", email="w.zwart@utrecht.nl")
SECRETARY = Person("p-sec", "Anna", "de", "Vries", "KION", email="a.devries@kion.nl")
NO_MAIL = Person("p-nomail", "Jan", "", "Bakker", "Basisschool De Linde")
MEMBER = Person("p-member", "Piet", "van der", "Berg", "GGD", email="pvdberg@ggd.nl")
SAME_MAIL = Person("p-same", "Piet", "van der", "Berg", "GGD", email="PvdBerg@ggd.nl ")


def meeting(**changes: Any) -> MeetingHeader:
    header = MeetingHeader(
        id="m-42",
        title="Bijeenkomst 3",
        kind=MeetingKind.TABLE_SESSION,
        starts_at=datetime(2024, 5, 14, 15, 30, tzinfo=AMSTERDAM),
        ends_at=datetime(2024, 5, 14, 17, 0, tzinfo=AMSTERDAM),
        location="Stadskantoor, zaal 2",
        status=MeetingStatus.PLANNED,
        minutes_approved_on=None,
        table_id="t-1",
        table_title="Onderwijs en zorg vinden elkaar!",
        chair=CHAIR,
        secretary=SECRETARY,
    )
    return replace(header, **changes)


AGENDA = (
    AgendaEntry(1, "Opening en mededelingen", AgendaItemKind.OPENING, 10, presenter=CHAIR),
    AgendaEntry(2, "Verslag vorige bijeenkomst", AgendaItemKind.PREVIOUS_MINUTES, 15),
    AgendaEntry(3, SECRET, AgendaItemKind.TOPIC, 30, description=SECRET, confidential=True),
    AgendaEntry(4, "De schoolconsulent", AgendaItemKind.TOPIC, 30, presenter=MEMBER),
    AgendaEntry(5, "Rondvraag en sluiting", AgendaItemKind.ANY_OTHER_BUSINESS, 5),
)


def data(**changes: Any) -> InviteData:
    invite = InviteData(
        meeting=meeting(),
        agenda=AGENDA,
        organizer=SECRETARY,
        attendees=(CHAIR, SECRETARY, NO_MAIL, MEMBER, SAME_MAIL),
    )
    return replace(invite, **changes)


def parse(raw: bytes) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert isinstance(events[0], Event)
    return calendar, events[0]


def listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def test_calendar_properties_and_timezone() -> None:
    calendar, _ = parse(invite_bytes(data(), "nl", stamp=STAMP))
    assert str(calendar["PRODID"]) == "-//Ontwikkeltafel//NL"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "REQUEST"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_event_properties() -> None:
    _, event = parse(invite_bytes(data(), "nl", stamp=STAMP))
    assert str(event["UID"]) == "m-42@ontwikkeltafel"
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["SUMMARY"]) == "Bijeenkomst 3 (Onderwijs en zorg vinden elkaar!)"
    assert str(event["LOCATION"]) == "Stadskantoor, zaal 2"
    assert event.decoded("SEQUENCE") == 0
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTART") == datetime(2024, 5, 14, 15, 30, tzinfo=AMSTERDAM)
    assert event.decoded("DTEND") == datetime(2024, 5, 14, 17, 0, tzinfo=AMSTERDAM)


def test_winter_meeting_given_in_utc_is_written_in_amsterdam_time() -> None:
    start = datetime(2024, 12, 3, 14, 30, tzinfo=UTC)
    raw = invite_bytes(data(meeting=meeting(starts_at=start, ends_at=None)), "nl", stamp=STAMP)
    assert b"DTSTART;TZID=Europe/Amsterdam:20241203T153000\r\n" in raw
    _, event = parse(raw)
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=1)


def test_uid_and_output_are_stable_across_exports() -> None:
    first = invite_bytes(data(), "nl", stamp=STAMP)
    second = invite_bytes(data(), "nl", stamp=STAMP)
    assert first == second
    now_a, now_b = invite_bytes(data(), "nl"), invite_bytes(data(), "en")
    assert str(parse(now_a)[1]["UID"]) == str(parse(now_b)[1]["UID"]) == "m-42@ontwikkeltafel"


def test_end_from_the_agenda_minutes_or_two_hours() -> None:
    _, event = parse(invite_bytes(data(meeting=meeting(ends_at=None)), "nl", stamp=STAMP))
    assert event.decoded("DTEND") == datetime(2024, 5, 14, 17, 0, tzinfo=AMSTERDAM)  # 90 min
    bare = data(meeting=meeting(ends_at=None), agenda=())
    _, event = parse(invite_bytes(bare, "nl", stamp=STAMP))
    assert event.decoded("DTEND") == datetime(2024, 5, 14, 17, 30, tzinfo=AMSTERDAM)


def test_organizer_is_the_secretary_with_name() -> None:
    _, event = parse(invite_bytes(data(), "nl", stamp=STAMP))
    assert str(event["ORGANIZER"]) == "mailto:a.devries@kion.nl"
    assert event["ORGANIZER"].params["CN"] == "Anna de Vries"


@pytest.mark.parametrize("organizer", [None, replace(SECRETARY, email="")])
def test_no_organizer_without_an_email(organizer: Person | None) -> None:
    secretary, chair = replace(SECRETARY, email=""), replace(CHAIR, email="")
    invite = data(organizer=organizer, meeting=meeting(secretary=secretary, chair=chair))
    _, event = parse(invite_bytes(invite, "nl", stamp=STAMP))
    assert "ORGANIZER" not in event


def test_attendees_only_with_email_each_once_chair_as_chair() -> None:
    _, event = parse(invite_bytes(data(), "nl", stamp=STAMP))
    attendees = {str(a): a.params for a in listed(event["ATTENDEE"])}
    assert set(attendees) == {
        "mailto:w.zwart@utrecht.nl",
        "mailto:a.devries@kion.nl",
        "mailto:pvdberg@ggd.nl",
    }
    chair = attendees["mailto:w.zwart@utrecht.nl"]
    assert chair["ROLE"] == "CHAIR"
    assert chair["CN"] == "Willem Zwart"
    for address in ("mailto:a.devries@kion.nl", "mailto:pvdberg@ggd.nl"):
        params = attendees[address]
        assert params["ROLE"] == "REQ-PARTICIPANT"
    for params in attendees.values():
        assert params["PARTSTAT"] == "NEEDS-ACTION"
        assert params["RSVP"] == "TRUE"
    assert attendees["mailto:pvdberg@ggd.nl"]["CN"] == "Piet van der Berg"


def test_description_has_the_numbered_agenda_in_dutch() -> None:
    _, event = parse(invite_bytes(data(), "nl", stamp=STAMP))
    text = str(event["DESCRIPTION"])
    assert "Wanneer: dinsdag 14 mei 2024, 15.30-17.00 uur" in text
    assert "Locatie: Stadskantoor, zaal 2" in text
    assert "Voorzitter: W. Zwart" in text
    assert text.splitlines()[-5:] == [
        "Agenda",
        "1. 15.30 Opening en mededelingen (door Willem Zwart)",
        "2. 15.40 Verslag vorige bijeenkomst",
        "3. 16.25 De schoolconsulent (door Piet van der Berg)",
        "4. 16.55 Rondvraag en sluiting",
    ]


def test_description_in_english() -> None:
    _, event = parse(invite_bytes(data(), "en", stamp=STAMP))
    text = str(event["DESCRIPTION"])
    assert "When: Tuesday 14 May 2024, 15:30-17:00" in text
    assert "Location: Stadskantoor, zaal 2" in text
    assert "1. 15:30 Opening en mededelingen (by Willem Zwart)" in text
    assert "3. 16:25 De schoolconsulent (by Piet van der Berg)" in text


def test_planned_start_of_an_item_wins() -> None:
    # As the query service makes them: every item with its start where it is known.
    agenda = (
        AgendaEntry(
            1,
            "Opening",
            AgendaItemKind.OPENING,
            planned_start=datetime(2024, 5, 14, 13, 30, tzinfo=UTC),
        ),
        AgendaEntry(
            2,
            "Pauze en werkbezoek",
            AgendaItemKind.TOPIC,
            planned_start=datetime(2024, 5, 14, 14, 0, tzinfo=UTC),
        ),
    )
    _, event = parse(invite_bytes(data(agenda=agenda), "nl", stamp=STAMP))
    lines = str(event["DESCRIPTION"]).splitlines()
    assert lines[-2:] == ["1. 15.30 Opening", "2. 16.00 Pauze en werkbezoek"]


def test_no_confidential_text_anywhere() -> None:
    for lang in ("nl", "en"):
        raw = invite_bytes(data(), lang, stamp=STAMP)
        unfolded = raw.replace(b"\r\n ", b"")
        assert SECRET.encode() not in unfolded
        assert "Jansen" not in str(parse(raw)[1]["DESCRIPTION"])


def test_crlf_line_endings() -> None:
    raw = invite_bytes(data(), "nl", stamp=STAMP)
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_summary_without_table_or_with_the_table_in_the_title() -> None:
    alone = data(meeting=meeting(table_title="", table_id=None))
    assert str(parse(invite_bytes(alone, "nl", stamp=STAMP))[1]["SUMMARY"]) == "Bijeenkomst 3"
    named = data(meeting=meeting(title="Onderwijs en zorg vinden elkaar! - mei"))
    summary = str(parse(invite_bytes(named, "nl", stamp=STAMP))[1]["SUMMARY"])
    assert summary == "Onderwijs en zorg vinden elkaar! - mei"


def test_no_location_when_there_is_none() -> None:
    _, event = parse(invite_bytes(data(meeting=meeting(location="")), "nl", stamp=STAMP))
    assert "LOCATION" not in event

"""The convocatie and the invitation show a time only where it is known (issue 12, item 5).

An item's start is known when every item before it (a confidential one left out too)
has planned minutes; "15.30" is never repeated for items without a time box.
"""

from dataclasses import replace
from pathlib import Path

from icalendar import Calendar

from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import AgendaEntry, InviteData
from ontwikkeltafel.reports.invite import invite_bytes
from ontwikkeltafel.services.report_agenda_data import agenda_data, invite_data
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import (
    CHAIR,
    SECRETARY,
    agenda_sample,
    details,
    document_lines,
    meeting,
    tables,
    unheld,
)
from tests.reports.report_samples import agenda as sample_agenda
from tests.services.stood import load, two_meetings


def _without_minutes(*positions: int) -> tuple[AgendaEntry, ...]:
    """The sample agenda (no starts set) with no planned minutes for the items ``positions``."""
    return tuple(
        replace(
            entry,
            planned_start=None,
            planned_minutes=None if entry.position in positions else entry.planned_minutes,
        )
        for entry in unheld(sample_agenda())
    )


def _description(agenda: tuple[AgendaEntry, ...], lang: str = "nl") -> list[str]:
    invite = InviteData(meeting=meeting(), agenda=agenda, organizer=SECRETARY, attendees=(CHAIR,))
    event = next(iter(Calendar.from_ical(invite_bytes(invite, lang)).walk("VEVENT")))
    return str(event["DESCRIPTION"]).splitlines()


def test_the_convocatie_shows_no_time_after_an_item_without_minutes(tmp_path: Path) -> None:
    agenda = tuple(e for e in _without_minutes(2) if not e.confidential)
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_sample(agenda=agenda), path, lang="nl", template=None)
    rows = tables(path)[0][1:]
    assert [(row[0], row[1], row[4]) for row in rows] == [
        ("1", "15.30", "10"),
        ("2", "15.40", ""),
        ("3", "", "30"),
        ("4", "", "10"),
        ("5", "", "5"),
    ]


def test_no_start_time_three_times(tmp_path: Path) -> None:
    """The first items without minutes: only the first item's start is known."""
    agenda = tuple(e for e in _without_minutes(1, 2, 4, 5, 6) if not e.confidential)
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_sample(agenda=agenda), path, lang="nl", template=None)
    assert [row[1] for row in tables(path)[0][1:]] == ["15.30", "", "", "", ""]
    lines = _description(agenda)
    assert lines[-5:] == [
        "1. 15.30 Opening (door Willem Zwart)",
        "2. Verslag vorige bijeenkomst",
        "3. De schoolconsulent (door Piet van der Berg)",
        "4. Rondvraag",
        "5. Sluiting",
    ]
    assert sum(line.count("15.30") for line in lines) == 2  # "Wanneer:" and item 1


def test_a_left_out_item_without_minutes_hides_the_times_after_it() -> None:
    """Item 3 (confidential) has no minutes: its place is known, what follows is not."""
    assert _description(_without_minutes(3))[-5:] == [
        "1. 15.30 Opening (door Willem Zwart)",
        "2. 15.40 Verslag vorige bijeenkomst",
        "3. De schoolconsulent (door Piet van der Berg)",
        "4. Rondvraag",
        "5. Sluiting",
    ]


def test_an_end_from_an_agenda_with_gaps_is_not_shown(tmp_path: Path) -> None:
    agenda = tuple(e for e in _without_minutes(4) if not e.confidential)
    open_ended = replace(agenda_sample(agenda=agenda), meeting=meeting(ends_at=None))
    path = tmp_path / "convocatie.docx"
    write_convocation(open_ended, path, lang="nl", template=None)
    assert details(document_lines(path))["Datum:"] == ["dinsdag 14 mei 2024, 15.30 uur"]


def test_the_services_leave_unknown_starts_out(database: Database, tmp_path: Path) -> None:
    """m-2 of the small document, its second item without minutes, as the services make it."""
    document = two_meetings()
    second = document["meetings"][1]
    second["starts_at"] = "2099-03-17T15:30:00+01:00"  # planned: the convocatie as it is
    second["ends_at"] = "2099-03-17T17:00:00+01:00"
    second["status"] = "planned"
    del second["agenda"][1]["planned_minutes"]
    second["agenda"].append({"id": "ai-24", "position": 4, "title": "Sluiting"})
    load(database, document, tmp_path)
    sessions = database.session_factory
    for made in (agenda_data(sessions, "m-2", False).agenda, invite_data(sessions, "m-2").agenda):
        starts = [entry.planned_start for entry in made]
        assert starts[:2] == [made[0].planned_start, made[0].planned_start.replace(minute=35)]
        assert starts[2:] == [None, None]
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_data(sessions, "m-2", False), path, lang="nl", template=None)
    assert [row[1] for row in tables(path)[0][1:]] == ["15.30", "15.35", "", ""]

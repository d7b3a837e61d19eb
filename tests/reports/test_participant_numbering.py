"""A participants' version numbers the agenda items that remain 1, 2, 3 (issue 12, item 4).

The verslag, the convocatie and the invitation's description alike; the internal
version numbers every item; decisions keep their table-wide numbers.
"""

from pathlib import Path

from icalendar import Calendar

from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import InviteData
from ontwikkeltafel.reports.invite import invite_bytes
from ontwikkeltafel.reports.minutes import write_minutes
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import (
    CHAIR,
    SECRETARY,
    agenda,
    agenda_sample,
    document_lines,
    in_order,
    meeting,
    minutes_sample,
    tables,
)
from tests.services.stood import load, report_lines, two_meetings

PARTICIPANTS = [
    "1. Opening",
    "2. Verslag vorige bijeenkomst",
    "Besluit 7: Het verslag van 16 april 2024 wordt vastgesteld.",
    "3. De schoolconsulent",
    "Besluit 9: De schoolconsulent wordt een ontwikkelpunt.",
    "4. Rondvraag",
    "5. Sluiting",
]


def _headings(lines: list[str]) -> list[str]:
    return [line for line in lines if line[:1].isdigit() and ". " in line[:4]]


def test_the_verslag_for_participants_numbers_what_remains(tmp_path: Path) -> None:
    path = tmp_path / "verslag.docx"
    write_minutes(minutes_sample(), path, lang="nl", template=None)
    lines = document_lines(path)
    assert in_order(lines, PARTICIPANTS)
    assert _headings(lines) == [line for line in PARTICIPANTS if not line.startswith("Besluit")]


def test_the_internal_verslag_numbers_every_item(tmp_path: Path) -> None:
    path = tmp_path / "verslag-intern.docx"
    write_minutes(minutes_sample(internal=True), path, lang="nl", template=None)
    assert _headings(document_lines(path)) == [
        "1. Opening",
        "2. Verslag vorige bijeenkomst",
        "3. Casusbespreking",
        "4. De schoolconsulent",
        "5. Rondvraag",
        "6. Sluiting",
    ]


def test_the_convocatie_numbers_as_the_verslag_does(tmp_path: Path) -> None:
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_sample(), path, lang="nl", template=None)
    assert [row[0] for row in tables(path)[0][1:]] == ["1", "2", "3", "4", "5"]
    inside = tmp_path / "convocatie-intern.docx"
    write_convocation(agenda_sample(internal=True), inside, lang="nl", template=None)
    assert [row[0] for row in tables(inside)[0][1:]] == ["1", "2", "3", "4", "5", "6"]


def test_the_invitation_numbers_as_the_convocatie_does() -> None:
    invite = InviteData(
        meeting=meeting(), agenda=agenda(), organizer=SECRETARY, attendees=(CHAIR, SECRETARY)
    )
    calendar = Calendar.from_ical(invite_bytes(invite, "nl"))
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["DESCRIPTION"]).splitlines()[-5:] == [
        "1. 15.30 Opening (door Willem Zwart)",
        "2. 15.40 Verslag vorige bijeenkomst",
        "3. 16.15 De schoolconsulent (door Piet van der Berg)",
        "4. 16.45 Rondvraag",
        "5. 16.55 Sluiting",
    ]


def test_numbers_through_the_services(database: Database, tmp_path: Path) -> None:
    """The small document's first meeting: its item 3 is confidential, 1 and 2 remain."""
    document = two_meetings()
    first = document["meetings"][0]["agenda"]
    first.insert(2, {"id": "ai-x", "position": 3, "title": "Pauze"})
    document["meetings"][0]["agenda"][3]["position"] = 4  # the confidential item
    document["meetings"][0]["agenda"].append({"id": "ai-y", "position": 5, "title": "Sluiting"})
    load(database, document, tmp_path)
    shown = report_lines(database, "minutes", "m-1", tmp_path / "p.docx")
    assert _headings(shown) == [
        "1. Opening",
        "2. Vragen uit de praktijk",
        "3. Pauze",
        "4. Sluiting",
    ]
    inside = report_lines(database, "minutes", "m-1", tmp_path / "i.docx", internal=True)
    assert _headings(inside) == [
        "1. Opening",
        "2. Vragen uit de praktijk",
        "3. Pauze",
        "4. Casusbespreking",
        "5. Sluiting",
    ]
    convocatie = tmp_path / "c.docx"
    report_lines(database, "agenda", "m-1", convocatie)
    assert [row[0] for row in tables(convocatie)[0][1:]] == ["1", "2", "3", "4"]

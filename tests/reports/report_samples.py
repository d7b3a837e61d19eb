"""Hand-built verslag and convocatie data; readers of the Word files (in order) and PDFs."""

import subprocess
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import docx
from docx.table import Table
from pypdf import PdfReader

from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
)
from ontwikkeltafel.reports.data import (
    Action,
    AgendaData,
    AgendaEntry,
    Attendee,
    Decision,
    MeetingHeader,
    MinutesData,
    Person,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TABLE = "Onderwijs en zorg vinden elkaar!"
SECRET = "Casus uit groep 3"

# The chair sorts last and the secretary first by surname: the list must put them in place.
CHAIR = Person("p-chair", "Willem", "", "Zwart", "Gemeente Utrecht", function="wethouder")
SECRETARY = Person(
    "p-sec", "Anna", "", "Aalders", "KUS", function="projectsecretaris", email="a.aalders@kus.nl"
)
BAKKER = Person(
    "p-bakker", "Jan", "", "Bakker", "Basisschool De Linde", function="intern begeleider"
)
BERG = Person("p-berg", "Piet", "van der", "Berg", "GGD regio Utrecht", function="jeugdarts")
VISSER = Person("p-visser", "Eva", "", "Visser", "Wijkteam Noordwest", function="gezinswerker")
VRIES = Person("p-vries", "Anna", "de", "Vries", "KION", function="pedagogisch coach")
MULDER = Person("p-mulder", "Karin", "", "Mulder", "Gemeente Utrecht", function="beleidsmedewerker")
KOK = Person("p-kok", "Ruud", "", "Kok", "SAVE", function="jeugdbeschermer")
POSTMA = Person("p-postma", "IJke", "", "Postma", "Veilig Thuis", function="teamleider advies")

MAY_14 = date(2024, 5, 14)


def meeting(**changes: Any) -> MeetingHeader:
    """Bijeenkomst 3 of the table, on Tuesday 14 May 2024 from 15.30 to 17.00."""
    header = MeetingHeader(
        id="m-3",
        title="Bijeenkomst 3: de schoolconsulent",
        kind=MeetingKind.TABLE_SESSION,
        starts_at=datetime(2024, 5, 14, 15, 30, tzinfo=AMSTERDAM),
        ends_at=datetime(2024, 5, 14, 17, 0, tzinfo=AMSTERDAM),
        location="Stadskantoor Utrecht, zaal 2",
        status=MeetingStatus.MINUTES_DRAFT,
        minutes_approved_on=None,
        table_id="t-1",
        table_title=TABLE,
        chair=CHAIR,
        secretary=SECRETARY,
    )
    return replace(header, **changes)


def attendees() -> tuple[Attendee, ...]:
    """Everyone on the list, in no particular order."""
    present = AttendanceStatus.PRESENT
    return (
        Attendee(VRIES, present),
        Attendee(SECRETARY, present, is_secretary=True),
        Attendee(VISSER, present),
        Attendee(KOK, AttendanceStatus.ABSENT),
        Attendee(BAKKER, present),
        Attendee(CHAIR, present, is_chair=True),
        Attendee(POSTMA, AttendanceStatus.GUEST),
        Attendee(BERG, present),
        Attendee(MULDER, AttendanceStatus.EXCUSED),
    )


def decisions() -> tuple[Decision, Decision, Decision]:
    """Decisions 7 to 9 of the table's besluitenlijst; 8 was taken under the confidential item."""
    return (
        Decision(7, "Het verslag van 16 april 2024 wordt vastgesteld.", MAY_14),
        Decision(
            8, f"{SECRET}: school en wijkteam spreken af wie belt.", MAY_14, confidential=True
        ),
        Decision(9, "De schoolconsulent wordt een ontwikkelpunt.", MAY_14),
    )


def actions() -> tuple[Action, ...]:
    """The actielijst: one done since last time, one running, one confidential, one new."""
    return (
        Action(
            "2024-03",
            "Voorbeelden van warme overdracht verzamelen.",
            VRIES,
            date(2024, 5, 1),
            ActionStatus.DONE,
            done_on=date(2024, 5, 2),
            notes="Vier voorbeelden binnen.",
        ),
        Action("2024-04", "Contactpersonen op een rij.", BERG, None, ActionStatus.IN_PROGRESS),
        Action(
            "2024-05",
            f"{SECRET}: terugbellen.",
            VISSER,
            date(2024, 5, 21),
            ActionStatus.OPEN,
            confidential=True,
        ),
        Action("2024-06", "Notitie schrijven.", BAKKER, date(2024, 6, 11), ActionStatus.OPEN),
    )


def agenda() -> tuple[AgendaEntry, ...]:
    """Six items; the third is confidential. Planned starts as the query service sets them."""
    seven, secret, nine = decisions()
    by_number = {a.number: a for a in actions()}
    entries = (
        AgendaEntry(
            1, "Opening", AgendaItemKind.OPENING, 10, presenter=CHAIR, minutes="Willem opent."
        ),
        AgendaEntry(
            2,
            "Verslag vorige bijeenkomst",
            AgendaItemKind.PREVIOUS_MINUTES,
            10,
            description="Conceptverslag van 16 april.",
            minutes="Het verslag wordt ongewijzigd vastgesteld.",
            decisions=(seven,),
        ),
        AgendaEntry(
            3,
            "Casusbespreking",
            AgendaItemKind.TOPIC,
            25,
            presenter=VISSER,
            description=f"{SECRET}, anoniem.",
            minutes=f"{SECRET} besproken.",
            confidential=True,
            decisions=(secret,),
            actions=(by_number["2024-05"],),
        ),
        AgendaEntry(
            4,
            "De schoolconsulent",
            AgendaItemKind.TOPIC,
            30,
            presenter=BERG,
            description="Ervaringen van twee scholen.\n\n- wat werkt\n- wat kan beter",
            minutes="Eva vertelt.\n\n- vast gezicht op school\n- korte lijnen met het wijkteam",
            decisions=(nine,),
            actions=(by_number["2024-06"],),
        ),
        AgendaEntry(5, "Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS, 10, minutes="Geen vragen."),
        AgendaEntry(6, "Sluiting", AgendaItemKind.CLOSING, 5),
    )
    start = datetime(2024, 5, 14, 15, 30, tzinfo=AMSTERDAM)
    timed = []
    for entry in entries:
        timed.append(replace(entry, planned_start=start))
        start += timedelta(minutes=entry.planned_minutes or 0)
    return tuple(timed)


def unheld(entries: tuple[AgendaEntry, ...]) -> tuple[AgendaEntry, ...]:
    """The agenda as before the meeting: no minutes, decisions or actions yet."""
    return tuple(replace(e, minutes="", decisions=(), actions=()) for e in entries)


def _visible(items: tuple[Any, ...], internal: bool) -> tuple[Any, ...]:
    return tuple(item for item in items if internal or not item.confidential)


def minutes_sample(*, internal: bool = False, **changes: Any) -> MinutesData:
    """The verslag of bijeenkomst 3; confidential parts only in the internal version."""
    data = MinutesData(
        meeting=meeting(),
        attendees=attendees(),
        agenda=_visible(agenda(), internal),
        decisions=_visible(decisions(), internal),
        actions=_visible(actions(), internal),
        internal=internal,
    )
    return replace(data, **changes)


def agenda_sample(*, internal: bool = False, **changes: Any) -> AgendaData:
    """The convocatie of bijeenkomst 3, with the verslag of bijeenkomst 2 to adopt."""
    previous = meeting(
        id="m-2",
        title="Bijeenkomst 2: signalen delen",
        starts_at=datetime(2024, 4, 16, 15, 30, tzinfo=AMSTERDAM),
        ends_at=datetime(2024, 4, 16, 17, 0, tzinfo=AMSTERDAM),
    )
    open_actions = tuple(a for a in actions() if a.status is not ActionStatus.DONE)
    data = AgendaData(
        meeting=meeting(status=MeetingStatus.PLANNED),
        agenda=_visible(unheld(agenda()), internal),
        previous_minutes=previous,
        open_actions=_visible(open_actions, internal),
        invitees=(CHAIR, SECRETARY, BAKKER, BERG, VISSER, VRIES),
        internal=internal,
    )
    return replace(data, **changes)


def _rows(table: Table) -> list[str]:
    return [" | ".join(cell.text for cell in row.cells) for row in table.rows]


def document_lines(path: Path) -> list[str]:
    """The body of a Word file in order: each paragraph, and each table row as "a | b | c"."""
    lines: list[str] = []
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_rows(block))
        elif block.text:
            lines.append(block.text)
    return lines


def details(lines: list[str]) -> dict[str, list[str]]:
    """The header block ("Aanwezig: <tab>A\\nB") as {"Aanwezig:": ["A", "B"]}."""
    found: dict[str, list[str]] = {}
    for line in lines:
        caption, tab, values = line.partition(" \t")
        if tab and caption.endswith(":"):
            found[caption] = values.split("\n")
    return found


def tables(path: Path) -> list[list[list[str]]]:
    """Every table of a Word file as rows of cell texts."""
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def in_order(lines: list[str], expected: list[str]) -> bool:
    """Whether ``expected`` occur in ``lines`` in this order (others may come between)."""
    rest = iter(lines)
    return all(any(line == wanted for line in rest) for wanted in expected)


def all_text(path: Path) -> str:
    """Every part of a Word file (body, headers, footers, properties) as text."""
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def to_pdf(document: Path, folder: Path) -> PdfReader:
    """The Word file converted by LibreOffice (in a profile of its own) and opened."""
    profile = folder / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(document),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = folder / f"{document.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    return PdfReader(pdf)

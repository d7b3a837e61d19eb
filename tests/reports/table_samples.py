"""Hand-made data for the besluiten- en actielijst, the table report and its charts."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ontwikkeltafel.model import (
    ActionStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Sector,
)
from ontwikkeltafel.reports.data import (
    Action,
    ActionsData,
    ConcernItem,
    ConcernStatusPoint,
    Decision,
    DevelopmentPointItem,
    MeetingSummary,
    Member,
    Person,
    PracticeItem,
    TableReportData,
)

TABLE = "Onderwijs en zorg vinden elkaar!"
MADE_ON = date(2024, 5, 14)  # dinsdag 14 mei 2024

ANNA = Person("p1", "Anna", "de", "Vries", "KION", Sector.CHILDCARE, "pedagogisch coach")
BAS = Person("p2", "Bas", "", "Bakker", "Gemeente Utrecht", Sector.MUNICIPALITY, "beleid")
COR = Person("p3", "Cor", "van der", "Berg", "Basisschool De Regenboog", Sector.EDUCATION, "ib")
DEWI = Person("p4", "Dewi", "", "Smit", "buurtteam Noord", Sector.WELFARE, "buurtwerker")
EEF = Person("p5", "Eef", "", "Visser")  # no organisation
FENNA = Person("p6", "Fenna", "", "Jansen", "Basisschool De Regenboog", Sector.EDUCATION, "")


def decisions() -> tuple[Decision, ...]:
    """Four decisions, handed over out of order; number 3 is confidential."""
    return (
        Decision(2, "De tafel komt eens in de acht weken bijeen.", date(2024, 1, 18)),
        Decision(1, "Casussen worden alleen anoniem besproken.", date(2024, 1, 18)),
        Decision(4, "De handreiking wordt verspreid.", date(2024, 3, 14)),
        Decision(3, "School en wijkteam delen de casus.", date(2024, 3, 14), confidential=True),
    )


def actions() -> tuple[Action, ...]:
    """Open actions over four organisations, one without organisation and one without owner."""
    return (
        Action("2024-10", "Handreiking rondsturen", COR, date(2024, 6, 1), ActionStatus.OPEN),
        Action("2024-2", "Lijst met contactpersonen", COR, date(2024, 5, 30), ActionStatus.OPEN),
        Action(
            "2024-1",
            "Privacyvragen verzamelen",
            BAS,
            date(2024, 5, 1),
            ActionStatus.IN_PROGRESS,
            notes="Met de privacyfunctionaris.",
        ),
        Action("2024-3", "Ouders uitnodigen", ANNA, None, ActionStatus.OPEN, confidential=True),
        Action("2024-4", "Buurtavond plannen", DEWI, date(2024, 7, 1), ActionStatus.OPEN),
        Action("2024-5", "Verslag nakijken", EEF, date(2024, 5, 20), ActionStatus.OPEN),
        Action("2024-6", "Spreker zoeken", None, date(2024, 9, 1), ActionStatus.OPEN),
    )


def actions_data(*, internal: bool = False, empty: bool = False) -> ActionsData:
    """The besluiten- en actielijst of the sample table."""
    return ActionsData(
        table_id="t1",
        table_title=TABLE,
        decisions=() if empty else decisions(),
        open_actions=() if empty else actions(),
        secretary=ANNA,
        made_on=MADE_ON,
        internal=internal,
    )


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 13, 0, tzinfo=UTC)  # 15.00 uur in summer


MEETING_DAYS = (date(2024, 1, 18), date(2024, 3, 14), date(2024, 5, 8), date(2024, 6, 20))


def meetings() -> tuple[MeetingSummary, ...]:
    """Three meetings held (with attendance per sector) and one planned."""
    held = [
        {"education": 2, "childcare": 1, "municipality": 1},
        {"education": 1, "welfare": 2, "other": 1},
        {"education": 2, "childcare": 2, "municipality": 1, "welfare": 1},
    ]
    result = [
        MeetingSummary(
            f"Bijeenkomst {n + 1}",
            MeetingKind.TABLE_SESSION,
            _at(day),
            MeetingStatus.MINUTES_APPROVED,
            present_by_sector=held[n],
        )
        for n, day in enumerate(MEETING_DAYS[:3])
    ]
    result.append(
        MeetingSummary(
            "Werkbezoek", MeetingKind.WORK_VISIT, _at(MEETING_DAYS[3]), MeetingStatus.PLANNED
        )
    )
    return tuple(result)


def concerns() -> tuple[ConcernItem, ...]:
    """Concerns of each kind and of four statuses (none parked)."""
    return (
        ConcernItem(
            "c1",
            ConcernKind.BOTTLENECK,
            "Wisselende contactpersonen",
            "Steeds iemand anders.",
            ConcernStatus.ADDRESSED,
            "Opgepakt met de schoolconsulent.",
            date(2024, 1, 18),
            themes=("samenwerking",),
            practices=("De schoolconsulent",),
        ),
        ConcernItem(
            "c2",
            ConcernKind.QUESTION,
            "Wat mag de school delen?",
            "Twijfel over de AVG.",
            ConcernStatus.OPEN,
            "",
            date(2024, 3, 14),
        ),
        ConcernItem(
            "c3",
            ConcernKind.CONCERN,
            "Geen terugkoppeling na een melding",
            "",
            ConcernStatus.RESOLVED,
            "Er is een handreiking.",
            None,
        ),
        ConcernItem(
            "c4",
            ConcernKind.QUESTION,
            "Hoe betrek je ouders?",
            "Ouders zitten zelden aan tafel.",
            ConcernStatus.DISCUSSING,
            "",
            date(2024, 5, 8),
        ),
        ConcernItem(
            "c5",
            ConcernKind.QUESTION,
            "Afspraken in de wijk",
            "",
            ConcernStatus.OPEN,
            "",
            date(2024, 5, 8),
        ),
    )


def history() -> tuple[ConcernStatusPoint, ...]:
    """The concerns by status at each meeting date, the planned one too."""
    return (
        ConcernStatusPoint(
            MEETING_DAYS[0], {ConcernStatus.ADDRESSED: 1, ConcernStatus.RESOLVED: 1}
        ),
        ConcernStatusPoint(
            MEETING_DAYS[1],
            {ConcernStatus.ADDRESSED: 1, ConcernStatus.RESOLVED: 1, ConcernStatus.OPEN: 1},
        ),
        ConcernStatusPoint(
            MEETING_DAYS[2],
            {
                ConcernStatus.ADDRESSED: 1,
                ConcernStatus.RESOLVED: 1,
                ConcernStatus.OPEN: 2,
                ConcernStatus.DISCUSSING: 1,
            },
        ),
        ConcernStatusPoint(MEETING_DAYS[3], {ConcernStatus.OPEN: 9}),  # planned: never shown
    )


def table_data(*, internal: bool = False, empty: bool = False) -> TableReportData:
    """A whole table: members of four sectors and without organisation, meetings, concerns..."""
    if empty:
        return TableReportData(
            "t1",
            TABLE,
            "",
            "",
            None,
            None,
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            None,
            MADE_ON,
            internal=internal,
        )
    members = (
        Member(BAS, MemberRole.ADVISOR),
        Member(ANNA, MemberRole.CHAIR),
        Member(FENNA, MemberRole.MEMBER),
        Member(COR, MemberRole.MEMBER),
        Member(EEF, MemberRole.SECRETARY),
        Member(DEWI, MemberRole.MEMBER),
    )
    practice = PracticeItem(
        "De schoolconsulent",
        "Een vast aanspreekpunt op school.",
        "Lange beschrijving die niet in de rapportage hoeft.",
        ("Basisschool De Regenboog", "Wijkteam Noord"),
        "Utrecht",
        "Ontwikkeltafel, 14 maart 2024",
        "- Vaste gezichten\n- Spreekuur op school",
    )
    points = (
        DevelopmentPointItem(
            "Samenwerking in de wijk",
            "Elke school een vaste contactpersoon.",
            DevelopmentPointStatus.IN_PROGRESS,
            BAS,
            ("Afspraken in de wijk", "Wisselende contactpersonen"),
        ),
        DevelopmentPointItem(
            "Handreiking terugkoppeling", "", DevelopmentPointStatus.REALISED, None, ()
        ),
    )
    return TableReportData(
        table_id="t1",
        title=TABLE,
        goal="De samenwerking tussen onderwijs en zorg verbeteren.",
        description="Ontstaan na een workshop.\n\nAndere geïnteresseerden zijn welkom.",
        started_on=date(2024, 1, 18),
        ended_on=None,
        themes=("geweld in gezinnen", "samenwerking"),
        members=members,
        meetings=meetings(),
        concerns=concerns(),
        practices=(practice,),
        development_points=points,
        decisions=decisions(),
        open_actions=actions(),
        concern_history=history(),
        secretary=EEF,
        made_on=MADE_ON,
        internal=internal,
    )


def big_table_data(count: int = 100) -> TableReportData:
    """A table with ``count`` meetings and what a busy table gathers around them."""
    sectors = [s.value for s in Sector]
    start = date(2016, 1, 7)
    days = [start + timedelta(days=28 * n) for n in range(count)]
    people = [
        Person(
            f"p{n}",
            f"Naam{n}",
            "van" if n % 3 else "",
            f"Achternaam{n}",
            f"Organisatie {n % 12}",
            Sector(sectors[n % len(sectors)]),
            "functie",
        )
        for n in range(20)
    ]
    base = table_data()
    concern_items = tuple(
        ConcernItem(
            f"c{n}",
            list(ConcernKind)[n % 3],
            f"Zorg nummer {n}",
            "Een beschrijving. " * 8,
            list(ConcernStatus)[n % 5],
            "Een uitkomst. " * 5,
            days[n % count],
            themes=("samenwerking", "pesten"),
            practices=("De schoolconsulent",),
        )
        for n in range(3 * count)
    )
    return TableReportData(
        table_id="t1",
        title=TABLE,
        goal=base.goal,
        description=base.description,
        started_on=days[0],
        ended_on=None,
        themes=base.themes,
        members=tuple(Member(p, MemberRole.MEMBER) for p in people),
        meetings=tuple(
            MeetingSummary(
                f"Bijeenkomst {n}",
                MeetingKind.TABLE_SESSION,
                _at(day),
                MeetingStatus.MINUTES_APPROVED,
                present_by_sector={sectors[(n + k) % 10]: 1 + k for k in range(5)},
            )
            for n, day in enumerate(days)
        ),
        concerns=concern_items,
        practices=base.practices * count,
        development_points=base.development_points * (count // 4),
        decisions=tuple(
            Decision(n + 1, f"Besluit {n + 1}: " + "afspraak " * 12, days[n // 5])
            for n in range(5 * count)
        ),
        open_actions=tuple(
            Action(
                f"{days[n].year}-{n}",
                "Iets uitzoeken " * 4,
                people[n % 20],
                days[n],
                ActionStatus.OPEN,
            )
            for n in range(count)
        ),
        concern_history=tuple(
            ConcernStatusPoint(
                day, {s: 1 + (n * (k + 1)) // 10 for k, s in enumerate(ConcernStatus)}
            )
            for n, day in enumerate(days)
        ),
        secretary=ANNA,
        made_on=date(2026, 1, 1),
    )


# Reading a saved report back.


def open_docx(path: Path) -> Document:
    """The saved report, reopened with python-docx."""
    return docx.Document(str(path))


def body(document: Document) -> list[tuple[str, str, object]]:
    """The body in order: ("p", style name, text) for paragraphs, ("t", "", rows) for tables."""
    blocks: list[tuple[str, str, object]] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            style = paragraph.style.name if paragraph.style is not None else ""
            blocks.append(("p", style, paragraph.text))
        elif child.tag == qn("w:tbl"):
            rows = [[cell.text for cell in row.cells] for row in Table(child, document).rows]
            blocks.append(("t", "", rows))
    return blocks


def headings(document: Document, level: int) -> list[str]:
    """The texts of the headings of ``level``, in order."""
    return [text for kind, style, text in body(document) if style == f"Heading {level}"]


def tables(document: Document) -> list[list[list[str]]]:
    """Every table as rows of cell texts, in order."""
    return [rows for kind, _, rows in body(document) if kind == "t"]  # type: ignore[misc]


def all_text(document: Document) -> str:
    """Every paragraph and table cell of the body, one per line."""
    lines: list[str] = []
    for kind, _, value in body(document):
        if kind == "p":
            lines.append(str(value))
        else:
            lines += ["\t".join(row) for row in value]  # type: ignore[attr-defined]
    return "\n".join(lines)

"""The verslag: written from hand-built data, read back in order with python-docx."""

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from ontwikkeltafel.model import AttendanceStatus, MeetingStatus
from ontwikkeltafel.reports.data import Attendee, MinutesData
from ontwikkeltafel.reports.minutes import action_text, write_minutes
from ontwikkeltafel.services.listing import MeetingRow, meeting_ids, meeting_rows
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.reports.report_samples import (
    CHAIR,
    SECRET,
    SECRETARY,
    TABLE,
    actions,
    all_text,
    details,
    document_lines,
    in_order,
    meeting,
    minutes_sample,
    tables,
    to_pdf,
)

Write = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a verslag of ``data`` (the sample by default) and return its path."""

    def run(data: MinutesData | None = None, lang: str = "nl") -> Path:
        path = tmp_path / f"verslag-{lang}.docx"
        write_minutes(data or minutes_sample(), path, lang=lang, template=None)
        return path

    return run


def test_header_names_meeting_date_time_place_and_draft(write: Write) -> None:
    lines = document_lines(write())
    assert lines[0] == "Bijeenkomst 3: de schoolconsulent"
    assert lines[1] == f"{TABLE}\nConceptverslag"
    block = details(lines)
    assert block["Datum:"] == ["dinsdag 14 mei 2024, 15.30-17.00 uur"]
    assert block["Plaats:"] == ["Stadskantoor Utrecht, zaal 2"]


def test_adopted_minutes_say_when_they_were_adopted(write: Write) -> None:
    adopted = meeting(status=MeetingStatus.MINUTES_APPROVED, minutes_approved_on=date(2024, 6, 11))
    lines = document_lines(write(minutes_sample(meeting=adopted)))
    assert lines[1] == f"{TABLE}\nVerslag vastgesteld op dinsdag 11 juni 2024"
    assert not any("Conceptverslag" in line for line in lines)


def test_present_chair_first_others_by_surname_secretary_last(write: Write) -> None:
    block = details(document_lines(write()))
    assert block["Aanwezig:"] == [
        "W. Zwart (Gemeente Utrecht, wethouder) (voorzitter)",
        "J. Bakker (Basisschool De Linde, intern begeleider)",
        "P. van der Berg (GGD regio Utrecht, jeugdarts)",
        "E. Visser (Wijkteam Noordwest, gezinswerker)",
        "A. de Vries (KION, pedagogisch coach)",
        "A. Aalders (KUS, projectsecretaris) (verslag)",
    ]


def test_excused_absent_and_guests_are_separate_lists(write: Write) -> None:
    block = details(document_lines(write()))
    assert block["Afgemeld:"] == ["K. Mulder (Gemeente Utrecht, beleidsmedewerker)"]
    assert block["Afwezig:"] == ["R. Kok (SAVE, jeugdbeschermer)"]
    assert block["Gasten:"] == ["IJ. Postma (Veilig Thuis, teamleider advies)"]
    assert list(block) == ["Datum:", "Plaats:", "Aanwezig:", "Afgemeld:", "Afwezig:", "Gasten:"]


def test_an_empty_list_leaves_out_its_heading(write: Write) -> None:
    present = AttendanceStatus.PRESENT
    only_present = (Attendee(CHAIR, present, is_chair=True), Attendee(SECRETARY, present))
    block = details(document_lines(write(minutes_sample(attendees=only_present))))
    assert list(block) == ["Datum:", "Plaats:", "Aanwezig:"]


def test_agenda_items_numbered_with_minutes_decisions_and_actions(write: Write) -> None:
    path = write()
    lines = document_lines(path)
    assert in_order(
        lines,
        [
            "1. Opening",
            "Willem opent.",
            "2. Verslag vorige bijeenkomst",
            "Het verslag wordt ongewijzigd vastgesteld.",
            "Besluit 7: Het verslag van 16 april 2024 wordt vastgesteld.",
            "3. De schoolconsulent",
            "Eva vertelt.",
            "vast gezicht op school",
            "korte lijnen met het wijkteam",
            "Besluit 9: De schoolconsulent wordt een ontwikkelpunt.",
            "Actie 2024-06: Notitie schrijven (J. Bakker, uiterlijk dinsdag 11 juni 2024).",
            "4. Rondvraag",
            "Geen vragen.",
            "5. Sluiting",
            "Besluitenlijst",
            "Actielijst",
        ],
    )
    styles = {p.text: p.style.name for p in docx.Document(str(path)).paragraphs if p.style}
    assert styles["3. De schoolconsulent"] == "Heading 1"
    assert styles["vast gezicht op school"] == "List Bullet"
    # The confidential item is not in this version; the others are numbered 1 to 5.
    assert not any(line.startswith("6. ") for line in lines)
    assert "Vertrouwelijk" not in lines
    assert SECRET not in all_text(path)


def test_action_line_names_who_and_when_only_when_known() -> None:
    bare = replace(actions()[1], description="Contactpersonen op een rij", owner=None)
    assert action_text(bare, "nl") == "Contactpersonen op een rij"
    assert action_text(actions()[1], "nl") == "Contactpersonen op een rij (P. van der Berg)."


def test_besluitenlijst_and_actielijst(write: Write) -> None:
    decisions, actions = tables(write())
    assert decisions == [
        ["Nr", "Datum", "Besluit"],
        ["7", "2024-05-14", "Het verslag van 16 april 2024 wordt vastgesteld."],
        ["9", "2024-05-14", "De schoolconsulent wordt een ontwikkelpunt."],
    ]
    assert actions == [
        ["Nr", "Wie", "Wat", "Wanneer", "Status"],
        [
            "2024-03",
            "A. de Vries",
            "Voorbeelden van warme overdracht verzamelen.\nVier voorbeelden binnen.",
            "2024-05-01",
            "afgerond\n2024-05-02",
        ],
        ["2024-04", "P. van der Berg", "Contactpersonen op een rij.", "", "in uitvoering"],
        ["2024-06", "J. Bakker", "Notitie schrijven.", "2024-06-11", "open"],
    ]


def test_without_decisions_or_actions_it_says_so(write: Write) -> None:
    path = write(minutes_sample(decisions=(), actions=()))
    lines = document_lines(path)
    assert in_order(
        lines,
        [
            "Besluitenlijst",
            "In deze bijeenkomst zijn geen besluiten genomen.",
            "Actielijst",
            "Er staan geen acties open.",
        ],
    )
    assert docx.Document(str(path)).tables == []


def test_internal_version_marks_every_confidential_part(write: Write) -> None:
    path = write(minutes_sample(internal=True))
    lines = document_lines(path)
    assert in_order(
        lines,
        [
            "2. Verslag vorige bijeenkomst",
            "Vertrouwelijk",
            "3. Casusbespreking",
            f"{SECRET} besproken.",
            f"Besluit 8: {SECRET}: school en wijkteam spreken af wie belt.",
            f"Actie 2024-05: {SECRET}: terugbellen (E. Visser, uiterlijk dinsdag 21 mei 2024).",
            "4. De schoolconsulent",
        ],
    )
    document = docx.Document(str(path))
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert "INTERN — bevat vertrouwelijke onderdelen" in header
    decisions, actions = document.tables
    assert decisions.rows[2].cells[2].text == (
        f"Vertrouwelijk\n{SECRET}: school en wijkteam spreken af wie belt."
    )
    mark = decisions.rows[2].cells[2].paragraphs[0].runs[0]
    assert mark.bold and mark.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert actions.rows[3].cells[2].text == f"Vertrouwelijk\n{SECRET}: terugbellen."
    assert "Vertrouwelijk" not in decisions.rows[1].cells[2].text


def test_english_version(write: Write) -> None:
    path = write(lang="en")
    lines = document_lines(path)
    assert lines[1] == f"{TABLE}\nDraft minutes"
    block = details(lines)
    assert list(block) == ["Date:", "Place:", "Present:", "Apologies:", "Absent:", "Guests:"]
    assert block["Date:"] == ["Tuesday 14 May 2024, 15:30-17:00"]
    assert block["Present:"][0].endswith("(chair)")
    assert block["Present:"][-1].endswith("(minutes)")
    assert in_order(
        lines,
        [
            "Decision 7: Het verslag van 16 april 2024 wordt vastgesteld.",
            "Action 2024-06: Notitie schrijven (J. Bakker, by Tuesday 11 June 2024).",
            "Decisions",
            "No. | Date | Decision",
            "Action list",
            "No. | Who | What | When | Status",
            "2024-04 | P. van der Berg | Contactpersonen op een rij. |  | in progress",
        ],
    )
    own_words = " ".join(lines).replace("Het verslag", "")
    for dutch in ("Aanwezig", "Besluit", "Actie ", "uiterlijk", "Conceptverslag", "afgerond"):
        assert dutch not in own_words


def test_properties_and_template_fields(write: Write) -> None:
    document = docx.Document(str(write()))
    properties = document.core_properties
    assert properties.title == "Bijeenkomst 3: de schoolconsulent"
    assert properties.subject == f"Verslag {TABLE}"
    assert properties.author == "Anna Aalders"
    assert document.sections[0].footer.paragraphs[0].text.startswith(TABLE)


def test_stand_alone_meeting_goes_by_its_own_title(write: Write) -> None:
    alone = meeting(table_id=None, table_title="", title="Bestuurlijk overleg")
    document = docx.Document(str(write(minutes_sample(meeting=alone))))
    assert [p.text for p in document.paragraphs[:2]] == ["Bestuurlijk overleg", "Conceptverslag"]
    assert document.core_properties.subject == "Verslag Bestuurlijk overleg"
    assert document.sections[0].footer.paragraphs[0].text.startswith("Bestuurlijk overleg\t")


def _demo_verslag(
    cli: Callable[..., CliResult], demo: CliDatabase, folder: Path
) -> tuple[MeetingRow, Path]:
    """The verslag of the demo's first adopted table meeting, written by the command line."""
    db = demo.where
    database = demo.open()
    try:
        sessions = database.session_factory
        rows = meeting_rows(sessions, meeting_ids(sessions, descending=False))
    finally:
        database.close()
    adopted = [r for r in rows if r.status is MeetingStatus.MINUTES_APPROVED and r.table_title]
    chosen = min(adopted, key=lambda r: r.starts_at)
    out = folder / "verslag.docx"
    result = cli(*db, "--lang", "nl", "report", "minutes", chosen.id, "-o", out)
    assert result.code == 0, result.err
    assert str(out) in result.out
    return chosen, out


def test_demo_verslag_through_the_command_line(
    cli: Callable[..., CliResult], demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    chosen, out = _demo_verslag(cli, demo_cli_database, tmp_path)
    lines = document_lines(out)
    assert lines[0] == chosen.title
    assert lines[1].startswith(f"{chosen.table_title}\nVerslag vastgesteld op ")
    assert {"Datum:", "Plaats:", "Aanwezig:"} <= set(details(lines))
    first = next(line for line in lines if line.startswith("1. "))
    assert in_order(lines, [first, "Besluitenlijst", "Actielijst"])


@pytest.mark.sqlite_only(
    "the pages in LibreOffice; PostgreSQL writes the same document (test_same_reports_*)"
)
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_demo_verslag_opens_in_libreoffice(
    cli: Callable[..., CliResult], demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    chosen, out = _demo_verslag(cli, demo_cli_database, tmp_path)
    reader = to_pdf(out, tmp_path)
    pages = len(reader.pages)
    assert pages > 0
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (chosen.title, "Aanwezig:", "(voorzitter)", "Besluitenlijst", "Actielijst"):
        assert expected in text
    assert f"pagina {pages} van {pages}" in text

"""The convocatie: written from hand-built data, read back in order with python-docx."""

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.shared import Pt, RGBColor

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import AgendaData
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.reports.report_samples import (
    SECRET,
    TABLE,
    agenda_sample,
    all_text,
    details,
    document_lines,
    meeting,
    tables,
    to_pdf,
)

Write = Callable[..., Path]
HEADERS = ["Nr", "Tijd", "Onderwerp", "Door", "Min."]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a convocatie of ``data`` (the sample by default) and return its path."""

    def run(data: AgendaData | None = None, lang: str = "nl") -> Path:
        path = tmp_path / f"convocatie-{lang}.docx"
        write_convocation(data or agenda_sample(), path, lang=lang, template=None)
        return path

    return run


def test_invitation_names_date_time_place_and_chair(write: Write) -> None:
    lines = document_lines(write())
    assert lines[:4] == [
        "Bijeenkomst 3: de schoolconsulent",
        f"{TABLE}\nUitnodiging en agenda",
        "Beste deelnemers,",
        f"Hierbij nodigen wij u van harte uit voor de volgende bijeenkomst van ‘{TABLE}’. "
        "Hieronder vindt u de agenda en wat u ter voorbereiding kunt lezen.",
    ]
    assert details(lines) == {
        "Datum:": ["dinsdag 14 mei 2024, 15.30-17.00 uur"],
        "Plaats:": ["Stadskantoor Utrecht, zaal 2"],
        "Voorzitter:": ["Willem Zwart"],
    }
    assert "Bent u verhinderd? Laat het dan weten aan Anna Aalders (a.aalders@kus.nl)." in lines
    assert "Met vriendelijke groet,\n\nAnna Aalders\nprojectsecretaris, KUS" in lines


def test_agenda_table_with_times_presenters_and_time_boxes(write: Write) -> None:
    agenda = tables(write())[0]
    assert agenda == [
        HEADERS,
        ["1", "15.30", "Opening", "W. Zwart", "10"],
        ["2", "15.40", "Verslag vorige bijeenkomst\nConceptverslag van 16 april.", "", "10"],
        # Item 3 is confidential: not here, but its 25 minutes still pass; the rest renumber.
        [
            "3",
            "16.15",
            "De schoolconsulent\nErvaringen van twee scholen.\n• wat werkt\n• wat kan beter",
            "P. van der Berg",
            "30",
        ],
        ["4", "16.45", "Rondvraag", "", "10"],
        ["5", "16.55", "Sluiting", "", "5"],
    ]


def test_times_follow_from_the_start_and_the_time_boxes(write: Write) -> None:
    sample = agenda_sample()
    untimed = tuple(replace(entry, planned_start=None) for entry in sample.agenda)
    open_ended = meeting(status=MeetingStatus.PLANNED, ends_at=None)
    path = write(replace(sample, agenda=untimed, meeting=open_ended))
    agenda = tables(path)[0]
    assert [row[1] for row in agenda[1:]] == ["15.30", "15.40", "15.50", "16.20", "16.30"]
    # Without an end, the meeting lasts as long as its agenda: 65 minutes.
    assert details(document_lines(path))["Datum:"] == ["dinsdag 14 mei 2024, 15.30-16.35 uur"]


def test_what_was_prepared_is_a_smaller_grey_line(write: Write) -> None:
    table = docx.Document(str(write())).tables[0]
    runs = table.rows[2].cells[2].paragraphs[0].runs
    texts = [(r.text, r.font.size) for r in runs if r.text.strip()]
    assert texts == [
        ("Verslag vorige bijeenkomst", None),
        ("Conceptverslag van 16 april.", Pt(8.5)),
    ]


def test_what_to_read_the_concept_verslag_and_the_open_actions(write: Write) -> None:
    path = write()
    lines = document_lines(path)
    start = lines.index("Ter voorbereiding")
    assert lines[start + 1 : start + 3] == [
        "Conceptverslag van Bijeenkomst 2: signalen delen van dinsdag 16 april 2024, "
        "ter vaststelling.",
        "De openstaande acties van de actielijst:",
    ]
    assert tables(path)[1] == [
        ["Nr", "Wie", "Wat", "Wanneer", "Status"],
        ["2024-04", "P. van der Berg", "Contactpersonen op een rij.", "", "in uitvoering"],
        ["2024-06", "J. Bakker", "Notitie schrijven.", "2024-06-11", "open"],
    ]


def test_an_adopted_verslag_is_not_to_read_and_nothing_leaves_out_the_section(
    write: Write,
) -> None:
    sample = agenda_sample()
    assert sample.previous_minutes is not None
    adopted = replace(sample.previous_minutes, status=MeetingStatus.MINUTES_APPROVED)
    lines = document_lines(write(replace(sample, previous_minutes=adopted)))
    assert "Ter voorbereiding" in lines
    assert not any(line.startswith("Conceptverslag van Bijeenkomst 2") for line in lines)
    path = write(replace(sample, previous_minutes=None, open_actions=()))
    assert "Ter voorbereiding" not in document_lines(path)
    assert len(docx.Document(str(path)).tables) == 1


def test_participant_version_holds_nothing_confidential(write: Write) -> None:
    path = write()
    assert SECRET not in all_text(path)
    assert not any("Vertrouwelijk" in line for line in document_lines(path))


def test_internal_version_marks_every_confidential_part(write: Write) -> None:
    document = docx.Document(str(write(agenda_sample(internal=True))))
    agenda, actions = document.tables
    row = agenda.rows[3]
    assert [c.text for c in row.cells] == [
        "3",
        "15.50",
        f"Vertrouwelijk\nCasusbespreking\n{SECRET}, anoniem.",
        "E. Visser",
        "25",
    ]
    mark = row.cells[2].paragraphs[0].runs[0]
    assert mark.bold and mark.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert actions.rows[2].cells[2].text == f"Vertrouwelijk\n{SECRET}: terugbellen."
    assert "INTERN —" in document.sections[0].header.paragraphs[-1].text


def test_english_version(write: Write) -> None:
    path = write(lang="en")
    lines = document_lines(path)
    assert lines[1:3] == [f"{TABLE}\nInvitation and agenda", "Dear members,"]
    assert lines[3].startswith(f"You are warmly invited to the next meeting of ‘{TABLE}’.")
    assert details(lines)["Date:"] == ["Tuesday 14 May 2024, 15:30-17:00"]
    assert list(details(lines)) == ["Date:", "Place:", "Chair:"]
    assert tables(path)[0][:2] == [
        ["No.", "Time", "Item", "By", "Min."],
        ["1", "15:30", "Opening", "W. Zwart", "10"],
    ]
    assert "To read beforehand" in lines
    assert (
        "Draft minutes of Bijeenkomst 2: signalen delen on Tuesday 16 April 2024, for adoption."
        in lines
    )
    assert "Kind regards,\n\nAnna Aalders\nprojectsecretaris, KUS" in lines


def test_stand_alone_meeting_and_properties(write: Write) -> None:
    document = docx.Document(str(write()))
    assert document.core_properties.subject == f"Convocatie {TABLE}"
    assert document.core_properties.author == "Anna Aalders"
    alone = meeting(table_id=None, table_title="", title="Bestuurlijk overleg")
    lines = document_lines(write(agenda_sample(meeting=alone, previous_minutes=None)))
    assert lines[1] == "Uitnodiging en agenda"
    assert lines[3].startswith("Hierbij nodigen wij u van harte uit voor ‘Bestuurlijk overleg’.")


def test_demo_convocatie_through_the_command_line(
    cli: Callable[..., CliResult], demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    db = demo_cli_database.where
    database = demo_cli_database.open()
    try:
        sessions = database.session_factory
        rows = meeting_rows(sessions, meeting_ids(sessions))
    finally:
        database.close()
    planned = next(r for r in rows if r.status is MeetingStatus.PLANNED and r.table_title)
    out = tmp_path / "convocatie.docx"
    result = cli(*db, "--lang", "nl", "report", "agenda", planned.id, "-o", out)
    assert result.code == 0, result.err
    lines = document_lines(out)
    assert lines[0] == planned.title
    assert lines[3].startswith("Hierbij nodigen wij u van harte uit")
    assert "Agenda" in lines and "Ter voorbereiding" in lines
    assert tables(out)[0][0] == HEADERS
    # CI installs LibreOffice; elsewhere this part waits. The pages on SQLite only: PostgreSQL
    # writes the same document (test_same_reports_on_both_engines).
    if shutil.which("soffice") is not None and demo_cli_database.engine == "sqlite":
        reader = to_pdf(out, tmp_path)
        pages = len(reader.pages)
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert 1 <= pages <= 4
        for expected in (planned.title, "Hierbij nodigen wij u", "Agenda", "Ter voorbereiding"):
            assert expected in text
        assert f"pagina {pages} van {pages}" in text

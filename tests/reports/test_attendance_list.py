"""The presentielijst: written from hand-built data and from a database, read back."""

import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml.ns import qn
from docx.shared import Cm

from ontwikkeltafel.reports.attendance_list import AttendanceListData, write_attendance_list
from ontwikkeltafel.reports.data import Person
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.report_attendance_data import attendance_data
from ontwikkeltafel.services.report_files import write_report
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import (
    BAKKER,
    BERG,
    CHAIR,
    KOK,
    MULDER,
    POSTMA,
    SECRETARY,
    VISSER,
    VRIES,
    details,
    document_lines,
    meeting,
    tables,
)

IJSBRAND = Person("p-ijs", "IJsbrand", "van der", "Berg", "GGD regio Utrecht", function="arts")
IJZERMAN = Person("p-ijz", "Ida", "", "IJzerman", "Wijkteam Noordwest", function="coach")
HEADERS = ["Naam", "Organisatie", "Functie", "Handtekening"]


def sample(**changes: Any) -> AttendanceListData:
    """Members and two guests in no particular order; Mulder sent apologies."""
    data = AttendanceListData(
        meeting=meeting(),
        members=(VRIES, CHAIR, BERG, VISSER, SECRETARY, IJZERMAN, BAKKER, IJSBRAND, MULDER),
        guests=(POSTMA, KOK),
        excused=frozenset({MULDER.id}),
    )
    return replace(data, **changes)


def write(tmp_path: Path, data: AttendanceListData | None = None, lang: str = "nl") -> Path:
    path = tmp_path / f"presentielijst-{lang}.docx"
    write_attendance_list(data or sample(), path, lang=lang, template=None)
    return path


def test_head_names_the_meeting_date_time_and_place(tmp_path: Path) -> None:
    lines = document_lines(write(tmp_path))
    assert lines[:3] == [
        "Bijeenkomst 3: de schoolconsulent",
        "Onderwijs en zorg vinden elkaar!\nPresentielijst",
        "Datum: \tdinsdag 14 mei 2024, 15.30-17.00 uur",
    ]
    found = details(lines)
    assert found["Plaats:"] == ["Stadskantoor Utrecht, zaal 2"]
    assert found["Voorzitter:"] == ["Willem Zwart"]


def test_members_in_dutch_order_then_guests_then_five_empty_rows(tmp_path: Path) -> None:
    rows = tables(write(tmp_path))[0]
    assert rows[0] == HEADERS
    names = [row[0] for row in rows[1:]]
    assert names == [
        "Aalders, Anna",
        "Bakker, Jan",
        "Berg, IJsbrand van der",  # under B: the tussenvoegsel does not count
        "Berg, Piet van der",
        "IJzerman, Ida",  # IJ as the letters i, j
        "Mulder, Karin",
        "Visser, Eva",
        "Vries, Anna de",
        "Zwart, Willem",
        "Kok, Ruud",  # the guests after the members, in order of their own
        "Postma, IJke",
        *[""] * 5,
    ]
    assert rows[3] == ["Berg, IJsbrand van der", "GGD regio Utrecht", "arts", ""]
    assert rows[6] == ["Mulder, Karin", "Gemeente Utrecht", "beleidsmedewerker", "afgemeld"]
    assert all(row == ["", "", "", ""] for row in rows[-5:])
    assert [row[3] for row in rows[1:]].count("") == len(rows) - 2  # only Mulder's is filled


def test_someone_both_member_and_guest_is_listed_once(tmp_path: Path) -> None:
    names = [row[0] for row in tables(write(tmp_path, sample(guests=(KOK, VRIES))))[0][1:]]
    assert names.count("Vries, Anna de") == 1
    assert names.index("Vries, Anna de") < names.index("Kok, Ruud")


def test_header_row_repeats_and_rows_are_tall_enough_to_sign(tmp_path: Path) -> None:
    table = docx.Document(str(write(tmp_path))).tables[0]
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    for row in table.rows[1:]:
        assert row.height_rule == WD_ROW_HEIGHT_RULE.AT_LEAST
        assert row.height is not None and row.height >= Cm(1) - 10
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        assert row._tr.trPr.find(qn("w:tblHeader")) is None


def test_a4_portrait_with_page_numbers_in_the_footer(tmp_path: Path) -> None:
    path = write(tmp_path)
    section = docx.Document(str(path)).sections[0]
    assert section.page_height is not None and section.page_width is not None
    assert abs(section.page_width - Cm(21)) < Cm(0.1)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.1)
    with zipfile.ZipFile(path) as archive:
        footers = "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/footer")
        )
    assert "PAGE" in footers and "NUMPAGES" in footers
    assert "pagina" in footers


def test_english(tmp_path: Path) -> None:
    path = write(tmp_path, lang="en")
    lines = document_lines(path)
    assert lines[1] == "Onderwijs en zorg vinden elkaar!\nAttendance list"
    assert lines[2] == "Date: \tTuesday 14 May 2024, 15:30-17:00"
    rows = tables(path)[0]
    assert rows[0] == ["Name", "Organisation", "Position", "Signature"]
    assert rows[6][3] == "sent apologies"


def test_nothing_is_marked_internal(tmp_path: Path) -> None:
    path = write(tmp_path, sample(internal=True))
    document = docx.Document(str(path))
    properties = document.core_properties
    assert properties.title == "Bijeenkomst 3: de schoolconsulent" and not properties.keywords
    assert properties.subject == "Presentielijst Onderwijs en zorg vinden elkaar!"
    header = "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert "INTERN" not in header.upper()
    assert "Vertrouwelijk" not in "\n".join(document_lines(path))


# From the database


@pytest.fixture
def loaded(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The small document with a guest known in advance at m-1 and a stand-alone meeting."""
    document["people"].append(
        {"id": "p-gast", "first_name": "Gerda", "last_name": "Aarts", "function": "ouder"}
    )
    first = document["meetings"][0]
    first["attendance"].append({"person_id": "p-gast", "status": "guest"})
    alone = {
        **{key: first[key] for key in ("kind", "starts_at", "ends_at", "location")},
        "id": "m-los",
        "table_id": None,
        "title": "Los overleg",
        "status": "planned",
        "attendance": [
            {"person_id": "p-ijs", "status": "present"},
            {"person_id": "p-gast", "status": "guest"},
        ],
        "agenda": [],
    }
    document["meetings"].append(alone)
    import_file(database.session_factory, write_json(document))
    return database


def test_gathered_members_then_guests_known_in_advance(loaded: Database) -> None:
    found = attendance_data(loaded.session_factory, "m-1", internal=False)
    assert [p.id for p in found.members] == ["p-anna", "p-bas", "p-ijs"]
    assert [p.id for p in found.guests] == ["p-gast"]  # a guest: not a member
    assert found.excused == {"p-ijs"}
    assert found.meeting.title == "Eerste bijeenkomst" and not found.internal


def test_written_from_the_database(loaded: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.docx"
    write_report(
        loaded.session_factory, "attendance", "m-1", out, internal=True, template=None, lang="nl"
    )
    names = [row[0] for row in tables(out)[0][1:]]
    members = ["Bakker, Bas", "Berg, IJsbrand van der", "Vries, Anna de"]
    assert names == [*members, "Aarts, Gerda", *[""] * 5]  # the guest after the members


def test_a_meeting_without_a_table_lists_its_attendance(loaded: Database, tmp_path: Path) -> None:
    found = attendance_data(loaded.session_factory, "m-los", internal=False)
    assert found.members == ()
    assert {p.id for p in found.guests} == {"p-gast", "p-ijs"}
    out = tmp_path / "los.docx"
    write_report(
        loaded.session_factory, "attendance", "m-los", out, internal=False, template=None, lang="nl"
    )
    assert [row[0] for row in tables(out)[0][1:3]] == ["Aarts, Gerda", "Berg, IJsbrand van der"]


def test_a_past_meeting_shows_people_as_they_stood(loaded: Database, tmp_path: Path) -> None:
    sessions = loaded.session_factory
    editing.update_record(sessions, "people", "p-bas", {"function": "teamleider"})
    found = attendance_data(sessions, "m-1", internal=False)
    bas = next(p for p in found.members if p.id == "p-bas")
    assert bas.function == "jeugdverpleegkundige"  # as at 18 January 2018

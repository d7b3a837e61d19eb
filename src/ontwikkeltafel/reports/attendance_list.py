"""The presentielijst of a meeting: a Word list to print and sign, members first, then guests."""

from dataclasses import dataclass
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.shared import Cm, RGBColor

from ontwikkeltafel.i18n import message
from ontwikkeltafel.reports.data import MeetingHeader, Person
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import capitalise, full_name, index_name, sort_key, when
from ontwikkeltafel.reports.meeting_parts import (
    body_rows,
    details,
    fit_widths,
    keep_end_together,
    start_report,
    table_name,
)

# Naam, Organisatie, Functie, Handtekening: 16 cm of text, the signature takes what is left.
WIDTHS_CM = (4.3, 3.9, 3.9, 3.9)
SIGNATURE = 3
ROW_HEIGHT_CM = 1.0  # tall enough to sign in
WALK_INS = 5  # empty rows for those who come unannounced
_MUTED = RGBColor(0x59, 0x59, 0x59)


@dataclass(frozen=True)
class AttendanceListData:
    """Who is expected at a meeting: the table's members and the guests known in advance.

    ``excused`` holds the ids of those who sent apologies beforehand. Nothing on the list is
    confidential: ``internal`` is there for the report machinery and is always False.
    """

    meeting: MeetingHeader
    members: tuple[Person, ...]
    guests: tuple[Person, ...] = ()
    excused: frozenset[str] = frozenset()
    internal: bool = False


def listed_name(p: Person) -> str:
    """The name as a list to find yourself in shows it: "Berg, IJsbrand van der".

    The surname proper first, as the list is sorted (CONVENTIONS-nl.md); a person
    without a first name as an index shows them ("Vries, de").
    """
    last, first = p.last_name.strip(), p.first_name.strip()
    if not last or not first:
        return index_name(p) if last else capitalise(full_name(p))
    rest = " ".join(part for part in (first, p.prefix.strip().lower()) if part)
    return f"{last}, {rest}"


def expected(data: AttendanceListData) -> list[Person]:
    """The members by surname, then the guests by surname; each person once."""
    seen: set[str] = set()
    people = []
    for group in (data.members, data.guests):
        for person in sorted(group, key=sort_key):
            if person.id not in seen:
                seen.add(person.id)
                people.append(person)
    return people


def write_attendance_list(
    data: AttendanceListData, path: Path, *, lang: str, template: Path | None
) -> None:
    """Write the presentielijst of ``data.meeting`` to ``path`` in ``lang`` on ``template``."""
    meeting = data.meeting
    subject = message("attendance_list.subject", lang, table=table_name(meeting))
    doc = start_report(meeting, template, subject=subject, lang=lang, internal=False)
    title, table = meeting.title.strip(), meeting.table_title.strip()
    doc.title(title)
    above = [table] if table and table != title else []
    doc.subtitle("\n".join([*above, message("attendance_list.kind", lang)]))
    details(
        doc,
        [
            (message("meeting.date", lang), [when(meeting.starts_at, meeting.ends_at, lang)]),
            (message("meeting.place", lang), [meeting.location]),
            (message("meeting.chair", lang), [full_name(meeting.chair)] if meeting.chair else []),
        ],
    )
    doc.paragraph(message("attendance_list.intro", lang))
    _people_table(doc, data, lang)
    doc.save(path)


def _people_table(doc: ReportDocument, data: AttendanceListData, lang: str) -> None:
    """Naam, Organisatie, Functie, Handtekening: a row per person, then the empty rows."""
    keys = ("name", "organisation", "function", "signature")
    headers = [message(f"attendance_list.col_{key}", lang) for key in keys]
    people = expected(data)
    rows = [(listed_name(p), p.organisation.strip(), p.function.strip(), "") for p in people]
    rows += [("", "", "", "")] * WALK_INS
    doc.table(headers, rows, widths_cm=fit_widths(doc, WIDTHS_CM, SIGNATURE))
    keep_end_together(doc)
    table = doc.docx.tables[-1]
    for row in table.rows[1:]:
        row.height = Cm(ROW_HEIGHT_CM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for cells, person in zip(body_rows(doc), people, strict=False):
        if person.id in data.excused:
            run = cells[SIGNATURE].paragraphs[0].add_run(message("attendance_list.excused", lang))
            run.italic = True
            run.font.color.rgb = _MUTED

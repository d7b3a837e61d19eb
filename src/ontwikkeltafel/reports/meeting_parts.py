"""What the verslag and the convocatie share: the document, the header block, the actielijst."""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import cast

from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ontwikkeltafel.i18n import enum_label, message
from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.reports.data import Action, AgendaEntry, MeetingHeader
from ontwikkeltafel.reports.document import ReportDocument, plain_lines
from ontwikkeltafel.reports.docx_parts import CONFIDENTIAL_RED
from ontwikkeltafel.reports.format import (
    full_name,
    initials_name,
    long_date,
    sortable_date,
)

LABEL_WIDTH_CM = 2.6  # where the values of the header block start ("Aanwezig:", "Plaats:")
ACTION_WIDTHS_CM = (1.7, 3.1, 6.6, 2.1, 2.5)  # Nr, Wie, Wat, Wanneer, Status: 16 cm of text
_MUTED = RGBColor(0x59, 0x59, 0x59)
_SMALL = Pt(8.5)


def table_name(meeting: MeetingHeader) -> str:
    """The table's title; a stand-alone meeting goes by its own title."""
    return meeting.table_title.strip() or meeting.title.strip()


def start_report(
    meeting: MeetingHeader, template: Path | None, *, subject: str, lang: str, internal: bool
) -> ReportDocument:
    """A report on a meeting, with the template's fields and the document properties filled in."""
    fields = {
        "tafel": table_name(meeting),
        "bijeenkomst": meeting.title.strip(),
        "datum": long_date(meeting.starts_at, lang),
    }
    return ReportDocument.create(
        template,
        fields=fields,
        title=meeting.title.strip(),
        subject=subject,
        author=full_name(meeting.secretary) if meeting.secretary else "",
        lang=lang,
        internal=internal,
    )


def _last(doc: ReportDocument, tag: str) -> BaseOxmlElement:
    """The last element ``tag`` (w:p, w:tbl) of the body: the one just written."""
    body = doc.docx.element.body
    found = next(child for child in reversed(body) if child.tag == qn(tag))
    return cast(BaseOxmlElement, found)


def fit_widths(doc: ReportDocument, widths_cm: Sequence[float], wide: int) -> list[float]:
    """Column widths for the template's text width: column ``wide`` takes what is left."""
    section = doc.docx.sections[-1]
    page = section.page_width or Cm(21)
    text = Emu(page - (section.left_margin or 0) - (section.right_margin or 0)).cm
    rest = sum(width for n, width in enumerate(widths_cm) if n != wide)
    fitted = list(widths_cm)
    fitted[wide] = max(text - rest, 4.0)
    return fitted


def last_paragraph(doc: ReportDocument) -> Paragraph:
    """The paragraph just written, to give it what ReportDocument has no method for."""
    return Paragraph(cast(CT_P, _last(doc, "w:p")), doc.docx)


def details(doc: ReportDocument, rows: Iterable[tuple[str, Sequence[str]]]) -> None:
    """Lines of a label and its values ("Plaats:", "Aanwezig:"), the values lined up.

    Each value gets a line of its own; a label without values is left out.
    """
    layout = None
    for caption, values in rows:
        lines = [value.strip() for value in values if value.strip()]
        if not lines:
            continue
        doc.paragraph("\t" + "\n".join(lines), bold_label=caption)
        layout = last_paragraph(doc).paragraph_format
        layout.left_indent = Cm(LABEL_WIDTH_CM)
        layout.first_line_indent = Cm(-LABEL_WIDTH_CM)
        layout.tab_stops.add_tab_stop(Cm(LABEL_WIDTH_CM))
        layout.space_after = Pt(4)
    if layout is not None:
        layout.space_after = Pt(12)  # the block stands apart from what follows


def numbered(agenda: Iterable[AgendaEntry]) -> list[tuple[int, AgendaEntry]]:
    """The agenda in order of position, each item with its number: 1, 2, 3, ...

    A participants' version never held the confidential items: what remains is
    numbered without gaps, in the verslag, the convocatie and the invitation alike
    (spec/cli.md). The internal version numbers every item.
    """
    return list(enumerate(sorted(agenda, key=lambda entry: entry.position), start=1))


def cell_lines(text: str) -> list[str]:
    """Plain text as the lines of a table cell: one per paragraph, list items marked."""
    return plain_lines(text)


def actions_table(doc: ReportDocument, actions: Sequence[Action], lang: str) -> None:
    """The actielijst: Nr, Wie, Wat (with its notes), Wanneer, Status.

    A confidential action (only in an internal version) says so above its text.
    """
    if not actions:
        doc.paragraph(message("meeting.no_open_actions", lang))
        return
    headers = [
        message(f"meeting.col_{key}", lang) for key in ("number", "who", "what", "due", "status")
    ]
    rows = []
    for action in actions:
        what = [action.description.strip(), *cell_lines(action.notes)]
        if action.confidential:
            what.insert(0, message("report.confidential", lang))
        rows.append(
            (
                action.number,
                initials_name(action.owner) if action.owner else "",
                "\n".join(what),
                sortable_date(action.due_on) if action.due_on else "",
                _status(action, lang),
            )
        )
    doc.table(headers, rows, widths_cm=fit_widths(doc, ACTION_WIDTHS_CM, 2))
    keep_end_together(doc)
    for cells, action in zip(body_rows(doc), actions, strict=True):
        mark_cell(cells[2], confidential=action.confidential, details_from=1)


def _status(action: Action, lang: str) -> str:
    """The status label; a finished action with the day it was finished on."""
    text = enum_label(action.status, lang)
    if action.status not in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and action.done_on:
        return f"{text}\n{sortable_date(action.done_on)}"
    return text


def keep_end_together(doc: ReportDocument, rows: int = 3) -> None:
    """Keep the last ``rows`` rows of the table just written on one page: no lone last row."""
    table_rows = _last(doc, "w:tbl").findall(qn("w:tr"))
    for row in table_rows[-rows:-1]:
        for paragraph in row.iter(qn("w:p")):
            paragraph.get_or_add_pPr().keepNext_val = True


def body_rows(doc: ReportDocument) -> list[tuple[_Cell, ...]]:
    """The cells of each row under the header row of the table just written."""
    return [row.cells for row in doc.docx.tables[-1].rows[1:]]


def mark_cell(cell: _Cell, *, confidential: bool, details_from: int | None) -> None:
    """Give a cell's lines their look: small grey details from line ``details_from`` on.

    When ``confidential`` the first line is the red bold "Vertrouwelijk" mark, and
    the counting of lines starts after it.
    """
    line = -1 if confidential else 0
    for run in cell.paragraphs[0].runs:
        if run.element.find(qn("w:br")) is not None:
            line += 1
        elif line < 0:
            run.bold = True
            run.font.color.rgb = CONFIDENTIAL_RED
        elif details_from is not None and line >= details_from:
            run.font.size = _SMALL
            run.font.color.rgb = _MUTED

"""No orphan headings: headings keep with what follows, a table's caption with its first rows."""

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.minutes import write_minutes
from tests.reports.report_samples import agenda_sample, minutes_sample
from tests.reports.word_templates import municipality_template

KEEPING = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Label", "Vertrouwelijk")


def keeps_with_next(paragraph: Paragraph) -> bool:
    """Whether Word keeps ``paragraph`` on the page of the next: its own setting or its style's."""
    if paragraph.paragraph_format.keep_with_next is not None:
        return paragraph.paragraph_format.keep_with_next
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return style.paragraph_format.keep_with_next
        style = style.base_style
    return False


def loose_template(path: Path) -> Path:
    """A letterhead whose own Title, headings and Label do not keep with the next paragraph."""
    municipality_template(path)
    document = docx.Document(str(path))
    styles = document.styles
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Label"):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)  # the letterhead has none
        style.paragraph_format.keep_with_next = False
    document.save(str(path))
    return path


def _before_tables(document: Document) -> list[tuple[Paragraph, Table]]:
    """Each table of the body with the paragraph right above it."""
    pairs = []
    previous = None
    for block in document.iter_inner_content():
        if isinstance(block, Table) and isinstance(previous, Paragraph):
            pairs.append((previous, block))
        previous = block
    return pairs


def _headings(document: Document) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.style is not None and p.style.name in KEEPING]


@pytest.mark.parametrize("template", [False, True])
def test_headings_keep_with_what_follows(template: bool, tmp_path: Path) -> None:
    letterhead = loose_template(tmp_path / "briefpapier.docx") if template else None
    for name in ("verslag", "convocatie"):
        out = tmp_path / f"{name}.docx"
        if name == "verslag":
            write_minutes(minutes_sample(internal=True), out, lang="nl", template=letterhead)
        else:
            write_convocation(agenda_sample(), out, lang="nl", template=letterhead)
        document = docx.Document(str(out))
        headings = _headings(document)
        assert len(headings) >= 4, name
        assert [h.text for h in headings if not keeps_with_next(h)] == [], name


@pytest.mark.parametrize("template", [False, True])
def test_the_caption_of_a_table_stays_with_its_first_rows(template: bool, tmp_path: Path) -> None:
    """'Ter voorbereiding', 'Openstaande acties:' and the actions table stay together."""
    letterhead = loose_template(tmp_path / "briefpapier.docx") if template else None
    data = replace(agenda_sample(), previous_minutes=None)  # the heading, one line, the table
    out = tmp_path / "convocatie.docx"
    write_convocation(data, out, lang="nl", template=letterhead)
    document = docx.Document(str(out))
    pairs = _before_tables(document)
    assert len(pairs) == 2  # the agenda and the open actions
    for caption, table in pairs:
        assert keeps_with_next(caption), caption.text
        header = table.rows[0].cells[0].paragraphs[0]
        assert header.paragraph_format.keep_with_next, "the header row keeps with the first row"
    texts = [p.text for p in document.paragraphs]
    reading = texts.index("Ter voorbereiding")
    assert keeps_with_next(document.paragraphs[reading])
    assert pairs[1][0].text == "De openstaande acties van de actielijst:"


def test_a_table_after_a_page_break_keeps_its_carrier_with_it(tmp_path: Path) -> None:
    report = ReportDocument.create(
        None, fields={}, title="t", subject="s", author="a", lang="nl", internal=False
    )
    report.paragraph("Een inleiding.")
    report.page_break()
    report.table(["Nr", "Wat"], [("1", "Bellen")])
    out = tmp_path / "tabel.docx"
    report.save(out)
    document = docx.Document(str(out))
    ((carrier, _table),) = _before_tables(document)
    assert carrier.paragraph_format.page_break_before
    assert keeps_with_next(carrier)
    assert not keeps_with_next(document.paragraphs[0])  # body text before it does not move
    assert document.element.body.find(qn("w:tbl")) is not None

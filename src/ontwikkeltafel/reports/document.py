"""The Word document every report writes into: template, house style, text, tables, saving."""

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape, quoteattr

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ontwikkeltafel.i18n import message
from ontwikkeltafel.reports.docx_parts import (
    CONFIDENTIAL_RED,
    add_header_line,
    add_page_numbers,
    clean,
    clear_body,
    default_template,
    fill_placeholders,
    has_page_field,
    header_footer_roots,
    open_template,
    save_atomically,
    set_properties,
)
from ontwikkeltafel.reports.docx_styles import StyleBook

PLACEHOLDERS = ("tafel", "bijeenkomst", "datum")
TABLE_STYLE = "Ontwikkeltafel Tabel"
TABLE_TEXT_STYLE = "Tabeltekst"
_TWIPS_PER_CM = 567
MARK_GREY = RGBColor(0x40, 0x40, 0x40)
_SPACER = '<w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr>'


def plain_blocks(text: str) -> list[tuple[bool, str]]:
    """The exchange format's plain text as (is a bullet item, text) blocks, in order.

    Paragraphs are separated by a blank line; a line starting with ``- `` is a
    bullet item; other lines continue the paragraph (as a line break), or the
    bullet item above them when they are indented.
    """
    blocks: list[tuple[bool, str]] = []
    open_block = False
    for line in clean(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            open_block = False
        elif stripped.startswith("- ") or stripped == "-":
            blocks.append((True, stripped[2:].strip()))
            open_block = True
        elif open_block and (not blocks[-1][0] or line[:1].isspace()):
            blocks[-1] = (blocks[-1][0], f"{blocks[-1][1]}\n{stripped}")
        else:
            blocks.append((False, stripped))
            open_block = True
    return blocks


class ReportDocument:
    """A report being written into a Word template, saved in one piece at the end."""

    def __init__(self, document: Document, lang: str, *, internal: bool = False) -> None:
        """Write into ``document`` (emptied by :meth:`create`) in language ``lang``."""
        self._document = document
        self._lang = lang
        self._internal = internal
        self._styles = StyleBook(document)
        body = document.element.body
        self._end: BaseOxmlElement = body.get_or_add_sectPr()  # new content goes before it
        section = document.sections[-1]
        width = (section.page_width or Cm(21)) - (section.left_margin or 0)
        self._text_width = Emu(width - (section.right_margin or 0))
        self._break_before = False

    @classmethod
    def create(
        cls,
        template: Path | None,
        *,
        fields: Mapping[str, str],
        title: str,
        subject: str,
        author: str,
        lang: str,
        internal: bool,
    ) -> "ReportDocument":
        """A new report on ``template`` (else the default one) with its fields filled in.

        Raises ``UserError`` if the template is missing, unreadable or no Word file.
        """
        document = open_template(template or default_template())
        clear_body(document)
        values = dict.fromkeys(PLACEHOLDERS, "")
        values["pagina"] = message("report.page", lang)
        values["van"] = message("report.page_of", lang)
        values.update(fields)
        for root in header_footer_roots(document):
            fill_placeholders(root, values)
        keywords = ""
        if internal:  # so that the wrong version is not sent by accident
            title = message("report.internal_title", lang, title=title)
            subject = message("report.internal_title", lang, title=subject)
            keywords = message("report.internal_keywords", lang)
        set_properties(
            document, title=title, subject=subject, author=author, lang=lang, keywords=keywords
        )
        report = cls(document, lang, internal=internal)
        if not has_page_field(document):  # a letterhead without page numbers gets ours
            page, of = message("report.page", lang), message("report.page_of", lang)
            add_page_numbers(document, page, of, report._styles.paragraph("Footer"))
        if internal:
            report.mark_pages(message("report.internal_header", lang), CONFIDENTIAL_RED)
        return report

    def mark_pages(self, text: str, color: RGBColor = MARK_GREY) -> None:
        """A bold line in the header of every page ("CONCEPT"), below what is there."""
        add_header_line(self._document, text, self._styles.paragraph("Header"), color)

    @property
    def docx(self) -> Document:
        """The python-docx document, for what the methods here do not cover."""
        return self._document

    def title(self, text: str) -> None:
        """The document title; an internal version's says so: "Verslag ... (intern)"."""
        if self._internal:
            text = message("report.internal_title", self._lang, title=text.strip())
        self._add("Title", text)

    def subtitle(self, text: str) -> None:
        """A muted line under the title: the meeting, date and place, or a status."""
        self._add("Subtitle", text)

    def heading(self, text: str, level: int = 1) -> None:
        """A heading of ``level`` 1 (a chapter) to 3."""
        if not 1 <= level <= 9:
            raise ValueError(f"heading level {level} is not 1-9")
        self._add(f"Heading {level}", text)

    def paragraph(self, text: str, *, bold_label: str | None = None, italic: bool = False) -> None:
        """A body paragraph, optionally starting with a bold label ("Besluit:")."""
        paragraph = self._add("Normal", None)
        if bold_label:
            run = add_text(paragraph, clean(bold_label) + " ")
            run.bold = True
            run.italic = italic or None
        if text:
            add_text(paragraph, clean(text)).italic = italic or None

    def plain_text(self, text: str) -> None:
        """A long text by the plain-text rules: paragraphs and bullet items."""
        for is_bullet, block in plain_blocks(text):
            self._add("List Bullet" if is_bullet else "Normal", block)

    def bullets(self, items: Iterable[str]) -> None:
        """A bulleted list, one item per string."""
        for item in items:
            self._add("List Bullet", item)

    def label(self, text: str) -> None:
        """A small bold caption above what follows ("Besluit:", "Acties:")."""
        self._add("Label", text)

    def confidential_mark(self) -> None:
        """A red "Vertrouwelijk" line before a confidential part of an internal report."""
        paragraph = self._add("Vertrouwelijk", None)
        run = paragraph.add_run(message("report.confidential", self._lang))
        run.bold = True
        run.font.color.rgb = CONFIDENTIAL_RED

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        widths_cm: Sequence[float] | None = None,
    ) -> None:
        """A table whose header row repeats on every page; rows never split across pages."""
        if widths_cm is not None and len(widths_cm) != len(headers):
            raise ValueError(f"{len(widths_cm)} widths for {len(headers)} columns")
        if widths_cm is None:
            widths = [self._text_width.twips // max(len(headers), 1)] * len(headers)
        else:
            widths = [round(w * _TWIPS_PER_CM) for w in widths_cm]
        style_id = self._styles.table(TABLE_STYLE)
        text_style = self._styles.paragraph(TABLE_TEXT_STYLE)
        parts = [
            f"<w:tbl {nsdecls('w')}><w:tblPr>",
            f"<w:tblStyle w:val={quoteattr(style_id)}/>" if style_id else "",
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>',
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{w}"/>' for w in widths),
            "</w:tblGrid>",
            _row(headers, widths, text_style, header=True),
        ]
        for row in rows:
            if len(row) != len(headers):
                raise ValueError(f"a row of {len(row)} cells in a table of {len(headers)}")
            parts.append(_row(row, widths, text_style, header=False))
        parts.append("</w:tbl>")
        if self._break_before:  # Word ignores a page break before a paragraph in a table
            carrier = self._add("Normal", None).paragraph_format
            carrier.line_spacing, carrier.space_after = Pt(1), Pt(0)
        caption = self._end.getprevious()
        if caption is not None and caption.tag == qn("w:p"):  # its heading or label
            cast(CT_P, caption).get_or_add_pPr().keepNext_val = True  # with the first rows
        self._end.addprevious(parse_xml("".join(parts)))
        # A little space after the table; it also keeps two tables from merging into one.
        self._end.addprevious(parse_xml(f"<w:p {nsdecls('w')}>{_SPACER}</w:p>"))

    def image(self, png_bytes: bytes, width_cm: float) -> None:
        """A picture (a chart), centred, at most as wide as the text."""
        paragraph = self._add("Normal", None)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        width = min(Cm(width_cm), self._text_width)
        paragraph.add_run().add_picture(io.BytesIO(png_bytes), width=width)

    def page_break(self) -> None:
        """Continue on a new page: what comes next starts the page (no empty line above it)."""
        self._break_before = True

    def save(self, path: Path) -> None:
        """Write the report to ``path`` in one piece; ``UserError`` if that cannot be done."""
        save_atomically(self._document, path)

    def _add(self, style: str, text: str | None) -> Paragraph:
        """A new paragraph at the end, in ``style`` (set by id: no search per paragraph)."""
        element = cast(CT_P, OxmlElement("w:p"))
        style_id = self._styles.paragraph(style)
        if style_id is not None:
            element.style = style_id
        if self._break_before:
            element.get_or_add_pPr().pageBreakBefore_val = True
            self._break_before = False
        self._end.addprevious(element)
        paragraph = Paragraph(element, self._document)
        if text:
            add_text(paragraph, clean(text))
        return paragraph


def add_text(paragraph: Paragraph, text: str) -> Run:
    """A run holding ``text`` at the end of ``paragraph``.

    python-docx reads a run's text one character at a time (looking for tabs and line
    breaks); plain text goes straight into one w:t element instead.
    """
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    run = paragraph.add_run()
    run._r.add_t(text)
    return run


def _row(cells: Sequence[str], widths: Sequence[int], text_style: str | None, header: bool) -> str:
    """One table row as WordprocessingML: lines of a cell become line breaks, tabs stay tabs."""
    paragraph_properties = (f"<w:pStyle w:val={quoteattr(text_style)}/>" if text_style else "") + (
        "<w:keepNext/>" if header else ""  # never a header row alone at the foot of a page
    )
    bold = "<w:rPr><w:b/></w:rPr>" if header else ""
    out = ["<w:tr><w:trPr><w:cantSplit/>", "<w:tblHeader/>" if header else "", "</w:trPr>"]
    for text, width in zip(cells, widths, strict=True):
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')
        out.append(f"<w:p><w:pPr>{paragraph_properties}</w:pPr>")
        for number, line in enumerate(clean(text).split("\n")):
            if number:
                out.append(f"<w:r>{bold}<w:br/></w:r>")
            if line:
                pieces = (f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in line.split("\t"))
                out.append(f"<w:r>{bold}{'<w:tab/>'.join(pieces)}</w:r>")
        out.append("</w:p></w:tc>")
    out.append("</w:tr>")
    return "".join(out)

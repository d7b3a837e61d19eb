"""The Word document every report writes into: template, house style, text, tables, saving."""

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple, cast

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
    escape,
    fill_placeholders,
    has_page_field,
    header_footer_roots,
    open_template,
    quoteattr,
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


class Block(NamedTuple):
    """One block of plain text: a paragraph, a bullet item or a numbered item."""

    kind: str  # PARAGRAPH, BULLET or NUMBERED
    text: str  # may hold **bold** spans; see :func:`bold_spans`
    number: int = 0  # a numbered item's number as typed


PARAGRAPH, BULLET, NUMBERED = "paragraph", "bullet", "numbered"
# "- " of the exchange format, and what Word pastes: "•", "–" and "*" before a space or tab.
_BULLET_ITEM = re.compile(r"(?:[-•–*](?:[ \t]+|$))(.*)", re.DOTALL)
_NUMBERED_ITEM = re.compile(r"(\d{1,3})[.)][ \t]+(\S.*)", re.DOTALL)
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def plain_blocks(text: str) -> list[Block]:
    """The exchange format's plain text as paragraphs and list items, in order.

    Paragraphs are separated by a blank line; a line starting with ``- `` is a
    bullet item, and so is one starting with "•", "–" or "*" and a space or tab
    (pasted from Word); one starting with a number and ``. `` or ``) `` is a
    numbered item. Other lines continue the paragraph (as a line break), or the
    list item above them when they are indented.
    """
    blocks: list[Block] = []
    open_block = False
    for line in clean(text).split("\n"):
        stripped = line.strip()
        item = _list_item(stripped) if stripped else None
        if not stripped:
            open_block = False
        elif item is not None:
            blocks.append(item)
            open_block = True
        elif open_block and (blocks[-1].kind == PARAGRAPH or line[:1].isspace()):
            blocks[-1] = blocks[-1]._replace(text=f"{blocks[-1].text}\n{stripped}")
        else:
            blocks.append(Block(PARAGRAPH, stripped))
            open_block = True
    return blocks


def _list_item(line: str) -> Block | None:
    """The list item ``line`` (stripped) starts, or None for a line of a paragraph."""
    if line[0] in "-•–*" and (bullet := _BULLET_ITEM.fullmatch(line)) is not None:
        return Block(BULLET, bullet.group(1).strip())
    if line[0].isdigit() and (numbered := _NUMBERED_ITEM.fullmatch(line)) is not None:
        return Block(NUMBERED, numbered.group(2).strip(), int(numbered.group(1)))
    return None


def bold_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` as (piece, is bold) pieces: ``**bold**`` is bold, its stars dropped.

    A pair of stars left without its partner is dropped too: no raw markup in a report.
    """
    if "**" not in text:
        return [(text, False)]
    spans: list[tuple[str, bool]] = []
    last = 0
    for match in _BOLD.finditer(text):
        spans.append((text[last : match.start()], False))
        spans.append((match.group(1), True))
        last = match.end()
    spans.append((text[last:], False))
    return [(piece.replace("**", ""), bold) for piece, bold in spans if piece.replace("**", "")]


def plain_lines(text: str) -> list[str]:
    """Plain text as lines for a table cell: one per block, list items marked, no stars."""
    lines = []
    for block in plain_blocks(text):
        body = "".join(piece for piece, _bold in bold_spans(block.text))
        if block.kind == BULLET:
            body = f"• {body}"
        elif block.kind == NUMBERED:
            body = f"{block.number}. {body}"
        lines.append(body)
    return lines


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
        self._number_list: str | None = None  # the abstract list of the List Number style

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
        """A body paragraph, optionally starting with a bold label ("Besluit:").

        ``**bold**`` in ``text`` is bold, as in the plain-text blocks.
        """
        paragraph = self._add("Normal", None)
        if bold_label:
            run = add_text(paragraph, clean(bold_label) + " ")
            run.bold = True
            run.italic = italic or None
        if text:
            add_marked_text(paragraph, text, italic=italic)

    def plain_text(self, text: str) -> None:
        """A long text by the plain-text rules: paragraphs, bullet and numbered lists, bold.

        Each numbered list is a Word list of its own, starting at its first item's number.
        """
        in_list, list_id = False, None
        for block in plain_blocks(text):
            if block.kind != NUMBERED:
                in_list = False
                paragraph = self._add("List Bullet" if block.kind == BULLET else "Normal", None)
            else:
                if not in_list:
                    in_list, list_id = True, self._new_list(block.number)
                paragraph = self._add("List Number", None)
                if list_id is not None:
                    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                    numbering.get_or_add_ilvl().val = 0
                    numbering.get_or_add_numId().val = list_id
                else:  # a template whose List Number style numbers nothing: the number as text
                    add_text(paragraph, f"{block.number}.\t")
            add_marked_text(paragraph, block.text)

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

    def _new_list(self, start: int) -> int | None:
        """A new numbering of the List Number style's list, from ``start``; None if it has none.

        Word numbers on through every paragraph of one list; each numbered list of the
        text gets a list of its own, so it starts again instead of going on from the last.
        """
        if self._number_list is None:
            self._number_list = _list_of_style(
                self._document, self._styles.paragraph("List Number")
            )
        if not self._number_list:
            return None
        num = self._document.part.numbering_part.element.add_num(int(self._number_list))
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return int(num.numId)

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


def _list_of_style(document: Document, style_id: str | None) -> str:
    """The abstract list (w:abstractNumId) the paragraph style numbers with; "" if none."""
    styles = cast(BaseOxmlElement, document.styles.element)
    style = next(
        (s for s in styles.iterfind(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None
    )
    num_id = None if style is None else style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id is None:
        return ""
    try:
        numbering = document.part.numbering_part.element
        num = numbering.num_having_numId(int(num_id.get(qn("w:val"))))
    except (KeyError, ValueError, NotImplementedError):
        return ""
    return str(num.abstractNumId.val)


def add_marked_text(paragraph: Paragraph, text: str, *, italic: bool = False) -> None:
    """``text`` at the end of ``paragraph``, its ``**bold**`` spans in bold."""
    for piece, bold in bold_spans(clean(text)):
        run = add_text(paragraph, piece)
        if bold:
            run.bold = True
        if italic:
            run.italic = True


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

"""The Word package around a report: its template, headers and footers, properties and saving."""

import io
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, cast

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer, _Header
from docx.shared import Inches, Mm, RGBColor
from docx.text.paragraph import Paragraph

from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import resources_dir
from ontwikkeltafel.reports.template_package import read_template

# Settings that make Word ask a question on opening, or lock a document we just wrote.
_UNWANTED_SETTINGS = (
    "w:updateFields",
    "w:mailMerge",
    "w:attachedTemplate",
    "w:documentProtection",
    "w:writeProtection",
)
_INVALID_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
CONFIDENTIAL_RED = RGBColor(0xC0, 0x00, 0x00)


def escape(text: str) -> str:
    """``text`` as XML character data (as xml.sax.saxutils.escape, which imports urllib)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value (as xml.sax.saxutils.quoteattr)."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def default_template() -> Path:
    """The Word template that ships with the app."""
    return resources_dir() / "templates" / "ontwikkeltafel.docx"


def clean(text: str) -> str:
    """``text`` as Word can hold it: line and page feeds as newlines, other control codes gone."""
    text = (
        text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    )
    return _INVALID_XML.sub("", text)


def open_template(path: Path) -> Document:
    """The letterhead of the template at ``path`` as a document (see :mod:`template_package`).

    A clear UserError if it is missing, no regular file, no Word file, too large
    unpacked, or has a DTD.
    """
    try:
        return docx.Document(io.BytesIO(read_template(path)))
    except UserError:
        raise
    except Exception as exc:  # a damaged package fails in many ways, all of them "not Word"
        raise UserError("report.bad_template", path=path) from exc


def clear_body(document: Document) -> BaseOxmlElement:
    """Remove the template's body and the settings that would make Word ask or lock.

    What stays is the page set-up of the last section (its sectPr, returned), with
    the headers and footers it refers to.
    """
    body = document.element.body
    section: BaseOxmlElement = body.get_or_add_sectPr()
    for child in list(body):
        if child is not section:
            body.remove(child)
    settings = document.settings.element
    for tag in _UNWANTED_SETTINGS:
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    return section


def header_footer_roots(document: Document) -> Iterator[BaseOxmlElement]:
    """The root element of every header and footer of the document."""
    for rel in document.part.rels.values():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            yield cast(BaseOxmlElement, cast(XmlPart, rel.target_part).element)


def fill_placeholders(root: BaseOxmlElement, values: Mapping[str, str]) -> None:
    """Replace ``{name}`` for each name in ``values``, also where Word split it over runs."""
    texts: dict[BaseOxmlElement, list[BaseOxmlElement]] = {}
    for text in root.iter(qn("w:t")):
        owner = text.getparent()
        while owner is not None and owner.tag != qn("w:p"):
            owner = owner.getparent()
        if owner is not None:
            texts.setdefault(owner, []).append(text)
    for paragraph_texts in texts.values():
        _fill_paragraph(paragraph_texts, values)


def _fill_paragraph(texts: list[BaseOxmlElement], values: Mapping[str, str]) -> None:
    joined = "".join(t.text or "" for t in texts)
    matches = [m for m in _PLACEHOLDER.finditer(joined) if m.group(1) in values]
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text.text or "")
    for match in reversed(matches):  # right to left: earlier offsets stay valid
        first = bisect_right(starts, match.start()) - 1
        last = bisect_right(starts, match.end() - 1) - 1
        head = (texts[first].text or "")[: match.start() - starts[first]]
        tail = (texts[last].text or "")[match.end() - starts[last] :]
        for text in texts[first + 1 : last + 1]:
            text.text = ""
        value = clean(values[match.group(1)]).replace("\n", " ")
        texts[first].text = head + value + (tail if first == last else "")
        if first != last:
            texts[last].text = tail
        for text in texts[first : last + 1]:
            text.set(qn("xml:space"), "preserve")


def set_properties(
    document: Document, *, title: str, subject: str, author: str, lang: str, keywords: str = ""
) -> None:
    """Fresh core properties: ours only, none of the template's (comments, keywords, ...)."""
    properties = document.core_properties  # makes the part when a template has none
    part = cast(XmlPart, document.part.package.part_related_by(RT.CORE_PROPERTIES))
    for child in list(part.element):
        part.element.remove(child)
    properties.title, properties.subject = clean(title), clean(subject)
    properties.author = properties.last_modified_by = clean(author)
    properties.language = language_tag(lang)
    if keywords:
        properties.keywords = clean(keywords)
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    properties.revision = 1
    _set_default_language(document, language_tag(lang))


def language_tag(lang: str) -> str:
    """The Word language of a report in ``lang``: spelling and hyphenation follow it."""
    return "nl-NL" if lang == "nl" else "en-GB"


def _set_default_language(document: Document, tag: str) -> None:
    """Tag the text as ``tag``: document defaults, styles with a language of their own, theme."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.insert_element_before(language, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    language.set(qn("w:val"), tag)
    for language in styles.iter(qn("w:lang")):  # a template from an English Word has them
        if language.get(qn("w:val")):  # East Asian and complex script languages stay
            language.set(qn("w:val"), tag)
    for theme in document.settings.element.iterfind(qn("w:themeFontLang")):
        if theme.get(qn("w:val")):
            theme.set(qn("w:val"), tag)


def _shown(document: Document, footers: bool) -> list[_Header | _Footer]:
    """Every header (or footer) a page shows, once each.

    The default one; the first page's when the page set-up has one of its own; the
    even pages' when the document has them.
    """
    section = document.sections[-1]
    parts: list[_Header | _Footer]
    if footers:
        parts = [section.footer, section.first_page_footer, section.even_page_footer]
    else:
        parts = [section.header, section.first_page_header, section.even_page_header]
    wanted = [True, section.different_first_page_header_footer]
    wanted.append(document.settings.odd_and_even_pages_header_footer)
    shown: list[_Header | _Footer] = []
    for part, used in zip(parts, wanted, strict=True):
        if used and all(part.part is not other.part for other in shown):
            shown.append(part)
    return shown


def _new_last_line(container: _Header | _Footer, style_id: str | None) -> Paragraph:
    """A line at the end of a header or footer; its last paragraph when that is empty."""
    paragraphs = container.paragraphs
    last = paragraphs[-1] if paragraphs else None
    # Empty: nothing but its properties (no run, field, hyperlink or content control).
    empty = last is not None and all(c.tag == qn("w:pPr") for c in last._p)
    paragraph = last if last is not None and empty else container.add_paragraph()
    if style_id is not None:
        paragraph._p.style = style_id
    return paragraph


def add_header_line(
    document: Document, text: str, style_id: str | None, color: RGBColor = CONFIDENTIAL_RED
) -> None:
    """A bold line in ``color`` at the end of every header of the document: every page shows it.

    Used for an internal copy and a concept.
    """
    for header in _shown(document, footers=False):
        run = _new_last_line(header, style_id).add_run(clean(text))
        run.bold = True
        run.font.color.rgb = color


def has_page_field(document: Document) -> bool:
    """Whether a header or footer of the document numbers its pages (a PAGE field)."""
    for root in header_footer_roots(document):
        codes = [text.text or "" for text in root.iter(qn("w:instrText"))]
        codes += [simple.get(qn("w:instr"), "") for simple in root.iter(qn("w:fldSimple"))]
        if any(code.split()[:1] == ["PAGE"] for code in map(str.upper, codes)):
            return True
    return False


def _field(code: str) -> str:
    """A field as WordprocessingML runs, showing 1 until Word or LibreOffice counts."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def add_page_numbers(document: Document, page: str, of: str, style_id: str | None) -> None:
    """Page numbers ("pagina X van Y"), right aligned, at the end of every footer."""
    for footer in _shown(document, footers=True):
        paragraph = _new_last_line(footer, style_id)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        words = [f"{escape(clean(page))} ", f" {escape(clean(of))} "]
        runs = (
            f'<w:r><w:t xml:space="preserve">{words[0]}</w:t></w:r>{_field("PAGE")}'
            f'<w:r><w:t xml:space="preserve">{words[1]}</w:t></w:r>{_field("NUMPAGES")}'
        )
        for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
            paragraph._p.append(run)


def on_us_letter(document: Document) -> bool:
    """Whether the pages of the document (its last section's) are US Letter, not A4."""
    section = document.sections[-1]
    width, height = section.page_width, section.page_height
    if width is None or height is None:
        return False
    short, long = sorted((width, height))
    return abs(short - Inches(8.5)) <= Mm(1) and abs(long - Inches(11)) <= Mm(1)


def template_on_us_letter(path: Path) -> bool:
    """Whether the template at ``path`` has US Letter pages (False if it is no Word file)."""
    try:
        return on_us_letter(open_template(path))
    except UserError:
        return False


def save_atomically(document: Document, path: Path) -> None:
    """Write next to ``path`` and rename, so a failure never leaves a partial or stray file.

    The package is made in memory first: a full disk then fails the writing of its
    bytes, not python-docx's zip half-way (whose ZipFile, left open on the closed
    file, printed "Exception ignored in ZipFile.__del__" when collected).
    """

    def write(stream: IO[bytes]) -> None:
        package = io.BytesIO()
        document.save(package)  # inside: an OSError here is said like one while writing
        stream.write(package.getbuffer())

    write_atomically(path, write, "report.cannot_write")

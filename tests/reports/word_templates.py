"""Word files for the document tests: a municipality's letterhead, a logo, broken templates."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.shared import Cm, Pt

TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-coloured PNG image, made with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


LOGO = png(60, 20, (0, 120, 60))


def municipality_template(path: Path, *, first_page: bool = False) -> Path:
    """A letterhead as a municipality makes it in Word.

    Its own font and margins, a logo and the placeholders in the header ``{tafel}``
    split over two runs the way Word splits text after an edit, old body text,
    its own document properties, and without the styles Title, Heading 1-3 and
    List Bullet (Word only writes the styles a document has used). With
    ``first_page``, the first page has a header of its own.
    """
    document = docx.Document()
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].font.size = Pt(11)
    for name in ("List Bullet", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        element = document.styles[name].element
        element.getparent().remove(element)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(3)
    section.top_margin = Cm(4)
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(LOGO), width=Cm(3))
    line = section.header.add_paragraph()
    line.add_run("Gemeente Voorbeeld · {ta")
    line.add_run("fel}").bold = True
    line.add_run(" · {bijeenkomst} op {datum} · {onbekend}")
    section.footer.paragraphs[0].text = "Gemeente Voorbeeld — Postbus 1 — {tafel}"
    if first_page:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "Eerste pagina: {tafel}"
    document.add_paragraph("Oude inhoud van het sjabloon.")
    document.add_table(rows=2, cols=2)
    properties = document.core_properties
    properties.title, properties.author = "Briefpapier", "Communicatie"
    properties.comments, properties.keywords = "Sjabloon van de afdeling", "huisstijl"
    properties.category = "sjablonen"
    document.save(str(path))
    return path


def as_word_template(docx_path: Path, dotx_path: Path) -> Path:
    """The same package typed as a Word template (.dotx)."""
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx_path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_MAIN.encode(), TEMPLATE_MAIN.encode())
            target.writestr(info, data)
    return dotx_path

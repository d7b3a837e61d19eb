"""The floor of the report benchmarks: plain python-docx writing the same paragraphs and tables.

It reads what a product report holds (paragraph texts, table cells and the bytes of its
images, in order) and writes that again with python-docx's default template: no styles
looked up, no fields, and no charts drawn (the floor inserts the product's pictures).
"""

import io
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

Block = tuple[str, list[list[str]] | str | bytes]


def content_of(path: Path) -> list[Block]:
    """The body of a Word file as ("p", text) and ("t", rows) blocks, in order."""
    document = Document(str(path))
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for blip in child.iter(qn("a:blip")):
                image = document.part.related_parts[blip.get(qn("r:embed"))]
                blocks.append(("i", image.blob))
            blocks.append(("p", Paragraph(child, document).text))
        elif tag == "tbl":
            table = Table(child, document)
            blocks.append(("t", [[cell.text for cell in row.cells] for row in table.rows]))
    return blocks


def write_plain(blocks: list[Block], path: Path) -> None:
    """Write the blocks with plain python-docx calls."""
    document = Document()
    for kind, value in blocks:
        if kind == "p":
            assert isinstance(value, str)
            document.add_paragraph(value)
        elif kind == "i":
            assert isinstance(value, bytes)
            document.add_picture(io.BytesIO(value), width=Cm(16))
        else:
            assert isinstance(value, list)
            columns = max((len(row) for row in value), default=1)
            table = document.add_table(rows=len(value), cols=columns)
            for cells, row in zip(table.rows, value, strict=True):
                for cell, text in zip(cells.cells, row, strict=False):
                    cell.text = text
    document.save(str(path))

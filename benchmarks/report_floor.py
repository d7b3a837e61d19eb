"""The floor of the report benchmarks: plain python-docx writing the same paragraphs and tables.

It reads what a product report holds (paragraph texts, table cells and the bytes of its
images, in order) and writes that again with python-docx's default template: no styles
looked up, no fields. In memory (``reports_run``) it inserts the product's pictures; as a
whole process (``run``) it draws each chart again with plain matplotlib from the numbers
the product charted (``report_blocks`` records them):

    python -m benchmarks.report_floor BLOCKS.json OUT.docx
"""

import base64
import io
import json
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

Block = tuple[str, Any]  # ("p", text), ("t", rows), ("i", png bytes), ("c", chart numbers)

CHART_CM = (16.0, 7.0)
CHART_DPI = 200


def content_of(path: Path) -> list[Block]:
    """The body of a Word file as ("p", text), ("t", rows) and ("i", png) blocks, in order."""
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


def chart_png(chart: dict[str, Any]) -> bytes:
    """A stacked bar chart drawn the plain matplotlib way: one ``bar`` call per series."""
    from matplotlib.figure import Figure

    width, height = (cm / 2.54 for cm in CHART_CM)
    figure = Figure(figsize=(width, height), dpi=CHART_DPI)
    axes = figure.add_subplot()
    labels: list[str] = chart["labels"]
    positions = list(range(len(labels)))
    bottoms = [0] * len(labels)
    for name, colour, values in chart["series"]:
        axes.bar(positions, values, bottom=bottoms, color=colour, label=name)
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    step = -(-len(labels) // 10)
    axes.set_xticks(positions[::step], labels[::step])
    axes.set_ylabel(chart["axis_label"])
    axes.legend()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def write_plain(blocks: list[Block], path: Path) -> None:
    """Write the blocks with plain python-docx calls (charts drawn with plain matplotlib)."""
    document = Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(value)
        elif kind in ("i", "c"):
            picture = value if kind == "i" else chart_png(value)
            document.add_picture(io.BytesIO(picture), width=Cm(CHART_CM[0]))
        else:
            columns = max((len(row) for row in value), default=1)
            table = document.add_table(rows=len(value), cols=columns)
            for cells, row in zip(table.rows, value, strict=True):
                for cell, text in zip(cells.cells, row, strict=False):
                    cell.text = text
    document.save(str(path))


def save_blocks(blocks: list[Block], path: Path) -> None:
    """The blocks as JSON (pictures in base64)."""
    plain = [[k, base64.b64encode(v).decode() if k == "i" else v] for k, v in blocks]
    path.write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")


def load_blocks(path: Path) -> list[Block]:
    """The blocks ``save_blocks`` wrote."""
    return [(k, base64.b64decode(v) if k == "i" else v) for k, v in json.loads(path.read_bytes())]


if __name__ == "__main__":
    write_plain(load_blocks(Path(sys.argv[1])), Path(sys.argv[2]))

"""A chart that does not fit goes to the next page without leaving much of a page empty.

Checked where it counts: the table report as LibreOffice lays it out.
"""

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph
from pypdf import PageObject, PdfReader

from ontwikkeltafel.i18n import message
from ontwikkeltafel.reports.table_report import write_table_report
from ontwikkeltafel.services.listing import table_ids, table_rows
from tests.cli_database import CliDatabase
from tests.reports.table_samples import table_data
from tests.reports.word_templates import municipality_template

CAPTIONS = {
    "nl": ("Aantal aanwezigen", "Per bijeenkomst:"),
    "en": ("People present", "At each meeting:"),
}
POINTS_PER_CM = 72 / 2.54
A4_HEIGHT_CM = 29.7
LETTERHEAD_MARGINS = ((2.5, 2.5), (4.0, 2.54))  # house style; municipality_template
HEADINGS = {
    "nl": ("Aanwezigheid per sector", "Verloop per status"),
    "en": ("Attendance by sector", "Progress by status"),
}
FULL_CAPTIONS = {
    lang: (
        message("table_report.attendance_caption", lang),
        message("table_report.concern_history_caption", lang),
    )
    for lang in ("nl", "en")
}


def _lines(page: PageObject) -> list[tuple[float, str]]:
    """Each piece of text on ``page`` with the height of its baseline, in points."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def _convert(documents: list[Path], folder: Path) -> None:
    """All ``documents`` to PDF in one LibreOffice run (in a profile of its own)."""
    profile = folder / "lo-profile"
    try:
        result = subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, documents),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _empty_before_charts(pdf: Path, lang: str, bottom_cm: float, text_cm: float) -> list[float]:
    """How much of the page before each page with a chart's caption is left empty (0-1)."""
    pages = PdfReader(pdf).pages
    bottom = bottom_cm * POINTS_PER_CM
    empty = []
    for number, page in enumerate(pages):
        texts = " ".join(text for _y, text in _lines(page))
        if number and any(caption in texts for caption in CAPTIONS[lang]):
            body = [y for y, _text in _lines(pages[number - 1]) if y > bottom - 4]
            empty.append((min(body) - bottom) / (text_cm * POINTS_PER_CM))
    return empty


def _demo_reports(cli, demo: CliDatabase, tmp_path: Path, template: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The demo table's report, Dutch on the house style and English on a letterhead."""
    db = demo.where
    database = demo.open()
    try:
        sessions = database.session_factory
        rows = table_rows(sessions, table_ids(sessions))
    finally:
        database.close()
    (table_id,) = [row.id for row in rows if row.title == "Onderwijs en zorg vinden elkaar!"]
    reports = [tmp_path / "tafel-nl.docx", tmp_path / "tafel-en.docx"]
    for lang, out, extra in (("nl", reports[0], []), ("en", reports[1], ["--template", template])):
        result = cli(*db, "--lang", lang, "report", "table", table_id, "-o", out, *extra)
        assert result.code == 0, result.err
    return reports


@pytest.mark.sqlite_only(
    "the pages in LibreOffice; PostgreSQL writes the same document (test_same_reports_*)"
)
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_demo_leaves_no_page_before_a_chart_two_fifths_empty(
    cli, demo_cli_database: CliDatabase, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The demo's attendance chart ended page 2 and the concerns chapter went to page 3."""
    template = municipality_template(tmp_path / "briefpapier.docx")
    reports = _demo_reports(cli, demo_cli_database, tmp_path, template)
    _convert(reports, tmp_path)
    for report, lang, (top, bottom) in zip(reports, ("nl", "en"), LETTERHEAD_MARGINS, strict=True):
        text_cm = A4_HEIGHT_CM - top - bottom
        for empty in _empty_before_charts(report.with_suffix(".pdf"), lang, bottom, text_cm):
            assert empty < 0.4, f"{report.name}: {empty:.0%} of the page before a chart empty"


def _keeps_with_next(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` keeps with the next, by itself or by its style."""
    if paragraph.paragraph_format.keep_with_next is not None:
        return paragraph.paragraph_format.keep_with_next
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return style.paragraph_format.keep_with_next
        style = style.base_style
    return False


def _chart_blocks(pdf: Path, lang: str, text_cm: float) -> list[float]:
    """How tall each chart is with its heading and caption, as a part of the text height."""
    blocks = []
    for page in PdfReader(pdf).pages:
        lines = sorted(_lines(page), reverse=True)
        for heading, caption in zip(HEADINGS[lang], FULL_CAPTIONS[lang], strict=True):
            tops = [y for y, text in lines if text == heading]
            starts = [n for n, (_y, text) in enumerate(lines) if caption.startswith(text)]
            if not tops or not starts:
                continue
            last = starts[0]
            while last + 1 < len(lines) and lines[last + 1][1] in caption:
                last += 1
            blocks.append((tops[0] + 14 - (lines[last][0] - 4)) / (text_cm * POINTS_PER_CM))
    return blocks


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_chart_with_its_heading_and_caption_takes_at_most_a_third_of_a_page(
    tmp_path: Path,
) -> None:
    """What a chart that does not fit leaves empty is at most what it takes on the next page.

    The heading above the chart keeps with it, and the caption under it; nothing before
    the heading keeps with them (the concerns chapter says its figures in a line first).
    """
    template = municipality_template(tmp_path / "briefpapier.docx")
    documents = []
    for lang, chosen in (("nl", None), ("en", template)):
        path = tmp_path / f"tafel-{lang}.docx"
        write_table_report(table_data(), path, lang=lang, template=chosen)
        documents.append(path)
        paragraphs = docx.Document(str(path)).paragraphs
        for n, paragraph in enumerate(paragraphs):
            if paragraph.text in HEADINGS[lang]:
                before = paragraphs[n - 1]
                assert not _keeps_with_next(before), before.text
                assert _keeps_with_next(paragraphs[n + 1])  # the chart, with its caption
    _convert(documents, tmp_path)
    for path, (top, bottom) in zip(documents, LETTERHEAD_MARGINS, strict=True):
        lang = path.stem[-2:]
        blocks = _chart_blocks(path.with_suffix(".pdf"), lang, A4_HEIGHT_CM - top - bottom)
        assert len(blocks) == 2
        assert all(block < 0.36 for block in blocks), blocks

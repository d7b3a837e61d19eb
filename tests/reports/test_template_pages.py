"""A letterhead template keeps "pagina X van Y", and a US Letter one is said out loud."""

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.minutes import write_minutes
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog
from tests.cli_database import CliDatabase
from tests.reports.page_headers import meeting_id
from tests.reports.report_samples import minutes_sample, to_pdf
from tests.reports.word_templates import municipality_template

LETTER_LINE = {
    "nl": "Let op: het sjabloon {path} heeft het papierformaat US Letter, niet A4; "
    "het document krijgt dat formaat ook.",
    "en": "Note: the template {path} has US Letter pages, not A4; so has the document.",
}


def _instructions(root: Any) -> list[str]:
    """The field codes of a header or footer: complex fields and simple ones."""
    codes = [t.text.strip() for t in root.iter(qn("w:instrText"))]
    return codes + [f.get(qn("w:instr")).strip() for f in root.iter(qn("w:fldSimple"))]


def _footers(document: Document) -> list[Any]:
    section = document.sections[-1]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    return footers


def _write(template: Path | None, out: Path, lang: str = "nl") -> Document:
    write_minutes(minutes_sample(), out, lang=lang, template=template)
    return docx.Document(str(out))


def letter_template(path: Path) -> Path:
    """A letterhead as an American Word makes it: US Letter pages."""
    municipality_template(path)
    document = docx.Document(str(path))
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    document.save(str(path))
    return path


def paged_template(path: Path) -> Path:
    """A letterhead with a page number of its own in the header: "Blad <PAGE>"."""
    municipality_template(path)
    document = docx.Document(str(path))
    line = document.sections[0].header.add_paragraph("Blad ")
    line._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "/>'))
    document.save(str(path))
    return path


@pytest.mark.parametrize(("lang", "words"), [("nl", ("pagina", "van")), ("en", ("page", "of"))])
def test_a_letterhead_without_page_numbers_gets_them(
    lang: str, words: tuple[str, str], tmp_path: Path
) -> None:
    template = municipality_template(tmp_path / "briefpapier.docx", first_page=True)
    document = _write(template, tmp_path / "verslag.docx", lang)
    footers = _footers(document)
    assert len(footers) == 2  # the first page has a footer of its own
    for footer in footers:
        assert _instructions(footer._element) == ["PAGE", "NUMPAGES"]
        assert footer.paragraphs[-1].text == f"{words[0]} 1 {words[1]} 1"
    assert footers[0].paragraphs[0].text == "Gemeente Voorbeeld — Postbus 1 — " + (
        "Onderwijs en zorg vinden elkaar!"
    )


def test_the_page_numbers_show_on_every_page(tmp_path: Path) -> None:
    template = municipality_template(tmp_path / "briefpapier.docx")
    out = tmp_path / "verslag.docx"
    report = ReportDocument.create(
        template, fields={}, title="t", subject="s", author="a", lang="nl", internal=False
    )
    for number in range(120):
        report.paragraph(f"Alinea {number} van het verslag.")
    report.save(out)
    pages = [page.extract_text() for page in to_pdf(out, tmp_path).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text


@pytest.mark.parametrize("template", ["house", "paged"])
def test_a_template_with_its_own_page_field_gets_none_added(template: str, tmp_path: Path) -> None:
    path = None if template == "house" else paged_template(tmp_path / "briefpapier.docx")
    document = _write(path, tmp_path / "verslag.docx")
    section = document.sections[-1]
    codes = _instructions(section.header._element) + _instructions(section.footer._element)
    assert codes.count("PAGE") == 1


@pytest.mark.sqlite_only("about the template, not the data: the same on either engine")
def test_the_command_line_says_the_template_is_us_letter(  # type: ignore[no-untyped-def]
    cli, demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    meeting = meeting_id(demo_cli_database, "Bijeenkomst 2: in gesprek met gezinnen")
    letter = letter_template(tmp_path / "letter.docx")
    a4 = municipality_template(tmp_path / "a4.docx")
    out = tmp_path / "verslag.docx"
    for lang in ("nl", "en"):
        args = (*demo_cli_database.where, "--lang", lang, "report", "minutes", meeting, "-o", out)
        result = cli(*args, "--template", letter)
        assert result.code == 0 and out.exists()
        assert result.err.splitlines() == [LETTER_LINE[lang].format(path=letter)]
        assert docx.Document(str(out)).sections[-1].page_width == Inches(8.5)
        result = cli(*args, "--template", a4)
        assert result.code == 0 and result.err == ""


def test_the_report_dialog_says_the_template_is_us_letter(qtbot: Any, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    letter = letter_template(tmp_path / "letter.docx")
    dialog = ReportDialog(
        parent, "Verslag maken", "Verslag", lambda lang: "Verslag.docx", tmp_path, "nl", letter
    )
    assert not dialog.template_note.isHidden()
    assert "US Letter" in dialog.template_note.text()
    dialog.template.setText(str(municipality_template(tmp_path / "a4.docx")))
    assert dialog.template_note.isHidden()
    dialog.template.setText(str(letter))
    assert not dialog.template_note.isHidden()
    dialog.template.setText("")
    assert dialog.template_note.isHidden()

"""A report opens in LibreOffice: converted to PDF, it has its pages, text and page numbers."""

import re
import shutil
from pathlib import Path

import pytest

from ontwikkeltafel.reports.document import ReportDocument
from tests.reports.report_samples import to_pdf
from tests.reports.word_templates import municipality_template, png

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def _long_report(template: Path | None, internal: bool) -> ReportDocument:
    report = ReportDocument.create(
        template,
        fields={"tafel": "Onderwijs en zorg", "bijeenkomst": "Derde", "datum": "14-05-2024"},
        title="Verslag",
        subject="Onderwijs en zorg",
        author="Bas Bakker",
        lang="nl",
        internal=internal,
    )
    report.title("Verslag ontwikkeltafel Onderwijs en zorg")
    report.subtitle("dinsdag 14 mei 2024, 15.30-17.00 uur · Utrecht")
    report.paragraph(
        "A. de Vries (voorzitter), Zoë Öztürk, IJsbrand van der Berg", bold_label="Aanwezig:"
    )
    report.plain_text("Eerste alinea.\n\n- punt een\n- punt twee")
    report.confidential_mark()
    rows = [
        (f"2024-{n:02d}", f"Actie {n}: afspraken maken met de school", "B. Bakker")
        for n in range(80)
    ]
    report.table(["Nr", "Wat", "Wie"], rows, widths_cm=[2.0, 11.0, 3.0])
    report.image(png(200, 80, (31, 56, 100)), 10)
    report.page_break()
    report.heading("Bijlage", 1)
    return report


def test_default_template_report_converts_with_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "verslag.docx"
    _long_report(None, internal=True).save(path)
    reader = to_pdf(path, tmp_path)
    pages = len(reader.pages)
    assert pages >= 3
    texts = [page.extract_text() for page in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van {pages}" in text
        assert "Onderwijs en zorg" in text
        assert "INTERN — bevat vertrouwelijke onderdelen" in text
        assert re.search(r"Nr\s+Wat\s+Wie", text) or number == pages  # the header row repeats
    whole = "\n".join(texts)
    assert "Zoë Öztürk, IJsbrand van der Berg" in whole
    assert "VERTROUWELIJK" in whole  # the style writes it in capitals
    assert "Actie 79: afspraken maken met de school" in whole
    assert "Bijlage" in texts[-1]


def test_letterhead_report_converts_with_its_header(tmp_path: Path) -> None:
    template = municipality_template(tmp_path / "briefpapier.docx")
    path = tmp_path / "verslag.docx"
    _long_report(template, internal=False).save(path)
    reader = to_pdf(path, tmp_path)
    first = reader.pages[0].extract_text()
    assert "Gemeente Voorbeeld · Onderwijs en zorg · Derde op 14-05-2024" in first
    assert "INTERN —" not in first
    assert "{tafel}" not in first

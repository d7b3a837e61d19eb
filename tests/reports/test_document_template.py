"""ReportDocument on a municipality's letterhead, with bad templates, and when saving fails."""

import importlib.util
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.reports import docx_parts
from ontwikkeltafel.reports.document import ReportDocument
from tests.reports.word_templates import LOGO, as_word_template, municipality_template

FIELDS = {"tafel": "Onderwijs en zorg", "bijeenkomst": "Derde bijeenkomst", "datum": "14-05-2024"}


def _report(template: Path | None, *, internal: bool = False) -> ReportDocument:
    report = ReportDocument.create(
        template,
        fields=FIELDS,
        title="Verslag",
        subject="Onderwerp",
        author="Bas Bakker",
        lang="nl",
        internal=internal,
    )
    report.title("Verslag")
    report.heading("Opening", 1)
    report.plain_text("Tekst.\n\n- punt een\n- punt twee")
    report.label("Besluit:")
    report.confidential_mark()
    report.table(["Nr", "Wat"], [("1", "Bellen")])
    return report


def _written(report: ReportDocument, path: Path) -> Document:
    report.save(path)
    return docx.Document(str(path))


@pytest.fixture
def letterhead(tmp_path: Path) -> Path:
    """A municipality's own template, with a logo and split placeholders in its header."""
    return municipality_template(tmp_path / "briefpapier.docx")


def test_letterhead_keeps_logo_page_setup_and_fills_split_placeholders(
    letterhead: Path, tmp_path: Path
) -> None:
    document = _written(_report(letterhead), tmp_path / "verslag.docx")
    section = document.sections[0]
    header_lines = [p.text for p in section.header.paragraphs]
    assert (
        "Gemeente Voorbeeld · Onderwijs en zorg · Derde bijeenkomst op 14-05-2024 · {onbekend}"
        in (header_lines)
    )
    assert section.footer.paragraphs[0].text == "Gemeente Voorbeeld — Postbus 1 — Onderwijs en zorg"
    images = [
        rel.target_part.blob for rel in section.header.part.rels.values() if rel.reltype == RT.IMAGE
    ]
    assert images == [LOGO]
    assert section.header._element.find(f".//{qn('w:drawing')}") is not None
    assert round(section.left_margin.cm, 1) == 3.0
    assert round(section.top_margin.cm, 1) == 4.0


def test_letterhead_body_and_properties_are_replaced(letterhead: Path, tmp_path: Path) -> None:
    document = _written(_report(letterhead), tmp_path / "verslag.docx")
    texts = [p.text for p in document.paragraphs]
    assert "Oude inhoud van het sjabloon." not in texts
    assert len(document.tables) == 1
    properties = document.core_properties
    assert (properties.title, properties.author) == ("Verslag", "Bas Bakker")
    assert properties.comments == properties.keywords == properties.category == ""


def test_styles_a_letterhead_lacks_are_taken_from_the_default_template(
    letterhead: Path, tmp_path: Path
) -> None:
    document = _written(_report(letterhead), tmp_path / "verslag.docx")
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styles[:5] == [
        ("Title", "Verslag"),
        ("Heading 1", "Opening"),
        ("Normal", "Tekst."),
        ("List Bullet", "punt een"),
        ("List Bullet", "punt twee"),
    ]
    assert document.styles["Normal"].font.name == "Liberation Serif"  # theirs, untouched
    assert document.tables[0].style.name == "Ontwikkeltafel Tabel"
    bullet = document.styles["List Bullet"].element
    num_id = bullet.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    numbering = document.part.numbering_part.element
    nums = {n.get(qn("w:numId")) for n in numbering.iterfind(qn("w:num"))}
    assert num_id in nums


def test_internal_line_joins_the_letterhead(letterhead: Path, tmp_path: Path) -> None:
    document = _written(_report(letterhead, internal=True), tmp_path / "intern.docx")
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[-1] == "INTERN — bevat vertrouwelijke onderdelen"
    assert any("Gemeente Voorbeeld" in line for line in header)


def test_internal_line_on_a_first_page_of_its_own(tmp_path: Path) -> None:
    letterhead = municipality_template(tmp_path / "briefpapier.docx", first_page=True)
    document = _written(_report(letterhead, internal=True), tmp_path / "intern.docx")
    section = document.sections[0]
    line = "INTERN — bevat vertrouwelijke onderdelen"
    assert [p.text for p in section.first_page_header.paragraphs] == [
        "Eerste pagina: Onderwijs en zorg",
        line,
    ]
    assert section.header.paragraphs[-1].text == line


def test_a_word_template_dotx_is_accepted(letterhead: Path, tmp_path: Path) -> None:
    dotx = as_word_template(letterhead, tmp_path / "briefpapier.dotx")
    out = tmp_path / "verslag.docx"
    document = _written(_report(dotx), out)
    assert document.paragraphs[0].text == "Verslag"
    with zipfile.ZipFile(out) as package:
        types = package.read("[Content_Types].xml").decode()
    assert "document.main+xml" in types and "template.main+xml" not in types


def _text_file(path: Path) -> Path:
    path.write_text("Dit is geen Word-bestand.\n", encoding="utf-8")
    return path


def _zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("word/styles.xml", "<styles/>")
    return path


def _damaged_zip(path: Path) -> Path:
    municipality_template(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize("make", [_text_file, _zip_without_document, _damaged_zip])
def test_a_template_that_is_no_word_file_is_refused(make: object, tmp_path: Path) -> None:
    template = make(tmp_path / "sjabloon.docx")  # type: ignore[operator]
    before = sorted(tmp_path.iterdir())
    with pytest.raises(UserError) as caught:
        _report(template).save(tmp_path / "verslag.docx")
    assert caught.value.key == "report.bad_template"
    assert str(template) in caught.value.render("nl")
    assert sorted(tmp_path.iterdir()) == before


def test_a_missing_template_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as missing:
        _report(tmp_path / "weg.docx")
    assert missing.value.key == "report.template_missing"
    with pytest.raises(UserError) as folder:
        _report(tmp_path)
    assert folder.value.key == "report.bad_template"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_unwritable_path_leaves_nothing_behind(tmp_path: Path) -> None:
    report = _report(None)
    with pytest.raises(UserError) as no_folder:
        report.save(tmp_path / "bestaat-niet" / "verslag.docx")
    assert no_folder.value.key == "report.cannot_write"
    (tmp_path / "verslag.docx").mkdir()  # the rename onto a folder fails after the write
    with pytest.raises(UserError) as onto_folder:
        report.save(tmp_path / "verslag.docx")
    assert onto_folder.value.key == "report.cannot_write"
    assert "verslag.docx" in onto_folder.value.render("en")
    assert _leftovers(tmp_path) == ["verslag.docx"]
    assert list((tmp_path / "verslag.docx").iterdir()) == []


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), RuntimeError("boom")])
def test_a_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"the previous version")
    report = _report(None)

    def failing_save(document: Document, stream: object) -> None:
        stream.write(b"PK half a file")  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(docx_parts.Document, "save", failing_save)
    with pytest.raises((UserError, RuntimeError)) as caught:
        report.save(target)
    if isinstance(error, OSError):
        assert isinstance(caught.value, UserError) and caught.value.key == "report.cannot_write"
    assert _leftovers(tmp_path) == ["verslag.docx"]
    assert target.read_bytes() == b"the previous version"


def test_a_saved_report_is_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "verslag.docx"
    _report(None).save(target)
    assert target.stat().st_mode & 0o044  # not the private mode of a temporary file


def test_settings_that_make_word_ask_or_lock_are_dropped(letterhead: Path, tmp_path: Path) -> None:
    template = docx.Document(str(letterhead))
    settings = template.settings.element
    settings.append(settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"}))
    settings.append(settings.makeelement(qn("w:documentProtection"), {qn("w:edit"): "readOnly"}))
    template.save(str(letterhead))
    document = _written(_report(letterhead), tmp_path / "verslag.docx")
    xml = document.settings.element.xml
    assert "updateFields" not in xml and "documentProtection" not in xml


def test_the_template_build_is_deterministic() -> None:
    script = Path(__file__).resolve().parents[2] / "resources" / "templates" / "build_template.py"
    spec = importlib.util.spec_from_file_location("build_template", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first, second = module.build(), module.build()
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {"word/footer1.xml", "word/numbering.xml"} <= set(package.namelist())

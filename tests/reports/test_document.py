"""ReportDocument on the default template: every method, saved and read back with python-docx."""

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

from ontwikkeltafel.reports import docx_styles
from ontwikkeltafel.reports.document import BULLET, PARAGRAPH, ReportDocument, plain_blocks
from ontwikkeltafel.reports.docx_parts import default_template
from tests.reports.word_templates import png

FIELDS = {"tafel": "Onderwijs en zorg", "bijeenkomst": "Derde bijeenkomst", "datum": "14-05-2024"}
CHART = png(300, 120, (31, 56, 100))

Write = Callable[..., tuple[Path, Document]]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a report with every method into the default template and read it back."""

    def run(*, internal: bool = False, lang: str = "nl") -> tuple[Path, Document]:
        report = ReportDocument.create(
            None,
            fields=FIELDS,
            title="Verslag derde bijeenkomst",
            subject="Ontwikkeltafel Onderwijs en zorg",
            author="Bas Bakker",
            lang=lang,
            internal=internal,
        )
        report.title("Verslag Onderwijs en zorg")
        report.subtitle("dinsdag 14 mei 2024, 15.30-17.00 uur")
        report.paragraph("A. de Vries (voorzitter), B. Bakker (verslag)", bold_label="Aanwezig:")
        report.heading("1. Opening", 1)
        report.heading("Vragen", 2)
        report.heading("Detail", 3)
        report.plain_text("Eerste alinea.\n\n- punt een\n- punt twee\n\nLaatste\nregel.")
        report.label("Besluit:")
        report.paragraph("Een toelichting.", italic=True)
        report.bullets(["actie een", "actie twee"])
        report.confidential_mark()
        report.table(
            ["Nr", "Wat", "Wie"],
            [("1", "Uitnodigen\nen bellen", "Bas"), ("2", "Notitie\tsturen", "Anna")],
            widths_cm=[1.5, 10, 4.5],
        )
        report.image(CHART, 12)
        report.page_break()
        report.heading("Bijlage", 1)
        path = tmp_path / f"verslag-{lang}-{internal}.docx"
        report.save(path)
        return path, docx.Document(str(path))

    return run


def _styles(document: Document) -> list[tuple[str, str]]:
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


def test_every_method_writes_its_style_and_text(write: Write) -> None:
    _, document = write()
    styles = _styles(document)
    expected = [
        ("Title", "Verslag Onderwijs en zorg"),
        ("Subtitle", "dinsdag 14 mei 2024, 15.30-17.00 uur"),
        ("Normal", "Aanwezig: A. de Vries (voorzitter), B. Bakker (verslag)"),
        ("Heading 1", "1. Opening"),
        ("Heading 2", "Vragen"),
        ("Heading 3", "Detail"),
        ("Normal", "Eerste alinea."),
        ("List Bullet", "punt een"),
        ("List Bullet", "punt twee"),
        ("Normal", "Laatste\nregel."),
        ("Label", "Besluit:"),
        ("Normal", "Een toelichting."),
        ("List Bullet", "actie een"),
        ("List Bullet", "actie twee"),
        ("Vertrouwelijk", "Vertrouwelijk"),
    ]
    assert styles[: len(expected)] == expected
    assert styles[-1] == ("Heading 1", "Bijlage")
    label = document.paragraphs[2].runs[0]
    assert label.bold and label.text == "Aanwezig: "
    assert document.paragraphs[11].runs[0].italic


def test_nothing_of_the_template_body_remains_and_the_page_is_a4(write: Write) -> None:
    _, document = write()
    section = document.sections[0]
    assert len(document.sections) == 1
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 2) == round(section.right_margin.cm, 2) == 2.5
    assert document.paragraphs[0].text == "Verslag Onderwijs en zorg"


def test_table_header_repeats_and_rows_do_not_split(write: Write) -> None:
    _, document = write()
    (table,) = document.tables
    assert table.style is not None and table.style.name == "Ontwikkeltafel Tabel"
    rows = table._tbl.tr_lst
    assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in rows[1:])
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for r in rows)
    assert [c.text for c in table.rows[0].cells] == ["Nr", "Wat", "Wie"]
    assert table.rows[1].cells[1].text == "Uitnodigen\nen bellen"
    assert table.rows[2].cells[1].text == "Notitie\tsturen"
    assert table.rows[1].cells[0].paragraphs[0].style.name == "Tabeltekst"
    assert [round(c.width.cm, 1) for c in table.rows[1].cells] == [1.5, 10.0, 4.5]


def test_core_properties_are_ours(write: Write) -> None:
    _, document = write()
    properties = document.core_properties
    assert properties.title == "Verslag derde bijeenkomst"
    assert properties.subject == "Ontwikkeltafel Onderwijs en zorg"
    assert properties.author == properties.last_modified_by == "Bas Bakker"
    assert properties.comments == properties.keywords == properties.category == ""
    assert properties.language == "nl-NL"
    assert properties.revision == 1


def test_footer_holds_the_table_and_page_x_of_y(write: Write) -> None:
    _, document = write()
    footer = document.sections[0].footer
    assert footer.paragraphs[0].text == "Onderwijs en zorg\tpagina 1 van 1"
    instructions = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_english_footer_and_language(write: Write) -> None:
    _, document = write(lang="en")
    assert "\tpage 1 of 1" in document.sections[0].footer.paragraphs[0].text
    assert document.core_properties.language == "en-GB"
    assert "Confidential" in [p.text for p in document.paragraphs]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "INTERN — bevat vertrouwelijke onderdelen"),
        ("en", "INTERNAL — contains confidential parts"),
    ],
)
def test_internal_line_in_the_header_only_when_internal(write: Write, lang: str, line: str) -> None:
    _, internal = write(internal=True, lang=lang)
    header = internal.sections[0].header
    assert line in [p.text for p in header.paragraphs]
    mark = next(p for p in header.paragraphs if p.text == line).runs[0]
    assert mark.bold and mark.font.color.rgb is not None
    _, public = write(internal=False, lang=lang)
    assert line not in public.sections[0].header._element.xml


def test_image_and_page_break(write: Write) -> None:
    _, document = write()
    (shape,) = document.inline_shapes
    assert round(shape.width.cm, 1) == 12.0
    bijlage = document.paragraphs[-1]
    assert bijlage.paragraph_format.page_break_before


def test_image_is_never_wider_than_the_text(tmp_path: Path) -> None:
    report = ReportDocument.create(
        None, fields={}, title="", subject="", author="", lang="nl", internal=False
    )
    report.image(CHART, 40)
    report.save(tmp_path / "breed.docx")
    (shape,) = docx.Document(str(tmp_path / "breed.docx")).inline_shapes
    assert round(shape.width.cm, 1) == 16.0


def test_each_style_is_looked_up_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = docx_styles._find

    def counting(styles: object, name: str, kind: str) -> object:
        calls.append(name)
        return real(styles, name, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(docx_styles, "_find", counting)
    report = ReportDocument.create(
        None, fields={}, title="", subject="", author="", lang="nl", internal=False
    )
    for number in range(200):
        report.heading(f"Punt {number}", 2)
        report.bullets(["een", "twee"])
        report.paragraph("tekst")
    report.save(tmp_path / "lang.docx")
    assert sorted(calls) == sorted(set(calls)) == ["Heading 2", "List Bullet", "Normal"]


def test_text_that_xml_cannot_hold_is_cleaned(tmp_path: Path) -> None:
    report = ReportDocument.create(
        None, fields={"tafel": "a\x00b"}, title="t\x01", subject="", author="", lang="nl",
        internal=False,
    )  # fmt: skip
    report.paragraph("regel\x0bnieuwe regel\x07")
    report.table(["a\x02"], [["b\x1f"]])
    report.save(tmp_path / "schoon.docx")
    document = docx.Document(str(tmp_path / "schoon.docx"))
    assert document.paragraphs[0].text == "regel\nnieuwe regel"
    assert document.tables[0].rows[1].cells[0].text == "b"


def test_table_shape_errors_are_programming_errors() -> None:
    report = ReportDocument.create(
        None, fields={}, title="", subject="", author="", lang="nl", internal=False
    )
    with pytest.raises(ValueError, match="widths"):
        report.table(["a", "b"], [], widths_cm=[1.0])
    with pytest.raises(ValueError, match="row"):
        report.table(["a", "b"], [["x"]])
    with pytest.raises(ValueError, match="level"):
        report.heading("x", 0)


def test_default_template_ships_where_the_app_finds_it() -> None:
    template = docx.Document(str(default_template()))
    names = {s.name for s in template.styles}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Normal"} <= names
    assert {"List Bullet", "List Number", "Label", "Vertrouwelijk", "Tabeltekst"} <= names
    assert "Ontwikkeltafel Tabel" in names
    assert template.paragraphs == []


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("", []),
        ("Eén alinea.", [(PARAGRAPH, "Eén alinea.", 0)]),
        ("Een\r\ntwee\n\n\n drie ", [(PARAGRAPH, "Een\ntwee", 0), (PARAGRAPH, "drie", 0)]),
        ("Intro:\n- a\n- b\nNa de lijst.", [(PARAGRAPH, "Intro:", 0), (BULLET, "a", 0),
                                             (BULLET, "b", 0), (PARAGRAPH, "Na de lijst.", 0)]),
        ("- lang punt\n  dat doorloopt\n\n-geen punt", [(BULLET, "lang punt\ndat doorloopt", 0),
                                                        (PARAGRAPH, "-geen punt", 0)]),
    ],
)  # fmt: skip
def test_plain_text_rules(text: str, blocks: list[tuple[str, str, int]]) -> None:
    assert plain_blocks(text) == blocks

"""The besluiten- en actielijst: decisions numbered, open actions in one table by number."""

from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import RGBColor

from ontwikkeltafel.reports.actions_list import write_actions_list
from tests.reports.table_samples import (
    TABLE,
    actions_data,
    all_text,
    body,
    headings,
    open_docx,
    tables,
)
from tests.reports.word_templates import municipality_template

RED = RGBColor(0xC0, 0x00, 0x00)


def _write(tmp_path: Path, *, lang: str = "nl", internal: bool = False, empty: bool = False):  # type: ignore[no-untyped-def]
    path = tmp_path / f"acties-{lang}-{internal}-{empty}.docx"
    data = actions_data(internal=internal, empty=empty)
    write_actions_list(data, path, lang=lang, template=None)
    return open_docx(path)


def test_dutch_title_and_headings(tmp_path: Path) -> None:
    document = _write(tmp_path)
    blocks = body(document)
    assert blocks[0] == ("p", "Title", "Besluiten- en actielijst per 14 mei 2024")
    assert blocks[1] == ("p", "Subtitle", TABLE)
    assert headings(document, 1) == ["Besluitenlijst", "Actielijst"]
    assert headings(document, 2) == []  # the actions are one table, not one per organisation


def test_decisions_are_numbered_in_order_without_confidential_ones(tmp_path: Path) -> None:
    document = _write(tmp_path)
    decisions = tables(document)[0]
    assert decisions[0] == ["Nr", "Datum", "Besluit"]
    assert [row[0] for row in decisions[1:]] == ["1", "2", "4"]  # 3 is confidential
    assert decisions[1] == ["1", "2024-01-18", "Casussen worden alleen anoniem besproken."]
    assert "School en wijkteam" not in all_text(document)
    assert "Vertrouwelijk" not in all_text(document)


def test_actions_in_number_order_with_their_organisation(tmp_path: Path) -> None:
    document = _write(tmp_path)
    (listing,) = tables(document)[1:]
    assert listing[0] == ["Nr", "Wie", "Organisatie", "Wat", "Wanneer", "Status"]
    numbers = [row[0] for row in listing[1:]]
    assert numbers == ["2024-1", "2024-2", "2024-4", "2024-5", "2024-6", "2024-10"]
    assert listing[2] == [
        "2024-2",
        "C. van der Berg",
        "Basisschool De Regenboog",
        "Lijst met contactpersonen",
        "2024-05-30",
        "open",
    ]
    assert listing[3][1:3] == ["D. Smit", "buurtteam Noord"]
    assert listing[1] == [
        "2024-1",
        "B. Bakker",
        "Gemeente Utrecht",
        "Privacyvragen verzamelen\nMet de privacyfunctionaris.",
        "2024-05-01",
        "in uitvoering\nverlopen",  # due before the list's date of 14 May
    ]
    assert [row[:3] for row in listing[4:6]] == [
        ["2024-5", "E. Visser", ""],
        ["2024-6", "nog niet belegd", ""],
    ]
    assert "KION" not in all_text(document)  # its only action is confidential


def test_internal_version_marks_confidential_rows_only(tmp_path: Path) -> None:
    document = _write(tmp_path, internal=True)
    decisions = tables(document)[0]
    assert [row[0] for row in decisions[1:]] == ["1", "2", "3", "4"]
    assert decisions[3][2] == "Vertrouwelijk\nSchool en wijkteam delen de casus."
    assert sum("Vertrouwelijk" in row[2] for row in decisions) == 1
    kion = tables(document)[1][3]
    assert kion == [
        "2024-3",
        "A. de Vries",
        "KION",
        "Vertrouwelijk\nOuders uitnodigen",
        "n.t.b.",
        "open",
    ]
    mark = document.tables[0].rows[3].cells[2].paragraphs[0].runs[0]
    assert mark.text == "Vertrouwelijk" and mark.bold and mark.font.color.rgb == RED
    plain = document.tables[0].rows[1].cells[2].paragraphs[0].runs[0]
    assert not plain.bold and plain.font.color.rgb is None
    text = all_text(document)
    assert text.count("Vertrouwelijk") == 2
    header = document.sections[0].header.paragraphs[-1].text
    assert header == "INTERN — bevat vertrouwelijke onderdelen"


def test_english(tmp_path: Path) -> None:
    document = _write(tmp_path, lang="en", internal=True)
    blocks = body(document)
    assert blocks[0][2] == "Decisions and actions as of 14 May 2024 (internal)"
    assert blocks[1][2] == TABLE
    assert headings(document, 1) == ["Decisions", "Open actions"]
    assert tables(document)[0][0] == ["No.", "Date", "Decision"]
    assert tables(document)[1][0] == ["No.", "Who", "Organisation", "What", "When", "Status"]
    assert tables(document)[0][3][2].startswith("Confidential\n")
    assert "in progress" in all_text(document)
    assert "Vertrouwelijk" not in all_text(document)


def test_nothing_decided_and_nothing_open(tmp_path: Path) -> None:
    document = _write(tmp_path, empty=True)
    text = all_text(document)
    assert "De tafel heeft nog geen besluiten genomen." in text
    assert "Er staan geen acties open." in text
    assert tables(document) == []


def test_properties_and_template_fields(tmp_path: Path) -> None:
    template = municipality_template(tmp_path / "briefpapier.docx")
    path = tmp_path / "acties.docx"
    write_actions_list(actions_data(), path, lang="nl", template=template)
    document = open_docx(path)
    properties = document.core_properties
    assert properties.title == f"Besluiten- en actielijst {TABLE}"
    assert properties.subject == "Besluiten- en actielijst"
    assert properties.author == "Anna de Vries"
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert f"Gemeente Voorbeeld · {TABLE} ·  op dinsdag 14 mei 2024" in header
    # The letterhead's margins are 3 cm: the tables are made as wide as its text, no wider.
    for table in document.tables:
        grid = table._tbl.find(qn("w:tblGrid"))
        widths = [int(col.get(qn("w:w"))) for col in grid]
        assert abs(sum(widths) - 15 * 567) < 10

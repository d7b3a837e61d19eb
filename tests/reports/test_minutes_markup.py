"""Minutes markup: numbered lists, bullets pasted from Word and **bold** become Word's own."""

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import MinutesData
from ontwikkeltafel.reports.document import BULLET, NUMBERED, PARAGRAPH, Block, plain_blocks
from ontwikkeltafel.reports.minutes import write_minutes
from tests.reports.report_samples import (
    agenda,
    agenda_sample,
    all_text,
    document_lines,
    meeting,
    minutes_sample,
    tables,
    to_pdf,
    unheld,
)
from tests.reports.word_templates import municipality_template

MARKED = (
    "We bespreken drie punten:\n"
    "1. de **inzet** van de schoolconsulent\n"
    "2) de wachtlijst\n"
    "3. het overleg\n"
    "\n"
    "Daarna uit Word:\n"
    "•\tvast gezicht op school\n"
    "– korte lijnen\n"
    "* **niet** vrijblijvend\n"
    "\n"
    "1. eerste van een nieuwe lijst\n"
    "2. tweede\n"
    "\n"
    "**Conclusie**: we gaan door, 3 * 4 = 12 en **los"
)


def test_plain_blocks_know_numbered_items_and_word_bullets() -> None:
    assert plain_blocks(MARKED) == [
        Block(PARAGRAPH, "We bespreken drie punten:"),
        Block(NUMBERED, "de **inzet** van de schoolconsulent", 1),
        Block(NUMBERED, "de wachtlijst", 2),
        Block(NUMBERED, "het overleg", 3),
        Block(PARAGRAPH, "Daarna uit Word:"),
        Block(BULLET, "vast gezicht op school"),
        Block(BULLET, "korte lijnen"),
        Block(BULLET, "**niet** vrijblijvend"),
        Block(NUMBERED, "eerste van een nieuwe lijst", 1),
        Block(NUMBERED, "tweede", 2),
        Block(PARAGRAPH, "**Conclusie**: we gaan door, 3 * 4 = 12 en **los"),
    ]


def test_plain_blocks_keep_the_exchange_rules() -> None:
    """``- `` bullets, indented lines going on, a year or an amount starting no list."""
    assert plain_blocks("- een\n  vervolg\ngeen vervolg\n2024. Een jaar\n*geen* lijst") == [
        Block(BULLET, "een\nvervolg"),
        Block(PARAGRAPH, "geen vervolg\n2024. Een jaar\n*geen* lijst"),
    ]
    assert plain_blocks("1.5 uur\n12.30 uur") == [Block(PARAGRAPH, "1.5 uur\n12.30 uur")]


def _marked_minutes(path: Path, lang: str = "nl", template: Path | None = None) -> Path:
    entries = tuple(
        replace(e, minutes=MARKED) if e.title == "De schoolconsulent" else e
        for e in minutes_sample().agenda
    )
    write_minutes(minutes_sample(agenda=entries), path, lang=lang, template=template)
    return path


def _num_id(paragraph: Paragraph) -> str | None:
    found = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if found is None else found.get(qn("w:val"))


def _starts(path: Path) -> dict[str, str]:
    """The start of each list (numId: startOverride) in the document's numbering."""
    numbering = docx.Document(str(path)).part.numbering_part.element
    starts = {}
    for num in numbering.iterfind(qn("w:num")):
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        if start is not None:
            starts[num.get(qn("w:numId"))] = start.get(qn("w:val"))
    return starts


@pytest.mark.parametrize("letterhead", [False, True])
def test_numbered_lists_are_word_lists_that_start_again(tmp_path: Path, letterhead: bool) -> None:
    template = municipality_template(tmp_path / "briefpapier.docx") if letterhead else None
    path = _marked_minutes(tmp_path / "verslag.docx", template=template)
    paragraphs = docx.Document(str(path)).paragraphs
    numbered = [p for p in paragraphs if p.style is not None and p.style.name == "List Number"]
    assert [p.text for p in numbered] == [
        "de inzet van de schoolconsulent",
        "de wachtlijst",
        "het overleg",
        "eerste van een nieuwe lijst",
        "tweede",
    ]
    first, second = _num_id(numbered[0]), _num_id(numbered[3])
    assert first is not None and second is not None and first != second
    assert [_num_id(p) for p in numbered] == [first] * 3 + [second] * 2
    starts = _starts(path)
    assert starts[first] == "1" and starts[second] == "1"
    bullets = [p.text for p in paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert bullets[-3:] == ["vast gezicht op school", "korte lijnen", "niet vrijblijvend"]


def test_bold_is_bold_and_no_markup_is_left(tmp_path: Path) -> None:
    path = _marked_minutes(tmp_path / "verslag.docx")
    paragraphs = docx.Document(str(path)).paragraphs
    bold = [run.text for p in paragraphs for run in p.runs if run.bold and p.style.name != "Title"]
    assert {"inzet", "niet", "Conclusie"} <= set(bold)
    lines = document_lines(path)
    assert "Conclusie: we gaan door, 3 * 4 = 12 en los" in lines
    body = "\n".join(p.text for p in paragraphs if not p.style.name.startswith("Heading"))
    for markup in ("**", "•\t", "– ", "* ", "1. ", "2) "):
        assert markup not in body.replace("3 * 4", ""), markup


def test_the_pdf_numbers_each_list_from_one(tmp_path: Path) -> None:
    reader = to_pdf(_marked_minutes(tmp_path / "verslag.docx"), tmp_path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "1. de inzet van de schoolconsulent" in lines
    assert "3. het overleg" in lines
    assert "1. eerste van een nieuwe lijst" in lines
    assert "2. tweede" in lines
    assert not any("**" in line for line in lines)


def test_a_numbered_list_keeps_the_first_number_typed(tmp_path: Path) -> None:
    entries = tuple(replace(e, minutes="3. derde\n4. vierde") for e in minutes_sample().agenda)
    path = tmp_path / "verslag.docx"
    write_minutes(minutes_sample(agenda=entries[:1]), path, lang="nl", template=None)
    numbered = [p for p in docx.Document(str(path)).paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["derde", "vierde"]
    assert _starts(path)[str(_num_id(numbered[0]))] == "3"


def test_a_cell_shows_list_items_marked_and_no_stars(tmp_path: Path) -> None:
    entries = tuple(
        replace(e, description="Twee vragen:\n1) **wie** doet wat\n• wanneer")
        if e.title == "De schoolconsulent"
        else e
        for e in unheld(agenda())
    )
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_sample(agenda=entries), path, lang="nl", template=None)
    cells = [cell for table in tables(path) for row in table for cell in row]
    assert any("Twee vragen:\n1. wie doet wat\n• wanneer" in cell for cell in cells)
    assert "**" not in all_text(path)


@pytest.mark.parametrize(("lang", "empty"), [("nl", "Geen verslag"), ("en", "No minutes")])
@pytest.mark.parametrize("status", [MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_APPROVED])
def test_an_item_without_minutes_says_so(
    tmp_path: Path, lang: str, empty: str, status: MeetingStatus
) -> None:
    data: MinutesData = minutes_sample(meeting=meeting(status=status))
    entries = tuple(
        replace(e, minutes="") if e.title in ("Sluiting", "De schoolconsulent") else e
        for e in data.agenda
    )
    path = tmp_path / "verslag.docx"
    write_minutes(replace(data, agenda=entries), path, lang=lang, template=None)
    lines = document_lines(path)
    closing = next(n for n, line in enumerate(lines) if line.endswith(". Sluiting"))
    assert lines[closing + 1] == empty
    # An item with decisions or actions but no minutes text is no empty item.
    topic = next(n for n, line in enumerate(lines) if line.endswith(". De schoolconsulent"))
    assert lines[topic + 1] != empty
    assert lines.count(empty) == 1


def test_bold_in_a_decision_is_bold_too(tmp_path: Path) -> None:
    data = minutes_sample()
    entries = tuple(
        replace(e, decisions=tuple(replace(d, text="De tafel **stemt in**.") for d in e.decisions))
        for e in data.agenda
    )
    path = tmp_path / "verslag.docx"
    write_minutes(replace(data, agenda=entries), path, lang="nl", template=None)
    paragraphs = docx.Document(str(path)).paragraphs
    decision = next(p for p in paragraphs if p.text == "Besluit 9: De tafel stemt in.")
    assert [(run.text, bool(run.bold)) for run in decision.runs] == [
        ("Besluit 9: ", True),
        ("De tafel ", False),
        ("stemt in", True),
        (".", False),
    ]

"""The actielijst as one table in number order, overdue actions marked as of the list's date."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.reports.actions_list import write_actions_list
from ontwikkeltafel.reports.data import Action, ActionsData
from ontwikkeltafel.reports.table_report import write_table_report
from tests.reports.table_samples import (
    BAS,
    TABLE,
    actions_data,
    body,
    headings,
    open_docx,
    table_data,
    tables,
)
from tests.reports.word_templates import municipality_template

ON_THE_DAY = Action("2024-7", "Zaal reserveren", BAS, date(2024, 5, 14), ActionStatus.OPEN)
DONE_LATE = Action("2024-8", "Notulen rondsturen", BAS, date(2024, 4, 1), ActionStatus.DONE)


def _data(*, internal: bool = False) -> ActionsData:
    data = actions_data(internal=internal)
    return replace(data, open_actions=(*data.open_actions, ON_THE_DAY, DONE_LATE))


def _write(tmp_path: Path, lang: str = "nl", *, internal: bool = False, template: bool = False):  # type: ignore[no-untyped-def]
    letterhead = municipality_template(tmp_path / "briefpapier.docx") if template else None
    path = tmp_path / f"acties-{lang}-{internal}-{template}.docx"
    write_actions_list(_data(internal=internal), path, lang=lang, template=letterhead)
    return open_docx(path)


def _actions_table(document: Document) -> list[list[str]]:
    return tables(document)[-1]


def _cell_runs(document: Document, number: str, column: int) -> list[tuple[str, bool]]:
    """The runs of one cell of the actions table: (text, bold), line breaks left out."""
    table = document.tables[-1]
    for row in table.rows[1:]:
        if row.cells[0].text == number:
            runs = row.cells[column].paragraphs[0].runs
            return [(r.text, bool(r.bold)) for r in runs if r.element.find(qn("w:br")) is None]
    raise AssertionError(f"no action {number}")


def test_the_title_states_the_lists_date(tmp_path: Path) -> None:
    for lang, title in (
        ("nl", "Besluiten- en actielijst per 14 mei 2024"),
        ("en", "Decisions and actions as of 14 May 2024"),
    ):
        blocks = body(_write(tmp_path, lang))
        assert blocks[0] == ("p", "Title", title)
        assert blocks[1] == ("p", "Subtitle", TABLE)


def test_the_actions_are_one_table_in_number_order_with_the_organisation(tmp_path: Path) -> None:
    for template in (False, True):
        document = _write(tmp_path, template=template)
        assert headings(document, 1) == ["Besluitenlijst", "Actielijst"]
        assert headings(document, 2) == []  # no heading per organisation
        assert len(tables(document)) == 2  # the decisions and the actions
        rows = _actions_table(document)
        assert rows[0] == ["Nr", "Wie", "Organisatie", "Wat", "Wanneer", "Status"]
        numbers = [row[0] for row in rows[1:]]
        assert numbers == [
            "2024-1",
            "2024-2",
            "2024-4",
            "2024-5",
            "2024-6",
            "2024-7",
            "2024-8",
            "2024-10",
        ]
        assert rows[2] == [
            "2024-2",
            "C. van der Berg",
            "Basisschool De Regenboog",
            "Lijst met contactpersonen",
            "2024-05-30",
            "open",
        ]
        assert rows[4][1:3] == ["E. Visser", ""]  # no organisation
        assert rows[5][1:3] == ["nog niet belegd", ""]  # no owner


def test_an_overdue_action_says_so_and_its_date_is_bold(tmp_path: Path) -> None:
    document = _write(tmp_path)
    rows = {row[0]: row for row in _actions_table(document)[1:]}
    # Due 1 May, the list is of 14 May, still in progress: overdue.
    assert rows["2024-1"][4:] == ["2024-05-01", "in uitvoering\nverlopen"]
    assert _cell_runs(document, "2024-1", 4) == [("2024-05-01", True)]
    assert ("verlopen", True) in _cell_runs(document, "2024-1", 5)
    # Due on the list's day itself, due later, without a date, or done: not overdue.
    for number in ("2024-7", "2024-2", "2024-6", "2024-8"):
        assert "verlopen" not in rows[number][5]
        assert not any(bold for _, bold in _cell_runs(document, number, 4))
    assert rows["2024-8"][5] == "afgerond"


def test_english_overdue_and_columns(tmp_path: Path) -> None:
    document = _write(tmp_path, "en")
    rows = _actions_table(document)
    assert rows[0] == ["No.", "Who", "Organisation", "What", "When", "Status"]
    assert rows[1][4:] == ["2024-05-01", "in progress\noverdue"]
    assert _cell_runs(document, "2024-1", 4) == [("2024-05-01", True)]


def test_internal_version_keeps_the_confidential_action_in_its_place(tmp_path: Path) -> None:
    document = _write(tmp_path, internal=True)
    rows = _actions_table(document)
    assert [row[0] for row in rows[1:4]] == ["2024-1", "2024-2", "2024-3"]
    assert rows[3][1:4] == ["A. de Vries", "KION", "Vertrouwelijk\nOuders uitnodigen"]
    mark = document.tables[-1].rows[3].cells[3].paragraphs[0].runs[0]
    assert mark.text == "Vertrouwelijk" and mark.bold


def test_the_table_report_lists_its_actions_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "tafel.docx"
    write_table_report(table_data(), path, lang="nl", template=None)
    document = open_docx(path)
    rows = tables(document)[-1]
    assert rows[0] == ["Nr", "Wie", "Organisatie", "Wat", "Wanneer", "Status"]
    assert [row[0] for row in rows[1:]] == sorted(
        (row[0] for row in rows[1:]), key=lambda n: int(n.split("-")[1])
    )
    assert "Basisschool De Regenboog" not in headings(document, 2)
    overdue = [row for row in rows if row[0] == "2024-1"]
    assert overdue[0][4:] == ["2024-05-01", "in uitvoering\nverlopen"]


def _grid_cm(table: object) -> list[float]:
    grid = table._tbl.find(qn("w:tblGrid"))  # type: ignore[attr-defined]
    return [round(int(col.get(qn("w:w"))) / 567, 2) for col in grid]


def test_dates_and_numbers_keep_their_width_on_a_narrower_letterhead(tmp_path: Path) -> None:
    """A letterhead's 3 cm margins take from the text columns, not from the dates and numbers.

    Scaled down with the rest, "2018-01-18" and "2018-18" broke over two lines in a wider
    font (Georgia) and the date's bold took more room still.
    """
    for template in (False, True):
        decisions, listing = _write(tmp_path, template=template).tables
        number, day, _ = _grid_cm(decisions)
        assert number >= 1.2 and day >= 2.4
        number, _who, organisation, what, when, status = _grid_cm(listing)
        assert number >= 1.8 and when >= 2.5 and status >= 2.1 and organisation >= 2.9
        assert what >= 3.6
        text = 15 if template else 16
        assert abs(sum(_grid_cm(decisions)) - text) < 0.05
        assert abs(sum(_grid_cm(listing)) - text) < 0.05

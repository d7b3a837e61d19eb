"""The internal version says so on every page, in its title, its properties and its file name."""

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.reports.actions_list import write_actions_list
from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import ActionsData
from ontwikkeltafel.reports.minutes import write_minutes
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog
from tests.reports.page_headers import headers_of, letterhead_with_every_header
from tests.reports.report_samples import MAY_14, TABLE, agenda_sample, minutes_sample

LINE = {
    "nl": "INTERN — bevat vertrouwelijke onderdelen",
    "en": "INTERNAL — contains confidential parts",
}
SUFFIX = {"nl": " (intern)", "en": " (internal)"}
KEYWORDS = {"nl": "intern, vertrouwelijk", "en": "internal, confidential"}


def _write(kind: str, internal: bool, lang: str, out: Path, template: Path | None = None) -> None:
    if kind == "minutes":
        write_minutes(minutes_sample(internal=internal), out, lang=lang, template=template)
    elif kind == "agenda":
        write_convocation(agenda_sample(internal=internal), out, lang=lang, template=template)
    else:
        data = ActionsData("t-1", TABLE, (), (), None, MAY_14, internal=internal)
        write_actions_list(data, out, lang=lang, template=template)


def _title(path: Path) -> str:
    document = docx.Document(str(path))
    return next(p.text for p in document.paragraphs if p.style and p.style.name == "Title")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["minutes", "agenda", "actions"])
def test_the_internal_version_is_marked_everywhere(kind: str, lang: str, tmp_path: Path) -> None:
    internal, public = tmp_path / "intern.docx", tmp_path / "deelnemers.docx"
    _write(kind, True, lang, internal)
    _write(kind, False, lang, public)
    headers = headers_of(internal)
    assert headers and all(LINE[lang] in lines for lines in headers)
    assert _title(internal) == _title(public) + SUFFIX[lang]
    marked, plain = (docx.Document(str(p)).core_properties for p in (internal, public))
    assert marked.title == plain.title + SUFFIX[lang]
    assert marked.subject == plain.subject + SUFFIX[lang]
    assert marked.keywords == KEYWORDS[lang]
    assert plain.keywords == ""
    assert not any(LINE[lang] in lines for lines in headers_of(public))
    assert not plain.title.endswith(SUFFIX[lang])


def test_every_page_of_a_letterhead_says_intern(tmp_path: Path) -> None:
    template = letterhead_with_every_header(tmp_path / "briefpapier.docx")
    out = tmp_path / "intern.docx"
    _write("minutes", True, "nl", out, template)
    headers = headers_of(out)
    assert len(headers) == 3  # first page, odd and even pages
    assert all(LINE["nl"] in lines for lines in headers)
    assert headers[1][0] == f"Eerste pagina: {TABLE}"


def test_a_header_ending_in_a_field_keeps_it_and_gets_a_line_of_its_own(tmp_path: Path) -> None:
    template = tmp_path / "briefpapier.docx"
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Gemeente Voorbeeld"
    field = f'<w:fldSimple {nsdecls("w")} w:instr=" DATE "><w:r><w:t>1-1-2024</w:t></w:r>'
    field += "</w:fldSimple>"
    header.add_paragraph()._p.append(parse_xml(field))
    document.save(str(template))
    out = tmp_path / "intern.docx"
    _write("agenda", True, "nl", out, template)
    paragraphs = docx.Document(str(out)).sections[0].header.paragraphs
    assert paragraphs[0].text == "Gemeente Voorbeeld"
    assert paragraphs[-1].text == LINE["nl"]
    with_field = [p for p in paragraphs if p._p.find(qn("w:fldSimple")) is not None]
    assert len(with_field) == 1 and LINE["nl"] not in with_field[0]._p.xml


def _dialog(qtbot: Any, parent: QWidget, tmp_path: Path) -> ReportDialog:
    qtbot.addWidget(parent)
    names = {"nl": "Verslag 2024-05-14 Tafel.docx", "en": "Minutes 2024-05-14 Tafel.docx"}
    return ReportDialog(parent, "Verslag maken", "Verslag", names.__getitem__, tmp_path, "nl")


def test_the_dialog_proposes_an_internal_file_name(qtbot: Any, tmp_path: Path) -> None:
    parent = QWidget()
    dialog = _dialog(qtbot, parent, tmp_path)
    assert dialog.options().path == tmp_path / "Verslag 2024-05-14 Tafel.docx"
    dialog.internal.setChecked(True)
    assert dialog.options().path == tmp_path / "Verslag 2024-05-14 Tafel (intern).docx"
    dialog.language.setCurrentIndex(1)
    assert dialog.options().path == tmp_path / "Minutes 2024-05-14 Tafel (internal).docx"
    dialog.participants.setChecked(True)
    assert dialog.options().path == tmp_path / "Minutes 2024-05-14 Tafel.docx"
    dialog.path.setText(str(tmp_path / "eigen naam.docx"))
    dialog.internal.setChecked(True)  # a name of the user's own stays
    assert dialog.options().path == tmp_path / "eigen naam.docx"

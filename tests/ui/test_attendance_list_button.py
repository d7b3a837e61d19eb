"""The presentielijst from the meeting page and the Rapport menu; the grid feeds the verslag."""

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import docx
import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services.attendance_editing import set_presence
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.services.report_data import minutes_data
from ontwikkeltafel.services.report_files import write_report
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog, ReportOptions
from tests.ui.conftest import active_window, open_meeting

WAIT_MS = 30000
TABLE = "Onderwijs en zorg vinden elkaar!"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[dict[str, Any]]:
    """What the report dialog was asked; it answers: the participants' version, in Dutch."""
    calls: list[dict[str, Any]] = []

    def ask(
        _cls: Any, _parent: Any, title: str, subject: str, suggest: Any, *rest: Any, **kw: Any
    ) -> Any:
        calls.append({"title": title, "subject": subject, "name": suggest("nl"), **kw})
        return ReportOptions(path=tmp_path / "presentielijst.docx", internal=False, lang="nl")

    monkeypatch.setattr(ReportDialog, "ask", classmethod(ask))
    return calls


def _names(path: Path) -> list[str]:
    return [row.cells[0].text for row in docx.Document(str(path)).tables[0].rows[1:]]


def test_the_button_on_the_meeting_page_writes_the_list(
    qtbot: Any, filled: Database, asked: list[dict[str, Any]], tmp_path: Path
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    button = page.attendance.list_button  # under the attendance grid, beside the guests
    assert button.text() == "Presentielijst…" and "tekenen" in button.toolTip()
    assert button.isVisible() and button.isEnabled()  # an adopted verslag's list too
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    out = tmp_path / "presentielijst.docx"
    assert done.args == ["done", out]
    assert asked == [
        {
            "title": "Presentielijst maken",
            "subject": "Presentielijst van <b>Eerste bijeenkomst</b>"
            f"<br>18-01-2018 15.30 · {TABLE}",
            "name": f"Presentielijst 2018-01-18 {TABLE}.docx",
            "choose_version": False,  # nothing confidential: no internal version to choose
        }
    ]
    assert _names(out) == ["Bakker, Bas", "Berg, IJsbrand van der", "Vries, Anna de", *[""] * 5]
    box = window.exports.message
    assert box is not None and box.text() == "De presentielijst is opgeslagen."


def test_the_report_menu_offers_it_for_the_chosen_meeting(
    qtbot: Any, filled: Database, asked: list[dict[str, Any]]
) -> None:
    window = active_window(qtbot, filled)
    menu = window.export_menu
    menu.update()
    assert not menu.attendance_action.isEnabled()
    first = window.tables_page
    first.meeting_view.selectRow(first.meetings.row_of("m-1"))
    menu.update()
    assert menu.attendance_action.isEnabled()
    assert menu.attendance_action in menu.reports.actions()
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS):
        menu.attendance_action.trigger()
    assert [call["title"] for call in asked] == ["Presentielijst maken"]


def test_the_dialog_of_a_list_asks_no_version(qtbot: Any, tmp_path: Path) -> None:
    dialog = ReportDialog(
        None,  # type: ignore[arg-type]
        "Presentielijst maken",
        "Presentielijst van <b>Eerste bijeenkomst</b>",
        lambda lang: "Presentielijst.docx",
        tmp_path,
        "nl",
        choose_version=False,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.form.isRowVisible(0)
    assert not dialog.participants.isVisible() and not dialog.internal.isVisible()
    assert not dialog.options().internal
    assert dialog.path.text() == str(tmp_path / "Presentielijst.docx")


def test_ticking_names_in_the_grid_is_what_the_verslag_uses(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    sessions = filled.session_factory
    starts = datetime(2018, 3, 15, 15, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    meeting_id, _change = plan_meeting(sessions, "tafel-1", starts, meeting_id="m-nieuw")
    for person in ("p-anna", "p-bas", "p-ijs"):  # planned, every member counts as present:
        set_presence(sessions, meeting_id, person, None)  # here nothing is recorded yet
    before = tmp_path / "vooraf.docx"
    write_report(
        sessions, "attendance", meeting_id, before, internal=False, template=None, lang="nl"
    )
    assert _names(before)[:3] == ["Bakker, Bas", "Berg, IJsbrand van der", "Vries, Anna de"]
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, meeting_id)
    view, model = page.attendance.view, page.attendance.model
    assert [r.status for r in model.rows] == [None, None, None]  # nothing ticked yet
    present = 1 + list(AttendanceStatus).index(AttendanceStatus.PRESENT)
    for person in ("p-anna", "p-ijs"):  # the two who signed
        rect = view.visualRect(model.index(model.row_of(person), present))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    verslag = minutes_data(sessions, meeting_id, internal=False)
    ticked = {a.person.id: a.status for a in verslag.attendees}
    assert ticked == {"p-anna": AttendanceStatus.PRESENT, "p-ijs": AttendanceStatus.PRESENT}
    out = tmp_path / "verslag.docx"
    write_report(sessions, "minutes", meeting_id, out, internal=False, template=None, lang="nl")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    present_line = next(line for line in text.split("\n") if line.startswith("Aanwezig:"))
    assert "A. de Vries" in present_line and "IJ. van der Berg" in text
    assert "Bakker" not in present_line

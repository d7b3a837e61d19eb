"""Before a participants' version with likely personal data is written, the window asks."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import report_dialog
from ontwikkeltafel.ui.exports.report_dialog import ReportDialog, ReportOptions
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window

WAIT_MS = 30000


@pytest.fixture
def with_bsn(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document; the verslag of m-1 names a BSN in a participants' item."""
    item = next(i for i in document["meetings"][0]["agenda"] if i["id"] == "ai-2")
    item["minutes"] = "Het kind (BSN 111222333) is aangemeld."
    import_file(database.session_factory, write_json(document))
    yield database


def _report(window: MainWindow, monkeypatch: pytest.MonkeyPatch, out: Path, internal: bool) -> None:
    def ask(*_args: Any) -> ReportOptions:
        return ReportOptions(path=out, internal=internal, lang="nl")

    monkeypatch.setattr(ReportDialog, "ask", classmethod(ask))
    window.exports.report("minutes", "m-1")


def _answer(button: str, seen: list[tuple[str, str]]) -> None:
    """Click ``button`` in the question once it is shown, noting its text."""

    def click() -> None:
        widgets = QApplication.topLevelWidgets()
        boxes = [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]
        (box,) = boxes
        seen.append((box.text(), box.informativeText()))
        (found,) = [b for b in box.buttons() if b.text() == button]
        found.click()

    QTimer.singleShot(0, click)


def test_cancelling_the_question_writes_nothing(
    qtbot: Any, with_bsn: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, with_bsn)
    out = tmp_path / "verslag.docx"
    seen: list[tuple[str, str]] = []
    _answer("Annuleren", seen)
    _report(window, monkeypatch, out, internal=False)
    ((text, findings),) = seen
    assert text == "De deelnemersversie bevat mogelijk persoonsgegevens:"
    assert (
        "Mogelijk persoonsgegeven in agendapunt 2 (BSN): Het kind (BSN •••••••33) is aangemeld."
    ) in findings.splitlines()
    assert "111222333" not in findings
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "verslag" in p.name]


def test_saving_anyway_writes_the_file(
    qtbot: Any, with_bsn: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, with_bsn)
    out = tmp_path / "verslag.docx"
    seen: list[tuple[str, str]] = []
    _answer("Toch opslaan", seen)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        _report(window, monkeypatch, out, internal=False)
    assert done.args == ["done", out]
    assert len(seen) == 1
    assert "BSN 111222333" in "\n".join(p.text for p in Document(str(out)).paragraphs)


@pytest.mark.parametrize(("bsn", "internal"), [(True, True), (False, False)])
def test_the_internal_version_and_a_clean_one_are_not_questioned(
    qtbot: Any,
    database: Database,
    write_json: Any,
    document: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    bsn: bool,
    internal: bool,
) -> None:
    if bsn:
        item = next(i for i in document["meetings"][0]["agenda"] if i["id"] == "ai-2")
        item["minutes"] = "Het kind (BSN 111222333) is aangemeld."
    import_file(database.session_factory, write_json(document))
    asked: list[list[str]] = []
    monkeypatch.setattr(
        report_dialog, "confirm_personal_data", lambda _p, lines: asked.append(lines) or False
    )
    window = make_window(qtbot, database)
    out = tmp_path / "verslag.docx"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        _report(window, monkeypatch, out, internal=internal)
    assert done.args == ["done", out]
    assert asked == []


def test_many_findings_are_counted_not_all_listed(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    lines = [f"Mogelijk persoonsgegeven in agendapunt {n} (BSN): ••••" for n in range(1, 21)]
    box = report_dialog.personal_data_box(parent, lines)
    shown = box.informativeText().splitlines()
    assert shown[:12] == lines[:12] and "en nog 8 meer" in shown
    assert {b.text() for b in box.buttons()} == {"Toch opslaan", "Annuleren"}
    assert box.defaultButton().text() == "Annuleren"
    box.deleteLater()

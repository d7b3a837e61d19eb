"""The app's file dialogs speak Dutch: labels, buttons, column heads, no "Computer" place."""

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QListView,
    QMessageBox,
)

from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.exports.file_choice import file_dialog

ENGLISH = ("Look in", "Files of type", "File name", "Computer", "Cancel", "Open", "Save", "Show")
ENGLISH += ("Recent Places", "Rename", "Delete", "New Folder", "hidden files", "Back")
ENGLISH += ("Parent Directory",)
FILTERS = "Word-documenten (*.docx)"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen


def visible_texts(dialog: QFileDialog) -> list[str]:
    """Every text the dialog shows: labels, buttons, tool tips, places, column heads."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    texts += [action.text() for action in dialog.findChildren(QAction)]  # context menus
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            texts += [button.text(), button.toolTip()]
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None
    model = sidebar.model()
    texts += [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    proxy = dialog.proxyModel()
    assert proxy is not None
    texts += [str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)]
    return texts


@pytest.mark.parametrize("saving", [True, False])
def test_the_file_dialog_has_dutch_labels(qtbot: Any, tmp_path: Path, saving: bool) -> None:
    (tmp_path / "verslag.docx").write_bytes(b"")
    start = tmp_path / "verslag.docx" if saving else tmp_path
    dialog = file_dialog(None, "Verslag opslaan", start, FILTERS, saving=saving)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    label = QFileDialog.DialogLabel
    assert dialog.labelText(label.LookIn) == "Zoeken in:"
    assert dialog.labelText(label.FileName) == "Bestandsnaam:"
    assert dialog.labelText(label.FileType) == "Bestandstype:"
    assert dialog.labelText(label.Accept) == ("Opslaan" if saving else "Openen")
    assert dialog.labelText(label.Reject) == "Annuleren"
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert look_in is not None
    look_in.showPopup()  # Qt adds its places ("Computer") to the list as it opens
    look_in.hidePopup()
    places = [look_in.itemText(row) for row in range(look_in.count())]
    assert "Deze computer" in places
    texts = visible_texts(dialog) + places
    assert "Naam" in texts and "Annuleren" in texts
    for english in ENGLISH:
        word = re.compile(rf"\b{english}\b")  # case counts: "Deze computer" is Dutch
        assert not [text for text in texts if word.search(text.replace("&", ""))]


@pytest.mark.usefixtures("english")
def test_the_english_app_has_english_labels(qtbot: Any, tmp_path: Path) -> None:
    dialog = file_dialog(None, "Save minutes", tmp_path / "minutes.docx", FILTERS, saving=True)
    qtbot.addWidget(dialog)
    label = QFileDialog.DialogLabel
    assert dialog.labelText(label.LookIn) == "Look in:"
    assert dialog.labelText(label.Accept) == "Save"
    assert dialog.labelText(label.Reject) == "Cancel"
    proxy = dialog.proxyModel()
    assert proxy is not None and proxy.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_replacing_a_file_is_asked_in_dutch(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "verslag.docx"
    existing.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QFileDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(existing)])
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox)
        asked.append(question.text())
        buttons = [button.text() for button in question.buttons()]
        asked.extend(buttons)
        question.buttons()[buttons.index("Vervangen")].click()

    QTimer.singleShot(0, answer)
    chosen = file_choice.choose_save_path(None, "Verslag opslaan", existing, FILTERS)  # type: ignore[arg-type]
    assert chosen == existing
    assert asked[0] == "verslag.docx bestaat al. Wilt u het vervangen?"
    assert sorted(asked[1:]) == ["Annuleren", "Vervangen"]

"""Qt's own message boxes inside the file dialog speak the app's Dutch, with or without Qt's."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListView,
    QMessageBox,
)

from ontwikkeltafel.ui.exports.file_choice import file_dialog
from ontwikkeltafel.ui.window import translation
from ontwikkeltafel.ui.window.translation import install_translator, remove_translator

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen
FILTERS = "Word-documenten (*.docx)"


@pytest.fixture(params=["with Qt's Dutch", "without Qt's Dutch"])
def dutch(qapp: QApplication, request: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Dutch app's translators, on a machine with and without Qt's own Dutch."""
    if request.param == "without Qt's Dutch":
        monkeypatch.setattr(translation, "QT_TRANSLATIONS", "qtbase_missing", raising=False)
    translator = install_translator(qapp, "nl")
    yield
    remove_translator(qapp, translator)


def answer_the_box(seen: list[str], button: str) -> None:
    """Note the text and the buttons of the message box shown, then click ``button``."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):  # not there yet
        QTimer.singleShot(10, lambda: answer_the_box(seen, button))
        return
    texts = [choice.text().replace("&", "") for choice in box.buttons()]
    seen.extend([box.text(), *texts])
    box.buttons()[texts.index(button)].click()


def shown_dialog(qtbot: Any, start: Path) -> QFileDialog:
    dialog = file_dialog(None, "Sjabloon kiezen", start, FILTERS, saving=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ask_to_delete(qtbot: Any, tmp_path: Path, name: str, answer: str) -> list[str]:
    """Choose Verwijderen on file ``name`` in the dialog; what the box said, ``answer`` given."""
    dialog = shown_dialog(qtbot, tmp_path)
    view = dialog.findChild(QListView, "listView")
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)  # read in the background
    chosen = view.model().index(0, 0, view.rootIndex())
    assert chosen.data() == name
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)
    delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
    shortcuts = [key for key in view.findChildren(QShortcut) if key.key() == delete_key]
    assert len(shortcuts) == 1  # Qt's Delete key of the list
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_the_box(seen, answer))
    shortcuts[0].activated.emit()
    return seen


@pytest.mark.usefixtures("dutch")
def test_deleting_a_file_is_asked_in_dutch(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "oud.docx").write_bytes(b"")
    seen = ask_to_delete(qtbot, tmp_path, "oud.docx", "Nee")
    assert seen[0] == "Weet u zeker dat u 'oud.docx' wilt verwijderen?"
    assert sorted(seen[1:]) == ["Ja", "Nee"]
    assert (tmp_path / "oud.docx").exists()


@pytest.mark.usefixtures("dutch")
def test_qt_texts_of_the_file_dialog_are_the_apps_own() -> None:
    texts = {
        ("QFileDialog", "Could not delete directory."): "De map kon niet worden verwijderd.",
        ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"): (
            "'%1' is beveiligd tegen wijzigen.\nWilt u het toch verwijderen?"
        ),
        ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."): (
            "%1\nDit bestand bestaat niet.\nControleer de bestandsnaam."
        ),
        ("QFileDialog", "New Folder"): "Nieuwe map",
        ("QFileSystemModel", "Invalid filename"): "Ongeldige bestandsnaam",
        ("QPlatformTheme", "&Yes"): "&Ja",
    }
    for (context, source), dutch in texts.items():
        assert QCoreApplication.translate(context, source) == dutch

"""Choosing files and opening them, behind plain functions that tests replace (monkeypatch).

The folder and Word template of the last report are remembered across restarts in the
user's settings file (``window.ini``, shared with the window state).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from ontwikkeltafel import paths

SETTINGS_FILE = "window.ini"
URL_ROLE = Qt.ItemDataRole.UserRole + 1  # where Qt's list of places keeps an entry's URL


def settings() -> QSettings:
    """The user's settings file (window state, last report folder) in the config folder."""
    return QSettings(str(paths.config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def standard_folder() -> Path:
    """Where files go when the user has never chosen a folder: Documents, else home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _remembered_file(key: str) -> Path | None:
    value = settings().value(key)
    return Path(value) if isinstance(value, str) and value.strip() else None


def default_folder() -> Path:
    """The folder of the last report (if it still exists), else :func:`standard_folder`."""
    folder = _remembered_file("reports/folder")
    return folder if folder is not None and folder.is_dir() else standard_folder()


def remembered_template() -> Path | None:
    """The Word template of the last report, if any and it still exists."""
    template = _remembered_file("reports/template")
    return template if template is not None and template.is_file() else None


def remember_report_choice(folder: Path, template: Path | None) -> None:
    """Remember a report's folder and template (None: the standard layout) for next time."""
    state = settings()
    state.setValue("reports/folder", str(folder))
    state.setValue("reports/template", str(template) if template else "")
    state.sync()


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileChoice", text)


def _tool_tips() -> dict[str, str]:
    """Tool tips for Qt's own tool buttons of the dialog, by their object names."""
    return {
        "backButton": _tr("Terug"),
        "forwardButton": _tr("Vooruit"),
        "toParentButton": _tr("Bovenliggende map"),
        "newFolderButton": _tr("Nieuwe map maken"),
        "listModeButton": _tr("Lijst"),
        "detailModeButton": _tr("Details"),
    }


def _menu_texts() -> dict[str, str]:
    """Texts for the actions of Qt's context menus, by object name or (unnamed) English text."""
    return {
        "qt_rename_action": _tr("&Naam wijzigen"),
        "qt_delete_action": _tr("&Verwijderen"),
        "qt_show_hidden_action": _tr("&Verborgen bestanden tonen"),
        "qt_new_folder_action": _tr("&Nieuwe map"),
        "Show Size": _tr("Grootte tonen"),
        "Show Type": _tr("Soort tonen"),
        "Show Date Modified": _tr("Datum gewijzigd tonen"),
    }


def _headers() -> tuple[str, ...]:
    """The heads of the file list's columns."""
    return (_tr("Naam"), _tr("Grootte"), _tr("Soort"), _tr("Gewijzigd"))


class _DutchColumns(QIdentityProxyModel):
    """Qt's file model with Dutch column heads and kinds ("Map", "docx-bestand")."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """The Dutch head of a column."""
        display = role == Qt.ItemDataRole.DisplayRole
        if orientation == Qt.Orientation.Horizontal and display and section < len(_headers()):
            return _headers()[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Any, role: int = 0) -> Any:
        """The kind of a file in Dutch; everything else as Qt's file model has it."""
        value = super().data(index, role)
        if index.column() == 2 and role == Qt.ItemDataRole.DisplayRole and value:
            source = self.mapToSource(index)
            model = self.sourceModel()
            if isinstance(model, QFileSystemModel) and model.isDir(source):
                return _tr("Map")
            suffix = model.fileInfo(source).suffix() if isinstance(model, QFileSystemModel) else ""
            return _tr("%1-bestand").replace("%1", suffix) if suffix else _tr("Bestand")
        return value


class _LookInNames(QObject):
    """Renames Qt's own entries of the "Zoeken in" list as it fills: "Computer", "Recent Places"."""

    def __init__(self, combo: QComboBox) -> None:
        """Watch the list of ``combo``."""
        super().__init__(combo)
        self.model = combo.model()
        self.model.rowsInserted.connect(self.rename)
        self.model.dataChanged.connect(self.rename)

    def rename(self, *_changed: object) -> None:
        """Give Qt's entries the app's own names (the folders keep theirs)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            url = index.data(URL_ROLE)
            if isinstance(url, QUrl) and url.toString() == "file:":
                own = _tr("Deze computer")
            elif url is None and index.data() == "Recent Places":
                own = _tr("Recente mappen")
            else:
                continue
            if index.data() != own:
                self.model.setData(index, own)


def file_dialog(
    parent: QWidget | None, title: str, start: Path, filters: str, *, saving: bool
) -> QFileDialog:
    """The app's own file dialog (not the system's), its labels and buttons in the app's language.

    ``start`` is a folder, or for saving the file proposed. The side bar offers home,
    Documents and the folder started in (not Qt's "Computer").
    """
    dialog = QFileDialog(parent, title, str(start), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # asked in Dutch after
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: _tr("Zoeken in:"),
        QFileDialog.DialogLabel.FileName: _tr("Bestandsnaam:"),
        QFileDialog.DialogLabel.FileType: _tr("Bestandstype:"),
        QFileDialog.DialogLabel.Accept: _tr("Opslaan") if saving else _tr("Openen"),
        QFileDialog.DialogLabel.Reject: _tr("Annuleren"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    folder = start.parent if saving else start
    places: list[QUrl] = []
    for place in (Path.home(), standard_folder(), folder):
        url = QUrl.fromLocalFile(str(place))
        if place.is_dir() and url not in places:
            places.append(url)
    dialog.setSidebarUrls(places)
    dialog.setProxyModel(_DutchColumns(dialog))
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        _LookInNames(look_in)
    for name, tip in _tool_tips().items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
    menu_texts = _menu_texts()
    for action in dialog.findChildren(QAction):
        own = menu_texts.get(action.objectName()) or menu_texts.get(action.text())
        if own:
            action.setText(own)
    return dialog


def _replace_allowed(parent: QWidget | None, path: Path) -> bool:
    """Ask, in the app's language, whether an existing file may be replaced."""
    question = QMessageBox(parent)
    question.setIcon(QMessageBox.Icon.Warning)
    question.setWindowTitle(_tr("Bestand vervangen?"))
    question.setText(_tr("%1 bestaat al. Wilt u het vervangen?").replace("%1", path.name))
    replace = question.addButton(_tr("Vervangen"), QMessageBox.ButtonRole.AcceptRole)
    keep = question.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    question.setDefaultButton(keep)
    question.exec()
    return question.clickedButton() is replace


def _chosen(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save, starting at ``suggested``; asks before replacing a file."""
    while True:
        chosen = _chosen(file_dialog(parent, title, suggested, filters, saving=True))
        if chosen is None or not chosen.exists() or _replace_allowed(parent, chosen):
            return chosen
        suggested = chosen


def choose_open_path(parent: QWidget, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for an existing file to read, starting in ``folder``."""
    return _chosen(file_dialog(parent, title, folder, filters, saving=False))


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the program the system chooses for it."""
    return QDesktopServices.openUrl(url)


def with_extension(path: Path, extension: str) -> Path:
    """``path``, given ``extension`` (".docx") if it does not end in it already."""
    return path if path.suffix.lower() == extension else path.with_name(path.name + extension)

"""Choosing files and opening them, behind plain functions that tests replace (monkeypatch).

The folder and Word template of the last report are remembered across restarts in the
user's settings file (``window.ini``, shared with the window state).
"""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ontwikkeltafel import paths

SETTINGS_FILE = "window.ini"


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


def choose_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save, starting at ``suggested``; the dialog asks before replacing a file."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def choose_open_path(parent: QWidget, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for an existing file to read, starting in ``folder``."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the program the system chooses for it."""
    return QDesktopServices.openUrl(url)


def with_extension(path: Path, extension: str) -> Path:
    """``path``, given ``extension`` (".docx") if it does not end in it already."""
    return path if path.suffix.lower() == extension else path.with_name(path.name + extension)

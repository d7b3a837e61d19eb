"""Choosing files and opening them, behind plain functions that tests replace (monkeypatch)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def default_folder() -> Path:
    """Where files go when the user has not chosen a folder yet: Documents, else home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


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

"""The window's geometry and last open page, remembered in the user config folder.

Kept by Qt's QSettings as an INI file (``window.ini``) in the platformdirs config
folder; a damaged file gives no geometry and no page, and is written afresh on closing.
"""

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from ontwikkeltafel import paths

log = logging.getLogger(__name__)
STATE_FILE = "window.ini"


def settings() -> QSettings:
    """The window's settings file in the user config folder."""
    return QSettings(str(paths.config_dir() / STATE_FILE), QSettings.Format.IniFormat)


def save_state(window: QWidget, page: str | None) -> None:
    """Remember ``window``'s geometry and ``page`` (quietly logged if it cannot be written)."""
    state = settings()
    state.setValue("geometry", window.saveGeometry())
    state.setValue("page", page or "")
    state.sync()
    if state.status() != QSettings.Status.NoError:
        log.warning("could not remember the window state in %s", state.fileName())


def restore_state(window: QWidget) -> str | None:
    """Give ``window`` its remembered geometry (before it is shown); the remembered page."""
    state = settings()
    geometry = state.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    page = state.value("page")
    return page if isinstance(page, str) and page else None

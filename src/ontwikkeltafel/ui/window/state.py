"""The window's geometry, last open page and record, remembered in the user config folder.

Kept by Qt's QSettings as an INI file (``window.ini``) in the platformdirs config
folder; a damaged file gives no geometry, no page and no record, and is written afresh
on closing.
"""

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.ui.exports.file_choice import SETTINGS_FILE, settings

log = logging.getLogger(__name__)
STATE_FILE = SETTINGS_FILE
__all__ = ["STATE_FILE", "remembered_record", "restore_state", "save_state", "settings"]


def save_state(window: QWidget, page: str | None, record: tuple[str, str] | None = None) -> None:
    """Remember ``window``'s geometry, ``page`` and the ``record`` open (kind and id).

    Quietly logged if it cannot be written.
    """
    state = settings()
    state.setValue("geometry", window.saveGeometry())
    state.setValue("page", page or "")
    state.setValue("record_kind", record[0] if record else "")
    state.setValue("record_id", record[1] if record else "")
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


def remembered_record() -> tuple[str, str] | None:
    """The kind and id of the record open when the window last closed, if any."""
    state = settings()
    kind, record_id = state.value("record_kind"), state.value("record_id")
    if isinstance(kind, str) and kind and isinstance(record_id, str) and record_id:
        return kind, record_id
    return None

"""The window's geometry and last open page, remembered in the user config folder."""

import base64
import binascii
import contextlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ontwikkeltafel import paths
from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow

log = logging.getLogger(__name__)
STATE_FILE = "window.json"


def state_path() -> Path:
    """The JSON file holding the window state: ``{"geometry": base64, "page": key}``."""
    return paths.config_dir() / STATE_FILE


def load_state() -> dict[str, Any]:
    """The remembered state; empty when the file is missing, unreadable or damaged."""
    try:
        state = json.loads(state_path().read_bytes())
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def save_state(window: "MainWindow") -> None:
    """Remember the window's geometry and shown page (quietly logged if it cannot be written)."""
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    shown = window.stack.currentWidget()
    page = next((key for key, widget in window.pages.items() if widget is shown), None)
    state = {"geometry": geometry, "page": page}
    data = json.dumps(state, indent=1).encode("utf-8")
    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda stream: stream.write(data), "export.cannot_write")
    except (OSError, UserError) as exc:
        log.warning("could not remember the window state in %s: %r", path, exc)


def restore_state(window: "MainWindow") -> None:
    """Give the window its remembered geometry (before it is shown) and page."""
    state = load_state()
    geometry = state.get("geometry")
    if isinstance(geometry, str):
        with contextlib.suppress(binascii.Error, ValueError):  # not base64: ignored
            window.restoreGeometry(base64.b64decode(geometry, validate=True))
    page = state.get("page")
    if isinstance(page, str) and page in window.keys and page != window.keys[0]:
        window.show_page(page)


def install(window: "MainWindow") -> None:
    """Restore the remembered state now; remember it again when the window closes."""
    restore_state(window)
    window.about_to_close.connect(lambda: save_state(window))

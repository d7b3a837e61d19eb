"""The window remembers its geometry and last page in the user config folder (QSettings)."""

import logging
from typing import Any

import pytest

from ontwikkeltafel import paths
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.state import STATE_FILE, settings
from tests.ui.conftest import make_window


def shown_key(window: MainWindow) -> str:
    shown = window.stack.currentWidget()
    return next(key for key, page in window.pages.items() if page is shown)


def remembered_page() -> object:
    return settings().value("page")


def test_a_new_window_opens_where_the_last_one_closed(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert shown_key(window) == "tables"
    window.show_page("actions")
    window.resize(760, 540)
    size = window.size()
    with qtbot.waitSignal(window.about_to_close):
        window.close()
    assert settings().fileName() == str(paths.config_dir() / STATE_FILE)
    assert remembered_page() == "actions"
    again = make_window(qtbot, filled)
    assert shown_key(again) == "actions"
    assert again.navigation.currentRow() == again.keys.index("actions")
    assert again.size() == size


@pytest.mark.parametrize(
    "content",
    [
        b"{not an ini file",
        b"\xff\xfe garbage\x00\x01",
        b"[General]\ngeometry=!!!\npage=nowhere\n",
        b"[General]\ngeometry=12\npage=@Invalid()\n",
        b"[General]\ngeometry=@ByteArray(\xc3\xab)\npage=\n",
    ],
)
def test_a_damaged_file_is_ignored(qtbot: Any, filled: Database, content: bytes) -> None:
    reference = make_window(qtbot, filled)  # no file yet: the window's own geometry
    size = reference.size()
    reference.close()
    (paths.config_dir() / STATE_FILE).write_bytes(content)
    window = make_window(qtbot, filled)
    assert shown_key(window) == "tables"
    assert window.size() == size
    window.close()
    assert remembered_page() == "tables"  # and it is written afresh


def test_an_unwritable_config_folder_is_only_logged(
    qtbot: Any, filled: Database, caplog: pytest.LogCaptureFixture
) -> None:
    paths.config_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir().write_text("a file where the folder should be")
    window = make_window(qtbot, filled)
    with caplog.at_level(logging.WARNING, logger="ontwikkeltafel.ui.window.state"):
        window.close()
    assert "could not remember the window state" in caplog.text

"""The window's first size fits the screen: 1400 x 800, or less on a small laptop."""

from typing import Any

from PySide6.QtCore import QSize

from ontwikkeltafel.ui.window.shell import WindowShell, first_size


def test_a_large_screen_gets_the_usual_size() -> None:
    assert first_size(QSize(1920, 1040)) == QSize(1400, 800)


def test_a_1366_by_768_laptop_gets_a_window_that_fits_with_its_frame() -> None:
    """The free area of 1366 x 768 less a task bar; the title bar and borders fit too."""
    size = first_size(QSize(1366, 728))
    assert size.width() + 16 <= 1366 and size.height() + 40 <= 728
    assert size.width() >= 1280 and size.height() >= 680


def test_a_window_with_nothing_remembered_is_no_larger_than_its_screen(qtbot: Any) -> None:
    """The tests' screen is the 1366 x 768 laptop (tests/conftest.py): not 1400 wide there."""
    shell = WindowShell()
    qtbot.addWidget(shell)
    free = shell.screen().availableGeometry()
    assert shell.width() <= free.width() and shell.height() <= free.height()

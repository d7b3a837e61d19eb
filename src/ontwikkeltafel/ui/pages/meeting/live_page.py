"""What the live view needs of the meeting page and of the screens, and which screen it takes.

Protocols, so that the page can import the view; a test hands in fake screens.
"""

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QRect, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.undo import Editor


class Presence(Protocol):
    """The meeting page's attendance part, which stores a status undoably."""

    def set_status(self, person_id: str, status: AttendanceStatus | None) -> None:
        """Record a status for someone."""


class LedPage(Protocol):
    """What the view uses of the meeting page (a protocol: the page imports the view)."""

    @property
    def sessions(self) -> SessionFactory:
        """Sessions on the window's database."""

    @property
    def editor(self) -> Editor:
        """The window's undoable edits."""

    @property
    def context(self) -> WindowContext:
        """The window as its pages see it."""

    @property
    def record_id(self) -> str | None:
        """The meeting shown."""

    @property
    def attendance(self) -> Presence:
        """The attendance part."""

    @property
    def destroyed(self) -> SignalInstance:
        """Emitted as the page goes."""

    def flush(self) -> bool:
        """Store the page's pending input."""

    def select_item(self, item_id: str) -> None:
        """Choose an agenda item on the page."""

    def window(self) -> QWidget:
        """The main window."""


class ScreenLike(Protocol):
    """What the view needs of a screen (a QScreen, or a fake one in a test)."""

    def geometry(self) -> QRect:
        """The screen's place and size."""


def app_screens() -> Sequence[ScreenLike]:
    """The screens Qt knows of."""
    return QApplication.screens()


def projector(screens: Sequence[ScreenLike], own: object) -> ScreenLike | None:
    """The screen for the view: with two or more, one that is not the window's ``own``.

    When the window's screen is not among them, the second; with one screen, that one.
    """
    if len(screens) > 1:
        if any(screen is own for screen in screens):
            return next(screen for screen in screens if screen is not own)
        return screens[1]
    return screens[0] if screens else None

"""The parts of the main window kept in modules of their own, installed when it is made.

Each ``install(window)`` adds its actions and menus; anything heavy it needs is imported
when first used, so that start-up stays fast.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow


def extensions() -> list[Callable[["MainWindow"], None]]:
    """The installers, in the order their menu entries appear."""
    from ontwikkeltafel.ui import conventions, export_menu, record_pages, search_box

    return [conventions.install, export_menu.install, record_pages.install, search_box.install]

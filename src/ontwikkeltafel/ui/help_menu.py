"""The Help menu's own entries: the shortcut overview (F1) and the About dialog."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow


class HelpActions(QObject):
    """Sneltoetsen and Over Ontwikkeltafel; their dialogs are imported when first asked for."""

    def __init__(self, window: "MainWindow") -> None:
        """Add both actions to the window's Help menu."""
        super().__init__(window)
        self.window = window
        self.shortcuts_action = QAction(self.tr("&Sneltoetsen"), window)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.shortcuts_action.shortcut().isEmpty():
            self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setStatusTip(self.tr("Alle sneltoetsen op een rij"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&Over Ontwikkeltafel"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.setStatusTip(self.tr("Versie, database en mappen van Ontwikkeltafel"))
        self.about_action.triggered.connect(self.show_about)
        window.help_menu.addAction(self.shortcuts_action)
        window.help_menu.addSeparator()
        window.help_menu.addAction(self.about_action)
        window.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> None:
        """Show the shortcut overview."""
        from ontwikkeltafel.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog.show_for(self.window)

    def show_about(self) -> None:
        """Show the About dialog."""
        from ontwikkeltafel.ui.help_dialogs import AboutDialog

        AboutDialog.show_for(self.window)


def install(window: "MainWindow") -> None:
    """Give ``window`` its Help entries."""
    HelpActions(window)

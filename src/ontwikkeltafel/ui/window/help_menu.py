"""The Help menu's own entries: the shortcut overview (F1) and the About dialog."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget


class HelpActions(QObject):
    """Sneltoetsen and Over Ontwikkeltafel; their dialogs are imported when first asked for."""

    def __init__(
        self,
        window: QMainWindow,
        database_name: str,
        current_page: Callable[[], QWidget | None],
    ) -> None:
        """The actions of ``window`` (which puts them in its Help menu)."""
        super().__init__(window)
        self.window = window
        self.database_name = database_name
        self.current_page = current_page
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
        window.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> None:
        """Show the shortcut overview."""
        from ontwikkeltafel.ui.window.help_dialogs import ShortcutsDialog

        ShortcutsDialog.show_for(self.window, self.current_page())

    def show_about(self) -> None:
        """Show the About dialog."""
        from ontwikkeltafel.ui.window.help_dialogs import AboutDialog

        AboutDialog.show_for(self.window, self.database_name)

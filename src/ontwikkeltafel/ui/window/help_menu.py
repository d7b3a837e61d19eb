"""The Help menu's own entries: the manual (F1 at the page shown), shortcuts and About."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget


class HelpActions(QObject):
    """Handleiding, its page's part (F1), Sneltoetsen, Over; their windows come when asked for."""

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
        self.manual_action = QAction(self.tr("&Handleiding"), window)
        self.manual_action.setStatusTip(
            self.tr("De handleiding van Ontwikkeltafel, vanaf het begin")
        )
        self.manual_action.triggered.connect(lambda: self.show_manual(here=False))
        self.page_help_action = QAction(self.tr("Uitleg bij deze &pagina"), window)
        # F1 everywhere (the manual says so), and the platform's own help key beside it (Cmd+?)
        standard = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        own = [QKeySequence("F1"), QKeySequence("Help")]  # F1; the rare Help key says nothing
        self.page_help_action.setShortcuts(own[:1] + [key for key in standard if key not in own])
        self.page_help_action.setStatusTip(
            self.tr("De handleiding bij de pagina die u ziet, met haar sneltoetsen")
        )
        self.page_help_action.triggered.connect(lambda: self.show_manual(here=True))
        self.shortcuts_action = QAction(self.tr("&Sneltoetsen"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Shift+F1"))
        self.shortcuts_action.setStatusTip(self.tr("Alle sneltoetsen op een rij"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&Over Ontwikkeltafel"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.setStatusTip(self.tr("Versie, database en mappen van Ontwikkeltafel"))
        self.about_action.triggered.connect(self.show_about)
        window.addAction(self.page_help_action)
        window.addAction(self.shortcuts_action)

    def show_manual(self, here: bool = True, page: QWidget | None = None) -> QWidget:
        """Show the manual at the part about the page shown (``here``) or at its top.

        The shortcuts of the page shown, and then the window's, are listed beside it.
        ``page`` is a page in a window of its own (Vergadering leiden), else the one shown.
        """
        from ontwikkeltafel.ui.window.help_dialogs import shortcut_groups
        from ontwikkeltafel.ui.window.manual_window import ManualWindow, section_of

        page = page or self.current_page()
        groups = shortcut_groups(self.window, page)
        own = QCoreApplication.translate("ShortcutsDialog", "Op deze pagina")
        groups.sort(key=lambda group: group[0] != own)  # the page's own first
        anchor = section_of(self.window, page) if here else ""
        over = page if page is not None and page.isWindow() and page.isFullScreen() else None
        return ManualWindow.show_for(self.window, anchor, groups, over)

    def show_shortcuts(self) -> None:
        """Show the shortcut overview."""
        from ontwikkeltafel.ui.window.help_dialogs import ShortcutsDialog

        ShortcutsDialog.show_for(self.window, self.current_page())

    def show_about(self) -> None:
        """Show the About dialog."""
        from ontwikkeltafel.ui.window.help_dialogs import AboutDialog

        AboutDialog.show_for(self.window, self.database_name)

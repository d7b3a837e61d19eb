"""The shortcut overview, read from the window's own actions, and the About dialog.

The overview lists every visible action with a shortcut in the menus (per menu), on the
window and on the page shown, and each ``QShortcut`` in the window that has a
``whatsThis()`` text to show for it, so it never goes stale.
"""

import platform
import sys
from typing import Any, TypeVar

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel import paths, version

Dialog = TypeVar("Dialog", bound=QDialog)
Rows = list[tuple[str, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def plain(text: str) -> str:
    """A menu text without its mnemonic marks: "&Nieuw" -> "Nieuw", "&&" -> "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    """All shortcuts of ``action`` as the platform writes them."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


def _menu_rows(menu: QMenu, seen: set[QAction], prefix: str = "") -> Rows:
    rows: Rows = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, seen, f"{prefix}{plain(submenu.title())} › ")
        elif keys_text(action) and action not in seen:
            seen.add(action)
            rows.append((prefix + plain(action.text()), keys_text(action)))
    return rows


def shortcut_groups(window: QMainWindow, page: QWidget | None) -> list[tuple[str, Rows]]:
    """The shortcuts of ``window`` per menu, the others ("Overige"), then the ``page``'s own.

    The page's own are its actions (and its children's) and, when it has the optional
    ``shortcuts()`` method of :class:`~ontwikkeltafel.ui.core.context.Page`, the rows it offers.
    """
    seen: set[QAction] = set()
    groups: list[tuple[str, Rows]] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and entry.isVisible():
            rows = _menu_rows(menu, seen)
            if rows:
                groups.append((plain(menu.title()), rows))
    others = _action_rows([window], seen)
    native = QKeySequence.SequenceFormat.NativeText
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and shortcut.whatsThis() and not shortcut.key().isEmpty():
            others.append((shortcut.whatsThis(), shortcut.key().toString(native)))
    if others:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Overige"), others))
    if page is not None:
        here = _action_rows([page, *page.findChildren(QWidget)], seen)
        offered = getattr(page, "shortcuts", None)  # the optional Page.shortcuts()
        if callable(offered):
            here += [(str(text), str(keys)) for text, keys in offered()]
        if here:
            groups.append((QCoreApplication.translate("ShortcutsDialog", "Op deze pagina"), here))
    return groups


def fill_key_tree(tree: QTreeWidget, groups: list[tuple[str, Rows]]) -> None:
    """Show ``groups`` in ``tree``: each title in bold over its rows of what and keys."""
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)
    for title, rows in groups:
        group = QTreeWidgetItem(tree, [title])
        group.setFont(0, bold)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for text, keys in rows:
            QTreeWidgetItem(group, [text, keys])
    tree.expandAll()


def _action_rows(widgets: list[QWidget], seen: set[QAction]) -> Rows:
    rows: Rows = []
    for widget in widgets:
        for action in widget.actions():
            if action not in seen and action.isVisible() and keys_text(action):
                seen.add(action)
                rows.append((plain(action.text()), keys_text(action)))
    return rows


def _show_once(cls: type[Dialog], window: QWidget, *args: Any) -> Dialog:
    existing = window.findChild(cls)
    if existing is not None and existing.isVisible():
        existing.activateWindow()
        return existing
    dialog = cls(window, *args)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, grouped by menu."""

    def __init__(self, window: QMainWindow, page: QWidget | None) -> None:
        """List the shortcuts ``window`` has now, with those of the ``page`` it shows."""
        super().__init__(window)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Opdracht"), self.tr("Toets")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        groups = shortcut_groups(window, page)
        fill_key_tree(self.tree, groups)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 6px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        lines = sum(1 + len(rows) for _title, rows in groups)
        height = self.tree.fontMetrics().height() + 6
        self.resize(480, min(720, (lines + 1) * height + 90))

    def rows(self) -> list[tuple[str, str, str]]:
        """What the overview shows: (group, command, keys) per shortcut."""
        found = []
        groups = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        for group in filter(None, groups):
            children = [group.child(m) for m in range(group.childCount())]
            found += [(group.text(0), c.text(0), c.text(1)) for c in filter(None, children)]
        return found

    @classmethod
    def show_for(cls, window: QMainWindow, page: QWidget | None) -> "ShortcutsDialog":
        """Show the overview over ``window`` (the open one, if it is open)."""
        return _show_once(cls, window, page)


def about_facts(database_name: str) -> list[tuple[str, str]]:
    """The facts the About dialog lists: version, database, folders, Python and Qt."""
    return [
        (_tr("Versie"), version()),
        (_tr("Database"), database_name),
        (_tr("Instellingen"), str(paths.config_dir())),
        (_tr("Gegevens"), str(paths.data_dir())),
        (_tr("Logbestanden"), str(paths.log_dir())),
        (_tr("Python"), f"{platform.python_version()} ({sys.platform})"),
        (_tr("Qt"), f"{qVersion()} (PySide6 {PySide6.__version__})"),
    ]


class AboutDialog(QDialog):
    """Who the app is, which database it shows and where it keeps its files."""

    def __init__(self, window: QWidget, database_name: str) -> None:
        """Describe the app and the database ``database_name`` of ``window``."""
        super().__init__(window)
        self.setWindowTitle(self.tr("Over Ontwikkeltafel"))
        self.facts = about_facts(database_name)
        icon = QLabel()
        icon.setPixmap(window.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            "<h2 style='margin:0'>Ontwikkeltafel</h2><p>"
            + self.tr("Versie %1").replace("%1", version())
            + "</p><p>"
            + self.tr(
                "Agenda's, verslagen, besluiten en acties van ontwikkeltafels "
                "en andere overleggen in het sociaal domein."
            )
            + "</p>"
        )
        title.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 8, 0, 0)
        self.values: dict[str, QLabel] = {}
        for label, value in self.facts[1:]:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label + ":", shown)
            self.values[label] = shown
        text = QVBoxLayout()
        text.addWidget(title)
        text.addLayout(form)
        head = QHBoxLayout()  # the icon to the left of the name and the facts
        head.addWidget(icon)
        head.addSpacing(12)
        head.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Gegevens &kopiëren"))
        copy.setToolTip(self.tr("Deze gegevens naar het klembord, voor een vraag om hulp"))
        copy.clicked.connect(self.copy_facts)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def text(self) -> str:
        """The facts as plain lines, as copied to the clipboard."""
        return "Ontwikkeltafel\n" + "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy_facts(self) -> None:
        """Put the facts on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())

    @classmethod
    def show_for(cls, window: QWidget, database_name: str) -> "AboutDialog":
        """Show the About dialog over ``window`` (the open one, if it is open)."""
        return _show_once(cls, window, database_name)

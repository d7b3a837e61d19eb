"""The window as it first paints: navigation, menus and a quiet "laden…" where the lists come.

Made from Qt and light modules only (no SQLAlchemy, store or services): the app shows it
before the database is opened, and the main window fills it in (``MainWindow.attach``).
Its texts are in the main window's translation context.
"""

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.ui.window.help_menu import HelpActions
from ontwikkeltafel.ui.window.icon import app_icon
from ontwikkeltafel.ui.window.state import restore_state


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def navigation_labels() -> list[tuple[str, str]]:
    """The pages in the navigation: their keys and labels, in order (Ctrl+1 to Ctrl+9)."""
    return [
        ("tables", _tr("Tafels en bijeenkomsten")),
        ("meetings", _tr("Bijeenkomsten")),
        ("people", _tr("Personen")),
        ("organisations", _tr("Organisaties")),
        ("themes", _tr("Thema's")),
        ("concerns", _tr("Vragen en zorgen")),
        ("practices", _tr("Goede voorbeelden")),
        ("development_points", _tr("Ontwikkelpunten")),
        ("actions", _tr("Actiepunten")),
    ]


def shell_texts() -> dict[str, str]:
    """The window title, the menu titles, Afsluiten and the quiet word while loading."""
    return {
        "title": _tr("Ontwikkeltafel"),
        "file": _tr("&Bestand"),
        "quit": _tr("&Afsluiten"),
        "edit": _tr("Be&werken"),
        "view": _tr("Beel&d"),
        "help": _tr("&Help"),
        "loading": _tr("laden…"),
    }


# Room left around the window for its title bar and borders, which the size does not include.
FRAME = QSize(16, 40)


def first_size(free: QSize) -> QSize:
    """The window's size when none is remembered: 1400 x 800, less on a smaller screen.

    ``free`` is the screen's free area (without its task bar): on a 1366 x 768 laptop the
    window fits with its title bar, instead of reaching under the task bar.
    """
    return QSize(min(1400, free.width() - FRAME.width()), min(800, free.height() - FRAME.height()))


class WindowShell(QMainWindow):
    """The main window's frame: navigation, menus, status bar; its lists come with attach."""

    page_shown = Signal(str)
    about_to_close = Signal()  # pending input is saved by whoever listens, before closing

    def __init__(self) -> None:
        """The frame with the remembered geometry, its remembered page chosen, still empty."""
        super().__init__()
        texts = shell_texts()
        self.pages: dict[str, QWidget] = {}
        self.attached = False  # the lists are in, the "laden…" is gone (MainWindow.attach)
        self.keys: list[str] = [key for key, _label in navigation_labels()]
        self.setWindowTitle(texts["title"])
        self.setWindowIcon(app_icon())
        self._build_frame(texts["loading"])
        self._build_menus(texts)
        self.statusBar()  # made now: the lists do not move when it fills
        self.resize(first_size(self.screen().availableGeometry().size()))
        self.remembered_page = restore_state(self)
        if self.remembered_page in self.keys[1:]:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.keys.index(self.remembered_page))
            self.navigation.blockSignals(False)

    def _build_frame(self, loading: str) -> None:
        labels = navigation_labels()
        self.stack = QStackedWidget()
        self.loading = QLabel(loading)
        self.loading.setObjectName("loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setEnabled(False)  # quiet: the greyed text of a disabled label
        self.stack.addWidget(self.loading)
        self.navigation = QListWidget()
        self.navigation.addItems([label for _key, label in labels])
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for _key, label in labels)
        self.navigation.setFixedWidth(widest + 40)
        self.navigation.setSpacing(2)
        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        # Clicking the page already chosen goes back to it from a record page shown over it.
        self.navigation.itemClicked.connect(self._on_navigation_clicked)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(6, 6, 0, 0)
        column = QWidget(outer)
        column.setObjectName("navigationColumn")
        self.navigation_column = QVBoxLayout(column)
        self.navigation_column.setContentsMargins(0, 0, 0, 0)
        self.navigation_column.setSpacing(6)
        # Where the search field comes: an empty field of its size until then.
        self.search_placeholder: QLineEdit | None = QLineEdit()
        self.search_placeholder.setEnabled(False)
        find = QKeySequence(QKeySequence.StandardKey.Find)
        shortcut = find.toString(QKeySequence.SequenceFormat.NativeText)
        self.search_placeholder.setPlaceholderText(_tr("Zoeken (%1)").replace("%1", shortcut))
        self.search_placeholder.setFixedWidth(self.navigation.maximumWidth())
        self.navigation_column.addWidget(self.search_placeholder)
        self.navigation_column.addWidget(self.navigation, 1)
        outer_layout.addWidget(column)
        outer_layout.addWidget(self.stack, 1)
        self.setCentralWidget(outer)

    def _build_menus(self, texts: dict[str, str]) -> None:
        self.file_menu = self.menuBar().addMenu(texts["file"])
        self.quit_action = QAction(texts["quit"], self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(texts["edit"])  # filled by attach
        self.view_menu = self.menuBar().addMenu(texts["view"])
        self.help_menu: QMenu = self.menuBar().addMenu(texts["help"])
        # Ctrl+1 to Ctrl+9 go to the pages of the navigation (shown in its tool tips).
        for number, (key, label) in enumerate(navigation_labels(), start=1):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            self.addAction(action)
            item = self.navigation.item(number - 1)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{label} ({shortcut})")
            self.view_menu.addAction(action)
        self.help_actions = HelpActions(self, "", self.current_page)
        self.help_menu.addAction(self.help_actions.manual_action)
        self.help_menu.addAction(self.help_actions.page_help_action)
        self.help_menu.addAction(self.help_actions.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.help_actions.about_action)

    def show_page(self, key: str) -> QWidget | None:
        """Show the page ``key`` (see the navigation); while loading, only choose it."""
        row = self.keys.index(key)
        if self.navigation.currentRow() == row:
            self._on_navigate(row)  # from a record page back to its list
        else:
            self.navigation.setCurrentRow(row)
        return self.pages.get(key)

    def _on_navigation_clicked(self, item: QListWidgetItem) -> None:
        row = self.navigation.row(item)
        if self.stack.currentWidget() is not self.pages.get(self.keys[row]):
            self._on_navigate(row)

    def _on_navigate(self, row: int) -> None:
        """Show the page of ``row``; the frame has none yet (MainWindow makes them)."""

    def current_page(self) -> QWidget | None:
        """The page shown now."""
        return self.stack.currentWidget()

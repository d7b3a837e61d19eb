"""The main window: a navigation over every list; tables with their meetings come first."""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows, table_ids, table_rows
from ontwikkeltafel.ui.changes import ChangeNotifier
from ontwikkeltafel.ui.extensions import extensions
from ontwikkeltafel.ui.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.lazy_model import Column, LazyTableModel
from ontwikkeltafel.ui.messages import show_error
from ontwikkeltafel.ui.record_list import make_view
from ontwikkeltafel.ui.undo import Editor

__all__ = ["MainWindow", "make_view"]


class MainWindow(QMainWindow):
    """Navigation over tables, meetings and every other list, fed by query services."""

    table_chosen = Signal(object)
    page_shown = Signal(str)
    about_to_close = Signal()  # pending input is saved by whoever listens, before closing

    def __init__(self, sessions: SessionFactory, database_name: str) -> None:
        """Show the tables and meetings of the database behind ``sessions``."""
        super().__init__()
        self.sessions = sessions
        self.database_name = database_name
        self.current_table: str | None = None
        self.pages: dict[str, QWidget] = {}
        self.notifier = ChangeNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(sessions, self.undo_stack, self.notifier)
        # How a record of each kind is opened (search hits, links): kind -> opener(id).
        self.record_openers: dict[str, Callable[[str], None]] = {}
        self.setWindowTitle(self.tr("Ontwikkeltafel"))
        self.tables = LazyTableModel(
            [
                Column(self.tr("Tafel"), "title", lambda r: r.title),
                Column(self.tr("Status"), "status", lambda r: enum_label(r.status)),
                Column(self.tr("Gestart"), "started_on", lambda r: short_date(r.started_on)),
                Column(
                    self.tr("Bijeenkomsten"),
                    "meeting_count",
                    lambda r: str(r.meeting_count),
                    align_right=True,
                ),
            ],
            lambda sort, desc: table_ids(sessions, sort, desc),
            lambda ids: table_rows(sessions, ids),
            self,
        )
        self.meetings = LazyTableModel(
            [
                Column(self.tr("Datum"), "starts_at", lambda r: short_moment(r.starts_at)),
                Column(self.tr("Bijeenkomst"), "title", lambda r: r.title),
                Column(self.tr("Soort"), "kind", lambda r: enum_label(r.kind)),
                Column(self.tr("Status"), "status", lambda r: enum_label(r.status)),
                Column(self.tr("Tafel"), "table_title", lambda r: r.table_title),
            ],
            lambda sort, desc: meeting_ids(sessions, self.current_table, sort, desc),
            lambda ids: meeting_rows(sessions, ids),
            self,
        )
        self.table_view = make_view(
            self.tables,
            0,
            Qt.SortOrder.AscendingOrder,
            {1: self.tr("afgesloten"), 2: "00-00-0000", 3: "000"},
            stretch=0,
        )
        self.meeting_view = make_view(
            self.meetings,
            0,
            Qt.SortOrder.DescendingOrder,
            {
                0: "00-00-0000 00.00",
                2: self.tr("tafelbijeenkomst"),
                3: self.tr("vastgesteld verslag"),
                4: "Onderwijs en zorg vinden",
            },
            stretch=1,
        )
        self.meetings_title = QLabel()
        self.all_button = QPushButton(self.tr("Alle bijeenkomsten"))
        self.all_button.clicked.connect(self.show_all_meetings)
        self.table_view.selectionModel().selectionChanged.connect(self._on_table_selected)
        self._build_layout()
        self._build_menu()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database_name))
        self._update_title()
        self.resize(1400, 800)
        for key in self.keys[2:]:  # the list pages open their own records
            self.record_openers[key] = partial(self._open_on_list_page, key)
        for install in extensions():
            install(self)

    def _navigation(self) -> list[tuple[str, str]]:
        """The pages in the navigation: their keys and labels, in order (Ctrl+1 to Ctrl+9)."""
        return [
            ("tables", self.tr("Tafels en bijeenkomsten")),
            ("meetings", self.tr("Bijeenkomsten")),
            ("people", self.tr("Personen")),
            ("organisations", self.tr("Organisaties")),
            ("themes", self.tr("Thema's")),
            ("concerns", self.tr("Vragen en zorgen")),
            ("practices", self.tr("Goede voorbeelden")),
            ("development_points", self.tr("Ontwikkelpunten")),
            ("actions", self.tr("Actiepunten")),
        ]

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("<b>Tafels</b>"))
        left_layout.addWidget(heading)
        left_layout.addWidget(self.table_view)
        left_layout.addWidget(self.all_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.meetings_title)
        right_layout.addWidget(self.meeting_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 880])
        self.pages["tables"] = splitter
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.keys = [key for key, _label in self._navigation()]
        self.navigation = QListWidget()
        self.navigation.addItems([label for _key, label in self._navigation()])
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for _key, label in self._navigation())
        self.navigation.setFixedWidth(widest + 40)
        self.navigation.setSpacing(2)
        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(6, 6, 0, 0)
        outer_layout.addWidget(self.navigation)
        outer_layout.addWidget(self.stack, 1)
        self.setCentralWidget(outer)

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (see the navigation), making it on first use."""
        self.navigation.setCurrentRow(self.keys.index(key))
        return self.pages[key]

    def _on_navigate(self, row: int) -> None:
        if not 0 <= row < len(self.keys):
            return
        key = self.keys[row]
        page = self.pages.get(key)
        if page is None:
            # Made on first use: the lists' modules and queries stay out of start-up.
            from ontwikkeltafel.ui.list_pages import make_page

            page = make_page(key, self.sessions, self)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page_shown.emit(key)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.notifier.changed.connect(self._on_changed)
        self.notifier.failed.connect(lambda error: show_error(self, error))
        # Ctrl+1 to Ctrl+9 go to the pages of the navigation (shown in its tool tips).
        for number, (key, label) in enumerate(self._navigation(), start=1):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            self.addAction(action)
            item = self.navigation.item(number - 1)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{label} ({shortcut})")
            self.view_menu.addAction(action)

    def add_file_action(self, action: QAction) -> None:
        """Put ``action`` in the File menu, above Quit."""
        self.file_menu.insertAction(self.quit_action, action)

    def _open_on_list_page(self, key: str, record_id: str) -> None:
        page = self.show_page(key)
        opener = getattr(page, "open_record", None)
        if opener is not None:
            opener(record_id)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show the record ``record_id`` of ``kind`` (a key of the navigation or agenda_items)."""
        opener = self.record_openers.get(kind)
        if opener is None:
            return False
        opener(record_id)
        return True

    def _on_changed(self, change: Change) -> None:
        if change.touches("tables", "meetings", "members"):
            self.tables.reload()
        if change.touches("tables", "meetings"):
            self.meetings.reload()
            self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending input (listeners of about_to_close) before the window goes."""
        self.about_to_close.emit()
        super().closeEvent(event)

    def _on_table_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self.choose_table(self.tables.row_id(min(rows)))

    def choose_table(self, table_id: str | None) -> None:
        """Show the meetings of one table (or of all, with None)."""
        self.current_table = table_id
        self.meetings.reload()
        self._update_title()
        self.table_chosen.emit(table_id)

    def show_all_meetings(self) -> None:
        """Clear the table filter."""
        self.table_view.clearSelection()
        self.choose_table(None)

    def _update_title(self) -> None:
        count = self.meetings.rowCount()
        if self.current_table is None:
            text = self.tr("<b>Alle bijeenkomsten</b> (%n)", "", count)
        else:
            row = self.tables.row_of(self.current_table)
            name = self.tables.data(self.tables.index(row, 0)) if row >= 0 else ""
            text = self.tr("<b>Bijeenkomsten van %1</b> (%n)", "", count).replace("%1", name)
        self.meetings_title.setText(text)

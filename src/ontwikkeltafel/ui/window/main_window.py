"""The main window: a navigation over every list; tables with their meetings come first."""

import importlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.core.context import as_page
from ontwikkeltafel.ui.core.messages import show_error
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.exports.file_menu import ExportMenu
from ontwikkeltafel.ui.exports.jobs import Exports
from ontwikkeltafel.ui.pages.first.page import TablesPage
from ontwikkeltafel.ui.search.global_search import GlobalSearch
from ontwikkeltafel.ui.window.edit_actions import HistoryAction, StandardActions
from ontwikkeltafel.ui.window.help_menu import HelpActions
from ontwikkeltafel.ui.window.icon import app_icon
from ontwikkeltafel.ui.window.record_pages import RecordPages
from ontwikkeltafel.ui.window.state import remembered_record, restore_state, save_state
from ontwikkeltafel.ui.window.status_bar import install_status_bar

WARM_UP_MS = 400  # after the first paint, before a user's first click
WARM_UP_MODULES = (
    "ontwikkeltafel.ui.lists.kinds",
    "ontwikkeltafel.ui.lists.editing_page",
    "ontwikkeltafel.ui.forms.kinds",
    "ontwikkeltafel.ui.pages.table.page",
    "ontwikkeltafel.ui.pages.meeting.page",
)


class MainWindow(QMainWindow):
    """Navigation over tables, meetings and every other list, fed by query services."""

    page_shown = Signal(str)
    about_to_close = Signal()  # pending input is saved by whoever listens, before closing
    warmed_up = Signal()  # the pages' modules are imported (see _warm_up)

    def __init__(self, sessions: SessionFactory, database_name: str) -> None:
        """Show the tables and meetings of the database behind ``sessions``."""
        super().__init__()
        self.sessions = sessions
        self.database_name = database_name
        self.pages: dict[str, QWidget] = {}
        self.notifier = ChangeNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(sessions, self.undo_stack, self.notifier)
        # How a record of each kind is opened (search hits, links): kind -> opener(id).
        self.record_openers: dict[str, Callable[[str], None]] = {}
        self.setWindowTitle(self.tr("Ontwikkeltafel"))
        self.tables_page = TablesPage(self)  # the first page: tables and their meetings
        self._build_layout()
        self._build_menu()
        self.resize(1400, 800)
        for key in self.keys[2:]:  # the list pages open their own records
            self.record_openers[key] = partial(self._open_on_list_page, key)
        # The window's parts, in the order their menu entries appear.
        self.setWindowIcon(app_icon())
        install_status_bar(self.statusBar(), database_name, self.notifier)
        self.help_actions = HelpActions(self, database_name, self.current_page)
        self.help_menu.addAction(self.help_actions.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.help_actions.about_action)
        self.about_to_close.connect(
            lambda: save_state(self, self._shown_key(), self._open_record_now())
        )
        self.exports = Exports(self, self)
        self.about_to_close.connect(self.exports.tasks.stop)
        self.export_menu = ExportMenu(self, self.exports, self)  # the page shown, else the first
        for action in self.export_menu.file_actions():
            self.add_file_action(action)
        self.file_menu.setToolTipsVisible(True)
        self.file_menu.aboutToShow.connect(self.export_menu.update)
        self.tables_page.choice_changed.connect(self.export_menu.update)
        self.record_pages = RecordPages(self, self)
        self.record_openers["tables"] = self.record_pages.open_table
        self.record_openers["meetings"] = self.record_pages.open_meeting
        self.record_openers["agenda_items"] = self.record_pages.open_agenda_item
        self.search = GlobalSearch(self, self)
        self._place_search()
        self._add_search_to_edit_menu()
        # Last: showing the remembered page updates the actions.
        remembered = restore_state(self)
        if remembered in self.keys[1:]:
            self.show_page(remembered)
        # The record open when the window last closed: reopened right after the first paint.
        self.remembered_record = remembered_record()
        if self.remembered_record is not None:
            QTimer.singleShot(0, self, self._reopen_record)
        QTimer.singleShot(WARM_UP_MS, self._warm_up)

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
        self.pages["tables"] = self.tables_page
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tables_page)
        self.keys: list[str] = [key for key, _label in self._navigation()]
        self.navigation = QListWidget()
        self.navigation.addItems([label for _key, label in self._navigation()])
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for _key, label in self._navigation())
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
        self.navigation_column.addWidget(self.navigation, 1)
        outer_layout.addWidget(column)
        outer_layout.addWidget(self.stack, 1)
        self.setCentralWidget(outer)

    def _shown_key(self) -> str | None:
        """The navigation key of the page shown (None for a record page)."""
        shown = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is shown), None)

    def _open_record_now(self) -> tuple[str, str] | None:
        """The kind and id of the record shown: a table or meeting page, a list's form."""
        shown = self.stack.currentWidget()
        key = self._shown_key()
        if key is not None:
            form = getattr(shown, "form", None)  # a list page with a form beside it
            record_id = getattr(form, "record_id", None) if key in self.keys[2:] else None
            return (key, record_id) if isinstance(record_id, str) else None
        from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
        from ontwikkeltafel.ui.pages.table.page import TablePage

        kind = "meetings" if isinstance(shown, MeetingPage) else "tables"
        record_id = shown.record_id if isinstance(shown, MeetingPage | TablePage) else None
        return None if record_id is None else (kind, record_id)

    def _reopen_record(self) -> None:
        """Show the remembered record again if it still exists (else the page stays)."""
        remembered, self.remembered_record = self.remembered_record, None
        if remembered is None or remembered[0] not in ("tables", "meetings", *self.keys[2:]):
            return
        from ontwikkeltafel.services.editing import read_record

        if read_record(self.sessions, *remembered) is not None:
            self.open_record(*remembered)

    def _place_search(self) -> None:
        """The search field above the navigation, as wide as it.

        Placed after the layout is made, so that Tab still goes from the navigation into
        the page.
        """
        self.navigation_column.insertWidget(0, self.search.field)
        self.search.field.setFixedWidth(self.navigation.maximumWidth())

    def _add_search_to_edit_menu(self) -> None:
        """Zoeken in the Edit menu between undo and redo and the page's own actions."""
        following = self.standard_actions.new_action
        self.edit_menu.insertAction(following, self.search.action)
        self.edit_menu.insertSeparator(following)

    def _warm_up(self) -> None:
        """Import the pages' modules while the user reads the first page.

        They stay out of start-up, and the first click on a list does not wait for them.
        """
        for module in WARM_UP_MODULES:
            importlib.import_module(module)
        self.warmed_up.emit()

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (see the navigation), making it on first use."""
        row = self.keys.index(key)
        if self.navigation.currentRow() == row:
            self._on_navigate(row)  # from a record page back to its list
        else:
            self.navigation.setCurrentRow(row)
        return self.pages[key]

    def _on_navigation_clicked(self, item: QListWidgetItem) -> None:
        row = self.navigation.row(item)
        if self.stack.currentWidget() is not self.pages.get(self.keys[row]):
            self._on_navigate(row)

    def _on_navigate(self, row: int) -> None:
        if not 0 <= row < len(self.keys):
            return
        key = self.keys[row]
        page = self.pages.get(key)
        if page is None:
            # Made on first use: the lists' modules and queries stay out of start-up.
            from ontwikkeltafel.ui.lists.kinds import make_page

            page = make_page(key, self, self)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.about_to_close.connect(page.flush)
            self.edit_menu.aboutToShow.connect(page.flush)  # undo then names the typing
            if key == "meetings":  # the meetings list opens a meeting on Enter
                page.record_activated.connect(partial(self.open_record, "meetings"))
        self.stack.setCurrentWidget(page)
        self.page_shown.emit(key)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        # Own actions rather than createUndoAction: the menu reads "Ongedaan maken: <edit>".
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.undo_stack.cleanChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.standard_actions = StandardActions(self, self.stack)
        for action in self.standard_actions.actions().values():
            self.edit_menu.addAction(action)
        self.edit_menu.aboutToShow.connect(self.standard_actions.refresh)
        self.page_shown.connect(lambda _key: self.standard_actions.refresh())
        self.edit_menu.addSeparator()
        self.history = HistoryAction(self, self, self.stack)  # Geschiedenis…
        self.history_action = self.history.action
        self.edit_menu.addAction(self.history_action)
        self.edit_menu.aboutToShow.connect(self.history.refresh)
        self.edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Voorkeuren…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(standard or [QKeySequence("Ctrl+,")])
        self.preferences_action.triggered.connect(self.open_preferences)
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        self.help_menu: QMenu = self.menuBar().addMenu(self.tr("&Help"))
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

    def open_preferences(self) -> QDialog:
        """Open Voorkeuren over the window; OK stores them and signs the next change."""
        from ontwikkeltafel.ui.window.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.sessions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_status(self.tr("Voorkeuren opgeslagen."), 5000))
        dialog.open()
        return dialog

    def _update_undo_actions(self, *_args: object) -> None:
        for action, can, text, plain, named in (
            (
                self.undo_action,
                self.undo_stack.canUndo(),
                self.undo_stack.undoText(),
                self.tr("Ongedaan maken"),
                self.tr("Ongedaan maken: %1"),
            ),
            (
                self.redo_action,
                self.undo_stack.canRedo(),
                self.undo_stack.redoText(),
                self.tr("Opnieuw"),
                self.tr("Opnieuw: %1"),
            ),
        ):
            action.setEnabled(can)
            action.setText(named.replace("%1", text) if can and text else plain)

    def add_file_action(self, action: QAction) -> None:
        """Put ``action`` in the File menu, above Quit."""
        self.file_menu.insertAction(self.quit_action, action)

    def _open_on_list_page(self, key: str, record_id: str) -> None:
        page = as_page(self.show_page(key))
        if page is not None:
            page.open_record(record_id)

    # The window context (core/context.py): what pages, lists, search and exports use.

    def current_page(self) -> QWidget | None:
        """The page shown now."""
        return self.stack.currentWidget()

    def show_over(self, page: QWidget) -> None:
        """Show ``page`` over the one shown now; the first time, it is flushed on closing."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
            shown = as_page(page)
            if shown is not None:
                self.about_to_close.connect(shown.flush)
        self.stack.setCurrentWidget(page)

    def go_back(self, came_from: QWidget | None) -> None:
        """Show the page a record page came from (the first page if it is gone)."""
        if came_from is None or self.stack.indexOf(came_from) < 0:
            self.show_page(self.keys[0])
            return
        for key, page in self.pages.items():
            if page is came_from:
                self.show_page(key)
                return
        self.stack.setCurrentWidget(came_from)

    def refresh_actions(self) -> None:
        """Let Nieuw, Verwijderen and Sluiten follow what the shown page allows now."""
        self.standard_actions.refresh()

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """Say ``text`` in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show the record ``record_id`` of ``kind`` (a key of the navigation or agenda_items)."""
        opener = self.record_openers.get(kind)
        if opener is None:
            return False
        opener(record_id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending input (listeners of about_to_close) before the window goes.

        Input a form refused to store (an emptied title, say) keeps the window open on
        that form: closing would lose it, and the fields typed beside it.
        """
        self.about_to_close.emit()
        refused = [binder for binder in self.findChildren(FormBinder) if binder.pending()]
        if refused:
            event.ignore()
            self._show_page_of(refused[0])
            if any(binder.is_waiting for binder in refused):
                text = self.tr(
                    "Nog niet alles is opgeslagen: de database is even niet beschikbaar. "
                    "De invoer blijft staan; sluit opnieuw zodra het is opgeslagen."
                )
            else:
                text = self.tr(
                    "Niet alles is bewaard: verbeter de rode melding of maak de invoer "
                    "ongedaan met Ctrl+Z, en sluit dan opnieuw."
                )
            self.statusBar().showMessage(text)
            return
        super().closeEvent(event)

    def _show_page_of(self, binder: FormBinder) -> None:
        widget = binder.parent()
        while isinstance(widget, QWidget) and widget.parentWidget() is not self.stack:
            widget = widget.parentWidget()
        if isinstance(widget, QWidget):
            self.stack.setCurrentWidget(widget)

    @property
    def current_table(self) -> str | None:
        """The table of the table or meeting page shown, else the first page's (None: all)."""
        shown = self._shown_record()
        return self.tables_page.current_table if shown is None else shown[1]

    def _shown_record(self) -> tuple[str | None, str | None] | None:
        """The meeting and table of the record page shown; None on any other page.

        On a table's page the meeting is the one selected in its list of meetings, or None.
        """
        shown = self.stack.currentWidget()
        if shown is None or shown is self.tables_page or shown in self.pages.values():
            return None
        from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
        from ontwikkeltafel.ui.pages.table.page import TablePage

        if isinstance(shown, MeetingPage) and shown.record_id is not None:
            return shown.record_id, shown.table_id
        if isinstance(shown, TablePage) and shown.record_id is not None:
            meeting = shown.meetings.chosen()  # selected in the table's list of meetings
            return None if meeting is None else meeting.id, shown.record_id
        return None

    def chosen_meeting(self) -> tuple[str, str, str] | None:
        """The meeting shown, else the one selected on the first page: id, title and day."""
        shown = self._shown_record()
        if shown is None or shown[0] is None:
            return self.tables_page.chosen_meeting() if shown is None else None
        from ontwikkeltafel.services.editing import read_record
        from ontwikkeltafel.ui.core.labels import short_moment

        values = read_record(self.sessions, "meetings", shown[0])
        if values is None:
            return None
        return shown[0], values["title"], short_moment(values["starts_at"])

    def chosen_table(self) -> tuple[str, str] | None:
        """The table of the page shown, else the one chosen on the first page: id and title."""
        shown = self._shown_record()
        if shown is None:
            return self.tables_page.chosen_table()
        from ontwikkeltafel.services.editing import read_record

        values = read_record(self.sessions, "tables", shown[1]) if shown[1] else None
        return None if values is None or shown[1] is None else (shown[1], values["title"])

"""The main window: a navigation over every list; tables with their meetings come first.

Made in two steps: the frame (shell.py, no database modules) paints first; ``attach``
then opens the lists on the database. ``MainWindow(sessions, name)`` does both at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ontwikkeltafel.ui.core.messages import show_error
from ontwikkeltafel.ui.window.shell import WindowShell
from ontwikkeltafel.ui.window.state import remembered_record, save_state

if TYPE_CHECKING:
    from ontwikkeltafel.services import SessionFactory
    from ontwikkeltafel.ui.core.autosave import FormBinder
    from ontwikkeltafel.ui.core.live_updates import LiveUpdates
    from ontwikkeltafel.ui.core.notifier import ChangeNotifier
    from ontwikkeltafel.ui.core.undo import Editor
    from ontwikkeltafel.ui.exports.file_menu import ExportMenu
    from ontwikkeltafel.ui.exports.jobs import Exports
    from ontwikkeltafel.ui.pages.first.page import TablesPage
    from ontwikkeltafel.ui.search.global_search import GlobalSearch
    from ontwikkeltafel.ui.window.connection import ConnectionWatch
    from ontwikkeltafel.ui.window.edit_actions import HistoryAction, StandardActions
    from ontwikkeltafel.ui.window.record_pages import RecordPages

WARM_UP_MS = 400  # after the first paint, before a user's first click (warm_up.py)


class MainWindow(WindowShell):
    """Navigation over tables, meetings and every other list, fed by query services."""

    warmed_up = Signal()  # the pages' modules are imported (see _warm_up)
    attached_now = Signal()  # attach has put the lists in

    sessions: SessionFactory
    database_name: str
    notifier: ChangeNotifier
    undo_stack: QUndoStack
    editor: Editor
    tables_page: TablesPage
    standard_actions: StandardActions
    history: HistoryAction
    exports: Exports
    export_menu: ExportMenu
    record_pages: RecordPages
    search: GlobalSearch
    live_updates: LiveUpdates
    connection: ConnectionWatch

    def __init__(self, sessions: SessionFactory | None = None, database_name: str = "") -> None:
        """Show the tables and meetings of the database behind ``sessions``.

        Without ``sessions``, only the frame with its "laden…": ``attach`` fills it.
        """
        super().__init__()
        # How a record of each kind is opened (search hits, links): kind -> opener(id).
        self.record_openers: dict[str, Callable[[str], None]] = {}
        self.remembered_record: tuple[str, str] | None = None
        if sessions is not None:
            self.attach(sessions, database_name)

    def attach(self, sessions: SessionFactory, database_name: str) -> None:
        """Put the lists of the database behind ``sessions`` into the window (once)."""
        from ontwikkeltafel.ui.core.live_updates import LiveUpdates
        from ontwikkeltafel.ui.core.notifier import ChangeNotifier
        from ontwikkeltafel.ui.core.undo import Editor
        from ontwikkeltafel.ui.exports.file_menu import ExportMenu
        from ontwikkeltafel.ui.exports.jobs import Exports
        from ontwikkeltafel.ui.pages.first.page import TablesPage
        from ontwikkeltafel.ui.search.global_search import GlobalSearch
        from ontwikkeltafel.ui.window.connection import ConnectionWatch
        from ontwikkeltafel.ui.window.record_pages import RecordPages
        from ontwikkeltafel.ui.window.status_bar import install_status_bar

        self.sessions = sessions
        self.database_name = database_name
        self.notifier = ChangeNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(sessions, self.undo_stack, self.notifier)
        self.tables_page = TablesPage(self)  # the first page: tables and their meetings
        self.pages["tables"] = self.tables_page
        self.stack.addWidget(self.tables_page)
        self._fill_edit_menu()
        for key in self.keys[2:]:  # the list pages open their own records
            self.record_openers[key] = partial(self._open_on_list_page, key)
        # The window's parts, in the order their menu entries appear.
        install_status_bar(self.statusBar(), database_name, self.notifier)
        # A lost server: a banner across the window, the status bar says so (connection.py).
        self.connection = ConnectionWatch(self, sessions, self.notifier)
        # Colleagues' changes: heard live (PostgreSQL), or on activation (SQLite).
        self.live_updates = LiveUpdates(sessions, self.notifier, self, self._say_briefly)
        self.help_actions.database_name = database_name
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
        # Last: the page chosen (the remembered one) shows, which updates the actions.
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.attached = True
        self._on_navigate(self.navigation.currentRow())
        # The record open when the window last closed: reopened right after the first paint.
        self.remembered_record = remembered_record()
        if self.remembered_record is not None:
            QTimer.singleShot(0, self, self._reopen_record)
        QTimer.singleShot(WARM_UP_MS, self._warm_up)
        self.attached_now.emit()

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
        if self.search_placeholder is not None:  # the frame's empty field of its size
            self.navigation_column.removeWidget(self.search_placeholder)
            self.search_placeholder.deleteLater()
            self.search_placeholder = None
        self.navigation_column.insertWidget(0, self.search.field)
        self.search.field.setFixedWidth(self.navigation.maximumWidth())

    def _add_search_to_edit_menu(self) -> None:
        """Zoeken in the Edit menu between undo and redo and the page's own actions."""
        following = self.standard_actions.new_action
        self.edit_menu.insertAction(following, self.search.action)
        self.edit_menu.insertSeparator(following)

    def _warm_up(self) -> None:
        """Import the pages' modules and prepare the lists' reads while the user reads.

        They stay out of start-up, and the first click on a list waits for neither
        (warm_up.py); ``warmed_up`` once the reads, off the UI thread, are prepared.
        """
        from ontwikkeltafel.ui.core.background import OffThread
        from ontwikkeltafel.ui.window.warm_up import import_pages, prepare_reads

        readers, sessions = import_pages(), self.sessions
        warming = OffThread(self)
        warming.run(partial(prepare_reads, sessions, readers), lambda _ran: self.warmed_up.emit())

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (see the navigation), making it on first use."""
        page = super().show_page(key)
        assert page is not None, "show_page before attach"
        return page

    def _on_navigate(self, row: int) -> None:
        if not self.attached or not 0 <= row < len(self.keys):
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

    def _fill_edit_menu(self) -> None:
        """Bewerken: undo and redo, the page's own actions, Geschiedenis…, Voorkeuren…."""
        from ontwikkeltafel.ui.window.edit_actions import HistoryAction, StandardActions

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
        self.notifier.failed.connect(lambda error: show_error(self, error))

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
        from ontwikkeltafel.ui.core.context import as_page

        page = as_page(self.show_page(key))
        if page is not None:
            page.open_record(record_id)

    # The window context (core/context.py): what pages, lists, search and exports use.

    def show_over(self, page: QWidget) -> None:
        """Show ``page`` over the one shown now; the first time, it is flushed on closing."""
        if self.stack.indexOf(page) < 0:
            from ontwikkeltafel.ui.core.context import as_page

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

    def _say_briefly(self, text: str) -> None:
        self.show_status(text, 5000)

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
        that form: closing would lose it, and the fields typed beside it. While the server
        is away the window asks first: wait (the default), or close and lose that input.
        """
        self.about_to_close.emit()
        refused = self._refused_input()
        away = any(binder.server_away() for binder in refused)
        if away and self._close_anyway():
            for binder in refused:
                binder.forget()  # no retry once the window is gone
            refused = []
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
        if self.attached:
            self.live_updates.stop()
        super().closeEvent(event)

    def _close_anyway(self) -> bool:
        """Ask whether to close while the server is away: waiting (the default) keeps it open."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr(
                "Niet alles is opgeslagen: de server is niet bereikbaar. "
                "Wat u typte gaat verloren als u nu afsluit."
            )
        )
        wait = box.addButton(self.tr("Wachten"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("Toch afsluiten"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is close

    def _refused_input(self) -> list[FormBinder]:
        """The forms holding input not stored (none while the window is still loading)."""
        if not self.attached:
            return []
        from ontwikkeltafel.ui.core.autosave import FormBinder

        return [binder for binder in self.findChildren(FormBinder) if binder.pending()]

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
        if shown is None or shown is self.loading or shown in self.pages.values():
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

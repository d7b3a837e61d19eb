"""The first page: the tables on the left, the meetings of the chosen table on the right."""

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows, table_ids, table_rows
from ontwikkeltafel.ui.core.background import server_of
from ontwikkeltafel.ui.core.context import PageDefaults, WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.models.lazy_table import Column, LazyTableModel
from ontwikkeltafel.ui.pages.first.loading import LoadingHint, loading_text, unread_text
from ontwikkeltafel.ui.widgets.list_view import fitter_of, make_view

TITLE_CHARACTERS = 16  # the least room of the table titles in the tables list


class RowsModel(LazyTableModel):
    """A list of the first page, which tells the row it showed of a record (for a delete)."""

    def shown_row(self, record_id: str) -> Any:
        """The row of ``record_id`` as the list read it (with its version), or None."""
        return self._rows.get(record_id)

    def clear(self) -> None:
        """Show no rows (ids read for another choice are no answer to this one)."""
        self._replace([])


class TablesPage(QSplitter, PageDefaults):
    """Tables and their meetings; Enter opens one, Ctrl+N makes a table, Delete removes one."""

    choice_changed = Signal()  # another table or meeting is chosen

    def __init__(self, context: WindowContext) -> None:
        """Lists fed by the query services of the window's database."""
        super().__init__(Qt.Orientation.Horizontal)
        self.context = context
        sessions = context.sessions
        self.current_table: str | None = None
        self.tables = RowsModel(
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
        self.meetings = RowsModel(
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
        server = server_of(sessions)
        if server is not None:  # the window never waits on a server that may not answer
            for model in (self.tables, self.meetings):
                model.read_off_thread(server)
        self.table_view = make_view(
            self.tables,
            0,
            Qt.SortOrder.AscendingOrder,
            {},
            stretch=0,
            fit=(1, 2, 3),
        )
        self.meeting_view = make_view(
            self.meetings,
            0,
            Qt.SortOrder.DescendingOrder,
            {4: "0" * 16},
            stretch=1,
            fit=(0, 2, 3),
        )
        self.meetings_title = QLabel()
        self.meetings_title.setWordWrap(True)  # a long table title does not widen the window
        self.all_button = QPushButton(self.tr("Alle bijeenkomsten"))
        self.all_button.clicked.connect(self.show_all_meetings)
        self.new_table_button = QPushButton(self.tr("Nieuwe tafel"))
        self.new_table_button.setToolTip(self.tr("Een nieuwe tafel maken en openen (Ctrl+N)"))
        self.new_table_button.clicked.connect(self.new_record)
        self.plan_button = QPushButton(self.tr("Bijeenkomst plannen"))
        self.plan_button.setToolTip(
            self.tr("Een bijeenkomst plannen voor de gekozen tafel, vanuit haar agendasjabloon")
        )
        self.plan_button.clicked.connect(self.plan_meeting)
        self.table_view.selectionModel().selectionChanged.connect(self._on_table_selected)
        self.table_view.activated.connect(self._open_table)
        for view in (self.table_view, self.meeting_view):
            view.selectionModel().selectionChanged.connect(self._refresh_actions)
        self.meeting_view.activated.connect(self._open_meeting)
        # The short columns size to their rows: the tables list then keeps room for titles.
        self.table_view.horizontalHeader().sectionResized.connect(self._keep_title_room)
        fitter_of(self.table_view).fitted.connect(self._keep_title_room)
        self._build_layout()
        self.hints = [
            LoadingHint(self.table_view, self.tables),
            LoadingHint(self.meeting_view, self.meetings),
        ]
        self._meetings_of: str | None = None  # the table whose meetings the list shows
        if server is not None:  # the heading follows the meetings (and the title) as they come
            self.meetings.settled.connect(self._meetings_came)
            self.meetings.failed.connect(self._meetings_failed)
            for signal in (
                self.meetings.loading_changed,
                self.meetings.modelReset,
                self.meetings.failed,
                self.tables.modelReset,
                self.tables.dataChanged,
            ):
                signal.connect(lambda *_args: self.update_title())
        context.notifier.changed.connect(self._on_changed)
        for hint in self.hints:
            hint.update_state()
        self.update_title()

    def _meetings_came(self) -> None:
        self._meetings_of = self.current_table

    def _meetings_failed(self, _error: object) -> None:
        """Not read (the server away): another table's meetings are no answer, none are shown."""
        if self._meetings_of != self.current_table:
            self.meetings.clear()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Tafels</b>")))
        left_layout.addWidget(self.table_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_table_button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        heading = QHBoxLayout()
        heading.addWidget(self.meetings_title, 1)
        heading.addWidget(self.plan_button)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.meeting_view)
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([400, 880])

    def _keep_title_room(self, *_args: object) -> None:
        """The tables list at least as wide as its short columns and 16 characters of title.

        Without it a 1280 x 720 window cuts the titles to "Ond…" (the splitter would give
        the list less than its short columns need).
        """
        view = self.table_view
        header = view.horizontalHeader()
        short = sum(header.sectionSize(column) for column in range(1, header.count()))
        title = view.fontMetrics().horizontalAdvance("0" * TITLE_CHARACTERS) + 8
        edges = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(short + title + edges)

    def _on_changed(self, change: Change) -> None:
        if change.touches("tables", "meetings", "members"):
            self.tables.reload()
        if change.touches("tables", "meetings"):
            self.meetings.reload()
            self.update_title()

    def _on_table_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self.choose_table(self.tables.row_id(min(rows)))

    def choose_table(self, table_id: str | None) -> None:
        """Show the meetings of one table (or of all, with None)."""
        self.current_table = table_id
        self.meetings.reload()
        # The table's own meetings need no column naming it: their titles get the room.
        self.meeting_view.setColumnHidden(4, table_id is not None)
        self.update_title()
        self.choice_changed.emit()

    def show_all_meetings(self) -> None:
        """Clear the table filter."""
        self.table_view.clearSelection()
        self.choose_table(None)

    def update_title(self) -> None:
        """The heading above the meetings: whose they are, and how many."""
        count = self.meetings.rowCount()
        loading, unread = self.meetings.loading, self.meetings.unread and not count
        state = loading_text() if loading else unread_text() if unread else None
        if self.current_table is None:
            if state is None:
                text = self.tr("<b>Alle bijeenkomsten</b> (%n)", "", count)
            else:
                text = self.tr("<b>Alle bijeenkomsten</b> (%1)").replace("%1", state)
        else:
            row = self.tables.row_of(self.current_table)
            name = (self.tables.data(self.tables.index(row, 0)) if row >= 0 else "") or ""
            if state is None:
                text = self.tr("<b>Bijeenkomsten van %1</b> (%n)", "", count).replace("%1", name)
            else:
                text = self.tr("<b>Bijeenkomsten van %1</b> (%2)")
                text = text.replace("%2", state).replace("%1", name)
        self.meetings_title.setText(text)
        self.plan_button.setEnabled(self.current_table is not None)

    def _refresh_actions(self) -> None:
        self.context.refresh_actions()
        self.choice_changed.emit()

    def chosen_meeting(self) -> tuple[str, str, str] | None:
        """The meeting selected: its id, title and day (as the list shows it), or None."""
        model, selection = self.meetings, self.meeting_view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        row = rows[0].row()
        day = model.data(model.index(row, 0)) or ""
        title = model.data(model.index(row, 1)) or ""
        return model.row_id(row), title, day

    def chosen_table(self) -> tuple[str, str] | None:
        """The table chosen: its id and title, or None."""
        if self.current_table is None:
            return None
        row = self.tables.row_of(self.current_table)
        title = self.tables.data(self.tables.index(row, 0)) if row >= 0 else ""
        return self.current_table, title or ""

    def _open_table(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.open_record("tables", self.tables.row_id(index.row()))

    def _open_meeting(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.open_record("meetings", self.meetings.row_id(index.row()))

    # The window's Edit menu (Nieuw, Verwijderen) calls these; see deleting.py and
    # pages/record/creating.py.

    def can_new(self) -> bool:
        """A new table can always be made here."""
        return True

    def new_record(self) -> None:
        """Ctrl+N here makes a new table and opens its page."""
        from ontwikkeltafel.ui.pages.record.creating import new_table

        new_table(self.context, self)

    def plan_meeting(self) -> None:
        """Plan the next meeting of the chosen table and open it."""
        if self.current_table is None:
            return
        from ontwikkeltafel.ui.pages.record.creating import plan_meeting

        plan_meeting(self.context, self, self.current_table)

    def selected(self) -> tuple[str, str] | None:
        """What Delete would remove: the chosen meeting when its list has focus, else the table."""
        meeting_rows_ = self.meeting_view.selectionModel().selectedRows()
        table_rows_ = self.table_view.selectionModel().selectedRows()
        if meeting_rows_ and (self.meeting_view.hasFocus() or not table_rows_):
            return "meetings", self.meetings.row_id(meeting_rows_[0].row())
        if table_rows_:
            return "tables", self.tables.row_id(table_rows_[0].row())
        return None

    def can_delete(self) -> bool:
        """Delete is possible when a table or meeting is chosen."""
        return self.selected() is not None

    def delete_selected(self) -> None:
        """Delete the chosen meeting or table (after asking, saying what goes with it)."""
        chosen = self.selected()
        if chosen is None:
            return
        from ontwikkeltafel.ui.pages.first.deleting import delete_record

        kind, record_id = chosen
        model = self.meetings if kind == "meetings" else self.tables
        delete_record(self.context, self, kind, record_id, model.shown_row(record_id))

"""The main window: tables on the left, their meetings on the right, the database below."""

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows, table_ids, table_rows
from ontwikkeltafel.ui.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.lazy_model import Column, LazyTableModel


def make_view(
    model: LazyTableModel,
    sort_column: int,
    order: Qt.SortOrder,
    samples: dict[int, str],
    stretch: int,
) -> QTableView:
    """A sortable, row-selecting table view over ``model``, with compact rows.

    Columns named in ``samples`` get the width of that sample text (measuring the
    contents would fetch every row of a lazy model); column ``stretch`` takes the rest.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    metrics = view.fontMetrics()
    view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    for column, sample in samples.items():
        header_text = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header_text))
        view.setColumnWidth(column, width + 28)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Set the indicator first: enabling sorting then sorts once, fetching the ids once.
    header.setSortIndicator(sort_column, order)
    view.setSortingEnabled(True)
    return view


class MainWindow(QMainWindow):
    """Navigation over tables and meetings, fed by query services."""

    table_chosen = Signal(object)

    def __init__(self, sessions: SessionFactory, database_name: str) -> None:
        """Show the tables and meetings of the database behind ``sessions``."""
        super().__init__()
        self.sessions = sessions
        self.current_table: str | None = None
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
        self.setCentralWidget(splitter)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

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

"""The table view every list uses: sortable, whole rows chosen, compact, columns sized to fit."""

from collections.abc import Collection, Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_view(
    model: QAbstractItemModel,
    sort_column: int,
    order: Qt.SortOrder,
    samples: dict[int, str],
    stretch: int,
    fit: Collection[int] = (),
    shares: Mapping[int, float] | None = None,
) -> QTableView:
    """A sortable, row-selecting table view over ``model``, with compact rows.

    Columns named in ``samples`` get the width of that sample text (measuring the
    contents would fetch every row of a lazy model); the short columns in ``fit``
    (codes, dates, statuses) size to the rows in view (see ``fit_columns``); the columns
    in ``shares`` (names, tables) too, each at most its share of the view (see
    :class:`ShareFitter`); column ``stretch`` takes the rest.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # rows are chosen whole: Tab goes on to the next field
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
    fit_columns(view, fit, stretch)
    if shares:
        ShareFitter(view, shares)
    # Set the indicator first: enabling sorting then sorts once, fetching the ids once.
    header.setSortIndicator(sort_column, order)
    view.setSortingEnabled(True)
    return view


def fit_columns(view: QTableView, fit: Collection[int], stretch: int) -> None:
    """Size the short columns ``fit`` to their header and the rows in view, ``stretch`` the rest.

    With a resize precision of 0 Qt measures only the rows in view (its default, 1000, would
    measure a thousand rows around them), so a lazy model fetches no more rows than it
    shows; the title or text column ``stretch`` gets all the room left.
    """
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(0)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ShareFitter(QObject):
    """Sizes the columns of ``shares`` to their texts in view, each at most its share of the view.

    A share of 0.25 is a quarter of the view's width; the sizes follow the rows and the width.
    For texts of any length (names, organisations, tables): whole when short, cut off
    beyond their share, so that the title column keeps the room. Hidden columns are left.
    """

    def __init__(self, view: QTableView, shares: Mapping[int, float]) -> None:
        """Fit the columns of ``view`` now and after every reset, sort and resize."""
        super().__init__(view)
        self.view = view
        self.shares = dict(shares)
        header = view.horizontalHeader()
        for column in self.shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        view.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Size each column of ``shares`` now (while shown: the rows in view are measured)."""
        view = self.view
        if not view.isVisible():
            return
        header = view.horizontalHeader()
        room = view.viewport().width()
        for column, share in self.shares.items():
            if view.isColumnHidden(column):
                continue
            whole = max(self._rows_in_view(column), header.sectionSizeFromContents(column).width())
            width = max(header.minimumSectionSize(), min(whole, int(share * room)))
            view.setColumnWidth(column, width)

    def _rows_in_view(self, column: int) -> int:
        """The width the texts of ``column`` need in the rows in view (no other row fetched)."""
        view = self.view
        rows = view.model().rowCount()
        if rows == 0:
            return 0
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            per_row = max(1, view.verticalHeader().defaultSectionSize())
            bottom = min(rows - 1, top + view.viewport().height() // per_row)
        model = view.model()
        hints = (
            view.sizeHintForIndex(model.index(row, column)).width()
            for row in range(top, bottom + 1)
        )
        return max(hints, default=0) + (1 if view.showGrid() else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wider or narrower view: the shares follow."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

"""The table view every list uses: sortable, whole rows chosen, compact, columns sized to fit."""

from collections.abc import Collection

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_view(
    model: QAbstractItemModel,
    sort_column: int,
    order: Qt.SortOrder,
    samples: dict[int, str],
    stretch: int,
    fit: Collection[int] = (),
) -> QTableView:
    """A sortable, row-selecting table view over ``model``, with compact rows.

    Columns named in ``samples`` get the width of that sample text (measuring the
    contents would fetch every row of a lazy model); the short columns in ``fit``
    (codes, dates, statuses) size to the rows in view (see ``fit_columns``); column
    ``stretch`` takes the rest.
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
    # Set the indicator first: enabling sorting then sorts once, fetching the ids once.
    header.setSortIndicator(sort_column, order)
    view.setSortingEnabled(True)
    return view


def fit_columns(view: QTableView, fit: Collection[int], stretch: int) -> None:
    """Size the short columns ``fit`` to their header and the rows in view, ``stretch`` the rest.

    Qt measures only the rows in view (and at most a thousand), so a lazy model fetches
    no more rows than it shows; the title or text column ``stretch`` gets all the room left.
    """
    header = view.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

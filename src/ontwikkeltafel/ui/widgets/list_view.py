"""The table view every list uses: sortable, whole rows chosen, compact, columns sized to fit."""

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetricsF
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
    (codes, dates, statuses) size to the rows in view, the columns in ``shares`` (names,
    tables) too, each at most its share of the view; column ``stretch`` takes the rest
    (see :class:`ShareFitter`, :func:`fitter_of`).
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
    ShareFitter(view, shares or {}, fit, stretch)
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


SPARE_ROWS = 4  # measured below the rows in view: a view a little taller needs no measure
MEASURES_KEPT = 20_000  # texts' widths kept (then forgotten all at once): some MB at most


def fitter_of(view: QTableView) -> "ShareFitter":
    """The fitter of a view ``make_view`` made (a page may name another stretch column)."""
    fitter = view.findChild(ShareFitter)
    assert isinstance(fitter, ShareFitter), "a view make_view made"
    return fitter


class ShareFitter(QObject):
    """Sizes columns to their texts in view: ``shares`` each at most its share of the view.

    A share of 0.25 is a quarter of the view's width; the sizes follow the rows and the width.
    For texts of any length (names, organisations, tables): whole when short, cut off
    beyond their share, so that the title column keeps the room. The columns in ``whole``
    (codes, dates, statuses) get their texts' width, uncapped. Hidden columns are left.

    Column ``stretch`` (if any) takes the room the others leave.

    The texts are measured once for the rows in view each time they change (a reset, a new
    order, rows come or change); a wider or narrower view only applies the shares again.
    Qt's ResizeToContents measured every short column again at each of the view's layouts
    (four times as the action list first showed), each text through eight calls of the
    model's ``data``; here a text is one call and its font's width (the widest measured as
    the view does). The widths are set with the header's signals held and the view laid out
    once after: a column resized the usual way has QTableView repaint it on a timer, after
    the paint on its way, and its Stretch mode resizes on a timer too, so each list painted
    all its rows twice.
    """

    fitted = Signal()  # widths set (the header's sectionResized is held meanwhile)

    def __init__(
        self,
        view: QTableView,
        shares: Mapping[int, float],
        whole: Collection[int] = (),
        stretch: int | None = None,
    ) -> None:
        """Fit the columns of ``view`` now and after every reset, sort, change and resize."""
        super().__init__(view)
        self.view = view
        self.shares: dict[int, float | None] = {**dict.fromkeys(whole), **shares}
        self.stretch = stretch
        self._version = 0  # the rows' texts changed: measured again
        self._measured: tuple[tuple[int, int, int], dict[int, int]] | None = None
        self._advances: dict[str, float] = {}  # texts' widths in the font of _font_key
        self._font_key = ""
        self._metrics = QFontMetricsF(view.font())
        header = view.horizontalHeader()
        for column in self.shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized_by_hand)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._texts_changed)
        view.viewport().installEventFilter(self)
        self.fit()

    def stretch_column(self, column: int) -> None:
        """Let ``column`` take the room the others leave (instead of the one named before)."""
        self.shares.pop(column, None)
        self.stretch = column
        self._measured = None
        self.fit()

    def _texts_changed(self) -> None:
        self._version += 1
        self.fit()

    def fit(self) -> None:
        """Size each column now (while shown: the rows in view are measured)."""
        view = self.view
        if not view.isVisible():
            return
        room = view.viewport().width()
        header = view.horizontalHeader()
        least = header.minimumSectionSize()
        wanted = self._whole_widths()
        widths = {}
        for column, share in self.shares.items():
            if not view.isColumnHidden(column):
                width = wanted[column] if share is None else min(wanted[column], int(share * room))
                widths[column] = max(least, width)
        self._set(widths | self._rest(widths, room))

    def _rest(self, widths: dict[int, int], room: int) -> dict[int, int]:
        """The stretch column's width: the room the other columns leave (``widths`` to be)."""
        view, stretch = self.view, self.stretch
        if stretch is None or view.isColumnHidden(stretch):
            return {}
        header = view.horizontalHeader()
        others = sum(
            widths.get(column, view.columnWidth(column))
            for column in range(header.count())
            if column != stretch and not view.isColumnHidden(column)
        )
        return {stretch: max(header.minimumSectionSize(), room - others)}

    def _set(self, widths: dict[int, int]) -> None:
        """Set the columns' widths that changed; the view laid out and repainted once."""
        view = self.view
        changed = {c: w for c, w in widths.items() if view.columnWidth(c) != w}
        if not changed:
            return
        header = view.horizontalHeader()
        held = header.blockSignals(True)
        try:
            for column, width in changed.items():
                header.resizeSection(column, width)
        finally:
            header.blockSignals(held)
        view.doItemsLayout()  # the scroll bars and the rows' area now, in the paint on its way
        self.fitted.emit()

    def _resized_by_hand(self, column: int, _old: int, _new: int) -> None:
        """A column dragged wider or narrower: the stretch column takes what is left."""
        if column != self.stretch and self.view.isVisible():
            self._set(self._rest({}, self.view.viewport().width()))

    def _whole_widths(self) -> dict[int, int]:
        """Each column's width with its texts in view and its header whole (measured once).

        A view grown no taller since keeps the widths measured (its layout settling as it
        is shown changes its height a few times: the rows a little lower are measured too).
        """
        top, bottom = self._rows_in_view()
        if self._measured is not None:
            (version, measured_top, measured_bottom), widths = self._measured
            if (version, measured_top) == (self._version, top) and bottom <= measured_bottom:
                return widths
        bottom = min(self.view.model().rowCount() - 1, bottom + SPARE_ROWS)
        key = (self._version, top, bottom)
        header = self.view.horizontalHeader()
        widths = {
            column: max(
                self._texts_width(column, top, bottom),
                header.sectionSizeFromContents(column).width(),
            )
            for column in self.shares
        }
        self._measured = (key, widths)
        return widths

    def _rows_in_view(self) -> tuple[int, int]:
        """The first and last row in view (no row: an empty range)."""
        view = self.view
        rows = view.model().rowCount()
        if rows == 0:
            return 0, -1
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            per_row = max(1, view.verticalHeader().defaultSectionSize())
            bottom = min(rows - 1, top + view.viewport().height() // per_row)
        return top, bottom

    def _texts_width(self, column: int, top: int, bottom: int) -> int:
        """The width the texts of ``column`` need in rows ``top`` to ``bottom`` (no other read).

        The widest text is found by its font's width, then measured as the view would
        (its delegate's size of that one cell): a pixel less and Qt cuts it with "…".
        A text's width is kept for the next measure (names, tables and dates come back at
        every sort), and a lazy model gives its texts without a model index each: the
        fitter took 8 of a sort's 75 ms on the window's thread (the action list, PostgreSQL).
        """
        view = self.view
        model = view.model()
        advance = self._advance_of(view)
        text_at = getattr(model, "display_text", None)
        widest, widest_row = 0.0, -1
        for row in range(top, bottom + 1):
            text = text_at(row, column) if text_at else model.data(model.index(row, column))
            width = advance(str(text)) if text not in (None, "") else 0.0
            if width > widest:
                widest, widest_row = width, row
        if widest_row < 0:
            return 0
        hint = view.sizeHintForIndex(model.index(widest_row, column)).width()
        return hint + (1 if view.showGrid() else 0)

    def _advance_of(self, view: QTableView) -> Callable[[str], float]:
        """A text's width in the view's font, each text measured once (while the font stays)."""
        font = view.font()
        if font.key() != self._font_key or len(self._advances) > MEASURES_KEPT:
            self._font_key = font.key()
            self._advances.clear()
            self._metrics = QFontMetricsF(font)
        advances, metrics = self._advances, self._metrics

        def advance(text: str) -> float:
            width = advances.get(text)
            if width is None:
                width = advances[text] = metrics.horizontalAdvance(text)
            return width

        return advance

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wider or narrower view, or one shown again: the sizes follow."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

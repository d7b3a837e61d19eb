"""The panel under the search field: the hits grouped by kind, or a word that nothing was found.

It never takes the keyboard focus: the field keeps it, and moves the chosen hit with
:meth:`SearchPanel.move_current`. A double click, or Enter in the field, chooses a hit.
On a server it says "zoeken…" while the hits are on their way (the older hits stay in
sight, greyed), and that it did not search while the server is away.
"""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services.search import SearchResults
from ontwikkeltafel.ui.search.results import (
    HEADING_ROLE,
    SearchHitDelegate,
    SearchResultsModel,
)


class SearchPanel(QFrame):
    """Hits over the window, under the field; a hint when there are none."""

    chosen = Signal(object)  # the SearchHit to open

    def __init__(self, parent: QWidget) -> None:
        """A hidden panel over ``parent`` (the window)."""
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "#searchPanel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.doubleClicked.connect(self._on_double_click)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setContentsMargins(12, 18, 12, 18)
        self.keys_text = self.tr("↑ ↓ kiezen · Enter openen · Esc sluiten")
        self.keys = QLabel(self.keys_text)
        self.keys.setObjectName("searchKeys")
        self.keys.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.keys.setContentsMargins(8, 2, 10, 4)
        self.keys.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys)
        self.hide()

    def show_waiting(self) -> None:
        """The hits are on their way: "zoeken…" (under the older hits, greyed, if any)."""
        text = self.tr("zoeken…")
        if self.view.isVisibleTo(self) and self.model.hit_rows():
            self.view.setEnabled(False)
            self.keys.setText(text)
            return
        self._hint(text)

    def show_unreachable(self) -> None:
        """The server is away: not searched (older hits are not shown as if they were found)."""
        self._hint(
            self.tr(
                "Niet gezocht: de server is niet bereikbaar. Er wordt opnieuw gezocht zodra de "
                "verbinding terug is."
            )
        )

    def _hint(self, text: str) -> None:
        self.view.hide()
        self.keys.hide()
        self.hint.setText(text)
        self.hint.show()

    def show_results(self, results: SearchResults) -> None:
        """Show ``results``, the best hit chosen; or say that nothing was found."""
        self.view.setEnabled(True)
        self.keys.setText(self.keys_text)
        self.model.set_results(results)
        found = results.count > 0
        self.view.setVisible(found)
        self.hint.setVisible(not found)
        self.keys.setVisible(found)
        if not found:
            text = self.tr("Niets gevonden voor “%1”").replace("%1", results.text.strip())
            self.hint.setText(text)
            return
        rows = self.model.hit_rows()
        self._choose(rows[0])
        self.view.scrollToTop()

    def wanted_height(self) -> int:
        """The height that shows every row (or the hint), with the margins."""
        margins = self.box.contentsMargins()
        extra = margins.top() + margins.bottom()
        if not self.view.isVisibleTo(self):
            return self.hint.sizeHint().height() + extra
        rows = sum(self.view.sizeHintForRow(row) for row in range(self.model.rowCount()))
        return rows + self.keys.sizeHint().height() + extra + 4

    def current_row(self) -> int:
        """The row of the chosen hit (-1: none)."""
        return self.view.currentIndex().row()

    def move_current(self, step: int) -> None:
        """Choose the hit ``step`` hits further (back when negative), stopping at the ends."""
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.current_row()
        position = rows.index(current) if current in rows else -1
        self._choose(rows[max(0, min(len(rows) - 1, position + step))])

    def _choose(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        above = self.model.index(row - 1, 0)
        if above.isValid() and above.data(HEADING_ROLE):
            self.view.scrollTo(above)  # the heading of the group stays in sight
        self.view.scrollTo(index)

    def choose_current(self) -> None:
        """Open the chosen hit (emit ``chosen``)."""
        hit = self.model.hit(self.current_row())
        if hit is not None:
            self.chosen.emit(hit)

    def _on_double_click(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.chosen.emit(hit)

"""The search box over everything: a field above the navigation, Ctrl+F, hits in a panel below.

Typing searches after a short pause; the hits show grouped by kind in a panel over the
window. Up and Down choose a hit from the field, Enter (or a double click) opens it
through the window context's ``open_record`` and asks the page then shown to ``highlight`` the word
found; Escape closes the panel. The panel and its model are made on first use.

On a server (PostgreSQL) the search runs off the UI thread: the panel says "zoeken…" until
the hits come, only the newest query's hits are shown (a generation counter drops older
ones), and while the server is away it says so and searches again when it is back. Enter
pressed while the hits are on their way opens the best one when they come. One search is
on its way at a time: text typed meanwhile is searched when it is back (the newest only),
so a frozen server never gathers a pile of waiting searches. On a SQLite file the search
runs at once, as before.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread, server_of
from ontwikkeltafel.ui.core.context import WindowContext, as_page
from ontwikkeltafel.ui.core.tasks import Outcome

if TYPE_CHECKING:
    from ontwikkeltafel.services.search import SearchHit
    from ontwikkeltafel.ui.search.panel import SearchPanel

# How long typing must pause before the search runs.
DEBOUNCE_MS = 150
# Hits shown per kind.
LIMIT_PER_KIND = 10
_PAGE_STEP = 5
# A search on a server still not answered after this long: the server counts as lost.
SEARCH_WAIT_LIMIT_MS = 5000


def magnifier_icon(field: QWidget) -> QIcon:
    """A small magnifying glass in the field's placeholder colour, sharp on high DPI."""
    ratio = field.devicePixelRatioF()
    pixmap = QPixmap(QSize(16, 16) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(field.palette().color(QPalette.ColorRole.PlaceholderText))
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.drawEllipse(2, 2, 8, 8)
    painter.drawLine(9, 9, 14, 14)
    painter.end()
    return QIcon(pixmap)


class GlobalSearch(QObject):
    """The search field of one window, its Ctrl+F action and its panel of hits."""

    def __init__(self, context: WindowContext, window: QWidget) -> None:
        """The field, its action and its panel (over ``window``); the window places them."""
        super().__init__(window)
        self.context = context
        self.window = window
        self.field = QLineEdit()
        self.field.setObjectName("globalSearch")
        self.field.setClearButtonEnabled(True)
        # Reached with Ctrl+F or a click; Tab keeps going from the navigation into the page
        # (pages made later join the end of the tab chain, which a field made now precedes).
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.field.addAction(magnifier_icon(self.field), QLineEdit.ActionPosition.LeadingPosition)
        self.action = QAction(self.tr("&Zoeken…"), window)
        self.action.setShortcut(QKeySequence.StandardKey.Find)
        self.action.setStatusTip(self.tr("Zoeken in alle tafels, bijeenkomsten, verslagen en meer"))
        self.action.triggered.connect(self.focus)
        shortcut = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.field.setPlaceholderText(self.tr("Zoeken (%1)").replace("%1", shortcut))
        self.field.setToolTip(self.action.statusTip())
        window.addAction(self.action)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        window.installEventFilter(self)
        context.notifier.changed.connect(self._on_changed)
        self.panel: SearchPanel | None = None
        self.searched = ""
        # On a server: searches off the UI thread, the newest one's hits shown.
        self.where = server_of(context.sessions)
        self.background = None if self.where is None else OffThread(self)
        self.generation = 0  # of the newest search asked; older hits are dropped
        self.searching = False  # the newest search's hits are on their way
        self.unread = False  # the newest search met a server away: again when it is back
        self._open_when_found = False  # Enter was pressed before the hits came
        # One search in flight at a time (a frozen server holds each until its timeout): a
        # text typed meanwhile is searched when it is back, the newest text only.
        self.queued = False
        if self.where is not None:
            autosave_events().back.connect(self._server_back)

    def focus(self) -> None:
        """Put the cursor in the field, its text selected; show the hits of that text again."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.search_now()

    def _on_text_changed(self, text: str) -> None:
        self._open_when_found = False  # typed on after Enter: not done, nothing opens by itself
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.close()

    def _on_changed(self, _change: Change) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.timer.start()  # the hits may have changed with the records

    def search_now(self) -> None:
        """Search for the field's text at once and show the hits under the field."""
        from ontwikkeltafel.services.search import search_everything

        self.timer.stop()
        text = self.field.text()
        if not text.strip():
            self.close()
            return
        if self.background is None:
            results = search_everything(self.context.sessions, text, limit_per_kind=LIMIT_PER_KIND)
            self._show(text, results)
            return
        self.generation += 1
        generation, sessions = self.generation, self.context.sessions
        self.searching, self.unread = True, False
        self.ensure_panel().show_waiting()
        self._reveal()
        if self.background.busy:  # one on its way already: this text when it is back
            self.queued = True
            return
        self.background.run(
            lambda: search_everything(sessions, text, limit_per_kind=LIMIT_PER_KIND),
            lambda outcome: self._came(generation, text, outcome),
            SEARCH_WAIT_LIMIT_MS,
            lambda: self._late(generation),
        )

    def _show(self, text: str, results: Any) -> None:
        self.searched = text
        self.ensure_panel().show_results(results)
        self._reveal()

    def _reveal(self) -> None:
        panel = self.ensure_panel()
        self._position()
        panel.show()
        panel.raise_()

    def _came(self, generation: int, text: str, outcome: Outcome) -> None:
        """A search's hits, in the UI thread; then the text typed meanwhile, if any."""
        try:
            self._apply(generation, text, outcome)
        finally:
            if self.queued and self.background is not None and not self.background.busy:
                self.queued = False
                if self.searching:  # (not closed meanwhile)
                    self.search_now()

    def _apply(self, generation: int, text: str, outcome: Outcome) -> None:
        """A search's hits: shown if it is still the newest search."""
        if generation != self.generation:
            return  # typed on meanwhile: a newer search is on its way
        self.searching = False
        if outcome.error is not None:
            self._open_when_found = False
            if connection_lost(outcome.error):
                self._unreachable()
                autosave_events().lost.emit(outcome.error)
                return
            self.close()
            self.context.show_status(self.tr("Zoeken is mislukt."), 5000)
            return
        if not self.field.text().strip():
            return  # emptied meanwhile: the panel stays closed
        self.unread = False
        self._show(text, outcome.result)
        if self._open_when_found:
            self._open_when_found = False
            assert self.panel is not None
            self.panel.choose_current()

    def _late(self, generation: int) -> None:
        """A search takes longer than a server that answers would: it counts as away."""
        if not self.searching or (generation != self.generation and not self.queued):
            return  # (a text queued behind this search waits as long as it does)
        self._unreachable()
        autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, self.where or ""))

    def _unreachable(self) -> None:
        self.unread = True
        if self.is_open():
            assert self.panel is not None
            self.panel.show_unreachable()
            self._position()

    def _server_back(self, where: str) -> None:
        """The server answers again: the search it could not do is done now."""
        if where == self.where and self.unread and self.field.text().strip():
            self.unread = False
            if self.is_open():
                self.search_now()

    def ensure_panel(self) -> "SearchPanel":
        """The panel of hits (made on first use)."""
        if self.panel is None:
            from ontwikkeltafel.ui.search.panel import SearchPanel

            self.panel = SearchPanel(self.window)
            self.panel.chosen.connect(self.open_hit)
        return self.panel

    def _position(self) -> None:
        """The panel under the field, as wide as fits, as high as its hits need."""
        if self.panel is None:
            return
        window = self.window
        corner = self.field.mapTo(window, QPoint(0, self.field.height() + 4))
        width = min(640, window.width() - corner.x() - 16)
        room = window.height() - corner.y() - 16
        self.panel.setGeometry(corner.x(), corner.y(), width, min(room, self.panel.wanted_height()))

    def close(self) -> None:
        """Hide the hits (the field keeps its text); hits on their way stay hidden."""
        self._open_when_found = False
        self.queued = False
        if self.searching:
            self.generation += 1
            self.searching = False
        if self.panel is not None:
            self.panel.hide()

    def is_open(self) -> bool:
        """Whether the hits are shown."""
        return self.panel is not None and self.panel.isVisible()

    def open_hit(self, hit: "SearchHit") -> None:
        """Open ``hit`` (a decision without a page of its own: its meeting); mark the word."""
        from ontwikkeltafel.ui.search.results import OPENER_KINDS, first_match

        context = self.context
        opened = context.open_record(OPENER_KINDS.get(hit.kind, hit.kind), hit.id)
        if not opened and hit.meeting_id is not None:
            opened = context.open_record("meetings", hit.meeting_id)
        if not opened:
            message = self.tr("Dit soort gegevens kan hier nog niet geopend worden.")
            context.show_status(message, 5000)
            return
        self.close()
        widget = context.current_page()
        page = as_page(widget)
        if page is not None and page.highlight(first_match(hit) or self.searched.strip()):
            return
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys of the field steer the hits; the panel follows the window's size."""
        if watched is self.window:
            if event.type() == QEvent.Type.Resize and self.is_open():
                self._position()
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            keep = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
            if event.reason() not in keep:
                self.close()
        return False

    def _on_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: _PAGE_STEP,
            Qt.Key.Key_PageUp: -_PAGE_STEP,
        }
        if key in steps:
            if not self.is_open() or self.timer.isActive():
                if self.field.text().strip():
                    self.search_now()
                return True
            if self.searching or self.unread:
                return True  # the hits shown are of an older text
            assert self.panel is not None
            self.panel.move_current(steps[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed = self.timer.isActive()  # Enter right after typing opens the best hit
            if typed or not self.is_open():
                if not self.field.text().strip():
                    return True
                self.search_now()
                if not typed:
                    return True
            if self.searching:
                self._open_when_found = True  # the best hit opens when the hits come
                return True
            if self.unread:
                return True
            assert self.panel is not None
            self.panel.choose_current()
            return True
        if key == Qt.Key.Key_Escape:
            if self.is_open():
                self.close()
                return True
            if self.field.text():
                self.field.clear()
                return True
        return False

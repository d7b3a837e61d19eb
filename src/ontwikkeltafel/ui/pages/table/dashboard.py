"""Where the table stands, above its page: each figure opens the records behind it.

Open actions per organisation (overdue in red), concerns by status (a bar chart), attendance
per organisation over the last six meetings, the last meeting's decisions, the next meeting
and what it still lacks. The figures come from services/table_dashboard.py.
"""

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ontwikkeltafel.model import ConcernStatus
from ontwikkeltafel.reports.format import initials_name
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.table_dashboard import (
    LAST_MEETINGS,
    Dashboard,
    Missing,
    table_dashboard,
)
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.pages.record.reads import PageReads
from ontwikkeltafel.ui.pages.table.status_chart import Bar, StatusChart

RED = "#c0392b"
ORANGE = "#b9770e"
GREEN = "#1e8449"
STATUS_COLOURS = {
    ConcernStatus.OPEN: QColor("#d9534f"),
    ConcernStatus.DISCUSSING: QColor("#f0ad4e"),
    ConcernStatus.ADDRESSED: QColor("#5b9bd5"),
    ConcernStatus.RESOLVED: QColor("#5cb85c"),
    ConcernStatus.PARKED: QColor("#9e9e9e"),
}
LINES = 3  # organisations or decisions listed per figure
WATCHED = (
    "actions",
    "concerns",
    "meetings",
    "agenda_items",
    "decisions",
    "attendance",
    "people",
    "organisations",
)


def open_list(context: WindowContext, key: str, filters: dict[str, Any]) -> bool:
    """Show the list page ``key`` with the filter boxes set to ``filters``; False if it can't.

    Each filter box is set to its choice asking for (part of) ``filters``, the others to
    their first choice (everything), the search text emptied. Every filter must be met.
    """
    show_page = getattr(context, "show_page", None)  # the window; not in the protocol
    if not callable(show_page):
        return False
    page = show_page(key)
    combos = getattr(page, "combos", None)
    search = getattr(page, "search", None)
    apply = getattr(page, "apply_filters", None)
    if combos is None or search is None or apply is None or not page.flush():
        return False
    met: set[str] = set()
    for combo, choices in combos:
        index = next(
            (
                i
                for i, choice in enumerate(choices)
                if choice.filters
                and all(k in filters and filters[k] == v for k, v in choice.filters.items())
            ),
            0,
        )
        met.update(choices[index].filters if index < len(choices) else {})
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
    search.blockSignals(True)
    search.clear()
    search.blockSignals(False)
    apply()
    return met == set(filters)


class TableDashboard(QFrame):
    """The figures of one table, in five blocks side by side."""

    def __init__(
        self,
        context: WindowContext,
        reads: PageReads | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Empty until :meth:`show_table`; ``today`` decides what is overdue and next.

        The figures are read through the page's ``reads`` (off the UI thread on a server).
        """
        super().__init__()
        self.context = context
        self.reads = reads or PageReads(context.sessions, self)
        self.today = today
        self.table_id: str | None = None
        self.board: Dashboard | None = None
        self.stale = False
        self.actions_label = self._block()
        self.chart = StatusChart()
        self.chart.bar_clicked.connect(self._open_concerns)
        self.attendance_label = self._block()
        self.last_label = self._block()
        self.next_label = self._block()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        blocks = [
            (self.tr("Openstaande actiepunten"), self.actions_label),
            (self.tr("Vragen en zorgen"), self.chart),
            (self.tr("Aanwezigheid, laatste 6"), self.attendance_label),
            (self.tr("Vorige bijeenkomst"), self.last_label),
            (self.tr("Volgende bijeenkomst"), self.next_label),
        ]
        for title, widget in blocks:
            layout.addWidget(self._framed(title, widget), 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        context.notifier.changed.connect(self._on_changed)

    def _block(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(self.follow)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _framed(self, title: str, widget: QWidget) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(QLabel(f"<b>{escape(title)}</b>"))
        layout.addWidget(widget, 1)
        lines = self.fontMetrics().lineSpacing()
        frame.setFixedHeight(lines * (LINES + 3) + 14)
        return frame

    def show_table(self, table_id: str) -> None:
        """Read and show the figures of ``table_id``."""
        self.table_id = table_id
        self.reload()

    def clear(self) -> None:
        """Show no figures (another table's are on their way)."""
        self.board = None
        self.chart.set_bars([])
        for label in (self.actions_label, self.attendance_label, self.last_label, self.next_label):
            label.clear()
            label.setToolTip("")

    def reload(self) -> None:
        """Read the figures again."""
        self.stale = False
        if self.table_id is None:
            return
        sessions, table_id, today = self.context.sessions, self.table_id, self.today()
        self.reads.read(
            "dashboard",
            lambda: table_dashboard(sessions, table_id, today),
            lambda board: self._came(table_id, board),
        )

    def _came(self, table_id: str, board: Dashboard) -> None:
        if table_id != self.table_id:
            return  # another table shown meanwhile
        self.board = board
        self.chart.set_bars([Bar(enum_label(s), n, STATUS_COLOURS[s]) for s, n in board.concerns])
        self._render()

    def _render(self) -> None:
        """The blocks' texts, long names elided to the blocks' width now."""
        board = self.board
        if board is None:
            return
        self.actions_label.setText(self._actions_text(board))
        self.attendance_label.setText(self._attendance_text(board))
        self.last_label.setText(self._last_text(board))
        self.next_label.setText(self._next_text(board))
        self.last_label.setToolTip("\n".join(f"– {text}" for text in board.decisions))
        nobody = self.tr("(geen organisatie)")
        self.actions_label.setToolTip(  # every organisation: open (overdue)
            "\n".join(f"{r.organisation or nobody}: {r.open} ({r.overdue})" for r in board.actions)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Names are elided again to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._render)  # once the blocks have their width

    def _on_changed(self, change: Change) -> None:
        if self.table_id is None or not change.touches(*WATCHED):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:
        """Figures that changed while the page was hidden are read when it shows."""
        if self.stale:
            self.reload()
        super().showEvent(event)

    # The texts of the blocks: a figure is a link to the records behind it.

    def _elided(self, text: str, room: int) -> str:
        """``text`` cut to the blocks' width less ``room`` pixels (an ellipsis at the end)."""
        width = max(60, self.actions_label.width() - room)
        return escape(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _actions_text(self, board: Dashboard) -> str:
        if board.open_actions == 0:
            return self.tr("Geen openstaande actiepunten.")
        opened = self.tr("%1 open").replace("%1", str(board.open_actions))
        parts = [f"<a href='actions'>{opened}</a>"]
        if board.overdue_actions:
            late = self.tr("%1 over tijd").replace("%1", str(board.overdue_actions))
            parts.append(f"<a href='overdue' style='color:{RED}'>{late}</a>")
        lines = [" · ".join(parts)]
        for row in board.actions[:LINES]:
            name = row.organisation or self.tr("(geen organisatie)")
            figure = str(row.open)
            if row.overdue:
                figure += f" <span style='color:{RED}'>({row.overdue})</span>"
            lines.append(f"{self._elided(name, self._advance(': 00 (00)'))}: {figure}")
        if len(board.actions) > LINES:
            more = len(board.actions) - LINES
            lines.append(self.tr("en %1 andere").replace("%1", str(more)))
        return "<br>".join(lines)

    def _attendance_text(self, board: Dashboard) -> str:
        if not board.meetings_counted:
            return self.tr("Nog geen bijeenkomst gehouden.")
        expected = sum(a.expected for a in board.attendance)
        present = sum(a.present for a in board.attendance)
        share = 0 if expected == 0 else round(100 * present / expected)
        counted = len(board.meetings_counted)
        head = self.tr("%1% aanwezig").replace("%1", str(share))
        if counted < LAST_MEETINGS:  # the heading says six
            head += " " + self.tr("(%1 gehouden)").replace("%1", str(counted))
        lines = [f"<a href='meetings'>{head}</a>"]
        for person in board.absentees[: LINES - 1]:
            name = self._elided(initials_name(person.person), self._advance(": 0 van 0 weg"))
            times = self.tr("%1 van %2 weg").replace("%1", str(person.missed))
            times = times.replace("%2", str(person.listed))
            lines.append(f"<span style='color:{RED}'>{name}: {times}</span>")
        room = LINES + 1 - len(lines)
        for org in [a for a in board.attendance if a.missed][:room]:
            name = org.organisation or self.tr("(geen organisatie)")
            lines.append(
                f"{self._elided(name, self._advance(': 00/00'))}: {org.present}/{org.expected}"
            )
        return "<br>".join(lines)

    def _last_text(self, board: Dashboard) -> str:
        last = board.last_meeting
        if last is None:
            return self.tr("Nog geen bijeenkomst gehouden.")
        n = len(board.decisions)
        count = self.tr("1 besluit") if n == 1 else self.tr("%1 besluiten").replace("%1", str(n))
        lines = [f"<a href='meeting:{last.id}'>{short_date(last.starts_at)}</a> · {count}"]
        lines += [
            f"– {self._elided(text, self._advance('– '))}" for text in board.decisions[:LINES]
        ]
        if n > LINES:
            lines[-1] = self.tr("en %1 andere").replace("%1", str(n - LINES + 1))
        return "<br>".join(lines)

    def _next_text(self, board: Dashboard) -> str:
        meeting = board.next_meeting
        if meeting is None:
            return self.tr("Geen bijeenkomst gepland.")
        lines = [f"<a href='meeting:{meeting.id}'>{short_moment(meeting.starts_at)}</a>"]
        texts = {
            Missing.INVITATION: self.tr("Geen uitnodiging gemaakt"),
            Missing.PREVIOUS_MINUTES: self.tr("Vorig verslag niet vastgesteld"),
        }
        lines += [
            f"<span style='color:{ORANGE}'>• {self._elided(texts[m], self._advance('• '))}</span>"
            for m in board.missing
        ]
        if not board.missing:
            ready = self.tr("Klaar voor de bijeenkomst")
            lines.append(f"<span style='color:{GREEN}'>{ready}</span>")
        return "<br>".join(lines)

    # Following a figure to its records.

    def follow(self, link: str) -> None:
        """Open what the figure ``link`` stands for (the filtered list, or a meeting)."""
        table_id = self.table_id
        if table_id is None:
            return
        if link.startswith("meeting:"):
            self.context.open_record("meetings", link.split(":", 1)[1])
        elif link == "actions":
            open_list(self.context, "actions", {"table_id": table_id, "open_only": True})
        elif link == "overdue":
            open_list(self.context, "actions", {"table_id": table_id, "overdue": True})
        elif link == "meetings":
            open_list(self.context, "meetings", {"table_id": table_id})

    def _open_concerns(self, index: int) -> None:
        if self.board is None or self.table_id is None:
            return
        status = self.board.concerns[index][0]
        open_list(self.context, "concerns", {"table_id": self.table_id, "status": status})

"""The hits of a global search as a list model with a heading per kind, and how a hit is drawn.

Rows are headings ("Bijeenkomsten") and hits, in the service's group order. A hit is
drawn on two lines: its title, then a snippet of its other text, matched words in
bold on a soft yellow; a confidential hit carries a small "vertrouwelijk" label. The
title of an agenda item or a decision is followed, muted, by its meeting and date
("Mededelingen — Bijeenkomst 6 (22-11-2018)"), which keeps its room when the title is cut.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ontwikkeltafel.services.search import MARK_END, MARK_START, SearchHit, SearchResults

Index = QModelIndex | QPersistentModelIndex

# Roles beyond Qt's: the SearchHit of a row (None for a heading), and whether a heading.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2

# How a kind of hit is opened: the key of ``window.open_record``.
OPENER_KINDS = {
    "table": "tables",
    "meeting": "meetings",
    "agenda_item": "agenda_items",
    "decision": "decisions",
    "person": "people",
    "organisation": "organisations",
    "theme": "themes",
    "concern": "concerns",
    "practice": "practices",
    "development_point": "development_points",
    "action": "actions",
}


def heading(kind: str) -> str:
    """The Dutch (translated) heading of a group of hits."""
    headings = {
        "table": QCoreApplication.translate("search", "Tafels"),
        "meeting": QCoreApplication.translate("search", "Bijeenkomsten"),
        "agenda_item": QCoreApplication.translate("search", "Agendapunten en verslagen"),
        "decision": QCoreApplication.translate("search", "Besluiten"),
        "person": QCoreApplication.translate("search", "Personen"),
        "organisation": QCoreApplication.translate("search", "Organisaties"),
        "theme": QCoreApplication.translate("search", "Thema's"),
        "concern": QCoreApplication.translate("search", "Vragen en zorgen"),
        "practice": QCoreApplication.translate("search", "Goede voorbeelden"),
        "development_point": QCoreApplication.translate("search", "Ontwikkelpunten"),
        "action": QCoreApplication.translate("search", "Actiepunten"),
    }
    return headings.get(kind, kind)


def confidential_label() -> str:
    """The label on a confidential hit."""
    return QCoreApplication.translate("search", "vertrouwelijk")


def runs(marked: str) -> list[tuple[str, bool]]:
    """``marked`` cut into (text, matched) pieces at MARK_START ... MARK_END."""
    pieces: list[tuple[str, bool]] = []
    for n, part in enumerate(marked.split(MARK_START)):
        inside, _, after = part.partition(MARK_END) if n else ("", "", part)
        pieces += [(text, matched) for text, matched in ((inside, True), (after, False)) if text]
    return pieces


def plain(marked: str) -> str:
    """``marked`` without its marks."""
    return marked.replace(MARK_START, "").replace(MARK_END, "")


#: Between a hit's title and the meeting it lives in.
CONTEXT_SEPARATOR = " — "


def context_text(hit: SearchHit) -> str:
    """What follows the title on a hit's first line: " — Bijeenkomst 6 (22-11-2018)"; or ""."""
    return f"{CONTEXT_SEPARATOR}{hit.context}" if hit.context else ""


def hit_text(hit: SearchHit) -> str:
    """A hit's first line as plain text: its title, and its meeting and date when it has one."""
    return hit.title + context_text(hit)


def first_match(hit: SearchHit) -> str:
    """The first matched word as the record writes it: snippet first, else the title."""
    for text in (hit.snippet, hit.marked_title):
        for piece, matched in runs(text):
            if matched:
                return piece
    return ""


class SearchResultsModel(QAbstractListModel):
    """Headings and hits of one search, flattened into rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._rows: list[tuple[str, SearchHit | None]] = []  # (kind, hit or None: heading)

    def set_results(self, results: SearchResults | None) -> None:
        """Show ``results`` (None: nothing)."""
        self.beginResetModel()
        self._rows = []
        for group in results.groups if results is not None else ():
            self._rows.append((group.kind, None))
            self._rows += [(group.kind, hit) for hit in group.hits]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Headings and hits; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def hit(self, row: int) -> SearchHit | None:
        """The hit in ``row`` (None for a heading or outside)."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def hit_rows(self) -> list[int]:
        """The rows that hold hits, in order."""
        return [n for n, (_kind, hit) in enumerate(self._rows) if hit is not None]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Hits can be chosen; headings cannot."""
        if not index.isValid() or self.hit(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The title (or heading) as text; the hit itself under HIT_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, hit = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return heading(kind) if hit is None else hit.title
        if role == Qt.ItemDataRole.ToolTipRole and hit is not None:
            snippet = plain(hit.snippet)
            tip = f"{hit_text(hit)}\n{snippet}" if snippet else hit_text(hit)
            return f"{tip}\n({confidential_label()})" if hit.confidential else tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return heading(kind) if hit is None else f"{hit_text(hit)}. {plain(hit.snippet)}"
        if role == HIT_ROLE:
            return hit
        if role == HEADING_ROLE:
            return hit is None
        return None


# Behind a matched word, and its text: readable on light and dark backgrounds alike.
MATCH_BACKGROUND = QColor(255, 226, 122)
MATCH_TEXT = QColor(30, 30, 30)
SECRET_COLOUR = QColor(176, 42, 42)
PAD = 8
#: The most of a hit's first line its meeting and date may take, in percent.
CONTEXT_SHARE = 55


class SearchHitDelegate(QStyledItemDelegate):
    """Draws headings small and grey, hits as a title and a snippet with marked words."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Headings one small line; hits two lines."""
        line = QFontMetrics(option.font).height()
        hit = index.data(HIT_ROLE)
        if hit is None:
            return QSize(200, line + 10)
        return QSize(200, (2 if hit.snippet else 1) * line + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """One heading or one hit."""
        painter.save()
        try:
            hit = index.data(HIT_ROLE)
            if hit is None:
                self._paint_heading(painter, option, str(index.data()))
            else:
                self._paint_hit(painter, option, hit)
        finally:
            painter.restore()

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        area = option.rect.adjusted(PAD, 4, -PAD, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, hit: SearchHit) -> None:
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(text_role)
        line = QFontMetrics(option.font).height()
        area = option.rect.adjusted(PAD + 8, 6, -PAD, -6)
        if hit.confidential:
            area.setRight(self._paint_secret(painter, option, area, selected) - 8)
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        context = context_text(hit)
        room = 0
        if context:
            wanted = QFontMetrics(option.font).horizontalAdvance(context)
            room = min(wanted, area.width() * CONTEXT_SHARE // 100)
        top = QRect(area.left(), area.top(), area.width() - room, line)
        end = draw_runs(painter, top, runs(hit.marked_title or hit.title), title_font, ink)
        if context:
            after = QRect(end, area.top(), area.right() - end + 1, line)
            draw_runs(painter, after, [(context, False)], QFont(option.font), muted)
        if hit.snippet:
            bottom = QRect(area.left(), area.top() + line + 2, area.width(), line)
            draw_runs(painter, bottom, runs(hit.snippet), QFont(option.font), muted)

    def _paint_secret(
        self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, selected: bool
    ) -> int:
        """The "vertrouwelijk" label at the right of the first line; returns its left edge."""
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.8)
        metrics = QFontMetrics(font)
        text = confidential_label()
        width = metrics.horizontalAdvance(text) + 12
        box = QRect(area.right() - width, area.top() + 1, width, metrics.height() + 2)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else None
        painter.setPen(colour or SECRET_COLOUR)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 4, 4)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return box.left()


def draw_runs(
    painter: QPainter, area: QRect, pieces: list[tuple[str, bool]], font: QFont, ink: QColor
) -> int:
    """Draw ``pieces`` on one line in ``area``, matched ones bold on yellow; elide at the end.

    Returns where the drawn text ends (its right edge, x).
    """
    bold = QFont(font)
    bold.setBold(True)
    x, right = area.left(), area.right()
    for text, matched in pieces:
        metrics = QFontMetrics(bold if matched else font)
        width = metrics.horizontalAdvance(text)
        shown = text
        if x + width > right:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - x)
            width = metrics.horizontalAdvance(shown)
        if not shown:
            break
        box = QRect(x, area.top(), width, area.height())
        if matched:
            painter.fillRect(box.adjusted(-1, 1, 1, -1), MATCH_BACKGROUND)
        painter.setFont(bold if matched else font)
        painter.setPen(MATCH_TEXT if matched else ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        x += width
        if shown != text:
            break
    return x

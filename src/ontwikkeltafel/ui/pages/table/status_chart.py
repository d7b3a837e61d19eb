"""A small bar chart of counts (concerns by status), painted with QPainter; a bar is clickable."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its count, its colour."""

    label: str
    count: int
    colour: QColor


class StatusChart(QWidget):
    """Horizontal bars one under the other: a label, the bar, its count.

    A click on a bar's row (or Up/Down to choose one and Enter) emits :attr:`bar_clicked`
    with its index.
    """

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chart until :meth:`set_bars`."""
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.chosen = -1  # the bar chosen with the keyboard
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        """Show ``bars`` (their tooltips say label and count)."""
        self.bars = list(bars)
        self.chosen = min(self.chosen, len(self.bars) - 1)
        self.setToolTip("\n".join(f"{bar.label}: {bar.count}" for bar in self.bars))
        self.setAccessibleDescription(self.toolTip().replace("\n", ", "))
        self.update()

    def sizeHint(self) -> QSize:
        """A line per bar, a label column and room for the bars."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0" * 28), metrics.lineSpacing() * 5)

    def minimumSizeHint(self) -> QSize:
        """At least short labels, short bars and a line per bar."""
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0" * 16), metrics.lineSpacing() * 5)

    def _row_height(self) -> float:
        return self.height() / max(1, len(self.bars))

    def _label_width(self) -> int:
        """The labels' column: the longest label, at most 55% of the width."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return min(longest + 8, int(self.width() * 0.55))

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is painted (no width when its count is 0)."""
        metrics = self.fontMetrics()
        row = self._row_height()
        left = self._label_width()
        room = self.width() - left - metrics.horizontalAdvance("0000")
        most = max((bar.count for bar in self.bars), default=0)
        length = 0.0 if most == 0 else room * self.bars[index].count / most
        margin = max(1.0, row * 0.15)
        return QRectF(left, index * row + margin, length, row - 2 * margin)

    def bar_at(self, y: float) -> int:
        """The index of the bar whose row holds ``y`` (-1: none)."""
        if not self.bars or not 0 <= y < self.height():
            return -1
        return int(y // self._row_height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Each bar in its colour after its label (elided), its count after it."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        row = self._row_height()
        left = self._label_width()
        centred = Qt.AlignmentFlag.AlignVCenter
        for index, bar in enumerate(self.bars):
            rect = self.bar_rect(index)
            painter.fillRect(rect, bar.colour)
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - 4)
            painter.drawText(QRectF(0, index * row, left - 4, row), centred, label)
            after = QRectF(rect.right() + 4, index * row, self.width(), row)
            painter.drawText(after, centred | Qt.AlignmentFlag.AlignLeft, str(bar.count))
            if index == self.chosen and self.hasFocus():
                painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
                painter.drawRect(QRectF(0, index * row, self.width() - 1, row - 1))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a bar's column emits its index."""
        index = self.bar_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down choose a bar, Enter or Space opens it."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.bars:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.chosen = max(0, min(len(self.bars) - 1, self.chosen + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.chosen >= 0:
            self.bar_clicked.emit(self.chosen)
        else:
            super().keyPressEvent(event)

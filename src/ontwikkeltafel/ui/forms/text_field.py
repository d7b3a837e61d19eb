"""A text of several lines that grows with what is in it, so a form is neither cramped nor empty."""

from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QTextEdit, QWidget

MAX_LINES = 12  # beyond this the field scrolls


class TextField(QTextEdit):
    """Plain text; at least ``lines`` high, taller as it fills (up to MAX_LINES); Tab leaves.

    A QTextEdit, not a QPlainTextEdit: its layout measures the whole text in pixels,
    wrapped lines included, where the plain one lays out only what it shows.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        """An empty field of ``lines`` lines."""
        super().__init__(parent)
        self.lines = lines
        self.setAcceptRichText(False)  # pasted text arrives plain
        self.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit(self.document().size())

    def _fit(self, size: QSizeF) -> None:
        line = self.fontMetrics().lineSpacing()
        margin = 2 * self.document().documentMargin()
        lowest = line * self.lines + margin
        highest = line * MAX_LINES + margin
        frame = 2 * self.frameWidth()
        height = round(max(lowest, min(highest, size.height())) + frame)
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

"""A text of several lines: plain, Tab leaves it, and as tall as its text or as the room given.

Every multi-line text in the app is one: the forms' notes and descriptions, the table's
goal and description, an agenda item's explanation and its verslag.
"""

from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QTextEdit, QWidget

MAX_LINES = 12  # a field that grows with its text scrolls beyond this


class TextField(QTextEdit):
    """Plain text, at least ``lines`` high; Tab goes on to the next field.

    With ``most`` lines (the default :data:`MAX_LINES`) the field grows with its text up to
    that many lines, then scrolls, so that a form is neither cramped nor empty. With
    ``most=None`` it takes the room its layout gives it (the verslag of an agenda item).

    A QTextEdit, not a QPlainTextEdit: its layout measures the whole text in pixels,
    wrapped lines included, where the plain one lays out only what it shows.
    """

    def __init__(
        self, lines: int, most: int | None = MAX_LINES, parent: QWidget | None = None
    ) -> None:
        """An empty field of ``lines`` lines, growing to ``most`` lines (None: not by its text)."""
        super().__init__(parent)
        self.lines = lines
        self.most = most
        self.setAcceptRichText(False)  # pasted text arrives plain
        self.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere
        if most is None:
            self.setMinimumHeight(self._height(lines))
        else:
            self.document().documentLayout().documentSizeChanged.connect(self._fit)
            self._fit(self.document().size())

    def _height(self, lines: int) -> int:
        """The height in pixels of the field showing ``lines`` lines."""
        margin = 2 * self.document().documentMargin()
        return round(self.fontMetrics().lineSpacing() * lines + margin + 2 * self.frameWidth())

    def _fit(self, size: QSizeF) -> None:
        assert self.most is not None
        lowest, highest = self._height(self.lines), self._height(self.most)
        height = max(lowest, min(highest, round(size.height()) + 2 * self.frameWidth()))
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

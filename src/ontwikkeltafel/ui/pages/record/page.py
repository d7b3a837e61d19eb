"""What the table page and the meeting page share: a heading with a way back, and autosave.

A record page is shown over the list it was opened from; Ctrl+W (``close_page``) or the
back button stores what is pending and goes back there. Every binder of the page is
flushed when it is hidden, when the window closes and before another record is shown.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.core.context import PageDefaults, WindowContext
from ontwikkeltafel.ui.core.messages import error_text, waiting_text
from ontwikkeltafel.ui.pages.record.reads import PageReads

NOTICE_COLOUR = "#b3261e"


def show_start(picker: QComboBox) -> None:
    """Show the start of a long choice ("Anna de Vries (KION...)"), not its end."""
    edit = picker.lineEdit()
    if edit is not None:
        edit.setCursorPosition(0)


def soft_text(label: QLabel) -> None:
    """Grey text that still reads: the window's text two fifths of the way to its ground.

    A disabled label's grey has a contrast of 1.6 to the window; this one about 5.
    """
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    ground = palette.color(QPalette.ColorRole.Window)
    mix = [
        0.6 * a + 0.4 * b
        for a, b in (
            (text.redF(), ground.redF()),
            (text.greenF(), ground.greenF()),
            (text.blueF(), ground.blueF()),
        )
    ]
    palette.setColor(QPalette.ColorRole.WindowText, QColor.fromRgbF(*mix))
    label.setPalette(palette)


class RecordPage(QWidget, PageDefaults):
    """A page for one record: heading, report buttons, a body, and the way back."""

    def __init__(self, context: WindowContext) -> None:
        """A page of the window ``context``; subclasses fill :attr:`body` and :attr:`buttons`."""
        super().__init__()
        self.context = context
        self.editor = context.editor
        self.sessions = context.sessions
        self.record_id: str | None = None
        self.came_from: QWidget | None = None
        self.binders: list[FormBinder] = []
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("← Terug"))
        self.back_button.setToolTip(self.tr("Terug naar de lijst (Ctrl+W)"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.close_page)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.subtitle = QLabel()
        soft_text(self.subtitle)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.back_button)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        heading.addLayout(names, 1)
        heading.addLayout(self.buttons)
        # Why input was refused (an empty title), in red under the heading: never a dialog,
        # which would take the focus and so store, and refuse, the same input again.
        self.notice = QLabel()
        self.notice.setStyleSheet(f"color: {NOTICE_COLOUR};")
        self.notice.setWordWrap(True)
        self.notice.hide()
        # What could not be read (the server away): said under the heading, read when back.
        self.unread_note = QLabel()
        self.unread_note.setWordWrap(True)
        soft_text(self.unread_note)
        self.unread_note.hide()
        self.reads = PageReads(self.sessions, self)  # off the UI thread on a server
        self.reads.changed.connect(self._reads_changed)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(heading)
        layout.addWidget(line)
        layout.addWidget(self.notice)
        layout.addWidget(self.unread_note)
        layout.addLayout(self.body, 1)

    def show_frame(self) -> None:
        """On a server, before the record's values come: the page's frame, "laden…"."""
        self.title.clear()
        self.subtitle.setText(self.tr("laden…"))
        self.context.show_over(self)  # the frame paints while the reads are out

    def _reads_changed(self) -> None:
        """Say what could not be read while the server is away; nothing once all is read."""
        if self.reads.unread:
            self.unread_note.setText(
                self.tr(
                    "Niet geladen: de server is niet bereikbaar. De pagina wordt geladen "
                    "zodra de verbinding terug is."
                )
            )
            if not self.title.text():
                self.subtitle.setText(self.tr("niet geladen"))
        elif self.reads.loading and not self.title.text():
            self.subtitle.setText(self.tr("laden…"))
        self.unread_note.setVisible(bool(self.reads.unread))

    def binder(self, save: Callable[[dict[str, Any]], None]) -> FormBinder:
        """A binder of this page: flushed with it, refusals shown."""
        binder = FormBinder(save, self)
        binder.refused.connect(self.refused)
        binder.waiting.connect(lambda error, wait_ms: self._say(waiting_text(error, wait_ms)))
        binder.saved.connect(lambda _values: self.notice.hide())
        self.binders.append(binder)
        return binder

    def refused(self, error: UserError) -> None:
        """Say why an edit was not stored (the field keeps the input until put right)."""
        self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        """A button in the heading, beside the title."""
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def flush(self) -> bool:
        """Store every pending input of the page now; False if any was refused."""
        results = [binder.flush() for binder in self.binders]
        return all(results)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page stores what is pending."""
        self.flush()
        super().hideEvent(event)

    def focus_new(self) -> None:
        """Put the cursor where a record just made is typed into first (its title, date)."""

    def show_record(self, record_id: str) -> None:
        """Show the record ``record_id`` (each record page shows its own kind)."""
        raise NotImplementedError

    def can_new(self) -> bool:
        """A record page always makes something new (an agenda item, a meeting)."""
        return True

    def can_close(self) -> bool:
        """A record page can always be closed (pending input is stored first)."""
        return True

    def close_page(self) -> None:
        """Store what is pending and go back to where the page was opened from."""
        self.flush()
        self.leave()

    def leave(self) -> None:
        """Go back to the page this one was opened from (the first page if none)."""
        self.context.go_back(None if self.came_from is self else self.came_from)

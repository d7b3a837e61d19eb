"""A part of a record page: a heading, a table view and a row of buttons under it."""

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.ui.widgets.movable_view import MovableView

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


def heading(text: str) -> QLabel:
    """A part's heading."""
    return QLabel(f"<b>{text}</b>")


def bar_button(bar: QHBoxLayout, text: str, tip: str, slot: Any) -> QPushButton:
    """A button added to ``bar`` that calls ``slot``; a one-character arrow is kept narrow."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    if len(text) == 1:  # an arrow
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 16)
    bar.addWidget(button)
    return button


class Part(QWidget):
    """A heading, a view and a row of buttons, working for a record page."""

    def __init__(self, page: "RecordPage", title: str, view: MovableView | None = None) -> None:
        """A part of ``page`` around ``view`` (a new one if not given)."""
        super().__init__()
        self.page = page
        self.view = view or MovableView()
        self.heading = heading(title)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.bar)

    def add_button(self, text: str, tip: str, slot: Any) -> QPushButton:
        """A button under the view."""
        return bar_button(self.bar, text, tip, slot)

    @property
    def table_id(self) -> str:
        """The table shown."""
        assert self.page.record_id is not None
        return self.page.record_id

    def run(self, work: Any) -> None:
        """Run an edit; a refusal is shown."""
        try:
            work()
        except UserError as error:
            self.page.refused(error)

"""The first page's lists on a server: "Laden…" over an empty list, "Niet geladen…" while away.

On PostgreSQL the lists read their ids and rows off the UI thread (LazyTableModel's
``read_off_thread``): the page's frame shows at once, and an empty list says why it is
empty until its ids come. On a SQLite file the hint never shows (read at once).
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout

from ontwikkeltafel.ui.models.lazy_table import LazyTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstPageLoading", text)


def loading_text() -> str:
    """What a count says while the ids are read: "laden…"."""
    return _tr("laden…")


def unread_text() -> str:
    """What a count says while the server is away and the list is not read: "niet geladen"."""
    return _tr("niet geladen")


class LoadingHint(QLabel):
    """A line over an empty list's viewport while its ids are on their way or kept away."""

    def __init__(self, view: QAbstractItemView, model: LazyTableModel) -> None:
        """Over ``view`` (showing ``model``); hidden while the list has rows or was read."""
        super().__init__(view.viewport())
        self.model = model
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setEnabled(False)  # greyed, as the list pages' hint
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks: the list's
        layout = QVBoxLayout(view.viewport())
        layout.addWidget(self)
        self.hide()
        model.loading_changed.connect(self.update_state)
        model.modelReset.connect(self.update_state)
        model.failed.connect(self.update_state)

    def update_state(self, *_args: Any) -> None:
        """Show why the list is empty while it is read or the server is away; else nothing."""
        model = self.model
        if model.rowCount() or not (model.loading or model.unread):
            self.hide()
            return
        self.setText(
            _tr("Laden…")
            if model.loading
            else _tr(
                "Niet geladen: de server is niet bereikbaar. De lijst wordt geladen zodra de "
                "verbinding terug is."
            )
        )
        self.show()

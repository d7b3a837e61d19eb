"""The history of a table as a whole, read-only: who changed what of it, and when.

:func:`show_table_history` opens it from the table page ("Geschiedenis van de tafel…").
Every change of the table, its members, meetings (their agenda items, decisions and
attendance), actions, concerns and development points, newest first; the filter box keeps
the rows holding every word typed (accents and case aside). On a server (PostgreSQL) the
history is read off the UI thread: the dialog opens at once and says "laden…" until it comes.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.services.table_history import table_entries
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.context import WindowContext, as_page
from ontwikkeltafel.ui.core.messages import current_language, failure_text
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.models.table_history_model import (
    HistoryRow,
    TableHistoryModel,
    history_rows,
    matches,
)

# Starting widths of Door, Onderdeel, Wat, Oud (Wanneer fits its moment, Nieuw takes the rest).
WIDTHS = (130, 400, 130, 190)


def _tr(text: str) -> str:
    return QCoreApplication.translate("table_history", text)


class TableHistoryDialog(QDialog):
    """The changes of one table and of everything that belongs to it, newest first."""

    def __init__(
        self, context: WindowContext, table_id: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        """The history of the table ``table_id`` (``title`` names it in the heading)."""
        super().__init__(parent)
        self.context = context
        self.table_id = table_id
        heading = _tr("Geschiedenis van de tafel")
        self.setWindowTitle(f"{heading}: {title}" if title else heading)
        self.heading = QLabel(f"<b>{self.windowTitle()}</b>")
        self.heading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("Filteren: wie, onderdeel, veld of waarde…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.model = TableHistoryModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(0, metrics.horizontalAdvance("00-00-0000 00.00") + 16)
        for column, width in enumerate(WIDTHS, start=1):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.empty = QLabel(_tr("Van deze tafel is nog geen geschiedenis bewaard."))
        self.empty.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        label = QLabel(_tr("&Filter:"))
        label.setBuddy(self.filter)
        bar.addWidget(label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1180, 620)
        self.all_rows: list[HistoryRow] = []
        self.reader = Reader(context.sessions, self)  # on a server: off the UI thread
        self.unread = False  # the server was away: read again when it is back
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)
        self.reload()
        self.filter.setFocus()

    def reload(self) -> None:
        """Read the table's history again and show what the filter keeps."""
        sessions, table_id = self.context.sessions, self.table_id
        if self.reader.at_once:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.reader.read(
                lambda: history_rows(table_entries(sessions, table_id)),
                self._fill,
                self._not_read,
                False,
            )
        finally:
            if self.reader.at_once:
                QGuiApplication.restoreOverrideCursor()
        if self.reader.reading:
            self.empty.setText(_tr("laden…"))
            self.empty.show()

    def _fill(self, rows: list[HistoryRow]) -> None:
        self.unread = False
        self.all_rows = rows
        self.empty.setText(_tr("Van deze tafel is nog geen geschiedenis bewaard."))
        self.empty.setVisible(not self.all_rows)
        self.apply_filter(self.filter.text())

    def _not_read(self, error: Exception) -> None:
        if connection_lost(error):
            self.unread = True
            text = _tr(
                "Niet geladen: de server is niet bereikbaar. De geschiedenis wordt geladen "
                "zodra de verbinding terug is."
            )
        else:
            text = failure_text(error, current_language())
        self.empty.setText(text)
        self.empty.show()

    def _server_back(self, where: str) -> None:
        """The server answers again: the history it could not give is read now."""
        if where == self.reader.where and self.unread and not self.reader.reading:
            self.reload()

    def apply_filter(self, text: str) -> None:
        """Keep the rows holding every word of ``text``."""
        words = fold(text).split()
        shown = [row for row in self.all_rows if matches(row, words)] if words else self.all_rows
        self.model.set_rows(shown)
        total = len(self.all_rows)
        if words:
            self.count.setText(
                _tr("%1 van %2 wijzigingen")
                .replace("%1", str(len(shown)))
                .replace("%2", str(total))
            )
        else:
            self.count.setText(
                _tr("1 wijziging")
                if total == 1
                else _tr("%1 wijzigingen").replace("%1", str(total))
            )


def show_table_history(
    context: WindowContext, parent: QWidget | None, table_id: str, title: str = ""
) -> TableHistoryDialog:
    """Open the history of the table ``table_id`` over ``parent``; the page stores first."""
    page = as_page(context.current_page())
    if page is not None:
        page.flush()
    dialog = TableHistoryDialog(context, table_id, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

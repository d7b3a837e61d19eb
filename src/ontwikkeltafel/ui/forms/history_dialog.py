"""The history of one record: its changes newest first, or the versions of one of its texts.

:func:`show_history` opens it. With a ``field`` that holds a text (an agenda item's
``minutes``), the dialog lists the versions of that text and shows the chosen one beside
the current text; "Deze versie terugzetten" makes it the current text again through the
window's Editor: an undoable change, written into the history like any other.
On a server (PostgreSQL) the history is read off the UI thread: the dialog opens at once
and says "laden…" (the restore button disabled) until it comes; a restore is stored off
the UI thread too ("opslaan…").
"""

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.history_view import KIND_OF_LIST, Entry, entries_of, text_versions
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.context import WindowContext, as_page
from ontwikkeltafel.ui.core.messages import current_language, error_text, failure_text
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.models.history_model import (
    HistoryModel,
    VersionsModel,
    field_label,
    value_text,
    version_moment,
    what_text,
)
from ontwikkeltafel.ui.widgets.side_by_side import SideBySide

NOTICE_COLOUR = "#b3261e"


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def _record_lines(list_name: str, values: Any) -> str:
    """A whole record's values, a line each: "Titel: ‘Opening’"."""
    if not isinstance(values, dict):
        return ""
    return "\n".join(
        f"{field_label(list_name, name)}: {value_text(value, field=name)}"
        for name, value in values.items()
    )


def _entry_text(list_name: str, entry: Entry, value: Any) -> str:
    """One side of an entry as a text to compare: a text itself, else its short form."""
    if entry.field is None:
        return _record_lines(list_name, value)
    if isinstance(value, str) and entry.enum is None and not entry.field.endswith("_id"):
        return value
    return value_text(value, entry.enum, entry.names, entry.field)


class HistoryDialog(QDialog):
    """The changes of one record (``field`` None) or the versions of one of its texts."""

    def __init__(
        self,
        context: WindowContext,
        list_name: str,
        record_id: str,
        field: str | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """The history of record ``record_id`` of the exchange list ``list_name``."""
        super().__init__(parent)
        self.context = context
        self.list_name = list_name
        self.kind = KIND_OF_LIST.get(list_name, list_name)
        self.record_id = record_id
        self.field = field
        if field is None:
            heading = _tr("Geschiedenis")
        else:
            heading = _tr("Geschiedenis van %1").replace("%1", field_label(list_name, field))
        self.setWindowTitle(f"{heading}: {title}" if title else heading)
        self.heading = QLabel(f"<b>{self.windowTitle()}</b>")
        self.heading.setWordWrap(True)
        self.model: HistoryModel | VersionsModel = (
            HistoryModel(list_name, self) if field is None else VersionsModel(self)
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.compare = SideBySide()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.empty = QLabel(_tr("Van dit gegeven is nog geen geschiedenis bewaard."))
        self.empty.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button: QPushButton | None = None
        if field is not None:
            self.restore_button = self.buttons.addButton(
                _tr("Deze versie &terugzetten"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.restore_button.setToolTip(
                _tr("Maak de gekozen versie weer de huidige tekst (ongedaan maken met Ctrl+Z)")
            )
            self.restore_button.clicked.connect(self.restore_chosen)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.compare)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 450] if field is not None else [320, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)
        self.current_text = ""
        self.reader = Reader(context.sessions, self)  # on a server: off the UI thread
        self.unread = False  # the server was away: read again when it is back
        self.saving = False  # a version being stored (on a server)
        context.notifier.changed.connect(self._on_changed)
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)
        self.reload()

    @property
    def loading(self) -> bool:
        """Whether the history is on its way (on a server)."""
        return self.reader.reading

    def reload(self, row: int = 0) -> None:
        """Read the history again and choose ``row`` (the newest: 0)."""
        sessions, editor = self.context.sessions, self.context.editor
        list_name, record_id, kind, field = self.list_name, self.record_id, self.kind, self.field

        def read() -> tuple[str, list[Any]]:
            if field is None:
                return "", list(entries_of(sessions, list_name, record_id))
            values = editor.read(kind, record_id) or {}
            versions = text_versions(sessions, list_name, record_id, field)
            return str(values.get(field) or ""), list(versions)

        self.reader.read(read, lambda read_: self._fill(row, *read_), self._not_read, False)
        if self.loading:
            self._say(_tr("laden…"))

    def _say(self, text: str) -> None:
        """Why the list is empty (or may be out of date): "laden…", "niet geladen"."""
        self.empty.setText(text)
        self.empty.show()
        if self.restore_button is not None:
            self.restore_button.setEnabled(False)

    def _not_read(self, error: Exception) -> None:
        if connection_lost(error):
            self.unread = True
            self._say(
                _tr(
                    "Niet geladen: de server is niet bereikbaar. De geschiedenis wordt geladen "
                    "zodra de verbinding terug is."
                )
            )
            return
        self._say(failure_text(error, current_language()))

    def _server_back(self, where: str) -> None:
        """The server answers again: the history it could not give is read now."""
        if where == self.reader.where and self.unread and not self.loading:
            self.reload(self.chosen_row())

    def _fill(self, row: int, current_text: str, rows: list[Any]) -> None:
        self.unread = False
        self.empty.setText(_tr("Van dit gegeven is nog geen geschiedenis bewaard."))
        if isinstance(self.model, HistoryModel):
            self.model.set_rows(rows)
        else:
            self.current_text = current_text
            self.model.set_versions(rows)
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        if count:
            self.view.selectRow(min(max(row, 0), count - 1))
        self._show_chosen()

    def chosen_row(self) -> int:
        """The row chosen in the list (-1: none)."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.notice.hide()
        self._show_chosen()

    def _show_chosen(self) -> None:
        row = self.chosen_row()
        if isinstance(self.model, VersionsModel):
            self._show_version(row)
        elif row >= 0:
            entry = self.model.entry(row)
            what = what_text(self.list_name, entry)
            self.compare.show_texts(
                _tr("Voor: %1").replace("%1", what),
                _entry_text(self.list_name, entry, entry.old),
                _tr("Na: %1").replace("%1", what),
                _entry_text(self.list_name, entry, entry.new),
            )
        else:
            self.compare.show_texts("", "", "", "")

    def _show_version(self, row: int) -> None:
        assert isinstance(self.model, VersionsModel) and self.restore_button is not None
        if row < 0:
            self.compare.show_texts("", "", _tr("Huidige tekst"), self.current_text)
            self.restore_button.setEnabled(False)
            return
        version = self.model.version(row)
        by = f" ({version.by})" if version.by else ""
        if version.at is None:
            left = _tr("Eerdere versie (van vóór de geschiedenis)")
        else:
            left = _tr("Versie van %1").replace("%1", version_moment(version)) + by
        self.compare.show_texts(left, version.text, _tr("Huidige tekst"), self.current_text)
        enabled = version.text != self.current_text and not self.loading and not self.saving
        self.restore_button.setEnabled(enabled)

    def restore_chosen(self) -> bool:
        """Make the chosen version the current text again (undoable); False if refused."""
        row = self.chosen_row()
        if self.field is None or not isinstance(self.model, VersionsModel) or row < 0:
            return False
        if self.loading or self.unread or self.saving:
            return False  # the versions shown may be out of date (or one is being stored)
        version = self.model.version(row)
        if version.text == self.current_text:
            return False
        moment = version_moment(version)
        undo_text = (
            _tr("%1 teruggezet naar de versie van %2")
            .replace("%1", field_label(self.list_name, self.field))
            .replace("%2", moment)
        )
        restored: list[bool] = []

        def done(error: UserError | None) -> None:
            if not shiboken6.isValid(self):
                return  # closed meanwhile: the step is on the stack all the same
            self.saving = False
            if error is not None:
                self._notice(error_text(error), error=True)
                self._show_chosen()
                return
            self.notice.hide()
            restored.append(True)
            self.reload(1)  # the text just replaced, beside the restored one
            self.context.show_status(
                _tr("De versie van %1 is teruggezet. Ongedaan maken met Ctrl+Z.").replace(
                    "%1", moment
                ),
                8000,
            )

        self.saving = True
        assert self.restore_button is not None
        self.restore_button.setEnabled(False)
        self._notice(_tr("opslaan…"), error=False)  # on a server (a SQLite file: at once)
        values = {self.field: version.text}
        self.context.editor.update_later(undo_text, self.kind, self.record_id, values, done)
        return not self.reader.at_once or bool(restored)

    def _notice(self, text: str, error: bool) -> None:
        """A line under the versions: red for what went wrong, plain for "opslaan…"."""
        self.notice.setStyleSheet(f"color: {NOTICE_COLOUR};" if error else "")
        self.notice.setText(text)
        self.notice.show()

    def _on_changed(self, change: Change) -> None:
        """Another edit (an undo, say) touched this record: read its history again."""
        if self.isVisible() and change.touches(self.kind) and self.record_id in change.ids:
            self.reload(self.chosen_row())


def show_history(
    context: WindowContext,
    parent: QWidget | None,
    list_name: str,
    record_id: str,
    field: str | None = None,
    title: str = "",
) -> HistoryDialog:
    """Open the history of a record (of one of its texts, with ``field``) over ``parent``.

    ``list_name`` names the record's list as the history does (``agenda``, ``meetings``,
    ``actions``...); ``title`` names the record in the dialog's title. What the shown page
    has not stored yet is stored first, so the current text is the one on screen.
    """
    page = as_page(context.current_page())
    if page is not None:
        page.flush()
    dialog = HistoryDialog(context, list_name, record_id, field, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""A list page with the form of the chosen record beside it: make, edit and delete records.

The list is on the left, the form of the selected record on the right. Everything
goes through the window's :class:`Editor`, so each edit, each new record and each
delete is a step on the undo stack. The page keeps its selection (by id) when the list
is read again after a change, and reads it again only when it is shown. A new record
takes its place in the list as soon as it is stored; a changed one moves to its place
(by the list's sort) after a pause in the typing, chosen and in sight.
"""

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import dependents
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import within_sentence
from ontwikkeltafel.ui.core.question_reads import read_for_question
from ontwikkeltafel.ui.forms.delete_question import DeleteQuestion, dependents_lines
from ontwikkeltafel.ui.forms.person_rights import PersonRights
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.forms.record_context_panel import KINDS as CONTEXT_KINDS
from ontwikkeltafel.ui.forms.record_context_panel import with_context
from ontwikkeltafel.ui.forms.record_form import RecordForm
from ontwikkeltafel.ui.forms.spec import FormSpec
from ontwikkeltafel.ui.lists.list_page import PageSpec, RecordListPage
from ontwikkeltafel.ui.widgets.list_view import fitter_of

STATUS_MS = 8000
RESORT_MS = 1000  # after the last change stored: the changed row moves to its sorted place
ASK_BEFORE_DELETING = frozenset({"people", "organisations"})  # others refer to them


class EditingPage(RecordListPage):
    """The list of one kind of record and the form of the selected one."""

    def __init__(
        self, context: WindowContext, spec: PageSpec, form_spec: FormSpec, parent: Any = None
    ) -> None:
        """A list by ``spec`` beside a form by ``form_spec``; edits go through the window's."""
        super().__init__(context.sessions, spec, parent)
        self.context = context
        self.form_spec = form_spec
        self.kind = form_spec.kind
        editor = self.editor = context.editor
        self.stale = False
        self._selecting = False
        self.form = RecordForm(form_spec, editor)
        self.form.record_gone.connect(lambda _id: self.view.clearSelection())
        self.form.record_shown.connect(lambda _id: self._refresh_actions())
        self.form.record_made.connect(self._on_made)
        self.resort_timer = QTimer(self)
        self.resort_timer.setSingleShot(True)
        self.resort_timer.setInterval(RESORT_MS)
        self.resort_timer.timeout.connect(self._resort)
        self.rights: PersonRights | None = None  # a person's Inzien, Anonimiseren, Verwijderen
        if self.kind == "people":
            self.splitter.addWidget(self._with_rights())
        elif self.kind in CONTEXT_KINDS:  # a concern's or practice's Samenhang under its form
            self.splitter.addWidget(with_context(context, self.form, self.kind))
        else:
            self.splitter.addWidget(self.form)
        # The list gets the larger part (its titles, an action's text), the form the rest.
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([700, 380])
        self.splitter.setChildrenCollapsible(False)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        # On a server the ids come after a reading began: the form's record chosen then.
        self.model.settled.connect(self._keep_selection)
        editor.notifier.changed.connect(self._on_changed)
        self.form.binder.saved.connect(self._on_saved)
        self._restore_after_undo: str | None = None  # the last record deleted here
        self.reader = Reader(editor.sessions, self)  # whether it came back (off the UI thread)

    def _with_rights(self) -> QWidget:
        """The form with the person's AVG buttons under it."""
        rights = self.rights = PersonRights(self.context)
        self.form.record_shown.connect(rights.show_person)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form, 1)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 6, 6)  # in line with the form's fields
        row.addWidget(rights)
        layout.addLayout(row)
        return pane

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The list is narrower beside a form: the filter box and the count on one row,
        # the filter choices below them.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        if self.combos:
            choices = QHBoxLayout()
            for combo, _choices in self.combos:
                choices.addWidget(combo, 1)
            left_layout.addLayout(choices)
        left_layout.addWidget(self.body)
        self.splitter.addWidget(left)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._narrow_columns()

    def _narrow_columns(self) -> None:
        for column in self.spec.beside_form_hidden:
            self.view.setColumnHidden(column, True)
        if self.spec.beside_stretch is not None:
            fitter_of(self.view).stretch_column(self.spec.beside_stretch)

    # The page's verbs: the window's Edit menu calls these on the page it shows.

    def can_new(self) -> bool:
        """A new record can always be made."""
        return True

    def can_delete(self) -> bool:
        """Only a chosen record can be deleted."""
        return self.form.record_id is not None

    def flush(self) -> bool:
        """Store what the user typed and did not store yet; False if it was refused."""
        return self.form.flush()

    def new_record(self) -> bool:
        """Show an empty form for a new record, the cursor in it; stored once typed in.

        It starts with what the filters ask for (and the table worked on), so that it
        shows in the list; False when input of the record shown could not be stored.
        """
        if not self.flush():
            return False
        context = {**self.filters(), "table_id": self._current_table()}
        values, text = self.form_spec.new(context)
        self.view.clearSelection()
        self.form.show_new(values, text)
        self.form.focus_first()
        return True

    def delete_selected(self) -> bool:
        """Delete the chosen record and what hangs from it; Ctrl+Z brings it all back."""
        record_id = self.form.record_id
        if record_id is None or not self.flush():  # input not stored yet stays, and the record
            return False
        # A person goes only the AVG way (no name left behind): its own window asks.
        asks = self.kind in ASK_BEFORE_DELETING and self.rights is None
        editor, kind = self.editor, self.kind
        read = read_for_question(  # off the UI thread on a server: the window goes on
            self,
            editor.sessions,
            lambda: (
                editor.read(kind, record_id),
                dependents(editor.sessions, kind, record_id) if asks else None,
            ),
        )
        values, hanging = (None, None) if read is None else read
        if values is None:  # gone, or the server away (the banner says so)
            return False
        if self.rights is not None:
            return self.rights.delete(record_id)
        what = self.form_spec.describe(values)
        if asks and hanging is not None:
            lines = dependents_lines(hanging)
            if lines and not DeleteQuestion.ask(self, what, lines, self.kind):
                return False
        row = self.model.row_of(record_id)
        try:
            undo_text = within_sentence(self.tr("%1 verwijderen"), what)
            self.editor.delete(undo_text, self.kind, record_id)
        except UserError as error:
            self.form.show_error(error)
            return False
        self.form.show_record(None)
        self._restore_after_undo = record_id
        self._select_row(min(row, self.model.rowCount() - 1) if row >= 0 else -1)
        self._status(self.tr("%1 verwijderd. Ongedaan maken met Ctrl+Z.").replace("%1", what))
        return True

    def open_record(self, record_id: str) -> bool:
        """Show the record ``record_id`` in the list (clearing filters if need be) and form."""
        if record_id != self.form.record_id and not self.flush():
            return False
        if self.stale:
            self._reload()
        if self.model.row_of(record_id) < 0 and self.model.filters:
            self.clear_filters()
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
        if self.form.record_id != record_id:
            self.form.show_record(record_id)
        return self.form.record_id == record_id

    def highlight(self, text: str) -> bool:
        """Select the first occurrence of ``text`` in the form's text fields."""
        return self.form.highlight(text)

    def clear_filters(self) -> None:
        """Show every record: the filter box emptied, each filter back to its first choice."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo, _choices in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Read the list for the current filters; the chosen record stays chosen if listed."""
        super().apply_filters()
        self._keep_selection()

    # Keeping list and form in step.

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._selecting:
            return
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            return
        record_id = self.model.row_id(min(rows))
        if record_id == self.form.record_id:
            return
        if not self.flush():  # refused input stays, and so does its record
            self._selecting = True
            try:
                self._keep_selection()
            finally:
                self._selecting = False
            return
        self.form.show_record(record_id)
        self._keep_selection()  # storing a new record just now read the list again

    def _keep_selection(self) -> None:
        record_id = self.form.record_id
        row = -1 if record_id is None else self.model.row_of(record_id)
        if row < 0:
            self.view.clearSelection()
            return
        self._selecting = True
        try:
            self._select_row(row)
        finally:
            self._selecting = False

    def _on_saved(self, _values: dict[str, Any]) -> None:
        # The row shows the new values where it is; it moves to its place after a pause.
        if self.form.record_id is not None:
            self.model.refresh_rows([self.form.record_id])
            self.resort_timer.start()

    def _on_made(self, record_id: str) -> None:
        """The new record was stored: it takes its place in the list, chosen and in sight."""
        self._restore_after_undo = record_id  # a redo of making it shows it again
        self._reload()

    def _resort(self) -> None:
        """Move the changed row to its place by the list's sort; it stays chosen, in sight."""
        if not self.isVisible():
            self.stale = True
            return
        self.model.resort()
        self._keep_selection()

    def _on_changed(self, change: Change) -> None:
        if self.form.saving or not change.touches(self.kind, *self.form_spec.watch):
            return
        if self.isVisible():
            self._reload()
        else:
            self.stale = True
        restored = self._restore_after_undo
        if restored is None or restored not in change.ids or not self.isVisible():
            return
        if restored != self.form.record_id:  # an undone delete? (on a server off the UI thread)
            kind, editor, shown = self.kind, self.editor, self.form.record_id
            self.reader.read(
                lambda: editor.read(kind, restored),
                lambda values: self._came_back(restored, values, shown),
                lambda _error: None,  # the server away: the banner says so
            )

    def _came_back(self, record_id: str, values: dict[str, Any] | None, shown: str | None) -> None:
        """An undone delete: the record that came back is shown, if it did.

        Only while the page shows what it showed then: a record chosen meanwhile stays.
        """
        if values is not None and self.isVisible() and self.form.record_id == shown:
            self.open_record(record_id)

    def _reload(self) -> None:
        self.stale = False
        self._place = (None, self.view.verticalScrollBar().value())  # (kept over the reading)
        self.model.reload()
        self._keep_selection()

    def showEvent(self, event: QShowEvent) -> None:
        """A page changed while hidden reads its list again when shown."""
        if self.stale:
            self._reload()
        super().showEvent(event)

    def _current_table(self) -> str | None:
        """The table chosen on the window's first page, which new records belong to."""
        return self.context.current_table

    def _refresh_actions(self) -> None:
        """Let the window's Edit menu know that Delete now has (or lacks) a record."""
        self.context.refresh_actions()

    def _status(self, message: str) -> None:
        self.context.show_status(message, STATUS_MS)

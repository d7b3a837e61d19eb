"""The form of one record: its fields from a FormSpec, stored as the user types, undoable.

There is no Save button: a :class:`FormBinder` stores each change (after a pause in
typing, at once on leaving a field or choosing) through the window's :class:`Editor`,
so every edit is one step on the undo stack. A refused value (an empty title) is shown
under the form, an e-mail address or phone number that cannot be right under its own
field; either is kept in its field, unstored, until it is put right.

A new record (Ctrl+N) starts as an empty form: it is stored, as one undo step, when the
first input that can be stored is typed; leaving the empty form stores nothing.

On a server (PostgreSQL) a record is read off the UI thread (issue 15, point 3): the form
says "laden…", its fields empty and disabled (nothing typed, nothing stored), and fills
when the record comes; a record chosen meanwhile wins. A server away is said, and the
record read again when it is back. On a SQLite file the record shows at once, as before.
"""

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import blank_record
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.ui.core.autosave import FormBinder, autosave_events
from ontwikkeltafel.ui.core.labels import within_sentence
from ontwikkeltafel.ui.core.messages import error_text, waiting_text
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog, show_conflict
from ontwikkeltafel.ui.forms.form_fields import ERROR_COLOUR, FormFields
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.forms.refresh import Refresh
from ontwikkeltafel.ui.forms.spec import FormSpec
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from ontwikkeltafel.ui.widgets.link_list import LinkList

REDO_KEYS = QKeySequence("Ctrl+Shift+Z")
TYPED = frozenset({"line", "text", "date"})  # widgets whose edits merge while typing
# On a server a record read is waited for this long (the event loop turning, keys and clicks
# held), so that a server that answers fills the form at once; longer: "laden…", the window free.
SHOW_WAIT_MS = 300


def _refused_field(error: UserError) -> str | None:
    """The value a refusal is about: "title" for edit.required.title, "email" for ...email."""
    for prefix in ("edit.required.", "edit.invalid."):
        if error.key.startswith(prefix):
            return error.key.removeprefix(prefix)
    return "name" if error.key == "edit.theme_exists" else None


class RecordForm(QStackedWidget):
    """The fields of one record of ``spec.kind``, or a hint while none is chosen."""

    record_gone = Signal(str)  # the record shown was deleted (by an undo, say)
    record_shown = Signal(object)  # the id of the record now shown, or None
    record_made = Signal(str)  # the new record of the empty form was stored: its id

    def __init__(self, spec: FormSpec, editor: Editor, parent: QWidget | None = None) -> None:
        """Build the fields of ``spec``; edits go through ``editor``."""
        super().__init__(parent)
        self.spec = spec
        self.editor = editor
        self.record_id: str | None = None
        # A new record not stored yet: the values it starts with, and the undo text of making it.
        self.draft: tuple[dict[str, Any], str] | None = None
        self.values: dict[str, Any] = {}
        self.saving = False
        self.reader = Reader(editor.sessions, self)  # on a server: records read off the UI thread
        self.saves_back = 0  # the form's saves that came back (a refresh older is read again)
        self.refresh = Refresh(editor, self._refreshed, lambda: self.saves_back, self)
        self.loading = False  # the record shown is on its way: the fields wait, disabled
        self._unread = False  # its read met the server away: read again when it is back
        self._wanted: str | None = None  # text to highlight once the record on its way came
        self._waiting: QEventLoop | None = None  # show_record waits a moment for the record
        self._error_field: str | None = None  # the field whose label is red
        self.binder = FormBinder(self._save, self)
        self._fields: FormFields | None = None  # made when first needed (see fields)
        self.hint = QLabel(spec.hint)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.hint.setMargin(24)
        self.heading = QLabel(spec.heading)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.state = QLabel()  # "laden…", or why the record is not read
        self.state.setWordWrap(True)
        self.state.setEnabled(False)
        self.state.hide()
        self.addWidget(self.hint)
        # The room of the fields, kept before they are made: the splitter beside a list then
        # gives the form its width at once, and nothing moves when the first record shows.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * spec.width)
        self.binder.saved.connect(lambda _values: self.show_error(None))
        self.binder.saved.connect(self._count_save)
        self.binder.refused.connect(self.show_error)
        self.conflict: ConflictDialog | None = None  # a save that met a colleague's change
        self.binder.refused.connect(self._conflict)
        self.binder.waiting.connect(self.show_waiting)
        editor.notifier.changed.connect(self._on_changed)
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)

    @property
    def fields(self) -> FormFields:
        """The fields' page, made when first asked for (the hint shows until then)."""
        if self._fields is None:
            around = (self.heading, self.state, self.error)
            self._fields = FormFields(self.spec, self.editor.sessions, self.binder, self, around)
            self.addWidget(self._fields.page)
            # Wider only if they need more than was kept (another font): nothing moves else.
            self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))
        return self._fields

    @property
    def fields_made(self) -> bool:
        """Whether the fields' page has been made (a record or the empty form was shown)."""
        return self._fields is not None

    @property
    def widgets(self) -> dict[str, QWidget]:
        """The widget of each field, by name."""
        return self.fields.widgets

    @property
    def labels(self) -> dict[str, QLabel]:
        """The label of each field, by name."""
        return self.fields.labels

    @property
    def notes(self) -> dict[str, QLabel]:
        """The note under each checked field that says why its value was refused."""
        return self.fields.notes

    @property
    def scroll_area(self) -> QScrollArea:
        """The scrolled area the fields are in."""
        return self.fields.scroll_area

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab goes through, in the order of the form."""
        return self.fields.focus_chain()

    def field(self, name: str) -> QWidget:
        """The widget of the value ``name``."""
        return self.widgets[name]

    def show_record(self, record_id: str | None) -> bool:
        """Show the record ``record_id`` (None or gone: the hint); pending input is dropped.

        On a server the record is read off the UI thread: the form says "laden…" and is
        filled when it comes (True now; gone by then: the hint, and ``record_gone``).
        """
        if self.record_id != record_id:
            self.editor.versions.forget(self.spec.kind, self.record_id)
        self.show_error(None)
        self.draft = None
        if record_id is None or self.reader.at_once:
            self._stop_reading()
            values = None if record_id is None else self.editor.read(self.spec.kind, record_id)
            return self._show_values(record_id, values)
        self.record_id = record_id
        self._load(blank_record(self.spec.kind, {}), keep_pending=False)
        self.binder.forget()  # the empty fields are no record's: nothing in them is stored
        self.values = {}
        self._set_loading(True, self.tr("laden…"))
        self.setCurrentWidget(self.fields.page)
        self.record_shown.emit(record_id)
        self._read(record_id)
        self._settle()
        return True

    def _settle(self) -> None:
        """Wait a moment for the record on its way (not while the server is known away)."""
        if self._waiting is not None or self.reader.where in autosave_events().away:
            return
        loop = QEventLoop()
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        self._waiting = loop
        limit.start(SHOW_WAIT_MS)
        try:
            if self.loading:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            limit.stop()
            self._waiting = None

    def _show_values(self, record_id: str | None, values: dict[str, Any] | None) -> bool:
        """Show ``values`` read of ``record_id`` (None: the hint)."""
        if values is None or record_id is None:
            self.record_id = None
            self.values = {}
            self.binder.forget()
            self.setCurrentWidget(self.hint)
            self.record_shown.emit(None)
            return False
        self.record_id = record_id
        self.editor.versions.loaded(self.spec.kind, record_id, values)
        self._load(values, keep_pending=False)
        self.setCurrentWidget(self.fields.page)
        self.record_shown.emit(record_id)
        return True

    def _read(self, record_id: str) -> None:
        """Read the record off the UI thread; only the newest read's answer is shown."""
        kind, read = self.spec.kind, self.editor.read
        self.reader.read(
            lambda: read(kind, record_id),
            lambda values: self._came(record_id, values),
            self._not_read,
            drop_late=False,  # still the record chosen: shown when it comes, however late
        )

    def _came(self, record_id: str, values: dict[str, Any] | None) -> None:
        if not self.loading or record_id != self.record_id:
            return  # another record (or none) shown meanwhile
        wanted = self._wanted
        self._set_loading(False)
        if values is None:  # deleted meanwhile
            self._show_values(None, None)
            self.record_gone.emit(record_id)
            return
        self.editor.versions.loaded(self.spec.kind, record_id, values)
        self._load(values, keep_pending=False)
        if wanted:
            self.highlight(wanted)

    def _not_read(self, error: Exception) -> None:
        """The read met the server away (said; read again when it is back) or failed."""
        if not self.loading:
            return
        self._unread = isinstance(error, StoreUnavailable)
        text = error_text(error) if isinstance(error, UserError) else ""
        if self._unread:
            text = self.tr("Niet geladen: de server is niet bereikbaar.")
        self.state.setText(text)

    def _server_back(self, where: str) -> None:
        """The server answers again: a record it could not give is read now."""
        if where == self.reader.where and self.loading and self._unread and self.record_id:
            self._set_loading(True, self.tr("laden…"))
            self._read(self.record_id)

    def _set_loading(self, loading: bool, text: str = "") -> None:
        """The fields wait for the record (disabled, ``text`` above them), or show it."""
        self.loading = loading
        if not loading and self._waiting is not None:
            self._waiting.quit()
        self._unread = False
        if not loading:
            self._wanted = None
        fields = self.scroll_area.widget()
        if fields is not None:
            fields.setEnabled(not loading)
        self.state.setText(text)
        self.state.setVisible(loading)

    def _stop_reading(self) -> None:
        """A record on its way is wanted no more."""
        if self.loading:
            self.reader.drop()
            self._set_loading(False)

    def show_new(self, values: dict[str, Any], undo_text: str) -> None:
        """Show the empty form of a new record starting with ``values``; nothing is stored yet.

        The record is stored (undoable as ``undo_text``) once input that can be stored is typed.
        """
        self.show_error(None)
        self._stop_reading()
        self.record_id = None
        self.draft = (dict(values), undo_text)
        self._load(blank_record(self.spec.kind, values), keep_pending=False)
        self.setCurrentWidget(self.fields.page)
        self.record_shown.emit(None)

    def flush(self) -> bool:
        """Store pending input now; False when it was refused (it stays in its field)."""
        if self.loading or (self.record_id is None and self.draft is None):
            return True  # (a record on its way: its fields are disabled, nothing typed)
        return self.binder.flush()

    def focus_first(self) -> None:
        """Put the cursor in the first field, its text selected, ready to type over."""
        chain = self.focus_chain()
        if not chain:
            return
        first = chain[0]
        first.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(first, (QLineEdit, QTextEdit)):
            first.selectAll()

    def highlight(self, text: str) -> bool:
        """Select the first occurrence of ``text`` (any case) in a text field; False if none."""
        needle = text.casefold()
        if not needle:
            return False
        if self.loading:
            self._wanted = text  # selected once the record came (if it holds the text)
            return True
        for field in self.spec.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, QLineEdit):
                start = widget.text().casefold().find(needle)
                if start >= 0:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    widget.setSelection(start, len(text))
                    self.scroll_area.ensureWidgetVisible(widget)
                    return True
            elif isinstance(widget, QTextEdit):
                start = widget.toPlainText().casefold().find(needle)
                if start >= 0:
                    cursor = widget.textCursor()
                    cursor.setPosition(start)
                    cursor.setPosition(start + len(text), cursor.MoveMode.KeepAnchor)
                    widget.setTextCursor(cursor)
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.scroll_area.ensureWidgetVisible(widget)
                    return True
        return False

    def _load(self, values: dict[str, Any], keep_pending: bool) -> None:
        widgets = self.widgets  # made (and bound) first: the binder fills them
        for field in self.spec.fields:
            if field.widget == "links":  # compared as the field holds them: sorted
                values[field.name] = sorted(values.get(field.name) or [])
        self.values = values
        self.binder.load(values, keep_pending=keep_pending)
        for widget in widgets.values():
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setCursorPosition(0)  # a long title shows its beginning
        for field in self.spec.fields:
            if not field.bound:
                label = self.widgets[field.name]
                assert isinstance(label, QLabel)
                label.setText(str(values.get(field.name) or ""))

    def _save(self, values: dict[str, Any]) -> None:
        if self.record_id is None:
            self._make(values)
            return
        fields = [f for f in self.spec.fields if f.name in values]
        what = fields[0].label if len(fields) == 1 else self.spec.heading
        text = within_sentence(self.tr("%1 wijzigen"), what)
        # Typing in a field is one undo step; each choice (a status, a link) is its own.
        typed = all(f.widget in TYPED for f in fields)
        self.saving = True
        try:
            self.editor.update(text, self.spec.kind, self.record_id, values, merge=typed)
        finally:
            self.saving = False
        self.values.update(values)

    def _conflict(self, error: UserError) -> None:
        """A save met a colleague's change: both versions, and the user chooses."""
        if not isinstance(error, Conflict) or self.record_id is None:
            return
        if self.conflict is not None and self.conflict.isVisible():
            return  # the one open already shows it
        fields = self.spec.fields
        self.conflict = show_conflict(
            self,
            self.editor,
            lambda values: self._load(values, keep_pending=False),
            (self.spec.kind, self.record_id),
            error,
            {f.name: f.label for f in fields},
            {f.name for f in fields if f.widget == "text"},
            within_sentence(self.tr("%1 wijzigen"), self.spec.heading),
            self._conflict,
            lambda: self.show_error(None),
        )

    def _make(self, values: dict[str, Any]) -> None:
        """Store the new record of the empty form with the input typed (may raise UserError)."""
        assert self.draft is not None
        start, undo_text = self.draft
        self.saving = True
        try:
            record_id = self.editor.create(undo_text, self.spec.kind, {**start, **values})
        finally:
            self.saving = False
        self.record_id, self.draft = record_id, None
        if self.reader.at_once:
            stored = self.editor.read(self.spec.kind, record_id) or {}
            self.editor.versions.loaded(self.spec.kind, record_id, stored)
            self.values.update(stored)
            for field in self.spec.fields:  # what the database gave it: an action's number
                if not field.bound:
                    label = self.widgets[field.name]
                    assert isinstance(label, QLabel)
                    label.setText(str(stored.get(field.name) or ""))
        else:  # on a server off the UI thread: shown when it comes, what is typed kept
            # (begun once this save is counted as back: else its answer counts as older)
            read_back = partial(self.refresh.read, self.spec.kind, record_id)
            QTimer.singleShot(0, self, read_back)
        self.record_made.emit(record_id)
        self.record_shown.emit(record_id)

    def _on_changed(self, change: Change) -> None:
        self._invalidate_choices(change)
        if self.saving or self.binder.applying:
            return  # the form's own save: the values are known, no read on the UI thread
        if self.record_id is None or self.record_id not in change.ids:
            return
        if self.loading:
            self._read(self.record_id)  # the record on its way changed: read it again
            return
        self.refresh.read(self.spec.kind, self.record_id)

    def _count_save(self, _values: dict[str, Any]) -> None:
        self.saves_back += 1

    def _refreshed(self, record_id: str, values: dict[str, Any] | None) -> bool:
        """The record shown, read again after a change (None: gone); what was typed stays.

        False, and nothing shown, for values older than the form's own save since.
        """
        if self.loading or record_id != self.record_id:
            return True  # another record (or this one anew) shown meanwhile
        if values is None:
            self.show_record(None)
            self.record_gone.emit(record_id)
            return True
        if self.editor.versions.older(self.spec.kind, record_id, values):
            return False
        held = [(self.binder.pending(), dict(self.binder.stored))]
        self._load(values, keep_pending=True)  # the links sorted as the binder holds them
        self.editor.versions.loaded(self.spec.kind, record_id, values, held)
        return True

    def _invalidate_choices(self, change: Change) -> None:
        if self._fields is None:
            return  # no picker made yet: each reads its choices when made
        for field in self.spec.fields:
            if field.kind and change.touches(field.kind):
                widget = self.widgets[field.name]
                if isinstance(widget, LinkList):
                    widget.invalidate()
                elif isinstance(widget, RecordPicker):
                    if widget.isVisible() and not widget.hasFocus():
                        widget.reload()
                    else:
                        widget.invalidate()

    def show_error(self, error: UserError | None) -> None:
        """Say why input was refused (None: all is well), its label in red.

        The message shows under a checked field (an e-mail address), else under the form.
        """
        if error is None and self._fields is None:
            self.error.hide()  # no field made yet: none to clear
            return
        name = None if error is None else _refused_field(error)
        if name != self._error_field:
            if self._error_field in self.labels:
                self.labels[self._error_field].setStyleSheet("")
            if name in self.labels:
                self.labels[name].setStyleSheet(f"color: {ERROR_COLOUR};")
            self._error_field = name
        text = "" if error is None else error_text(error)
        notes = self.notes
        for field, note in notes.items():
            note.setText(text if field == name else "")
            self.fields.layout.setRowVisible(self.fields.note_rows[field], field == name)
            if field == name:
                self.scroll_area.ensureWidgetVisible(note)
        under_field = name in notes
        self.error.setText("" if under_field else text)
        self.error.setVisible(error is not None and not under_field)

    def show_waiting(self, error: UserError, wait_ms: int) -> None:
        """Say under the form that the input is not stored yet and is tried again."""
        self.error.setText(waiting_text(error, wait_ms))
        self.error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field is the window's undo, of the input just stored; Delete stays here.

        Pending input is stored first, so that undo takes back what was just typed; input
        that cannot be stored (an empty title) is dropped by Ctrl+Z instead.
        """
        if not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == REDO_KEYS
        )
        if event.type() == QEvent.Type.KeyPress and (undo or redo) and self.binder.is_waiting:
            return True  # swallowed: the field's own undo would take the waiting input
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if undo or redo:
            stored = self.flush()
            if not stored and self.binder.is_waiting:
                event.accept()  # the input waits for the database: kept, nothing to undo yet
                return True
            if not stored and undo:
                self.binder.revert()
                self.show_error(None)
                event.accept()  # the input is taken back; nothing to undo on the stack
                return True
            event.ignore()  # let the window's Undo or Redo action have the key
            return True
        typing = isinstance(watched, (QLineEdit, QTextEdit, RecordPicker))
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not typing:
            event.accept()  # Delete in a form field never deletes the whole record
            return True
        return False

"""A save that met a colleague's change: both versions shown, the user keeps one or merges.

:func:`show_conflict` opens :class:`ConflictDialog` over the form whose autosave met a
:class:`~ontwikkeltafel.services.conflicts.Conflict`: nothing was stored and the typed input
stays in the form. A long text (the verslag) is shown side by side with the differences
marked (:class:`SideBySide`), a short one (a title) in a compact form; who stored theirs and
when is said above. "Hun versie houden" drops the input; "Mijn versie houden" and a merge
("Samenvoegen": an editable text starting from mine, theirs beside it) are stored as one
undo step over the version shown, so a change made meanwhile meets the conflict again.
"""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.ui.core.messages import error_text
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.widgets.side_by_side import SideBySide

THEIRS, MINE, MERGED = "theirs", "mine", "merged"
#: How a field's value reads in the dialog: display(name, value).
Display = Callable[[str, Any], str]


def _moment(at: datetime | None) -> str:
    """A moment as the conflict's message gives it: Dutch time, "6-12-2026 16:05"."""
    if at is None:
        return "?"
    local = at.astimezone(AMSTERDAM)
    return f"{local.day}-{local.month}-{local.year} {local:%H:%M}"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _text_value(name: str, value: Any) -> bool:
    """Whether a field holds a text one may merge (not a choice, a reference or a date)."""
    return type(value) is str and not name.endswith("_id")


class ConflictDialog(QDialog):
    """Theirs beside mine for each field that differs; :attr:`choice` and :attr:`values` after."""

    def __init__(
        self,
        conflict: Conflict,
        labels: Mapping[str, str],
        long_fields: set[str],
        parent: QWidget | None = None,
        display: Display | None = None,
    ) -> None:
        """Show ``conflict``; ``labels`` name the fields, ``long_fields`` are shown side by side.

        ``display(name, value)`` is how a short field's value reads, as in the form (a date,
        a choice's label, a person's name); without it the value as stored.
        """
        super().__init__(parent)
        self.display: Display = display or (lambda _name, value: _text(value))
        self.setWindowTitle(self.tr("Tegelijk gewijzigd"))
        self.conflict = conflict
        self.choice: str | None = None
        self.values: dict[str, Any] = {}
        theirs, mine = conflict.theirs.values, conflict.mine.values
        self.fields = [n for n in mine if mine[n] != theirs.get(n)] or list(mine)
        self.message = QLabel(error_text(conflict))
        self.message.setWordWrap(True)
        self.compare: dict[str, QWidget] = {}
        self.merge_fields: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._comparison(labels, long_fields))
        self.pages.addWidget(self._merging(labels, long_fields))
        self.keep_theirs = QPushButton(self.tr("Hun versie houden"))
        self.keep_theirs.setToolTip(self.tr("Uw invoer vervalt; wat is opgeslagen blijft"))
        self.keep_mine = QPushButton(self.tr("Mijn versie houden"))
        self.keep_mine.setToolTip(self.tr("Uw versie vervangt de hunne (ongedaan te maken)"))
        self.merge = QPushButton(self.tr("Samenvoegen"))
        self.merge.setToolTip(self.tr("Een tekst maken uit beide versies"))
        self.store_merged = QPushButton(self.tr("Samengevoegde versie opslaan"))
        self.back = QPushButton(self.tr("Terug naar beide versies"))
        self.keep_theirs.clicked.connect(lambda: self._choose(THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(MINE))
        self.merge.clicked.connect(self.start_merge)
        self.store_merged.clicked.connect(lambda: self._choose(MERGED))
        self.back.clicked.connect(lambda: self._show_page(0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for button in (self.keep_theirs, self.keep_mine, self.merge, self.store_merged):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(0)

    def _side_titles(self) -> tuple[str, str]:
        theirs = self.conflict.theirs
        by = theirs.by or self.tr("iemand anders")
        at = _moment(theirs.at)
        first = self.tr("Hun versie: opgeslagen door %1 op %2").replace("%1", by).replace("%2", at)
        return first, self.tr("Mijn versie: niet opgeslagen")

    def _comparison(self, labels: Mapping[str, str], long_fields: set[str]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        their_title, my_title = self._side_titles()
        theirs, mine = self.conflict.theirs.values, self.conflict.mine.values
        row = 0
        for name in self.fields:
            grid.addWidget(QLabel(f"<b>{labels.get(name, name)}</b>"), row, 0, 1, 2)
            row += 1
            if name in long_fields:
                view = SideBySide()
                view.show_texts(their_title, _text(theirs.get(name)), my_title, _text(mine[name]))
                grid.addWidget(view, row, 0, 1, 2)
                grid.setRowStretch(row, 1)
                self.compare[name] = view
            else:
                for column, (title, value) in enumerate(
                    ((their_title, theirs.get(name)), (my_title, mine[name]))
                ):
                    box = QVBoxLayout()
                    box.addWidget(QLabel(title))
                    line = QLineEdit(self.display(name, value))
                    line.setReadOnly(True)
                    line.setCursorPosition(0)
                    box.addWidget(line)
                    grid.addLayout(box, row, column)
            row += 1
        if not any(name in long_fields for name in self.fields):
            grid.setRowStretch(row, 1)  # short fields stay together at the top
        return page

    def _merging(self, labels: Mapping[str, str], long_fields: set[str]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        their_title, _mine = self._side_titles()
        theirs, mine = self.conflict.theirs.values, self.conflict.mine.values
        row = 0
        for name in self.fields:
            grid.addWidget(QLabel(f"<b>{labels.get(name, name)}</b>"), row, 0, 1, 2)
            grid.addWidget(QLabel(their_title), row + 1, 0)
            grid.addWidget(QLabel(self.tr("Samengevoegd (begint bij mijn versie)")), row + 1, 1)
            shown: QPlainTextEdit | QLineEdit
            edited: QPlainTextEdit | QLineEdit
            if name in long_fields:
                shown, edited = (
                    QPlainTextEdit(_text(theirs.get(name))),
                    QPlainTextEdit(_text(mine[name])),
                )
                grid.setRowStretch(row + 2, 1)
            elif _text_value(name, mine[name]):
                shown, edited = QLineEdit(_text(theirs.get(name))), QLineEdit(_text(mine[name]))
            else:  # shown as in the form: a date, a choice's label, a person's name
                shown = QLineEdit(self.display(name, theirs.get(name)))
                edited = QLineEdit(self.display(name, mine[name]))
            shown.setReadOnly(True)
            grid.addWidget(shown, row + 2, 0)
            grid.addWidget(edited, row + 2, 1)
            if name in long_fields or _text_value(name, mine[name]):
                self.merge_fields[name] = edited
            else:  # a date, a choice, a person: no text to merge, mine stays as it is
                edited.setReadOnly(True)
            row += 3
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        comparing = index == 0
        for button in (self.keep_theirs, self.keep_mine):
            button.setVisible(comparing)
        self.merge.setVisible(comparing and bool(self.merge_fields))
        for button in (self.store_merged, self.back):
            button.setVisible(not comparing)

    def start_merge(self) -> None:
        """Samenvoegen: edit a text that starts from mine, theirs beside it."""
        self._show_page(1)
        first = self.merge_fields.get(self.fields[0]) if self.fields else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def merged_values(self) -> dict[str, Any]:
        """The values the merge holds now (mine for what was not shown)."""
        values = dict(self.conflict.mine.values)
        for name, field in self.merge_fields.items():
            values[name] = (
                field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            )
        return values

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == THEIRS:
            self.values = dict(self.conflict.theirs.values)
        elif choice == MINE:
            self.values = dict(self.conflict.mine.values)
        else:
            self.values = self.merged_values()
        self.accept()


def show_conflict(
    parent: QWidget,
    editor: Editor,
    show: Callable[[dict[str, Any]], None],
    record: tuple[str, str],
    conflict: Conflict,
    labels: Mapping[str, str],
    long_fields: set[str],
    undo_text: str,
    refused: Callable[[UserError], None],
    done: Callable[[], None],
    display: Display | None = None,
) -> ConflictDialog:
    """Open the conflict over ``parent`` (window-modal) and carry out what the user chooses.

    ``record`` is the (kind, id) the form shows; ``show(values)`` shows stored values in it
    (its input dropped).

    Keeping theirs shows the stored record again (the input is dropped); keeping mine or
    a merge is stored by ``editor`` as one undo step ``undo_text`` over theirs' version; a
    refusal goes to ``refused`` (a change made meanwhile: the new Conflict, shown again).
    ``done`` is called once the form shows what is stored. ``display(name, value)``: how a
    short field's value reads (as the form shows it).
    """
    dialog = ConflictDialog(conflict, labels, long_fields, parent, display)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if any(name in long_fields for name in dialog.fields):
        dialog.resize(1000, 560)  # texts side by side
    else:
        dialog.resize(760, dialog.sizeHint().height())
    kind, record_id = record

    def finished(_result: int) -> None:
        if dialog.choice is None:  # closed without a choice: the input stays, not stored
            return
        if dialog.choice != THEIRS:
            theirs = conflict.theirs  # the choice is stored over what they stored
            editor.versions.stored(kind, record_id, theirs.version, theirs.values)
            try:
                editor.choose(undo_text, kind, record_id, dialog.values, conflict.theirs.version)
            except UserError as error:  # a Conflict again: ``refused`` opens it anew
                refused(error)
                return
        values = editor.read(kind, record_id)
        editor.versions.loaded(kind, record_id, values)
        if values is not None:
            show(values)
        done()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

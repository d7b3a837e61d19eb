"""What an agenda item produced: its decisions and its actions, each quick to capture.

Typing a decision and pressing Enter records it; an action takes a description, an owner
and a date. Cells are edited in place; every change is one undoable step. The decisions of
an adopted verslag are frozen; actions stay editable (they live on after the meeting).
"""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.services.minutes_editing import (
    action_rows,
    add_decision,
    agree_action,
    decision_rows,
    move_decision,
    open_action_rows,
    set_decision_positions,
)
from ontwikkeltafel.services.positions import moved
from ontwikkeltafel.ui.core.labels import enum_label, short_date
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel
from ontwikkeltafel.ui.pages.record.part import bar_button
from ontwikkeltafel.ui.pages.record.part import heading as part_heading
from ontwikkeltafel.ui.widgets.delegates import ChoiceDelegate, DateDelegate, PersonDelegate
from ontwikkeltafel.ui.widgets.fields import DateField, RecordPicker
from ontwikkeltafel.ui.widgets.movable_view import MovableView

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesLists", text)


class ItemPart(QWidget):
    """A heading, a view and an entry line, for the agenda item the page has chosen."""

    def __init__(self, page: "RecordPage", heading: str, placeholder: str) -> None:
        """A part of ``page``; ``placeholder`` invites typing a new entry."""
        super().__init__()
        self.page = page
        self.item_id: str | None = None
        self.frozen = False
        self.buttons: list[QPushButton] = []
        self.heading = part_heading(heading)
        self.view = MovableView()
        rows = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(2 * rows + 2 * self.view.frameWidth())  # two rows, or a heading
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.returnPressed.connect(self.add)
        self.entry_bar = QHBoxLayout()
        self.entry_bar.setContentsMargins(0, 0, 0, 0)
        self.entry_bar.addWidget(self.entry, 1)
        self.bar = self.entry_bar  # the buttons follow the entry, on one line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.entry_bar)

    def button(self, text: str, tip: str, slot: Any) -> QPushButton:
        """A button under the view."""
        button = bar_button(self.bar, text, tip, slot)
        self.buttons.append(button)
        return button

    def show_item(self, item_id: str | None) -> None:
        """Show what agenda item ``item_id`` produced."""
        self.item_id = item_id
        self.setEnabled(item_id is not None)
        self.reload()

    def reload(self) -> None:
        """Read the rows again (subclasses)."""

    def add(self) -> None:
        """Record what was typed in the entry line (subclasses)."""

    def run(self, work: Any) -> bool:
        """Run an edit; a refusal is shown and False returned."""
        try:
            work()
        except UserError as error:
            self.page.refused(error)
            return False
        return True


class DecisionsPart(ItemPart):
    """The decisions of the item, in order: type one and press Enter."""

    def __init__(self, page: "RecordPage") -> None:
        """The decisions of the item chosen on ``page``."""
        super().__init__(page, _tr("Besluiten"), _tr("Nieuw besluit… (Enter legt het vast)"))
        self.model = RowsModel(
            [RowColumn(_tr("Besluit"), lambda r: r.text, edit=lambda r: r.text)],
            lambda r: r.id,
            self._edited,
            self,
        )
        self.model.on_refused = page.refused
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().hide()  # one column: the heading says what it is
        self.view.move_requested.connect(self.move_row)
        self.placeholder = self.entry.placeholderText()
        self.remove_button = self.button(
            _tr("Verwijderen"), _tr("Het gekozen besluit verwijderen"), self.remove
        )
        self.button("↑", _tr("Omhoog (Ctrl+↑)"), lambda: self.move_row(self.view.current_row(), -1))
        self.button("↓", _tr("Omlaag (Ctrl+↓)"), lambda: self.move_row(self.view.current_row(), 1))

    def set_frozen(self, frozen: bool) -> None:
        """Shown, not changed (an adopted verslag), or editable again."""
        self.frozen = frozen
        self.model.on_edit = None if frozen else self._edited
        self.entry.setReadOnly(frozen)
        adopted = _tr("Vastgesteld: geen nieuwe besluiten")
        self.entry.setPlaceholderText(adopted if frozen else self.placeholder)
        for button in self.buttons:
            button.setEnabled(not frozen)

    def reload(self) -> None:
        """Read the decisions again (on a server off the UI thread)."""
        item_id, sessions = self.item_id, self.page.sessions
        if item_id is None:
            self.page.reads.forget("decisions")
            self._came([])
            return
        self.page.reads.read("decisions", lambda: decision_rows(sessions, item_id), self._came)

    def _came(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()

    def _edited(self, row: Any, _column: int, text: str) -> None:
        values = {"text": text}  # one cell edited: a step of its own
        shown(self.page.editor, "decisions", row, values)
        self.page.editor.update(_tr("Besluit wijzigen"), "decisions", row.id, values, merge=False)

    def add(self) -> None:
        """Record the typed decision under the item."""
        text, item_id, sessions = self.entry.text(), self.item_id, self.page.sessions
        if item_id is None or self.frozen or not text.strip():
            return
        made = self.run(
            lambda: self.page.editor.push_create(
                _tr("Besluit toevoegen"),
                "decisions",
                lambda: add_decision(sessions, item_id, text),
            )
        )
        if made:
            self.entry.clear()

    def remove(self) -> None:
        """Delete the chosen decision."""
        row = self.view.current_row()
        if row >= 0 and not self.frozen:
            decision_id = self.model.row_id(row)
            seen = as_shown(self.model.rows[row], {"text": None})
            self.run(
                lambda: self.page.editor.delete(
                    _tr("Besluit verwijderen"), "decisions", decision_id, seen
                )
            )
            self.view.select_row(min(row, self.model.rowCount() - 1))

    def move_row(self, row: int, delta: int) -> None:
        """Move a decision up or down."""
        target, item_id, sessions = row + delta, self.item_id, self.page.sessions
        if row < 0 or item_id is None or self.frozen or not 0 <= target < self.model.rowCount():
            return
        decision_id = self.model.row_id(row)
        # Over the order shown; the undo over the order the move left (not over theirs).
        shown = [self.model.row_id(number) for number in range(self.model.rowCount())]
        left = moved(shown, decision_id, target)
        moved_now = self.run(
            lambda: self.page.editor.push_inverse(
                _tr("Besluit verplaatsen"),
                lambda: move_decision(sessions, decision_id, target, shown=shown),
                lambda positions: set_decision_positions(sessions, item_id, positions, left=left),
            )
        )
        if not moved_now:
            self.reload()  # a colleague's reorder: show the order as stored
        self.view.select_row(self.model.row_of(decision_id))


ACTION_FIELDS = ("number", "description", "owner_id", "due_on", "status")


def shown(editor: Editor, kind: str, row: Any, values: dict[str, Any]) -> None:
    """Tell the window's versions what the row showed of the fields edited, at its version.

    The edit then passes them as its base: a colleague's change of these fields since is a
    conflict, of others (an automatic change) not.
    """
    if row.version:
        fields = {name: getattr(row, name) for name in values if hasattr(row, name)}
        editor.versions.seen(kind, row.id, fields, row.version)


def as_shown(row: Any, names: dict[str, Any]) -> dict[str, Any] | None:
    """The fields ``names`` as the row showed them, with its version: what a delete checks.

    A colleague's change of one of them since refuses the delete; None: no version known.
    """
    if not getattr(row, "version", 0):
        return None
    fields = {name: getattr(row, name) for name in names if hasattr(row, name)}
    return {**fields, "version": row.version}


class ActionsPart(ItemPart):
    """The actions agreed under the item (wie, wat, wanneer); on the actielijst item, all open."""

    def __init__(self, page: "RecordPage") -> None:
        """The actions of the item chosen on ``page``."""
        super().__init__(page, _tr("Acties"), _tr("Nieuwe actie: wat moet er gebeuren?"))
        self.table_id: str | None = None
        self.all_open = False
        self.model = RowsModel(
            [
                RowColumn(_tr("Nr"), lambda r: r.number),
                RowColumn(_tr("Actie"), lambda r: r.description, edit=lambda r: r.description),
                RowColumn(_tr("Wie"), lambda r: r.owner, edit=lambda r: r.owner_id),
                RowColumn(_tr("Wanneer"), lambda r: short_date(r.due_on), edit=lambda r: r.due_on),
                RowColumn(_tr("Status"), lambda r: enum_label(r.status), edit=lambda r: r.status),
            ],
            lambda r: r.id,
            self._edited,
            self,
        )
        self.model.on_refused = page.refused
        self.view.setModel(self.model)
        people = lambda: person_choices(page.sessions)  # noqa: E731
        self.view.setItemDelegateForColumn(2, PersonDelegate(people, self))
        self.view.setItemDelegateForColumn(3, DateDelegate(self))
        statuses = lambda: [(s, enum_label(s)) for s in ActionStatus]  # noqa: E731
        self.view.setItemDelegateForColumn(4, ChoiceDelegate(statuses, self))
        self.view.stretch(
            1, {0: "2018-00", 2: "A. van der Berg", 3: "00-00-0000", 4: "in uitvoering"}
        )
        self.owner = RecordPicker(people, _tr("Wie?"))
        self.owner.setMinimumContentsLength(16)
        self.owner.fit_names(30)  # whole names, once read ("Anna de Vries (KION)")
        self.due = DateField()
        self.due.setToolTip(_tr("Wanneer moet het af zijn?"))
        self.entry_bar.addWidget(self.owner)
        self.entry_bar.addWidget(self.due)
        add_button = QPushButton(_tr("Toevoegen"))
        add_button.clicked.connect(self.add)
        self.entry_bar.addWidget(add_button)
        self.remove_button = self.button(
            _tr("Verwijderen"), _tr("De gekozen actie verwijderen"), self.remove
        )

    def show_actions(self, item_id: str | None, table_id: str | None, all_open: bool) -> None:
        """Show the item's actions, or (``all_open``) every open action of the table."""
        self.table_id = table_id
        self.all_open = all_open and table_id is not None
        text = _tr("Openstaande acties van de tafel") if self.all_open else _tr("Acties")
        self.heading.setText(f"<b>{text}</b>")
        self.show_item(item_id)

    def reload(self) -> None:
        """Read the actions again (on a server off the UI thread)."""
        sessions, item_id, table_id = self.page.sessions, self.item_id, self.table_id
        if item_id is None:
            self.page.reads.forget("actions")
            self.model.set_rows([])
            return
        if self.all_open and table_id is not None:
            self.page.reads.read(
                "actions", lambda: open_action_rows(sessions, table_id), self.model.set_rows
            )
        else:
            self.page.reads.read(
                "actions", lambda: action_rows(sessions, item_id), self.model.set_rows
            )

    def _edited(self, row: Any, column: int, value: Any) -> None:
        values: dict[str, Any] = {ACTION_FIELDS[column]: value}
        if column == 4:  # a finished action says when; another status has no such day
            values["done_on"] = date.today() if value == ActionStatus.DONE else None
        shown(self.page.editor, "actions", row, values)
        self.page.editor.update(_tr("Actie wijzigen"), "actions", row.id, values, merge=False)

    def add(self) -> None:
        """Record the action typed, with its owner and date, under the item."""
        item_id, sessions = self.item_id, self.page.sessions
        description = self.entry.text()
        values: dict[str, Any] = {
            "description": description,
            "owner_id": self.owner.value(),
            "due_on": self.due.value(),
        }
        if item_id is None or not description.strip():
            return
        made = self.run(
            lambda: self.page.editor.push_create(
                _tr("Actie toevoegen"),
                "actions",
                lambda: agree_action(sessions, item_id, values),
            )
        )
        if made:
            self.entry.clear()
            self.owner.set_value(None)
            self.due.set_value(None)
            self.entry.setFocus()

    def remove(self) -> None:
        """Delete the chosen action."""
        row = self.view.current_row()
        if row >= 0:
            action_id = self.model.row_id(row)
            seen = as_shown(self.model.rows[row], dict.fromkeys(ACTION_FIELDS))
            self.run(
                lambda: self.page.editor.delete(
                    _tr("Actie verwijderen"), "actions", action_id, seen
                )
            )
            self.view.select_row(min(row, self.model.rowCount() - 1))

"""Parts of the table page: its members with their roles, and its agenda template.

Every change is one undoable service call through the page's editor; the parts show the
stored state again when the page hears of the change.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItemKind, MemberRole
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.positions import moved
from ontwikkeltafel.services.table_editing import (
    MemberRow,
    TemplateItem,
    add_member,
    add_template_item,
    edit_template_item,
    member_rows,
    move_member,
    move_template_item,
    remove_member,
    remove_template_item,
    restore_member,
    set_member_positions,
    set_member_role,
    set_template,
    template_items,
)
from ontwikkeltafel.ui.core.meeting_labels import choices, label
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel
from ontwikkeltafel.ui.pages.record.part import Part
from ontwikkeltafel.ui.widgets.delegates import ChoiceDelegate, NumberDelegate
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from ontwikkeltafel.ui.widgets.list_view import ShareFitter, fit_columns

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


class MembersPart(Part):
    """The members: name, organisation, function and role (chosen in the cell)."""

    filled = Signal()  # the members read are shown (the page's subtitle counts them)

    def __init__(self, page: "RecordPage") -> None:
        """Members of the page's table."""
        super().__init__(page, self.tr("Deelnemers"))
        self.model = RowsModel(
            [
                RowColumn(self.tr("Naam"), lambda r: r.name),
                RowColumn(self.tr("Organisatie"), lambda r: r.organisation),
                RowColumn(self.tr("Functie"), lambda r: r.function),
                RowColumn(self.tr("Rol"), lambda r: label(r.role), edit=lambda r: r.role),
            ],
            lambda r: r.person_id,
            self._edited,
            self,
        )
        self.model.on_refused = page.refused
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(3, ChoiceDelegate(lambda: choices(MemberRole), self))
        self.view.stretch(0, {1: "GGD regio Utrecht", 2: "pedagogisch coach", 3: "voorzitter"})
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.move_requested.connect(self.move_row)
        self.picker = RecordPicker(
            lambda: person_choices(page.sessions), self.tr("Persoon toevoegen…")
        )
        self.picker.read_off_thread(page.sessions)  # on a server: never on the UI thread
        self.picker.value_changed.connect(self._picked)
        self.bar.addWidget(self.picker, 1)
        self.remove_button = self.add_button(
            self.tr("Verwijderen"), self.tr("De gekozen deelnemer van de tafel halen"), self.remove
        )
        self.add_button(
            "↑", self.tr("Omhoog (Ctrl+↑)"), lambda: self.move_row(self.view.current_row(), -1)
        )
        self.add_button(
            "↓", self.tr("Omlaag (Ctrl+↓)"), lambda: self.move_row(self.view.current_row(), 1)
        )

    def reload(self) -> None:
        """Read the members again (on a server off the UI thread)."""
        table_id, sessions = self.table_id, self.page.sessions
        self.page.reads.read("members", lambda: member_rows(sessions, table_id), self._came)

    def _came(self, rows: list[MemberRow]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(f"<b>{self.tr('Deelnemers')}</b> ({self.model.rowCount()})")
        self.filled.emit()

    def _edited(self, row: MemberRow, _column: int, role: MemberRole) -> None:
        table_id, sessions = self.table_id, self.page.sessions
        # The seat's version and role as shown: a colleague's change of the role since is a
        # conflict (a reorder is not); the undo checks what this step left.
        left: dict[str, int | None] = {"version": row.version}

        def do() -> Any:
            saved = set_member_role(
                sessions,
                table_id,
                row.person_id,
                role,
                expected_version=left["version"],
                base={"role": row.role},
            )
            left["version"] = saved.version
            return saved

        def undo(previous: MemberRole) -> Change:
            saved = set_member_role(
                sessions,
                table_id,
                row.person_id,
                previous,
                expected_version=left["version"],
                base={"role": role},
            )
            left["version"] = saved.version
            return saved[1]

        self.page.editor.push_inverse(self.tr("Rol wijzigen"), do, undo)

    def _picked(self) -> None:
        # A keyboard pick (Down, Enter) is reported twice, once by the combo box and once by
        # its completion, which then writes the name back: one add, the picker cleared again.
        person_id = self.picker.value()
        self._clear_picker()
        QTimer.singleShot(0, self, self._clear_picker)
        if not person_id:
            return
        if self.model.row_of(person_id) >= 0:
            self.view.select_row(self.model.row_of(person_id))
            return
        self.add(person_id)

    def _clear_picker(self) -> None:
        self.picker.set_value(None)
        self.picker.setEditText("")

    def add(self, person_id: str, role: MemberRole = MemberRole.MEMBER) -> None:
        """Seat a person at the table (undoable)."""
        table_id, sessions = self.table_id, self.page.sessions
        kept: dict[str, Any] = {}

        def undo() -> Any:
            kept["snapshot"], change = remove_member(sessions, table_id, person_id)
            return change

        def redo() -> Any:
            if "snapshot" in kept:
                return restore_member(sessions, table_id, kept.pop("snapshot"))
            return add_member(sessions, table_id, person_id, role)

        self.run(lambda: self.page.editor.push(self.tr("Deelnemer toevoegen"), redo, undo))
        self.view.select_row(self.model.row_of(person_id))

    def remove(self) -> None:
        """Take the chosen member from the table (undoable)."""
        row = self.view.current_row()
        if row < 0:
            return
        table_id, sessions, person_id = self.table_id, self.page.sessions, self.model.row_id(row)
        self.run(
            lambda: self.page.editor.push_inverse(
                self.tr("Deelnemer verwijderen"),
                lambda: remove_member(sessions, table_id, person_id),
                lambda snapshot: restore_member(sessions, table_id, snapshot),
            )
        )
        self.view.select_row(min(row, self.model.rowCount() - 1))

    def move_row(self, row: int, delta: int) -> None:
        """Move a member up or down the list (undoable)."""
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        table_id, sessions, person_id = self.table_id, self.page.sessions, self.model.row_id(row)
        # Over the order shown: a colleague's reorder since refuses the move, and its undo
        # checks the order the move left (never positions back over theirs).
        shown = [self.model.row_id(number) for number in range(self.model.rowCount())]
        left = moved(shown, person_id, target)
        try:
            self.page.editor.push_inverse(
                self.tr("Deelnemer verplaatsen"),
                lambda: move_member(sessions, table_id, person_id, target, shown=shown),
                lambda positions: set_member_positions(sessions, table_id, positions, left=left),
            )
        except UserError as error:
            if isinstance(error, Conflict):
                self.reload()  # show the order as stored now
            self.page.refused(error)
        self.view.select_row(self.model.row_of(person_id))


@dataclass(frozen=True)
class TemplateRow:
    """An item of the template with its place (its key: the template has no ids)."""

    index: int
    item: TemplateItem


class TemplatePart(Part):
    """The agenda template: title, kind and minutes, edited in the cells; add, remove, move."""

    def __init__(self, page: "RecordPage") -> None:
        """The template of the page's table."""
        super().__init__(page, self.tr("Agendasjabloon"))
        self.heading.setToolTip(self.tr("Elke nieuwe bijeenkomst begint met deze agenda"))
        self.model = RowsModel(
            [
                RowColumn(
                    self.tr("Agendapunt"), lambda r: r.item.title, edit=lambda r: r.item.title
                ),
                RowColumn(
                    self.tr("Soort"), lambda r: label(r.item.kind), edit=lambda r: r.item.kind
                ),
                RowColumn(
                    self.tr("Min."),
                    lambda r: str(r.item.planned_minutes or ""),
                    edit=lambda r: r.item.planned_minutes,
                    align_right=True,
                ),
            ],
            lambda r: str(r.index),
            self._edited,
            self,
        )
        self.model.on_refused = page.refused
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, ChoiceDelegate(lambda: choices(AgendaItemKind), self))
        self.view.setItemDelegateForColumn(2, NumberDelegate(600, self))
        # The minutes fit their texts, the kind up to a third ('minutes of the previous
        # meeting' is long in English): the titles get the room.
        fit_columns(self.view, (2,), stretch=0)
        ShareFitter(self.view, {1: 0.33})
        self.view.move_requested.connect(self.move_row)
        self.add_button(
            self.tr("Toevoegen"), self.tr("Een agendapunt aan het sjabloon toevoegen"), self.add
        )
        self.remove_button = self.add_button(
            self.tr("Verwijderen"),
            self.tr("Het gekozen agendapunt uit het sjabloon halen"),
            self.remove,
        )
        self.bar.addStretch(1)
        self.add_button(
            "↑", self.tr("Omhoog (Ctrl+↑)"), lambda: self.move_row(self.view.current_row(), -1)
        )
        self.add_button(
            "↓", self.tr("Omlaag (Ctrl+↓)"), lambda: self.move_row(self.view.current_row(), 1)
        )

    def reload(self) -> None:
        """Read the template again (on a server off the UI thread)."""
        table_id, sessions = self.table_id, self.page.sessions
        self.page.reads.read("template", lambda: template_items(sessions, table_id), self._came)

    def _came(self, items: list[TemplateItem]) -> None:
        self.model.set_rows([TemplateRow(n, item) for n, item in enumerate(items)])

    def _push(self, text: str, edit: Any) -> None:
        """Store ``edit(shown)`` as one undo step: ``shown`` is the template as listed.

        A template a colleague changed since is a conflict (the edit names items by their
        place); the undo puts back the template before only over the one the step left.
        """
        table_id, sessions = self.table_id, self.page.sessions
        shown = [row.item for row in self.model.rows]
        left: dict[str, list[TemplateItem]] = {}

        def do() -> Any:
            done = edit(shown)
            left["items"] = template_items(sessions, table_id)
            return done

        def undo(previous: list[TemplateItem]) -> Any:
            return set_template(sessions, table_id, previous, shown=left.get("items"))[1]

        self.run(lambda: self.page.editor.push_inverse(text, do, undo))

    def _edited(self, row: TemplateRow, column: int, value: Any) -> None:
        name = ("title", "kind", "planned_minutes")[column]
        table_id, sessions = self.table_id, self.page.sessions
        if name == "title" and not str(value).strip():
            raise UserError("edit.required.title")
        self._push(
            self.tr("Sjabloon wijzigen"),
            lambda shown: edit_template_item(
                sessions, table_id, row.index, shown=shown, **{name: value}
            ),
        )

    def add(self) -> None:
        """Add an item after the chosen one (or last) and start typing its title."""
        row = self.view.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        item = TemplateItem(self.tr("Nieuw agendapunt"))
        table_id, sessions = self.table_id, self.page.sessions
        self._push(
            self.tr("Sjabloonpunt toevoegen"),
            lambda shown: add_template_item(sessions, table_id, item, index, shown=shown),
        )
        self.view.select_row(index)
        self.view.edit(self.model.index(index, 0))

    def remove(self) -> None:
        """Take the chosen item out of the template."""
        row = self.view.current_row()
        if row < 0:
            return
        table_id, sessions = self.table_id, self.page.sessions
        self._push(
            self.tr("Sjabloonpunt verwijderen"),
            lambda shown: remove_template_item(sessions, table_id, row, shown=shown),
        )
        self.view.select_row(min(row, self.model.rowCount() - 1))

    def move_row(self, row: int, delta: int) -> None:
        """Move an item up or down."""
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        table_id, sessions = self.table_id, self.page.sessions
        self._push(
            self.tr("Sjabloonpunt verplaatsen"),
            lambda shown: move_template_item(sessions, table_id, row, target, shown=shown),
        )
        self.view.select_row(target)

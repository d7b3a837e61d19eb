"""The agenda on the meeting page: its items in order, added, removed and moved undoably.

Items move by drag and drop (through the model), by Ctrl+Up/Down and by the arrow buttons;
every move is one undo step ("Agendapunt verplaatsen"). The agenda of an adopted verslag is
frozen: nothing is added, removed or moved.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView

from ontwikkeltafel.model import AgendaItemKind
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.meeting_editing import (
    AgendaRow,
    add_agenda_item,
    agenda_rows,
    move_agenda_item,
    remove_agenda_item,
    restore_agenda_item,
    set_agenda_positions,
    take_back_agenda_item,
)
from ontwikkeltafel.services.positions import moved
from ontwikkeltafel.ui.pages.meeting.agenda_model import AgendaModel, agenda_columns
from ontwikkeltafel.ui.pages.record.part import Part
from ontwikkeltafel.ui.widgets.movable_view import MovableView

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaPart", text)


class AgendaPart(Part):
    """The agenda of the page's meeting, with buttons to add, remove and move items."""

    filled = Signal()  # the agenda read is shown

    def __init__(self, page: "RecordPage") -> None:
        """The agenda of the meeting ``page`` shows."""
        view = MovableView()
        super().__init__(page, _tr("Agenda"), view)
        self.model = AgendaModel(agenda_columns(), self.move_to, self)
        self.model.on_refused = page.refused
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDragEnabled(True)
        view.setDropIndicatorShown(True)
        self.frozen = False
        # Little padding: at 1280 x 720 the short columns leave the titles the room.
        view.stretch(1, {0: "00", 2: "000", 3: "H. Verbeek", 4: "🔒", 5: "✓"}, padding=12)
        view.move_requested.connect(self.move_item)
        self.edit_buttons = [
            self.add_button(
                _tr("Agendapunt toevoegen"),
                _tr("Een agendapunt na het gekozen punt (Ctrl+N)"),
                self.new_item,
            ),
            self.add_button(
                _tr("Verwijderen"),
                _tr("Het gekozen agendapunt verwijderen, met zijn besluiten"),
                self.remove_item,
            ),
        ]
        self.bar.addStretch(1)
        self.edit_buttons += [
            self.add_button(
                "↑",
                _tr("Omhoog (Ctrl+↑, of slepen)"),
                lambda: self.move_item(view.current_row(), -1),
            ),
            self.add_button(
                "↓",
                _tr("Omlaag (Ctrl+↓, of slepen)"),
                lambda: self.move_item(view.current_row(), 1),
            ),
        ]

    def set_frozen(self, frozen: bool) -> None:
        """Nothing added, removed or moved (an adopted verslag), or editable again."""
        self.frozen = frozen
        for button in self.edit_buttons:
            button.setEnabled(not frozen)
        mode = QAbstractItemView.DragDropMode
        self.view.setDragDropMode(mode.NoDragDrop if frozen else mode.InternalMove)
        self.view.setDragEnabled(not frozen)

    @property
    def meeting_id(self) -> str:
        """The meeting shown."""
        assert self.page.record_id is not None
        return self.page.record_id

    def reload(self, keep: str | None) -> None:
        """Read the agenda again (on a server off the UI thread); the item ``keep`` stays chosen."""
        meeting_id, sessions = self.meeting_id, self.page.sessions
        self.page.reads.read(
            "agenda", lambda: agenda_rows(sessions, meeting_id), lambda rows: self._came(rows, keep)
        )

    def _came(self, rows: list[AgendaRow], keep: str | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(keep)
        if row >= 0 and self.view.current_row() != row:
            self.view.select_row(row)
        self.filled.emit()

    def select_item(self, item_id: str) -> None:
        """Choose the item ``item_id``."""
        self.view.select_row(self.model.row_of(item_id))

    def move_to(self, item_id: str, index: int) -> None:
        """Put an item at ``index`` of the agenda (undoable)."""
        if self.frozen:
            return
        meeting_id, sessions = self.meeting_id, self.page.sessions
        # Over the order shown: a colleague's reorder since refuses the move, and its undo
        # checks the order the move left (never positions back over theirs).
        shown = [self.model.row_id(row) for row in range(self.model.rowCount())]
        left = moved(shown, item_id, index)
        try:
            self.page.editor.push_inverse(
                _tr("Agendapunt verplaatsen"),
                lambda: move_agenda_item(sessions, item_id, index, shown=shown),
                lambda positions: set_agenda_positions(sessions, meeting_id, positions, left=left),
            )
        except Conflict:
            self.reload(item_id)  # show the order as stored now
            raise
        self.select_item(item_id)

    def move_item(self, row: int, delta: int) -> None:
        """Move the item in ``row`` up (-1) or down (1)."""
        target = row + delta
        if not self.frozen and row >= 0 and 0 <= target < self.model.rowCount():
            self.run(lambda: self.move_to(self.model.row_id(row), target))

    def new_item(self) -> str:
        """A new item after the chosen one (or last); return its id."""
        row = self.view.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        meeting_id, sessions = self.meeting_id, self.page.sessions
        values = {"title": _tr("Nieuw agendapunt"), "kind": AgendaItemKind.TOPIC}
        kept: dict[str, Any] = {}

        def do() -> Change:
            item_id, kept["positions"], change = add_agenda_item(
                sessions, meeting_id, {**values, "id": kept.get("id")}, index
            )
            kept["id"] = item_id
            made = self.page.editor.read("agenda_items", item_id)  # as made: a colleague's
            kept["made"] = self.page.editor.versions.shown("agenda_items", item_id, made)
            return change

        def undo() -> Change:
            expected, base = kept["made"]
            return take_back_agenda_item(
                sessions, kept["id"], kept["positions"], expected_version=expected, base=base
            )

        self.page.editor.push(_tr("Agendapunt toevoegen"), do, undo)
        self.select_item(kept["id"])
        return str(kept["id"])

    def remove_item(self) -> None:
        """Remove the chosen item with its decisions and links (undoable)."""
        row = self.view.current_row()
        if row < 0 or self.frozen:
            return
        item_id, sessions = self.model.row_id(row), self.page.sessions
        # As the page shows it (the verslag's editor loaded it): a colleague's change since
        # (their minutes typed into it) refuses the removal.
        expected, base = self.page.editor.versions.shown("agenda_items", item_id)
        self.run(
            lambda: self.page.editor.push_inverse(
                _tr("Agendapunt verwijderen"),
                lambda: remove_agenda_item(sessions, item_id, expected_version=expected, base=base),
                lambda removed: restore_agenda_item(sessions, removed),
            )
        )
        self.view.select_row(min(row, self.model.rowCount() - 1))

"""The attendance grid: members and guests against aanwezig, afgemeld, afwezig and gast.

Each status is a radio-like column; choosing one is an undoable service call. Guests are
added with a picker and removed with a button (members stay: their row is the table's).
The attendance of an adopted verslag is frozen: shown, not chosen.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services.attendance_editing import (
    AttendanceRow,
    Presence,
    attendance_rows,
    set_presence,
)
from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.ui.core.meeting_labels import label
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel
from ontwikkeltafel.ui.widgets.delegates import RadioDelegate
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from ontwikkeltafel.ui.widgets.list_view import fit_columns
from ontwikkeltafel.ui.widgets.movable_view import MovableView

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage

STATUSES = list(AttendanceStatus)  # the grid's columns after name and organisation
FIRST_STATUS_COLUMN = 1
RADIO_PADDING = 12  # a radio button needs less room than text: the names get it


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


def header_text(status: AttendanceStatus) -> str:
    """A status as a column heading: a long label on two lines, so names keep their room.

    Broken at the space that makes the longer line shortest, the first of equals:
    "afwezig / zonder bericht", "absent without / apologies".
    """
    text = label(status)
    spaces = [at for at, letter in enumerate(text) if letter == " "]
    if len(text) <= 10 or not spaces:
        return text
    at = min(spaces, key=lambda at: max(at, len(text) - at - 1))
    return f"{text[:at]}\n{text[at + 1 :]}"


def _status_column(status: AttendanceStatus) -> RowColumn:
    return RowColumn(
        header_text(status),
        lambda r: label(status),
        check=lambda r: r.status == status,
        tooltip=lambda r: f"{r.name}: {label(status)}",
    )


class AttendanceModel(RowsModel):
    """Attendance rows; a status column's check state says whether that status is chosen."""

    def __init__(self, on_edit: Any, parent: Any = None) -> None:
        """Hand a chosen status to ``on_edit(row, column, True)``."""
        columns = [
            RowColumn(
                _tr("Naam"),
                lambda r: r.name if r.member else _tr("%1 (gast)").replace("%1", r.name),
                tooltip=lambda r: f"{r.name} ({r.organisation})" if r.organisation else r.name,
            ),
            *(_status_column(status) for status in STATUSES),
        ]
        super().__init__(columns, lambda r: r.person_id, on_edit, parent)


class AttendancePart(QWidget):
    """Who was there: the grid, a picker to add a guest, a button to remove one."""

    def __init__(self, page: "RecordPage") -> None:
        """The attendance of the meeting ``page`` shows."""
        super().__init__()
        self.page = page
        self.frozen = False
        self.model = AttendanceModel(self._chosen, self)
        self.model.on_refused = page.refused
        self.view = MovableView()
        self.view.setModel(self.model)
        radio = RadioDelegate(self)
        for column in range(FIRST_STATUS_COLUMN, FIRST_STATUS_COLUMN + len(STATUSES)):
            self.view.setItemDelegateForColumn(column, radio)
        widths = {FIRST_STATUS_COLUMN + n: header_text(s) for n, s in enumerate(STATUSES)}
        self.view.stretch(0, widths, padding=RADIO_PADDING)
        fit_columns(self.view, widths, stretch=0)  # each heading whole, no wider; names the rest
        self.heading = QLabel()
        self.guest_picker = RecordPicker(
            lambda: person_choices(page.sessions), _tr("Gast toevoegen…")
        )
        self.guest_picker.read_off_thread(page.sessions)  # on a server: off the UI thread
        self.guest_picker.value_changed.connect(self._guest_picked)
        self.remove_button = QPushButton(_tr("Gast verwijderen"))
        self.remove_button.setToolTip(_tr("De gekozen gast van de presentielijst halen"))
        self.remove_button.clicked.connect(self.remove_guest)
        self.list_button = QPushButton(_tr("Presentielijst…"))  # the page makes it (Word)
        self.list_button.setToolTip(_tr("De presentielijst om te tekenen, als Word-document"))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.guest_picker, 1)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.list_button)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._update_buttons()

    @property
    def meeting_id(self) -> str:
        """The meeting shown."""
        assert self.page.record_id is not None
        return self.page.record_id

    def reload(self) -> None:
        """Read the attendance again (on a server off the UI thread)."""
        meeting_id, sessions = self.meeting_id, self.page.sessions
        self.page.reads.read(
            "attendance", lambda: attendance_rows(sessions, meeting_id), self._came
        )

    def clear(self) -> None:
        """Show nobody (a meeting's attendance on its way)."""
        self.model.set_rows([])
        self.heading.setText(f"<b>{_tr('Aanwezigheid')}</b>")
        self._update_buttons()

    def _came(self, rows: list[AttendanceRow]) -> None:
        self.model.set_rows(rows)
        present = sum(
            1 for r in rows if r.status in (AttendanceStatus.PRESENT, AttendanceStatus.GUEST)
        )
        text = _tr("<b>Aanwezigheid</b> (%1 van %2 aanwezig)")
        self.heading.setText(text.replace("%1", str(present)).replace("%2", str(len(rows))))
        self._update_buttons()

    def chosen_guest(self) -> AttendanceRow | None:
        """The selected row when it is a guest's (not a member's)."""
        row = self.view.current_row()
        found: AttendanceRow | None = self.model.rows[row] if row >= 0 else None
        return None if found is None or found.member else found

    def set_frozen(self, frozen: bool) -> None:
        """Shown, not chosen (an adopted verslag), or editable again."""
        self.frozen = frozen
        self.model.on_edit = None if frozen else self._chosen  # no edit: no radio to choose
        self.guest_picker.setEnabled(not frozen)
        self._update_buttons()
        self.view.viewport().update()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self.frozen and self.chosen_guest() is not None)

    def _chosen(self, row: AttendanceRow, column: int, _checked: bool) -> None:
        self.set_status(row.person_id, STATUSES[column - FIRST_STATUS_COLUMN])

    def set_status(self, person_id: str, status: AttendanceStatus | None) -> None:
        """Record a status for someone (None: take them off the list), undoably."""
        if self.frozen:
            return
        meeting_id, sessions = self.meeting_id, self.page.sessions
        texts = {None: _tr("Gast verwijderen"), AttendanceStatus.GUEST: _tr("Gast toevoegen")}
        shown = next((r for r in self.model.rows if r.person_id == person_id), None)
        # The row's version and status as shown: a colleague's change of the status since
        # is a conflict (a reorder is not); the undo checks what this step left.
        recorded = shown if shown is not None and shown.status is not None else None
        left: dict[str, int | None] = {"version": recorded.version if recorded else None}
        base = {"status": recorded.status} if recorded else None

        def do() -> Any:
            saved = set_presence(
                sessions,
                meeting_id,
                person_id,
                status,
                expected_version=left["version"],
                base=base,
            )
            left["version"] = saved.version or None
            return saved

        self.page.editor.push_inverse(
            texts.get(status, _tr("Aanwezigheid wijzigen")),
            do,
            lambda before: self._restore(person_id, before, left["version"], status),
        )

    def _restore(
        self,
        person_id: str,
        before: Presence | None,
        version: int | None = None,
        status: AttendanceStatus | None = None,
    ) -> Any:
        saved = set_presence(
            self.page.sessions,
            self.meeting_id,
            person_id,
            before,
            expected_version=version,
            base=None if version is None else {"status": status},
        )
        return saved[1]

    def _guest_picked(self) -> None:
        # A keyboard pick is reported twice and the completion writes the name back after
        # the first: the second finds the guest listed, and the picker is cleared again.
        person_id = self.guest_picker.value()
        self._clear_picker()
        QTimer.singleShot(0, self, self._clear_picker)
        if not person_id:
            return
        if self.model.row_of(person_id) >= 0:
            self.view.select_row(self.model.row_of(person_id))
            return
        try:
            self.set_status(person_id, AttendanceStatus.GUEST)
        except UserError as error:
            self.page.refused(error)
        self.view.select_row(self.model.row_of(person_id))

    def _clear_picker(self) -> None:
        self.guest_picker.set_value(None)
        self.guest_picker.setEditText("")

    def remove_guest(self) -> None:
        """Take the chosen guest off the attendance list."""
        guest = self.chosen_guest()
        if guest is None:
            return
        row = self.view.current_row()
        try:
            self.set_status(guest.person_id, None)
        except UserError as error:
            self.page.refused(error)
        self.view.select_row(min(row, self.model.rowCount() - 1))

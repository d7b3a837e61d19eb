"""The meetings of a table on its page, newest first; Enter opens one."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal

from ontwikkeltafel.reports.format import short_date
from ontwikkeltafel.services.listing import MeetingRow, meeting_ids, meeting_rows
from ontwikkeltafel.ui.core.labels import enum_label, short_moment
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel
from ontwikkeltafel.ui.pages.record.part import Part

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


class MeetingsPart(Part):
    """The table's meetings, newest first; Enter opens one."""

    filled = Signal()  # the meetings read are shown (the page's subtitle counts them)

    def __init__(self, page: "RecordPage") -> None:
        """The meetings of the page's table."""
        super().__init__(page, self.tr("Bijeenkomsten"))
        self.model = RowsModel(
            [
                RowColumn(
                    self.tr("Datum"),
                    lambda r: short_date(r.starts_at),
                    tooltip=lambda r: short_moment(r.starts_at),
                ),
                RowColumn(self.tr("Bijeenkomst"), lambda r: r.title),
                RowColumn(self.tr("Status"), lambda r: enum_label(r.status)),
            ],
            lambda r: r.id,
            None,
            self,
        )
        self.view.setModel(self.model)
        self.view.stretch(1, {0: "00-00-0000", 2: "vastgesteld verslag"})
        self.view.activated.connect(self._open)

    def reload(self) -> None:
        """Read the meetings again (on a server off the UI thread)."""
        table_id, sessions = self.table_id, self.page.sessions

        def work() -> list[MeetingRow]:
            ids = meeting_ids(sessions, table_id, "starts_at", True)
            rows = {row.id: row for row in meeting_rows(sessions, ids)}
            return [rows[i] for i in ids if i in rows]

        self.page.reads.read("meetings", work, self._came)

    def _came(self, rows: list[MeetingRow]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(f"<b>{self.tr('Bijeenkomsten')}</b> ({self.model.rowCount()})")
        self.filled.emit()

    def chosen(self) -> MeetingRow | None:
        """The selected meeting, if any."""
        row = self.view.current_row()
        return self.model.rows[row] if row >= 0 else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.page.context.open_record("meetings", self.model.row_id(index.row()))

"""The rows of a people import's preview, as they will be stored, problems marked in red.

A cell typed over hands its field and text to ``on_edit(index, field, text)``: the wizard
corrects the file's cell and makes the preview again. A row that closely matches an
existing person (reason "close") gets a check box in the Wat column: checked, the row
updates that person; unchecked, it is skipped. The wizard hands the choice to
``on_decide(index, accepted)`` (``people_import.decide``).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ontwikkeltafel.i18n import message
from ontwikkeltafel.services.people_apply import row_text
from ontwikkeltafel.services.people_import import Action, Preview, PreviewRow
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.models.rows import Index, Role, RowColumn, RowsModel

PROBLEM_COLOUR = QColor("#b00020")
ACTION_COLUMN = 8
#: The fields of the columns after Rij, in order; each can be corrected in the view.
FIELD_COLUMNS = ("first_name", "prefix", "last_name", "organisation", "function", "email", "phone")


def _tr(text: str) -> str:
    return QCoreApplication.translate("people_import", text)


def action_text(row: PreviewRow) -> str:
    """What happens to the row: "nieuw", "bijwerken", "overslaan: geen achternaam"."""
    lang = current_language()
    if row.reason == "close" and row.action is Action.UPDATE:
        return _tr("bijwerken: %1").replace("%1", row.detail)
    return row_text(row, lang)


def problems_text(row: PreviewRow) -> str:
    """Every problem of the row, a line each (empty when there is none)."""
    lang = current_language()
    details = {"bad_email": row.entry.email, "duplicate": row.detail}
    return "\n".join(
        message(f"people.reason.{problem}", lang, detail=details.get(problem, ""))
        for problem in row.problems
    )


def _tip(row: PreviewRow) -> str:
    if row.problems:
        return problems_text(row)
    if row.reason == "close":
        return _tr(
            "Lijkt op %1, al bekend bij deze organisatie. Aangevinkt: die persoon bijwerken; "
            "uitgevinkt: deze rij overslaan."
        ).replace("%1", row.detail)
    return action_text(row)


class PeoplePreviewModel(RowsModel):
    """The preview's rows (read only but for the choice on a close match)."""

    def __init__(
        self,
        on_decide: Callable[[int, bool], None] | None = None,
        parent: Any = None,
        on_edit: Callable[[int, str, str], None] | None = None,
    ) -> None:
        """An empty preview; :meth:`set_preview` fills it."""

        def entry(name: str) -> Callable[[PreviewRow], str]:
            return lambda r: str(getattr(r.entry, name))

        super().__init__(
            [
                RowColumn(_tr("Rij"), lambda r: str(r.number), align_right=True),
                RowColumn(_tr("Voornaam"), entry("first_name"), edit=entry("first_name")),
                RowColumn(_tr("Tussenv."), entry("prefix"), edit=entry("prefix")),
                RowColumn(_tr("Achternaam"), entry("last_name"), edit=entry("last_name")),
                RowColumn(_tr("Organisatie"), entry("organisation"), edit=entry("organisation")),
                RowColumn(_tr("Functie"), entry("function"), edit=entry("function")),
                RowColumn(_tr("E-mail"), entry("email"), edit=entry("email")),
                RowColumn(_tr("Telefoon"), entry("phone"), edit=entry("phone")),
                RowColumn(_tr("Wat"), action_text, tooltip=_tip),
            ],
            lambda r: str(r.number),
            self._edited if on_edit is not None else None,
            parent=parent,
        )
        self.on_decide = on_decide
        self.on_cell = on_edit

    def _edited(self, row: PreviewRow, column: int, value: Any) -> None:
        if self.on_cell is not None and 1 <= column <= len(FIELD_COLUMNS):
            self.on_cell(self.rows.index(row), FIELD_COLUMNS[column - 1], str(value).strip())

    def set_preview(self, preview: Preview) -> None:
        """Show the rows of ``preview``."""
        self.set_rows(list(preview.rows))

    def row(self, index: int) -> PreviewRow:
        """The preview row shown at ``index``."""
        found: PreviewRow = self.rows[index]
        return found

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """As rows do, with problems in red (and their tool tip) and the close-match check."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.row(index.row())
        if role == Role.ForegroundRole and row.problems:
            return QBrush(PROBLEM_COLOUR)
        if role == Role.ToolTipRole and row.problems:
            return problems_text(row)
        if role == Role.CheckStateRole and index.column() == ACTION_COLUMN:
            if row.reason != "close":
                return None
            accepted = row.action is Action.UPDATE
            return Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """A close match's Wat cell is checkable."""
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == ACTION_COLUMN
            and self.row(index.row()).reason == "close"
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Checking a close match accepts it as an update; unchecking skips the row."""
        if role == Role.EditRole:
            return super().setData(index, value, role)
        if (
            not index.isValid()
            or role != Role.CheckStateRole
            or index.column() != ACTION_COLUMN
            or self.row(index.row()).reason != "close"
            or self.on_decide is None
        ):
            return False
        self.on_decide(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

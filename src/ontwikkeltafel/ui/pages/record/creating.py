"""New records that open their page: a new table, a planned meeting; one undoable step each."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import create_record
from ontwikkeltafel.services.meeting_planning import plan_meeting as plan_service
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import current_language, show_error
from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstPageEdits", text)


def _make_and_open(
    context: WindowContext,
    parent: QWidget,
    undo_text: str,
    kind: str,
    create: Callable[[], tuple[str, Change]],
) -> str | None:
    """Make a record of ``kind`` as one undoable step, open its page ready to type."""
    try:
        record_id = context.editor.push_create(undo_text, kind, create)
    except UserError as error:
        show_error(parent.window(), error)
        return None
    context.open_record(kind, record_id)
    page = context.current_page()
    if isinstance(page, RecordPage):
        page.focus_new()
    return record_id


class NewTableDialog(QDialog):
    """Asks the name of a new table: nothing is stored until one is given and Maken chosen."""

    def __init__(self, parent: QWidget) -> None:
        """An empty name field with Maken (greyed until a name is typed) and Annuleren."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Nieuwe tafel"))
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText(_tr("bijvoorbeeld: Onderwijs en zorg vinden elkaar!"))
        self.title_field.setMinimumWidth(360)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(_tr("Maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("Naam van de tafel:"), self.title_field)
        form.addRow(buttons)
        self.title_field.textChanged.connect(self._update)
        self._update()

    def title(self) -> str:
        """The name typed, without surrounding spaces."""
        return self.title_field.text().strip()

    def _update(self) -> None:
        self.create_button.setEnabled(bool(self.title()))

    def accept(self) -> None:
        """Only with a name: Enter on an empty field does nothing."""
        if self.title():
            super().accept()


def new_table(context: WindowContext, parent: QWidget) -> None:
    """Ask the new table's name; once given, make the table and open its page."""
    dialog = NewTableDialog(parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def make() -> None:
        title = dialog.title()
        _make_and_open(
            context,
            parent,
            _tr("Tafel maken"),
            "tables",
            lambda: create_record(context.sessions, "tables", {"title": title}),
        )

    dialog.accepted.connect(make)
    dialog.open()  # window-modal, without a nested event loop


def plan_meeting(context: WindowContext, parent: QWidget, table_id: str) -> str | None:
    """Plan the table's next meeting from its template and open it at its date."""
    return _make_and_open(
        context,
        parent,
        _tr("Bijeenkomst plannen"),
        "meetings",
        lambda: plan_service(context.sessions, table_id, lang=current_language()),
    )

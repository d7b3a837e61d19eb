"""Personen importeren…: a wizard from a participant list (.xlsx, .csv, .vcf) to people.

Pages (people_import_pages.py): the file (and sheet), the column mapping (a combo per
column, the guess chosen; a change redoes the preview), the preview (every row as it
will be stored, problems in red, close matches to accept or refuse, new organisations'
sectors, a table and role), all off the UI thread where it can take long.
Finishing applies it in one transaction as ONE undo step (services/people_undo.py).
"""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
    QWizard,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import MemberRole, Sector
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.people_apply import Outcome, apply_preview
from ontwikkeltafel.services.people_files import SheetRows, read_people_file
from ontwikkeltafel.services.people_import import Action, Preview, decide, make_preview
from ontwikkeltafel.services.people_mapping import guess_mapping, name_of
from ontwikkeltafel.services.people_undo import Taken, redo_import, undo_import
from ontwikkeltafel.services.progress import Progress
from ontwikkeltafel.store.engine import without_write_wait
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import current_language, failure_text
from ontwikkeltafel.ui.core.tasks import Outcome as TaskOutcome
from ontwikkeltafel.ui.core.tasks import TaskRunner, shown_error
from ontwikkeltafel.ui.core.undo import ServiceCommand
from ontwikkeltafel.ui.exports.people_import_pages import FilePage, MappingPage, PreviewPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _tr(text: str) -> str:
    return QCoreApplication.translate("people_import", text)


class PeopleImportWizard(QWizard):
    """The import, from file to confirmation; ``outcome`` holds what was written.

    ``loaded(ok)`` once a file was read (or refused), ``applied(ok)`` once Importeren ended.
    """

    loaded = Signal(bool)
    applied = Signal(bool)

    def __init__(self, context: WindowContext, parent: QWidget, table_id: str | None = None):
        """A wizard over ``parent``; with ``table_id`` the people are seated at that table."""
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(_tr("Personen importeren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1100, 640)
        self.source: SheetRows | None = None
        self.path: Path | None = None
        self.mapping: list[str | None] = []
        self.sectors: dict[str, Sector] = {}
        self.accepted_close: dict[int, bool] = {}  # row number -> accepted as an update
        self.preview: Preview | None = None
        self.outcome: Outcome | None = None
        self.table_id = table_id
        self.role = MemberRole.MEMBER
        self.tasks = TaskRunner(self)
        self.failure: QMessageBox | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.loaded.connect(self.file_page.show_loaded)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("Importeren"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _tr("Annuleren"))

    def fail(self, error: Exception) -> None:
        """The core's one-line message in a box; nothing is imported."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Niets geïmporteerd"), "", parent=self)
        box.setText(failure_text(error, current_language()))
        box.open()
        self.failure = box

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Read ``path`` (its ``sheet``) and make its preview off the UI thread.

        ``loaded(ok)`` follows; a file that cannot be read gives the core's message.
        """
        sessions, table_id, role = self.worker_sessions(), self.table_id, self.role

        def work(_progress: Progress) -> tuple[SheetRows, list[str | None], Preview | None]:
            source = read_people_file(path, sheet)
            mapping = list(guess_mapping(source.header))
            try:
                preview = make_preview(sessions, source, mapping, table_id=table_id, role=role)
            except UserError:
                preview = None  # no name column: the mapping page says so
            return source, mapping, preview

        def handle(outcome: TaskOutcome) -> None:
            if outcome.error is not None or outcome.cancelled:
                self.source = None
                if outcome.error is not None:
                    self.fail(shown_error(outcome.error))
                self.loaded.emit(False)
                return
            self.source, self.mapping, _preview = cast(
                "tuple[SheetRows, list[str | None], Preview | None]", outcome.result
            )
            self.path = path
            self.accepted_close = {}
            self.sectors = {}
            self.redo_preview(_preview)
            self.loaded.emit(True)

        title = _tr("Personen importeren")
        label = _tr("%1 wordt ingelezen…").replace("%1", path.name)
        return self.tasks.start(title, label, work, handle)

    def worker_sessions(self) -> "sessionmaker[Session]":
        """The window's sessions for a worker thread (a write waits as commands do)."""
        return without_write_wait(self.context.sessions)

    def redo_preview(self, made: Preview | None = None) -> bool:
        """Make the preview again from the mapping, sectors, table and choices on close rows.

        ``made``: the preview made already (off the UI thread, on reading the file).
        """
        if self.source is None:
            return False
        try:
            preview = made or make_preview(
                self.context.sessions,
                self.source,
                self.mapping,
                table_id=self.table_id,
                role=self.role,
                sectors=self.sectors,
            )
        except UserError as error:
            self.preview = None
            self.mapping_page.show_problem(failure_text(error, current_language()))
            return False
        for index, row in enumerate(preview.rows):
            if row.reason == "close" and self.accepted_close.get(row.number):
                preview = decide(preview, index, Action.UPDATE)
        self.preview = preview
        self.mapping_page.show_problem("")
        self.preview_page.show_preview()
        return True

    def decide(self, index: int, accepted: bool) -> None:
        """Accept (an update) or refuse (skip) the close match of the row at ``index``."""
        assert self.preview is not None
        row = self.preview.rows[index]
        self.accepted_close[row.number] = accepted
        self.preview = decide(self.preview, index, Action.UPDATE if accepted else Action.SKIP)
        self.preview_page.show_preview()

    def edit_cell(self, index: int, field: str, text: str) -> None:
        """Correct the file's cell behind ``field`` of the row at ``index``; preview again.

        A name read from one full-name column is written back whole, with the part changed.
        """
        source, preview = self.source, self.preview
        assert source is not None and preview is not None
        row = preview.rows[index]
        position = source.numbers.index(row.number)
        cells = list(source.rows[position]) + [""] * (
            len(self.mapping) - len(source.rows[position])
        )
        entry = replace(row.entry, **{field: text})
        mapping = self.mapping
        if field == "phone" and field not in mapping and "mobile" in mapping:
            field = "mobile"
        if field in mapping:
            cells[mapping.index(field)] = text
        elif field in ("first_name", "prefix", "last_name") and "last_name" in mapping:
            cells[mapping.index("last_name")] = name_of("", entry.prefix, entry.last_name)
        elif field in ("first_name", "prefix", "last_name") and "full_name" in mapping:
            first = "" if "first_name" in mapping else entry.first_name
            cells[mapping.index("full_name")] = name_of(first, entry.prefix, entry.last_name)
        else:
            return  # no column holds it
        rows = list(source.rows)
        rows[position] = tuple(cells)
        self.source = replace(source, rows=tuple(rows))
        self.redo_preview()

    def accept(self) -> None:
        """Apply the preview off the UI thread as one undo step, then close."""
        preview, sessions = self.preview, self.worker_sessions()
        if preview is None:
            return

        def work(_progress: Progress) -> Outcome:
            return apply_preview(sessions, preview)

        def handle(outcome: TaskOutcome) -> None:
            if outcome.error is not None:
                self.fail(shown_error(outcome.error))
            elif not outcome.cancelled:
                self.done_import(cast("Outcome", outcome.result))
                super(PeopleImportWizard, self).accept()
            self.applied.emit(self.outcome is not None)

        label = _tr("%1 personen worden opgeslagen…").replace("%1", str(len(preview.rows)))
        self.tasks.start(_tr("Personen importeren"), label, work, handle)

    def done_import(self, outcome: Outcome) -> None:
        """The import is written: make it one undo step and let the lists read again."""
        self.outcome = outcome
        sessions, table_id, editor = self.context.sessions, self.table_id, self.context.editor
        kept: dict[str, Taken] = {}

        def redo() -> Change:
            return redo_import(sessions, outcome, table_id, kept.pop("taken"))

        def undo() -> Change:
            kept["taken"], change = undo_import(sessions, outcome, table_id)
            return change

        text = _tr("Personen importeren")
        editor.stack.push(ServiceCommand(text, editor.notifier, redo, undo, editor.stack))
        editor.notifier.report(outcome.change)

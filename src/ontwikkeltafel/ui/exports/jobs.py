"""Reports, invitations and JSON import/export from the window, each off the UI thread.

Pages call ``context.exports.report(kind, record_id)``, ``.invitation(meeting_id)``,
``.choose_import()`` (then ``import_offer``) and ``.export_json(table_id=None)``; each
asks what it needs, runs the service on a worker thread with a progress dialog, then says
how it went.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services.changes import KINDS, Change
from ontwikkeltafel.services.progress import Progress
from ontwikkeltafel.store.engine import without_write_wait
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.garbage import garbage_collector_held
from ontwikkeltafel.ui.core.messages import OneMessage, current_language, failure_text
from ontwikkeltafel.ui.core.tasks import (
    Outcome,
    TaskRunner,
    Work,
    shown_error,
)
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.exports.texts import (
    counts_details,
    counts_summary,
    kind_texts,
    meeting_subject,
    table_subject,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ontwikkeltafel.exchange.importer import ImportCounts
    from ontwikkeltafel.ui.exports.report_dialog import ReportOptions

STATUS_MS = 15000
JSON_FILTER = "JSON (*.json)"
ICS_FILTER = "iCalendar (*.ics)"
PERSON_FILTERS = "Word (*.docx);;JSON (*.json)"
MEMBER_FILTERS = "Excel (*.xlsx);;vCard (*.vcf)"
Handler = Callable[[object], object]


class Exports(QObject):
    """The window's exports and imports; ``finished(state, detail)`` after each has ended.

    ``state`` is "done" (detail: the path written, or the import's counts), "failed"
    (detail: the message shown) or "cancelled" (detail: None).
    """

    finished = Signal(str, object)

    def __init__(self, window: QWidget, context: WindowContext) -> None:
        """Work for the window ``context`` (its sessions, status bar); dialogs over ``window``."""
        super().__init__(window)
        self.window = window
        self.context = context
        self.tasks = TaskRunner(window)
        self.folder: Path | None = None  # the last folder used, this session
        self.template: Path | None = None  # the last Word template used, this session
        self.offer: object | None = None  # the File menu's last import question (import_offer)
        self.messages = OneMessage(lambda: self.window)
        self.open_url = file_choice.open_url  # opens a mail draft (tests put their own)

    def _worker_sessions(self) -> "sessionmaker[Session]":
        """The window's sessions for a worker thread: a write waits for a lock as commands do.

        The window's own edits wait briefly and try again later; an import (or a report)
        off the UI thread freezes nothing, so it waits the whole busy timeout.
        """
        return without_write_wait(self.context.sessions)

    # What pages call: each asks the user what it needs first.

    def report(self, kind: str, record_id: str) -> None:
        """Make a report: "minutes", "agenda" or "attendance" of a meeting, "table" or "actions"."""
        from ontwikkeltafel.services.file_names import report_file_name
        from ontwikkeltafel.ui.exports.report_dialog import ReportDialog

        sessions = self.context.sessions
        try:
            if kind in ("minutes", "agenda", "attendance"):
                subject = meeting_subject(sessions, kind, record_id)
            else:
                subject = table_subject(sessions, kind, record_id)
            report_file_name(sessions, kind, record_id, self._lang())  # still there?
        except UserError as exc:
            self._fail(kind_texts()[kind].failed, exc)
            return
        # A presentielijst holds nothing confidential: it has one version only.
        one_version = {"choose_version": False} if kind == "attendance" else {}
        options = ReportDialog.ask(
            self.window,
            kind_texts()[kind].title,
            subject,
            lambda lang: report_file_name(sessions, kind, record_id, lang),
            self._folder(),
            self._lang(),
            self.template,
            **one_version,
        )
        if options is not None and self._participants_may_read(kind, record_id, options):
            self.start_report(kind, record_id, options)

    def _participants_may_read(self, kind: str, record_id: str, options: "ReportOptions") -> bool:
        """For a participants' version: list the likely personal data in it and ask to go on."""
        from ontwikkeltafel.services.personal_data import finding_lines
        from ontwikkeltafel.services.report_files import personal_data_of_report
        from ontwikkeltafel.ui.exports import report_dialog

        if options.internal:
            return True
        try:
            found = personal_data_of_report(self.context.sessions, kind, record_id)
        except UserError as exc:
            self._fail(kind_texts()[kind].failed, exc)
            return False
        lines = finding_lines(found, self._lang())
        return not lines or report_dialog.confirm_personal_data(self.window, lines)

    def invitation(self, meeting_id: str) -> None:
        """Save the agenda invitation (.ics) of a meeting, for the participants' calendars."""
        from ontwikkeltafel.services.file_names import report_file_name

        texts = kind_texts()["invitation"]
        try:
            name = report_file_name(self.context.sessions, "invitation", meeting_id, self._lang())
        except UserError as exc:
            self._fail(texts.failed, exc)
            return
        path = file_choice.choose_save_path(
            self.window, texts.title, self._folder() / name, ICS_FILTER
        )
        if path is not None:
            self.start_invitation(meeting_id, file_choice.with_extension(path, ".ics"))

    def choose_import(self) -> Path | None:
        """Ask which exchange file (JSON) to import; None when none was chosen.

        The File menu's Importeren… (ui/exports/import_offer.import_json) then asks
        whether to import it, saying what is new and what would be overwritten.
        """
        return file_choice.choose_open_path(
            self.window, self.tr("Importeren uit een JSON-bestand"), self._folder(), JSON_FILTER
        )

    def export_json(self, table_id: str | None = None) -> None:
        """Write everything, or one table with all it refers to, to an exchange file (JSON)."""
        from ontwikkeltafel.services.file_names import export_file_name

        title = self.tr("Exporteren naar een JSON-bestand")
        try:
            name = export_file_name(self.context.sessions, table_id, self._lang())
        except UserError as exc:
            self._fail(self.tr("Niet geëxporteerd"), exc)
            return
        path = file_choice.choose_save_path(self.window, title, self._folder() / name, JSON_FILTER)
        if path is not None:
            self.start_export(file_choice.with_extension(path, ".json"), table_id)

    def person_data(self, person_id: str, name: str) -> None:
        """Inzien: ask where to write everything held on a person (.docx or .json), write it."""
        from ontwikkeltafel.services.file_names import safe_file_name

        title = self.tr("Persoonsgegevens opslaan")
        suggested = self._folder() / safe_file_name(
            self.tr("Persoonsgegevens %1").replace("%1", name), ".docx"
        )
        path = file_choice.choose_save_path(self.window, title, suggested, PERSON_FILTERS)
        if path is not None:
            json_chosen = path.suffix.lower() == ".json"
            self.start_person_data(
                person_id, file_choice.with_extension(path, ".json" if json_chosen else ".docx")
            )

    def import_people(self, table_id: str | None = None) -> QWidget:
        """Personen importeren…: the wizard, seating the people at ``table_id`` if given."""
        from ontwikkeltafel.ui.exports.people_import_wizard import PeopleImportWizard

        wizard = PeopleImportWizard(self.context, self.window, table_id)
        wizard.open()
        return wizard

    def export_members(self, table_id: str) -> None:
        """Deelnemers exporteren…: ask where, then write a table's members (.xlsx or .vcf)."""
        from ontwikkeltafel.services.file_names import safe_file_name
        from ontwikkeltafel.services.people_export import table_members

        try:
            title, _members = table_members(self.context.sessions, table_id)
        except UserError as exc:
            self._fail(self.tr("Niet geëxporteerd"), exc)
            return
        name = safe_file_name(self.tr("Deelnemers %1").replace("%1", title), ".xlsx")
        path = file_choice.choose_save_path(
            self.window, self.tr("Deelnemers exporteren"), self._folder() / name, MEMBER_FILTERS
        )
        if path is not None:
            vcard = path.suffix.lower() == ".vcf"
            self.start_members(
                table_id, file_choice.with_extension(path, ".vcf" if vcard else ".xlsx")
            )

    def mail(self, kind: str, meeting_id: str) -> None:
        """Uitnodiging, verslag or actielijst mailen: ask (ui/exports/mail_dialog.py), write."""
        from ontwikkeltafel.ui.exports.mail_dialog import ask_mail

        try:
            ask_mail(self, kind, meeting_id)
        except UserError as exc:
            self.mail_failed(exc)

    def mail_failed(self, error: Exception) -> None:
        """Say why no mail draft was made."""
        self._fail(self.tr("Geen concept-e-mail gemaakt"), error)

    def folder_now(self) -> Path:
        """The folder a file is suggested in: the last one used, else the standard one."""
        return self._folder()

    # The same without asking: for code that knows the answers already (and for tests).

    def start_mail(
        self, kind: str, meeting_id: str, path: Path, internal: bool, open_it: bool
    ) -> bool:
        """Write a mail draft off the UI thread, then open it (``open_url``) or say where."""
        from ontwikkeltafel.services.mail_drafts import MailDraft, write_mail

        sessions, lang = self._worker_sessions(), self._lang()

        def work(progress: Progress) -> MailDraft:
            return write_mail(
                sessions, kind, meeting_id, path, internal=internal, lang=lang, progress=progress
            )

        def done(result: object) -> object:
            assert isinstance(result, MailDraft)
            self.context.notifier.report(Change.of("meetings", ids=[meeting_id]))
            text = self.tr("De concept-e-mail is gemaakt; de app heeft niets verzonden.")
            if not open_it:
                return self._saved(text, open_file=True)(path)
            self._status(f"{text} {path}")
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                return self._saved(text, open_file=False)(path)
            return path

        title = self.tr("Concept-e-mail maken")
        label = self.tr("%1 wordt gemaakt…").replace("%1", path.name)
        return self._start(title, label, work, self.tr("Geen concept-e-mail gemaakt"), done)

    def start_members(self, table_id: str, path: Path) -> bool:
        """Write a table's members to ``path`` off the UI thread; False if a task still runs."""
        from ontwikkeltafel.services.people_export import export_members

        sessions = self._worker_sessions()

        def work(_progress: Progress) -> Path:
            export_members(sessions, table_id, path)
            return path

        done = self._saved(self.tr("De deelnemers van de tafel zijn opgeslagen."))
        title, label = (
            self.tr("Deelnemers exporteren"),
            self.tr("%1 wordt geschreven…").replace("%1", path.name),
        )
        return self._start(title, label, work, self.tr("Niet geëxporteerd"), done)

    def start_person_data(self, person_id: str, path: Path) -> bool:
        """Write what is held on a person off the UI thread; False if a task still runs."""
        from ontwikkeltafel.services.person_data import export_person

        sessions, lang = self._worker_sessions(), self._lang()

        def work(_progress: Progress) -> Path:
            export_person(sessions, person_id, path, lang)
            return path

        done = self._saved(self.tr("Alles wat over deze persoon is vastgelegd is opgeslagen."))
        title, label = self.tr("Inzien"), self.tr("%1 wordt geschreven…").replace("%1", path.name)
        return self._start(title, label, work, self.tr("Niet opgeslagen"), done)

    def start_report(self, kind: str, record_id: str, options: "ReportOptions") -> bool:
        """Write the report off the UI thread; False if another task is still running."""
        from ontwikkeltafel.services.report_files import write_report

        sessions, texts = self._worker_sessions(), kind_texts()[kind]
        self.template = options.template

        def work(progress: Progress) -> Path:
            return write_report(
                sessions,
                kind,
                record_id,
                options.path,
                internal=options.internal,
                template=options.template,
                lang=options.lang,
                progress=progress,
            )

        return self._start(texts.title, texts.working, work, texts.failed, self._saved(texts.done))

    def start_invitation(self, meeting_id: str, path: Path) -> bool:
        """Write the invitation off the UI thread; False if another task is still running."""
        from ontwikkeltafel.services.report_files import write_invitation

        sessions, texts, lang = self._worker_sessions(), kind_texts()["invitation"], self._lang()
        left_out: list[str] = []  # who has no e-mail address: filled on the worker thread

        def work(progress: Progress) -> Path:
            return write_invitation(sessions, meeting_id, path, lang, progress, left_out)

        def done(result: object) -> object:
            saved = self._saved(texts.done)(result)
            if left_out and self.message is not None:
                line = message("invite.without_email", lang, names=", ".join(left_out))
                self.message.setInformativeText(f"{line}\n{self.message.informativeText()}")
            return saved

        return self._start(texts.title, texts.working, work, texts.failed, done)

    def start_import(self, path: Path, backup: bool = False) -> bool:
        """Import ``path`` off the UI thread; False if another task is still running.

        With ``backup`` a backup of the database is made first (as Back-up maken does);
        when it cannot be made nothing is imported.
        """
        from ontwikkeltafel.services.exchange_files import import_file
        from ontwikkeltafel.services.import_preview import import_refusal

        sessions, lang = self._worker_sessions(), self._lang()
        self.folder = path.parent
        saved: list[Path] = []  # the backup made first, if asked: filled on the worker thread
        backup_output = self._backup_output() if backup else None

        def work(progress: Progress) -> object:
            if backup:
                from ontwikkeltafel.services.backups import backup_of

                saved.append(backup_of(sessions, backup_output))
            try:
                with garbage_collector_held():
                    return import_file(sessions, path, progress=progress)
            except UserError as exc:
                refusal = import_refusal(exc, path, lang)  # which file, and where in it
                if refusal is exc:
                    raise
                raise refusal from exc

        def done(result: object) -> object:
            counts = cast("ImportCounts", result)
            # An import cannot be undone, and the steps before it would undo over it.
            self.context.editor.stack.clear()
            self.context.notifier.report(Change.of(*sorted(KINDS)))
            text = self.tr("Geïmporteerd uit %1.").replace("%1", path.name)
            summary = counts_summary(counts)
            self._status(f"{text} {summary}")
            box = self._box(QMessageBox.Icon.Information, self.tr("Importeren klaar"), text)
            kept = self.tr("Back-up vooraf: %1").replace("%1", str(saved[0])) if saved else ""
            box.setInformativeText(f"{summary}\n{kept}" if kept else summary)
            box.setDetailedText(counts_details(counts, lang))
            box.addButton(self.tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
            box.open()
            return counts

        title, label = (
            self.tr("Importeren"),
            self.tr("%1 wordt ingelezen…").replace("%1", path.name),
        )
        return self._start(title, label, work, self.tr("Niets geïmporteerd"), done)

    def _backup_output(self) -> Path | None:
        """Where a backup before an import goes: beside a SQLite file (None), else a JSON file."""
        from datetime import datetime

        from ontwikkeltafel.services.backups import database_file

        if database_file(self.context.sessions) is not None:
            return None
        name = f"ontwikkeltafel-backup-{datetime.now():%Y-%m-%d-%H%M%S}.json"
        return file_choice.default_folder() / name

    def start_export(self, path: Path, table_id: str | None = None) -> bool:
        """Export to ``path`` off the UI thread; False if another task is still running."""
        from ontwikkeltafel.services.exchange_files import ExportSummary, export_file

        sessions = self._worker_sessions()

        def work(progress: Progress) -> object:
            with garbage_collector_held():
                return export_file(sessions, path, table_id, progress)

        def done(summary: object) -> object:
            assert isinstance(summary, ExportSummary)
            total = str(sum(summary.counts.values()))
            text = self.tr("%1 records geëxporteerd.").replace("%1", total)
            return self._saved(text, open_file=False)(summary.path)

        title = self.tr("Exporteren")
        label = self.tr("%1 wordt geschreven…").replace("%1", path.name)
        return self._start(title, label, work, self.tr("Niet geëxporteerd"), done)

    # How a task runs and how it ended.

    def _start(self, title: str, label: str, work: Work, failed: str, done: Handler) -> bool:
        if self.tasks.busy():
            self._status(self.tr("Even geduld: er loopt nog een taak."))
            return False
        return self.tasks.start(title, label, work, lambda o: self._ended(o, failed, done))

    def _ended(self, outcome: Outcome, failed: str, done: Handler) -> None:
        if outcome.cancelled:
            self._status(self.tr("Afgebroken; er is niets opgeslagen."))
            self.finished.emit("cancelled", None)
        elif outcome.error is not None:
            self.finished.emit("failed", self._fail(failed, outcome.error))
        else:
            self.finished.emit("done", done(outcome.result))

    def _fail(self, title: str, error: Exception) -> str:
        """One clear message: the UserError's own, else the kind of failure and the log file.

        Never the exception's text, which may quote record contents.
        """
        text = failure_text(shown_error(error), self._lang())
        box = self._box(QMessageBox.Icon.Warning, title, text)
        box.addButton(self.tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        box.open()
        return text

    def _saved(self, text: str, open_file: bool = True) -> Handler:
        """What to do once a file is written: say so, and offer to open it or its folder."""

        def done(result: object) -> object:
            path = Path(str(result))
            self.folder = path.parent
            self._status(f"{text} {path}")
            box = self._box(QMessageBox.Icon.Information, self.tr("Opgeslagen"), text)
            box.setInformativeText(
                self.tr("Bestand: %1\nMap: %2")
                .replace("%1", path.name)
                .replace("%2", str(path.parent))
            )
            if open_file:
                button = box.addButton(self.tr("Bestand openen"), QMessageBox.ButtonRole.ActionRole)
                button.clicked.connect(lambda: file_choice.open_url(QUrl.fromLocalFile(str(path))))
                box.setDefaultButton(button)
            folder = box.addButton(self.tr("Map openen"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(
                lambda: file_choice.open_url(QUrl.fromLocalFile(str(path.parent)))
            )
            box.addButton(self.tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
            box.open()
            return path

        return done

    @property
    def message(self) -> QMessageBox | None:
        """The message box now open, if any."""
        return self.messages.box

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return self.messages.open(icon, title, text)

    def _status(self, text: str) -> None:
        self.context.show_status(text, STATUS_MS)

    def _folder(self) -> Path:
        return self.folder or file_choice.default_folder()

    @staticmethod
    def _lang() -> str:
        return current_language()

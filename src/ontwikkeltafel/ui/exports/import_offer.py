"""The question before an import: the file the app was started with, or the File menu's choice.

``ontwikkeltafel FILE.json`` offers its file once the window has its database; the File
menu's Importeren… asks the same once a file is chosen. The question names the file, the
database, what the file holds and how much of it is new and how much already stored
(counted off the UI thread: a scale-1 file of 54 MB takes some seconds, with the progress
dialog of the window's tasks). When records would be overwritten Annuleren is the default
and Importeren makes a backup first (``Exports.start_import(path, backup=True)``).
A file the import would refuse is not offered: its one message is shown instead.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services import Source
from ontwikkeltafel.services.import_preview import Preview, import_refusal, preview_import
from ontwikkeltafel.services.progress import Progress
from ontwikkeltafel.ui.core.messages import current_language, failure_text
from ontwikkeltafel.ui.core.tasks import Outcome, shown_error
from ontwikkeltafel.ui.exports.jobs import STATUS_MS, Exports


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportOffer", text)


def read_offered(
    source: Source, path: Path, lang: str, progress: Progress | None = None
) -> Preview:
    """What the file at ``path`` holds, and what of it ``source`` holds already.

    The import's own UserError for a file it refuses. ``progress`` is told after the
    file is parsed, read and counted (a Cancel in between ends the reading there).
    """
    try:
        return preview_import(source, path, progress)
    except UserError as exc:
        refusal = import_refusal(exc, path, lang)
        if refusal is exc:
            raise
        raise refusal from exc


def holdings_text(preview: Preview, lang: str) -> str:
    """A line "Het bestand bevat:", one per kind of record ("tafels: 2"), then what is new.

    When records are stored already the last line says so: they are overwritten.
    """
    if not preview.holds:
        return _tr("Het bestand bevat geen records.")
    lines = [f"{message(f'kind.{kind}', lang)}: {count}" for kind, count in preview.holds.items()]
    if preview.overwritten:
        summary = (
            _tr("%1 nieuw, %2 bestaan al en worden overschreven met de versie uit het bestand.")
            .replace("%1", str(preview.new))
            .replace("%2", str(preview.overwritten))
        )
        warning = _tr("Eerst wordt een back-up gemaakt; het importeren kan niet ongedaan worden.")
        return "\n".join([_tr("Het bestand bevat:"), *lines, "", summary, warning])
    summary = _tr("Alle %1 zijn nieuw.").replace("%1", str(preview.total))
    return "\n".join([_tr("Het bestand bevat:"), *lines, "", summary])


class ImportOffer:
    """Asks whether to import a file into the window's database (the box: ``exports.message``)."""

    def __init__(self, exports: Exports, database: str, path: Path) -> None:
        """Offer ``path`` for import through ``exports`` into ``database`` (its display name)."""
        self.exports = exports
        self.database = database
        self.path = path
        self.import_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None

    def open(self) -> bool:
        """Read the file off the UI thread, then ask (or say why not).

        While another task runs the offer waits for it (the status bar says so) and is
        made when it has ended; then False.
        """
        tasks = self.exports.tasks
        if tasks.busy():
            self.exports.context.show_status(
                _tr("%1 wordt gelezen zodra de taak die nu loopt klaar is.").replace(
                    "%1", self.path.name
                ),
                STATUS_MS,
            )
            tasks.finished.connect(self._after_task, Qt.ConnectionType.SingleShotConnection)
            return False
        lang, sessions = current_language(), self.exports.context.sessions
        label = _tr("%1 wordt gelezen…").replace("%1", self.path.name)
        return tasks.start(
            _tr("Importeren"),
            label,
            lambda progress: read_offered(sessions, self.path, lang, progress),
            self._read,
        )

    def _after_task(self, _outcome: object) -> None:
        QTimer.singleShot(0, self.open)  # after the ended task's own handler has let go

    def _read(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._refuse(outcome.error)
        else:
            assert isinstance(outcome.result, Preview)
            self._ask(outcome.result)

    def _refuse(self, error: Exception) -> None:
        text = failure_text(shown_error(error), current_language())
        box = self.exports.messages.open(QMessageBox.Icon.Warning, _tr("Niets geïmporteerd"), text)
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    def _ask(self, preview: Preview) -> None:
        question = (
            _tr("%1 importeren in %2?").replace("%1", self.path.name).replace("%2", self.database)
        )
        box = self.exports.messages.open(QMessageBox.Icon.Question, _tr("Importeren"), question)
        box.setInformativeText(holdings_text(preview, current_language()))
        self.import_button = box.addButton(_tr("Importeren"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        overwrites = preview.overwritten > 0
        if overwrites:
            box.setIcon(QMessageBox.Icon.Warning)
        box.setDefaultButton(self.cancel_button if overwrites else self.import_button)
        box.setEscapeButton(self.cancel_button)
        self.import_button.clicked.connect(
            lambda: self.exports.start_import(self.path, backup=overwrites)
        )
        box.open()


def import_json(exports: Exports) -> None:
    """The File menu's Importeren…: choose a file, then the same question as the offer."""
    path = exports.choose_import()
    if path is not None:
        database = str(getattr(exports.window, "database_name", ""))
        offer = ImportOffer(exports, database, path)
        exports.offer = offer  # kept while the question is open
        offer.open()

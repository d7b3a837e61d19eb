"""The offer to import the exchange file the app was started with: ``ontwikkeltafel FILE.json``.

Once the window has its database, a question names the file, the database and what the
file holds (counted by reading it off the UI thread: a scale-1 file of 54 MB takes some
seconds, with the progress dialog of the window's tasks). Importeren runs the File
menu's import (``Exports.start_import``); Annuleren imports nothing. A file the import
would refuse is not offered: its one message is shown instead, as the import says it.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from ontwikkeltafel.exchange.document import Document, read_document
from ontwikkeltafel.exchange.schema import TOP_LEVEL
from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services.exchange_files import read_exchange_file
from ontwikkeltafel.services.progress import Progress
from ontwikkeltafel.ui.core.messages import current_language, failure_text
from ontwikkeltafel.ui.core.tasks import Outcome, shown_error
from ontwikkeltafel.ui.exports.jobs import Exports


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportOffer", text)


def holdings(document: Document) -> dict[str, int]:
    """How many records of each kind a document holds (kinds it has none of left out)."""
    counts = {spec.name: len(document[spec.name]) for spec in TOP_LEVEL}
    agenda = [item for meeting in document["meetings"] for item in meeting.nested["agenda"]]
    counts["agenda"] = len(agenda)
    counts["decisions"] = sum(len(item.nested["decisions"]) for item in agenda)
    return {kind: count for kind, count in counts.items() if count}


def read_offered(path: Path, lang: str, progress: Progress | None = None) -> dict[str, int]:
    """What the file at ``path`` holds; the import's own UserError for a file it refuses.

    ``progress`` is told after the file is parsed and after its records are read (a
    Cancel in between ends the reading there).
    """
    try:
        raw = read_exchange_file(path)
        if progress is not None:
            progress(1, 2)
        document = read_document(raw)
    except UserError as exc:
        if exc.key.startswith("exchange."):  # as the import says it: which file, and where
            problem = exc.render(lang)
            raise UserError("import.rejected", path=path, problem=problem) from exc
        raise
    if progress is not None:
        progress(2, 2)
    return holdings(document)


def holdings_text(counts: dict[str, int], lang: str) -> str:
    """A line "Het bestand bevat:", then one per kind of record ("tafels: 2"), in import order."""
    if not counts:
        return _tr("Het bestand bevat geen records.")
    lines = [f"{message(f'kind.{kind}', lang)}: {count}" for kind, count in counts.items()]
    return "\n".join([_tr("Het bestand bevat:"), *lines])


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
        """Read the file off the UI thread, then ask (or say why not); False while busy."""
        lang = current_language()
        label = _tr("%1 wordt gelezen…").replace("%1", self.path.name)
        return self.exports.tasks.start(
            _tr("Importeren"),
            label,
            lambda progress: read_offered(self.path, lang, progress),
            self._read,
        )

    def _read(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._refuse(outcome.error)
        else:
            assert isinstance(outcome.result, dict)
            self._ask(outcome.result)

    def _refuse(self, error: Exception) -> None:
        text = failure_text(shown_error(error), current_language())
        box = self.exports.messages.open(QMessageBox.Icon.Warning, _tr("Niets geïmporteerd"), text)
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    def _ask(self, counts: dict[str, int]) -> None:
        question = (
            _tr("%1 importeren in %2?").replace("%1", self.path.name).replace("%2", self.database)
        )
        box = self.exports.messages.open(QMessageBox.Icon.Question, _tr("Importeren"), question)
        box.setInformativeText(holdings_text(counts, current_language()))
        self.import_button = box.addButton(_tr("Importeren"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.import_button)
        box.setEscapeButton(self.cancel_button)
        self.import_button.clicked.connect(lambda: self.exports.start_import(self.path))
        box.open()

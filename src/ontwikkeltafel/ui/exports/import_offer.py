"""The offer to import the exchange file the app was started with: ``ontwikkeltafel FILE.json``.

Once the window has its database, a question names the file, the database and what the
file holds (counted by reading it). Importeren runs the File menu's import
(``Exports.start_import``); Annuleren imports nothing. A file the import would refuse
is not offered: its one message is shown instead, as the import says it.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from ontwikkeltafel.exchange.document import Document, read_document
from ontwikkeltafel.exchange.schema import TOP_LEVEL
from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services.exchange_files import read_exchange_file
from ontwikkeltafel.ui.core.messages import current_language, failure_text
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


def read_offered(path: Path) -> dict[str, int]:
    """What the file at ``path`` holds; the import's own UserError for a file it refuses."""
    try:
        return holdings(read_document(read_exchange_file(path)))
    except UserError as exc:
        if exc.key.startswith("exchange."):  # as the import says it: which file, and where
            problem = exc.render(current_language())
            raise UserError("import.rejected", path=path, problem=problem) from exc
        raise


def holdings_text(counts: dict[str, int], lang: str) -> str:
    """ "Het bestand bevat:" and a line per kind of record ("tafels: 2"), in the import's order."""
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

    def open(self) -> QMessageBox:
        """Show the question, or the import's message for a file it would refuse."""
        messages = self.exports.messages
        try:
            counts = read_offered(self.path)
        except UserError as exc:
            text = failure_text(exc, current_language())
            box = messages.open(QMessageBox.Icon.Warning, _tr("Niets geïmporteerd"), text)
            box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
            box.open()
            return box
        question = (
            _tr("%1 importeren in %2?").replace("%1", self.path.name).replace("%2", self.database)
        )
        box = messages.open(QMessageBox.Icon.Question, _tr("Importeren"), question)
        box.setInformativeText(holdings_text(counts, current_language()))
        self.import_button = box.addButton(_tr("Importeren"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.import_button)
        box.setEscapeButton(self.cancel_button)
        self.import_button.clicked.connect(lambda: self.exports.start_import(self.path))
        box.open()
        return box

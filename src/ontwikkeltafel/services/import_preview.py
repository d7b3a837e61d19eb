"""What an import of an exchange file would do, read before it is done: new and existing records.

The window's offer to import a file (``ontwikkeltafel FILE.json``) and the File menu's
import ask this first, so the question can say how many records the file adds and how
many it overwrites (an import updates in place every record whose id is stored).
"""

from dataclasses import dataclass
from pathlib import Path

from ontwikkeltafel.exchange.document import Document, read_document
from ontwikkeltafel.exchange.lookup import DatabaseLookup
from ontwikkeltafel.exchange.records import Record
from ontwikkeltafel.exchange.schema import TOP_LEVEL
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.exchange_files import read_exchange_file
from ontwikkeltafel.services.progress import Progress

#: The kind of id (``DatabaseLookup``'s target) behind each kind of record counted.
_TARGETS = {**{spec.name: spec.name for spec in TOP_LEVEL}, "agenda": "agenda_items"}
_TARGETS["decisions"] = "decisions"


#: The exchange errors of a JSON file that is no exchange file at all.
NOT_EXCHANGE = frozenset({"exchange.not_a_document", "exchange.bad_format"})


def import_refusal(error: UserError, path: Path, lang: str) -> UserError:
    """The window's one message for an import of ``path`` refused with ``error``.

    A JSON file of something else: "<path> is geen uitwisselbestand van Ontwikkeltafel".
    Another problem in the file: which file, and where in it (as the command line says).
    Any other error (a missing file, bad JSON) is its own message already.
    """
    if error.key in NOT_EXCHANGE:
        return UserError("import.not_exchange", path=path)
    if error.key.startswith("exchange."):
        return UserError("import.rejected", path=path, problem=error.render(lang))
    return error


@dataclass(frozen=True)
class Preview:
    """Per kind of record (kinds the file has none of left out): how many, and how many stored."""

    holds: dict[str, int]
    existing: dict[str, int]

    @property
    def total(self) -> int:
        """How many records the file holds."""
        return sum(self.holds.values())

    @property
    def overwritten(self) -> int:
        """How many of them are stored already (the import overwrites them)."""
        return sum(self.existing.values())

    @property
    def new(self) -> int:
        """How many of them are new to the database."""
        return self.total - self.overwritten


def records_of(document: Document) -> dict[str, list[Record]]:
    """The document's records by kind, agenda items and decisions included, in import order."""
    records = {spec.name: list(document[spec.name]) for spec in TOP_LEVEL}
    agenda = [item for meeting in document["meetings"] for item in meeting.nested["agenda"]]
    records["agenda"] = agenda
    records["decisions"] = [d for item in agenda for d in item.nested["decisions"]]
    return records


def preview_document(source: Source, document: Document) -> Preview:
    """Count ``document``'s records per kind, and those whose id ``source`` already holds."""
    records = {kind: found for kind, found in records_of(document).items() if found}
    with plain_of(source) as plain:
        lookup = DatabaseLookup(plain)
        existing = {
            kind: len(lookup.existing_ids(_TARGETS[kind], (r.id for r in found)))
            for kind, found in records.items()
        }
    return Preview({kind: len(found) for kind, found in records.items()}, existing)


def preview_import(source: Source, path: Path, progress: Progress | None = None) -> Preview:
    """Read the exchange file ``path`` as the import would, and count it against ``source``.

    Raises the import's own UserError for a file it refuses (nothing is written).
    ``progress`` is told after the file is parsed, read and counted (3 steps).
    """
    raw = read_exchange_file(path)
    if progress is not None:
        progress(1, 3)
    document = read_document(raw)
    if progress is not None:
        progress(2, 3)
    preview = preview_document(source, document)
    if progress is not None:
        progress(3, 3)
    return preview

"""Read a whole exchange document: the envelope, then every list of records."""

from dataclasses import dataclass, field

from ontwikkeltafel.exchange import FORMAT_NAME, FORMAT_VERSION
from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.exchange.parsing import first_unknown_key, key_path
from ontwikkeltafel.exchange.records import Record, read_list
from ontwikkeltafel.exchange.schema import HISTORY_ENTRY, TOP_LEVEL, TOP_LEVEL_KEYS
from ontwikkeltafel.exchange.values import read_moment


@dataclass
class Document:
    """The records of a file by list name, in file order, and its history.

    ``history`` is None when the file has none (no ``history`` key, or null): the import
    then records its own changes.
    """

    records: dict[str, list[Record]] = field(default_factory=dict)
    history: list[Record] | None = None

    def __getitem__(self, name: str) -> list[Record]:
        """The records of one top-level list."""
        return self.records[name]


def read_document(raw: object) -> Document:
    """Check the envelope and read every record; raise the first ExchangeError found."""
    if not isinstance(raw, dict):
        raise ExchangeError("", "exchange.not_a_document")
    if raw.get("format") != FORMAT_NAME:
        raise ExchangeError("format", "exchange.bad_format", expected=FORMAT_NAME)
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError("version", "exchange.bad_version")
    if version > FORMAT_VERSION:
        raise ExchangeError("version", "exchange.too_new", found=version, known=FORMAT_VERSION)
    if version < 1:
        raise ExchangeError("version", "exchange.bad_version")
    # Unknown keys after the version: a newer file is told so, not "unknown field".
    found = first_unknown_key(raw, TOP_LEVEL_KEYS)
    if found is not None:
        raise ExchangeError(key_path("", found[0]), found[1])
    if raw.get("exported_at") is not None:
        read_moment(raw["exported_at"], "exported_at")
    document = Document()
    for spec in TOP_LEVEL:
        value = raw.get(spec.name)
        document.records[spec.name] = [] if value is None else read_list(spec, value, spec.name)
    history = raw.get(HISTORY_ENTRY.name)
    if history is not None:
        document.history = read_list(HISTORY_ENTRY, history, HISTORY_ENTRY.name)
    return document

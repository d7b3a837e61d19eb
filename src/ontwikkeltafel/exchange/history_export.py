"""The history as the export writes it: every entry oldest first, or those of a table's records.

Old and new values are stored as JSON text. :func:`history_lines` puts that text into the
file as it is (the entry written as one JSON object per line, exactly as ``json.dumps``
would write the parsed entry); :func:`history_entries` gives parsed values.
"""

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from json.encoder import encode_basestring
from typing import Any

from ontwikkeltafel.exchange.names import tuples
from ontwikkeltafel.exchange.schema import TOP_LEVEL
from ontwikkeltafel.exchange.values import write_moment
from ontwikkeltafel.store.plain import Plain

Row = dict[str, Any]
Entry = tuple[str, str, str, str, str, str | None, str | None, str | None, str]

#: The history's columns in the order of :data:`Entry` (``by`` and ``list`` are SQL keywords).
_QUERY = (
    'SELECT "id", "at", "by", "list", "record_id", "field", "old", "new", "note"'
    ' FROM "history" ORDER BY "seq"'
)


class JsonLines(list[str]):
    """Records already written as JSON objects, one per item, for the file as they are."""


def _stored(plain: Plain) -> list[tuple[Any, ...]]:
    """The history's rows in the order written, as the database driver gives them."""
    return tuples(plain, _QUERY, {})


def _moment(raw: Any) -> str:
    """A stored moment (naive UTC: text on SQLite, a datetime on PostgreSQL) as exported."""
    value = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    return write_moment(value if value.tzinfo else value.replace(tzinfo=UTC))


def _rows(plain: Plain, keys: dict[str, set[str]] | None) -> Iterator[Entry]:
    """The stored entries in the order written, their moments as the export writes them."""
    moments: dict[Any, str] = {}  # the entries of one change share their moment
    for entry_id, at, by, list_name, record_id, field, old, new, note in _stored(plain):
        if keys is not None and record_id not in keys.get(list_name, ()):
            continue
        moment = moments.get(at)
        if moment is None:
            moment = moments[at] = _moment(at)
        yield entry_id, moment, by, list_name, record_id, field, old, new, note


def history_entries(plain: Plain, keys: dict[str, set[str]] | None) -> list[Row]:
    """The history with parsed values; with ``keys`` only the entries of those records."""
    loads = json.loads
    return [
        {
            "id": entry_id,
            "at": at,
            "by": by,
            "list": list_name,
            "record_id": record_id,
            "field": field,
            "old": None if old is None else loads(old),
            "new": None if new is None else loads(new),
            "note": note,
        }
        for entry_id, at, by, list_name, record_id, field, old, new, note in _rows(plain, keys)
    ]


def history_lines(plain: Plain, keys: dict[str, set[str]] | None) -> JsonLines:
    """The history as JSON text, one entry per item (see :func:`history_entries`)."""
    text = encode_basestring
    return JsonLines(
        f'{{"id": {text(entry_id)}, "at": {text(at)}, "by": {text(by)}, '
        f'"list": {text(list_name)}, "record_id": {text(record_id)}, '
        f'"field": {"null" if field is None else text(field)}, '
        f'"old": {"null" if old is None else old}, "new": {"null" if new is None else new}, '
        f'"note": {text(note)}}}'
        for entry_id, at, by, list_name, record_id, field, old, new, note in _rows(plain, keys)
    )


def record_keys(document: dict[str, Any]) -> dict[str, set[str]]:
    """The ids the history names the records of ``document`` by, per list."""
    keys = {spec.name: {r["id"] for r in document[spec.name]} for spec in TOP_LEVEL}
    meetings, tables = document["meetings"], document["tables"]
    items = [item for meeting in meetings for item in meeting["agenda"]]
    keys["agenda"] = {item["id"] for item in items}
    keys["decisions"] = {d["id"] for item in items for d in item["decisions"]}
    keys["attendance"] = {f"{m['id']}/{a['person_id']}" for m in meetings for a in m["attendance"]}
    keys["members"] = {f"{t['id']}/{p['person_id']}" for t in tables for p in t["members"]}
    return keys

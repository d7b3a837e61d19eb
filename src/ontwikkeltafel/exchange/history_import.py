"""The history an import writes: the file's own, carried over, or entries for what it changed.

A file with ``history`` brings its entries (ids, moments, authors kept, in file order) and
the import adds none of its own. A file without it is entered as the importing author's
change: one ``created`` entry per top-level record added (nested records are covered by it),
and field entries for what an update changed, read from the database before the writing.
"""

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ontwikkeltafel.exchange.before import read_before
from ontwikkeltafel.exchange.document import Document
from ontwikkeltafel.exchange.lookup import DatabaseLookup
from ontwikkeltafel.exchange.records import Record
from ontwikkeltafel.exchange.schema import AGENDA_ITEM, DECISION, TOP_LEVEL, Kind, RecordSpec
from ontwikkeltafel.exchange.values import write_moment
from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.store.bulk import Bulk
from ontwikkeltafel.store.plain import Plain

Row = dict[str, Any]

#: Nested lists written as entries of their own records, not as a field of their owner.
_OWN_ENTRIES = {"agenda", "decisions"}


_encode = json.JSONEncoder(ensure_ascii=False).encode


def _dumps(value: Any) -> str | None:
    return None if value is None else _encode(value)


def carry_history(plain: Plain, lookup: DatabaseLookup, entries: list[Record]) -> None:
    """Insert the file's entries in file order; those already stored (by id) are skipped."""
    stored = lookup.existing_ids("history", (e.id for e in entries))
    rows = []
    for entry in entries:
        if entry.id in stored:
            continue
        values = entry.values
        rows.append(
            {
                "id": entry.id,
                "at": values["at"],
                "by": values["by"],
                "list": str(values["list"]),
                "record_id": values["record_id"],
                "field": values["field"],
                "old": _dumps(values["old"]),
                "new": _dumps(values["new"]),
                "note": values["note"],
            }
        )
    Bulk(plain).insert("history", rows)


@dataclass(frozen=True)
class _Plan:
    """How a kind of record becomes exchange JSON: worked out once, not per value."""

    names: tuple[str, ...]
    dates: tuple[str, ...]
    moments: tuple[str, ...]
    refs: tuple[str, ...]
    nested: tuple[tuple[str, RecordSpec], ...]
    adoption: bool


_PLANS: dict[tuple[str, bool], _Plan] = {}


def _plan(spec: RecordSpec, nested: bool) -> _Plan:
    plan = _PLANS.get((spec.name, nested))
    if plan is None:
        fields = [
            f
            for f in spec.fields
            if f.kind is not Kind.ID
            and not (f.kind is Kind.NESTED and (not nested or f.name in _OWN_ENTRIES))
        ]

        def named(kind: Kind) -> tuple[str, ...]:
            return tuple(f.name for f in fields if f.kind is kind)

        plan = _PLANS[(spec.name, nested)] = _Plan(
            tuple(f.name for f in fields),
            named(Kind.DATE),
            named(Kind.MOMENT),
            named(Kind.REFS),
            tuple((f.name, f.nested) for f in fields if f.nested and f.kind is Kind.NESTED),
            bool(named(Kind.OBJECT)),
        )
    return plan


def exchange_values(spec: RecordSpec, record: Record, nested: bool = True) -> Row:
    """A record's values as its exchange JSON, without its id and nested agenda/decisions.

    Without ``nested`` the other nested lists (members, attendance, template) stay out
    too; an adoption is given as the export writes it, without its document (the history
    keeps no documents). Enum members stay as they are: JSON writes them as their codes.
    Call it once the record is written (numbers, adoption columns).
    """
    plan = _plan(spec, nested)
    values = record.values
    result: Row = {name: values.get(name) for name in plan.names}  # the file's field order
    for name in plan.dates:
        value = result[name]
        if value is not None:
            result[name] = value.isoformat()
    for name in plan.moments:
        value = result[name]
        if value is not None:
            result[name] = write_moment(value)
    for name in plan.refs:
        result[name] = sorted(result[name])
    for name, child_spec in plan.nested:
        result[name] = [exchange_values(child_spec, child) for child in record.nested[name]]
    if plan.adoption:
        result["adoption"] = _adoption(values)
    return result


def fresh_ids(count: int) -> list[str]:
    """``count`` new UUID4 strings, as :func:`~ontwikkeltafel.model.base.new_id` makes them."""
    raw = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, 16 * count, 16):
        raw[start + 6] = raw[start + 6] & 0x0F | 0x40  # version 4
        raw[start + 8] = raw[start + 8] & 0x3F | 0x80  # RFC 4122 variant
        h = raw[start : start + 16].hex()
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


def _adoption(values: dict[str, Any]) -> Row | None:
    """A meeting's adoption as the export will write it, without its document."""
    approved_on = values["minutes_approved_on"]
    if values["status"] != MeetingStatus.MINUTES_APPROVED or approved_on is None:
        return None
    return {"on": approved_on.isoformat(), "changes": values["adoption_changes"]}


def _without_document(value: Any) -> Any:
    if isinstance(value, dict) and "document" in value:
        return {k: v for k, v in value.items() if k != "document"}
    return value


class OwnHistory:
    """The entries of an import of a file without history, by the importing author."""

    def __init__(self, plain: Plain, lookup: DatabaseLookup, document: Document, note: str) -> None:
        """Note which records of ``document`` are stored, and read their values first."""
        self.plain = plain
        self.document = document
        self.at = datetime.now(UTC)
        self.by = plain.author
        self.note = note
        stored = {
            spec.name: lookup.existing_ids(spec.name, (r.id for r in document[spec.name]))
            for spec in TOP_LEVEL
        }
        self.before = read_before(plain, stored)
        self.rows: list[Row] = []

    def add(self, list_name: str, record_id: str, field: str | None, old: Any, new: Any) -> None:
        """One entry, written with the others by :meth:`write`."""
        self.rows.append(
            {
                "at": self.at,
                "by": self.by,
                "list": list_name,
                "record_id": record_id,
                "field": field,
                "old": _dumps(old),
                "new": _dumps(new),
                "note": self.note,
            }
        )

    def changes(self, list_name: str, record_id: str, old: Row, new: Row) -> None:
        """A field entry for each value that differs between ``old`` and ``new``."""
        for name, value in new.items():
            before = _without_document(old.get(name))
            if before != value:
                self.add(list_name, record_id, name, before, value)

    def write(self) -> None:
        """Work out the entries of the records just written and insert them."""
        for spec in TOP_LEVEL:
            stored = self.before.get(spec.name, {})
            for record in self.document[spec.name]:
                old = stored.get(record.id)
                if old is None:
                    self.add(spec.name, record.id, None, None, exchange_values(spec, record, False))
                    continue
                self.changes(spec.name, record.id, old, exchange_values(spec, record))
                if spec.name == "meetings":
                    self.agenda(record, old["agenda"])
        for row, entry_id in zip(self.rows, fresh_ids(len(self.rows)), strict=True):
            row["id"] = entry_id
        Bulk(self.plain).insert("history", self.rows)

    def agenda(self, meeting: Record, stored: list[Row]) -> None:
        """Entries for the agenda items and decisions of a meeting that was stored."""
        old_items = {item["id"]: item for item in stored}
        for item in meeting.nested["agenda"]:
            old_item = old_items.get(item.id)
            new_item = exchange_values(AGENDA_ITEM, item)
            if old_item is None:
                self.add("agenda", item.id, None, None, {"meeting_id": meeting.id, **new_item})
                self.created_decisions(item, item.nested["decisions"])
                continue
            self.changes("agenda", item.id, old_item, new_item)
            old_decisions = {d["id"]: d for d in old_item["decisions"]}
            fresh = []
            for decision in item.nested["decisions"]:
                old_decision = old_decisions.get(decision.id)
                if old_decision is None:
                    fresh.append(decision)
                else:
                    new = exchange_values(DECISION, decision)
                    self.changes("decisions", decision.id, old_decision, new)
            self.created_decisions(item, fresh)

    def created_decisions(self, item: Record, decisions: Iterable[Record]) -> None:
        """Created entries for decisions added to an agenda item that was stored."""
        for decision in decisions:
            values = {"agenda_item_id": item.id, **exchange_values(DECISION, decision)}
            self.add("decisions", decision.id, None, None, values)

"""Write a checked exchange document into the database: add new records, update known ones.

Plain SQL through :mod:`ontwikkeltafel.store.plain` (one statement per list, carried out
per row by the driver): an import on a SQLite file loads no SQLAlchemy, and the same
statements run on PostgreSQL.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ontwikkeltafel.exchange.checks import Checker
from ontwikkeltafel.exchange.document import Document, read_document
from ontwikkeltafel.exchange.history_import import OwnHistory, carry_history
from ontwikkeltafel.exchange.lookup import DatabaseLookup, chunks
from ontwikkeltafel.exchange.names import LINKS, TABLES
from ontwikkeltafel.exchange.numbering import assign_action_numbers
from ontwikkeltafel.exchange.records import Record
from ontwikkeltafel.exchange.schema import TOP_LEVEL, RecordSpec
from ontwikkeltafel.store.bulk import Bulk
from ontwikkeltafel.store.history_names import IMPORT_NOTE
from ontwikkeltafel.store.plain import Plain

#: Kinds of record counted after an import, in the order they are reported.
COUNTED = (*(spec.name for spec in TOP_LEVEL), "agenda", "decisions")

#: Per list, the unique value a stored record gives up while the file is written (see
#: :meth:`Writer.step_aside`): its column and what it holds meanwhile.
STEP_ASIDE = {
    "actions": ("number", "'~' || id"),
    "themes": ("name", "'~' || id"),
    "agenda": ("position", "-1 - position"),
}

#: How often :func:`import_document` ticks: read, checked, each list written, links.
IMPORT_STEPS = 2 + len(TOP_LEVEL) + 1


@dataclass
class ImportCounts:
    """How many records of each kind were added and updated."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))


def _values(records: list[Record]) -> list[dict[str, Any]]:
    """The rows to write: the records' own value dicts.

    An INSERT ignores the id lists in them; an UPDATE is given only the table's columns.
    """
    return [record.values for record in records]


class Writer:
    """Writes the records of one document inside the caller's transaction."""

    def __init__(self, plain: Plain, lookup: DatabaseLookup) -> None:
        """Write through ``plain``."""
        self.plain = plain
        self.bulk = Bulk(plain)
        self.lookup = lookup
        self.counts = ImportCounts()
        self.updated_ids: dict[str, set[str]] = {}

    def where_in(self, sql: str, ids: Iterable[str]) -> None:
        """Run ``sql`` (``{ids}`` its list of ids) for all of ``ids``, a chunk at a time."""
        for listed, params in chunks(ids):
            self.plain.run(sql.format(ids=listed), params)

    def upsert(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows whose id is new, update those whose id is stored (if they differ)."""
        if not rows:
            return
        target = TABLES[name]
        stored = self.lookup.existing_ids(target, (r["id"] for r in rows))
        new = [r for r in rows if r["id"] not in stored]
        old = [r for r in rows if r["id"] in stored]
        self.step_aside(name, old)
        if new:
            self.bulk.insert(target, new)
            self.lookup.changed(target)
        self.bulk.update(target, old)
        self.counts.added[name] += len(new)
        self.counts.updated[name] += len(old)
        self.updated_ids[name] = {r["id"] for r in old}

    def step_aside(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Stored records whose unique value the file changes give it up before any writing.

        A renumbering of actions, a swap of theme names or a reordering of agenda items
        within one file must not collide with itself. Only the records whose value
        changes step aside: each write of an indexed record costs a search index update.
        """
        aside = STEP_ASIDE.get(name)
        if aside is None or not rows:
            return
        column, value = aside
        table = TABLES[name]
        wanted = {r["id"]: r[column] for r in rows}
        moving = [
            row["id"]
            for listed, params in chunks(wanted)
            for row in self.plain.rows(
                f"SELECT id, {column} FROM {table} WHERE id IN {listed}", params
            )
            if row[column] != wanted[row["id"]]
        ]
        self.where_in(f"UPDATE {table} SET {column} = {value} WHERE id IN {{ids}}", moving)

    def replace_children(
        self, name: str, key: str, owners: Iterable[str], rows: list[dict[str, Any]]
    ) -> None:
        """Replace the value lists (members, attendance, template) of updated owners."""
        self.where_in(f"DELETE FROM {TABLES[name]} WHERE {key} IN {{ids}}", owners)
        self.bulk.insert(TABLES[name], rows)

    def write_tables(self, records: list[Record], spec: RecordSpec) -> None:
        """Tables with their members and agenda template."""
        self.upsert("tables", _values(records))
        members = _children(records, "members", "table_id", first=0)
        template = _children(records, "agenda_template", "table_id", first=1)
        updated = self.updated_ids.get("tables", set())
        self.replace_children("members", "table_id", updated, members)
        self.replace_children("agenda_template", "table_id", updated, template)

    def write_meetings(self, records: list[Record], spec: RecordSpec) -> None:
        """Meetings with attendance, agenda items and decisions."""
        for record in records:
            _adoption_columns(record.values)
            _documents_sent_column(record)
        self.upsert("meetings", _values(records))
        updated = self.updated_ids.get("meetings", set())
        attendance = _children(records, "attendance", "meeting_id", first=0)
        self.replace_children("attendance", "meeting_id", updated, attendance)
        items = [(r, item) for r in records for item in r.nested["agenda"]]
        for meeting, item in items:
            item.values["meeting_id"] = meeting.id
        self.upsert("agenda", [item.values for _meeting, item in items])
        self.upsert("decisions", _children([i for _m, i in items], "decisions", "agenda_item_id"))
        self.place_kept_decisions([item for _m, item in items])

    def place_kept_decisions(self, items: list[Record]) -> None:
        """Stored decisions the file leaves out come after the file's, in their old order."""
        updated = self.updated_ids.get("agenda", set())
        owners = {item.id: item for item in items if item.id in updated}
        if not owners:
            return
        moves: list[dict[str, Any]] = []
        for listed, params in chunks(owners):
            rows = self.plain.rows(
                "SELECT id, agenda_item_id FROM decisions"
                f" WHERE agenda_item_id IN {listed} ORDER BY agenda_item_id, position, id",
                params,
            )
            next_position: dict[str, int] = {}
            for row in rows:
                decision_id, item_id = row["id"], row["agenda_item_id"]
                in_file = {d.id for d in owners[item_id].nested["decisions"]}
                if decision_id in in_file:
                    continue
                position = next_position.get(item_id, len(in_file))
                moves.append({"id": decision_id, "position": position})
                next_position[item_id] = position + 1
        self.bulk.update("decisions", moves)

    def write_links(self, document: Document) -> None:
        """Replace the id lists of every record in the file.

        Only records that were stored before can have links to remove: a new one has none.
        """
        items = [i for m in document["meetings"] for i in m.nested["agenda"]]
        for link in LINKS:
            owners = items if link.record == "agenda" else document[link.record]
            stored = self.updated_ids.get(link.record, set())
            self.where_in(
                f"DELETE FROM {link.table} WHERE {link.owner} IN {{ids}}",
                (r.id for r in owners if r.id in stored),
            )
            rows = [
                {link.owner: r.id, link.target: target}
                for r in owners
                for target in r.values[link.field]
            ]
            self.bulk.insert(link.table, rows)

    def write(
        self, document: Document, today: date, tick: Callable[[], None] | None = None
    ) -> ImportCounts:
        """Write every list in dependency order, then the links; ``tick`` after each."""
        assign_action_numbers(document, self.lookup, today)
        for spec in TOP_LEVEL:
            records = document[spec.name]
            if spec.name == "tables":
                self.write_tables(records, spec)
            elif spec.name == "meetings":
                self.write_meetings(records, spec)
            else:
                self.upsert(spec.name, _values(records))
            if tick is not None:
                tick()
        self.write_links(document)
        if tick is not None:
            tick()
        return self.counts


def _adoption_columns(values: dict[str, Any]) -> None:
    """Put a meeting's ``adoption`` into its columns; its date is the approval date."""
    adoption = values["adoption"]
    if adoption is None:
        values["adoption_changes"], values["adoption_document"] = "", None
        return
    document = adoption["document"]
    values["adoption_changes"] = adoption["changes"]
    values["adoption_document"] = (
        None if document is None else json.dumps(document, ensure_ascii=False)
    )
    if values["minutes_approved_on"] is None:
        values["minutes_approved_on"] = adoption["on"]


def _documents_sent_column(record: Record) -> None:
    """Put a meeting's ``documents_sent`` list into its JSON column (None when empty)."""
    sent = [
        {"kind": str(child.values["kind"]), "on": child.values["on"].isoformat()}
        for child in record.nested["documents_sent"]
    ]
    record.values["documents_sent"] = json.dumps(sent) if sent else None


def _children(owners: list[Record], name: str, key: str, first: int = 0) -> list[dict[str, Any]]:
    """The nested records ``name`` of ``owners`` as rows, with their owner and position."""
    rows = []
    for owner in owners:
        for position, child in enumerate(owner.nested[name], start=first):
            child.values[key] = owner.id
            child.values["position"] = position
            rows.append(child.values)
    return rows


def import_document(
    plain: Plain,
    raw: object,
    today: date,
    tick: Callable[[], None] | None = None,
    source: str = "",
) -> ImportCounts:
    """Check ``raw`` (parsed JSON) completely, then write it; raises ExchangeError first.

    ``tick`` is called :data:`IMPORT_STEPS` times along the way; whatever it raises
    ends the import, and the caller's rollback undoes what was written. The file's
    history is carried over; a file without one is entered as a change by the session's
    author, noted "import ``source``" (the file's name).
    """
    document = read_document(raw)
    if tick is not None:
        tick()
    lookup = DatabaseLookup(plain)
    Checker(document, lookup).run()
    if tick is not None:
        tick()
    own = None
    if document.history is None:
        own = OwnHistory(plain, lookup, document, f"{IMPORT_NOTE} {source}".strip())
    counts = Writer(plain, lookup).write(document, today, tick)
    if own is not None:
        own.write()
    else:
        assert document.history is not None
        carry_history(plain, lookup, document.history)
    return counts

"""Write a checked exchange document into the database: add new records, update known ones.

Plain SQL through :mod:`ontwikkeltafel.store.plain` (one statement per list, carried out
per row by the driver; on PostgreSQL a list's new rows go as one COPY): an import on a
SQLite file loads no SQLAlchemy, and the same statements run on PostgreSQL.
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

#: The columns that name one row of a value list: its owner first.
CHILD_KEYS = {
    "members": ("table_id", "person_id"),
    "agenda_template": ("table_id", "position"),
    "attendance": ("meeting_id", "person_id"),
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
        self, name: str, owners: Iterable[str], rows: list[dict[str, Any]]
    ) -> None:
        """Write the value lists (members, attendance, template) of the file's owners.

        A stored row (by its key, :data:`CHILD_KEYS`) the file leaves out of an updated
        owner's list is deleted, a new one inserted, the others updated where they
        differ: an unchanged row keeps its version, a changed one goes up by one.
        """
        table = TABLES[name]
        key = CHILD_KEYS[name]
        owner, columns = key[0], ", ".join(key)
        stored: set[tuple[Any, ...]] = set()
        for listed, params in chunks(owners):
            sql = f"SELECT {columns} FROM {table} WHERE {owner} IN {listed}"
            stored.update(tuple(row[k] for k in key) for row in self.plain.rows(sql, params))
        incoming = {tuple(row[k] for k in key): row for row in rows}
        gone = [dict(zip(key, values, strict=True)) for values in stored - incoming.keys()]
        self.bulk.delete(table, gone, key)
        self.bulk.insert(table, [row for k, row in incoming.items() if k not in stored])
        self.bulk.update(table, [row for k, row in incoming.items() if k in stored], key)

    def write_tables(self, records: list[Record], spec: RecordSpec) -> None:
        """Tables with their members and agenda template."""
        self.upsert("tables", _values(records))
        members = _children(records, "members", "table_id", first=0)
        template = _children(records, "agenda_template", "table_id", first=1)
        updated = self.updated_ids.get("tables", set())
        self.replace_children("members", updated, members)
        self.replace_children("agenda_template", updated, template)

    def write_meetings(self, records: list[Record], spec: RecordSpec) -> None:
        """Meetings with attendance, agenda items and decisions."""
        for record in records:
            _adoption_columns(record.values)
            _documents_sent_column(record)
        self.upsert("meetings", _values(records))
        updated = self.updated_ids.get("meetings", set())
        attendance = _children(records, "attendance", "meeting_id", first=0)
        self.replace_children("attendance", updated, attendance)
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
        """Write the id lists of every record in the file; a changed list raises the version.

        Only the links that differ from the stored ones are deleted or inserted (a new
        record has none stored). A stored record whose list changes goes up one version,
        as a save of that list in a form does: a form holding the old list notices.
        """
        items = [i for m in document["meetings"] for i in m.nested["agenda"]]
        changed: dict[str, set[str]] = {}
        for link in LINKS:
            owners = items if link.record == "agenda" else document[link.record]
            stored_ids = self.updated_ids.get(link.record, set())
            stored: set[tuple[str, str]] = set()
            for listed, params in chunks(r.id for r in owners if r.id in stored_ids):
                sql = (
                    f"SELECT {link.owner}, {link.target} FROM {link.table}"
                    f" WHERE {link.owner} IN {listed}"
                )
                stored.update(
                    (row[link.owner], row[link.target]) for row in self.plain.rows(sql, params)
                )
            wanted = {(r.id, target) for r in owners for target in r.values[link.field]}
            gone, new = stored - wanted, wanted - stored
            pair = (link.owner, link.target)
            self.bulk.delete(link.table, [dict(zip(pair, p, strict=True)) for p in gone], pair)
            self.bulk.insert(link.table, [dict(zip(pair, p, strict=True)) for p in sorted(new)])
            moved = {owner for owner, _target in gone | new if owner in stored_ids}
            changed.setdefault(link.record, set()).update(moved)
        for record, ids in changed.items():
            self.where_in(
                f"UPDATE {TABLES[record]} SET version = version + 1 WHERE id IN {{ids}}", ids
            )

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

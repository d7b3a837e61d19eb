"""Write a checked exchange document into the database: add new records, update known ones."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange.checks import Checker
from ontwikkeltafel.exchange.document import Document, read_document
from ontwikkeltafel.exchange.history_import import OwnHistory, carry_history
from ontwikkeltafel.exchange.lookup import DatabaseLookup
from ontwikkeltafel.exchange.mapping import CLASSES, LINKS, table_of
from ontwikkeltafel.exchange.numbering import assign_action_numbers
from ontwikkeltafel.exchange.records import Record
from ontwikkeltafel.exchange.schema import TOP_LEVEL, RecordSpec
from ontwikkeltafel.model import AgendaTemplateItem, Attendance, TableMember
from ontwikkeltafel.store.bulk import insert_many
from ontwikkeltafel.store.history import IMPORT_NOTE

#: Kinds of record counted after an import, in the order they are reported.
COUNTED = (*(spec.name for spec in TOP_LEVEL), "agenda", "decisions")

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

    def __init__(self, session: Session, lookup: DatabaseLookup) -> None:
        """Write through ``session``."""
        self.session = session
        self.lookup = lookup
        self.counts = ImportCounts()
        self.updated_ids: dict[str, set[str]] = {}

    def upsert(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows whose id is new, update those whose id is stored."""
        if not rows:
            return
        target = "agenda_items" if name == "agenda" else name
        stored = self.lookup.existing_ids(target, (r["id"] for r in rows))
        new = [r for r in rows if r["id"] not in stored]
        old = [r for r in rows if r["id"] in stored]
        self.prepare_update(name, {r["id"] for r in old})
        if new:
            insert_many(self.session.connection(), table_of(name), new)
            self.lookup.changed(target)
        if old:
            columns = table_of(name).c.keys()
            rows_to_update = [{c: r[c] for c in columns if c in r} for r in old]
            self.session.execute(update(CLASSES[name]), rows_to_update)
        self.counts.added[name] += len(new)
        self.counts.updated[name] += len(old)
        self.updated_ids[name] = {r["id"] for r in old}

    def prepare_update(self, name: str, ids: set[str]) -> None:
        """Free the unique values of updated records before anything is written.

        A renumbering of actions or a swap of theme names within one file must not
        collide with itself.
        """
        column = {"actions": "number", "themes": "name"}.get(name)
        if column is None or not ids:
            return
        table = table_of(name)
        for chunk in _chunked(ids):
            self.session.execute(
                update(table)
                .where(table.c.id.in_(chunk))
                .values({column: literal("~") + table.c.id})
            )

    def replace_children(
        self, model: type[Any], key: str, owners: Iterable[str], rows: list[dict[str, Any]]
    ) -> None:
        """Replace the value lists (members, attendance, template) of updated owners."""
        table = model.__table__
        for chunk in _chunked(owners):
            self.session.execute(delete(table).where(table.c[key].in_(chunk)))
        if rows:
            insert_many(self.session.connection(), table, rows)

    def write_tables(self, records: list[Record], spec: RecordSpec) -> None:
        """Tables with their members and agenda template."""
        self.upsert("tables", _values(records))
        members = _children(records, "members", "table_id", first=0)
        template = _children(records, "agenda_template", "table_id", first=1)
        updated = self.updated_ids.get("tables", set())
        self.replace_children(TableMember, "table_id", updated, members)
        self.replace_children(AgendaTemplateItem, "table_id", updated, template)

    def write_meetings(self, records: list[Record], spec: RecordSpec) -> None:
        """Meetings with attendance, agenda items and decisions."""
        for record in records:
            _adoption_columns(record.values)
            _documents_sent_column(record)
        self.upsert("meetings", _values(records))
        updated = self.updated_ids.get("meetings", set())
        attendance = _children(records, "attendance", "meeting_id", first=0)
        self.replace_children(Attendance, "meeting_id", updated, attendance)
        items = [(r, item) for r in records for item in r.nested["agenda"]]
        for meeting, item in items:
            item.values["meeting_id"] = meeting.id
        table = table_of("agenda")
        for chunk in _chunked(updated):
            # Stored items step aside (negative positions) so a reordering cannot collide.
            self.session.execute(
                update(table)
                .where(table.c.meeting_id.in_(chunk))
                .values(position=-table.c.position)
            )
        self.upsert("agenda", [item.values for _meeting, item in items])
        for chunk in _chunked(updated):
            self.session.execute(
                update(table)
                .where(table.c.meeting_id.in_(chunk), table.c.position < 0)
                .values(position=func.abs(table.c.position))
            )
        self.upsert("decisions", _children([i for _m, i in items], "decisions", "agenda_item_id"))
        self.place_kept_decisions([item for _m, item in items])

    def place_kept_decisions(self, items: list[Record]) -> None:
        """Stored decisions the file leaves out come after the file's, in their old order."""
        updated = self.updated_ids.get("agenda", set())
        owners = {item.id: item for item in items if item.id in updated}
        if not owners:
            return
        table = table_of("decisions")
        moves: list[dict[str, Any]] = []
        for chunk in _chunked(owners):
            query = (
                select(table.c.id, table.c.agenda_item_id)
                .where(table.c.agenda_item_id.in_(chunk))
                .order_by(table.c.agenda_item_id, table.c.position, table.c.id)
            )
            next_position: dict[str, int] = {}
            for decision_id, item_id in self.session.execute(query):
                in_file = {d.id for d in owners[item_id].nested["decisions"]}
                if decision_id in in_file:
                    continue
                position = next_position.get(item_id, len(in_file))
                moves.append({"id": decision_id, "position": position})
                next_position[item_id] = position + 1
        if moves:
            self.session.execute(update(CLASSES["decisions"]), moves)

    def write_links(self, document: Document) -> None:
        """Replace the id lists of every record in the file.

        Only records that were stored before can have links to remove: a new one has none.
        """
        items = [i for m in document["meetings"] for i in m.nested["agenda"]]
        for link in LINKS:
            owners = items if link.record == "agenda" else document[link.record]
            owner_col = link.table.c[link.owner]
            stored = self.updated_ids.get(link.record, set())
            for chunk in _chunked(r.id for r in owners if r.id in stored):
                self.session.execute(delete(link.table).where(owner_col.in_(chunk)))
            rows = [
                {link.owner: r.id, link.target: target}
                for r in owners
                for target in r.values[link.field]
            ]
            if rows:
                insert_many(self.session.connection(), link.table, rows)

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


def _chunked(values: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def import_document(
    session: Session,
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
    lookup = DatabaseLookup(session)
    Checker(document, lookup).run()
    if tick is not None:
        tick()
    own = None
    if document.history is None:
        own = OwnHistory(session, lookup, document, f"{IMPORT_NOTE} {source}".strip())
    counts = Writer(session, lookup).write(document, today, tick)
    if own is not None:
        own.write()
    else:
        assert document.history is not None
        carry_history(session, lookup, document.history)
    return counts

"""Retention (bewaartermijn): the tables and stand-alone consultations past it, removed.

A closed table is past its retention when its end date plus its own ``retention_years``
(else the default of Voorkeuren) lies before today; a closed table without an end date
is not judged but listed apart, so the user can give it one. A stand-alone consultation
(a meeting without a table) is past it when its day (Amsterdam time) plus the default
lies before today. :func:`retention_overview` lists them and what they hold without
changing anything; :func:`apply_retention` deletes them in one transaction with
everything their delete cascades to (a consultation's own actions included), removes
their history (one entry per table or consultation stays, with the note
``bewaartermijn verstreken`` and no values) and scrubs the old bytes. People who are in
no record afterwards are named, never erased here (``person erase`` does that).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, delete, select, tuple_
from sqlalchemy import Table as CoreTable
from sqlalchemy.orm import Session

from ontwikkeltafel.model import AMSTERDAM, Action, Base, HistoryEntry, Meeting, Person, Table
from ontwikkeltafel.model.enums import TableStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.erasure import full_name, held_backups
from ontwikkeltafel.services.snapshots import Snapshot, collect_rows
from ontwikkeltafel.services.table_history import record_keys
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.scrub import Scrubbed, scrub

RETENTION_NOTE: Final = "bewaartermijn verstreken"
BATCH: Final = 500
_TABLES: Mapping[str, CoreTable] = Base.metadata.tables

#: What a record holds, in the order the overview shows it: (count name, database table).
COUNTED: Final = (
    ("meetings", "meetings"),
    ("agenda_items", "agenda_items"),
    ("decisions", "decisions"),
    ("actions", "actions"),
    ("attendance", "attendance"),
    ("members", "table_members"),
    ("concerns", "concerns"),
    ("development_points", "development_points"),
)


@dataclass(frozen=True)
class Expired:
    """A table or stand-alone consultation past its retention, and what it holds."""

    kind: str  # "table" or "meeting"
    record_id: str
    title: str
    day: date  # the table's end date, the consultation's day
    years: int  # the retention applied
    until: date  # the last day it was to be kept
    counts: tuple[tuple[str, int], ...]  # (name in COUNTED, how many)

    def count(self, name: str) -> int:
        """How many of ``name`` (a name in :data:`COUNTED`) the record holds."""
        return dict(self.counts).get(name, 0)


@dataclass(frozen=True)
class Overview:
    """What retention would remove today (nothing is changed by making one)."""

    today: date
    default_years: int
    records: tuple[Expired, ...]
    undated: tuple[tuple[str, str], ...]  # closed tables without end date: (id, title)
    people_left: tuple[tuple[str, str], ...]  # (id, name): in no record afterwards

    def total(self, name: str) -> int:
        """How many of ``name`` all the records together hold."""
        return sum(record.count(name) for record in self.records)


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_retention` removed."""

    records: tuple[Expired, ...]
    people_left: tuple[tuple[str, str], ...]
    history_entries: int  # entries removed
    scrubbed: Scrubbed
    backups: tuple[Path, ...]


@dataclass
class _Found:
    records: list[Expired] = field(default_factory=list)
    undated: list[tuple[str, str]] = field(default_factory=list)
    snapshot: Snapshot = field(default_factory=Snapshot)


def kept_until(day: date, years: int) -> date:
    """The last day a record of ``day`` is kept: the same date ``years`` later (29 Feb: 28)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _merge(into: Snapshot, part: Snapshot) -> None:
    for name, rows in part.rows.items():
        into.rows.setdefault(name, []).extend(rows)
    into.emptied.extend(part.emptied)


def _expired(
    session: Session, kind: str, record_id: str, title: str, day: date, years: int, found: _Found
) -> None:
    if kind == "table":
        part = collect_rows(session, _TABLES["tables"], [{"id": record_id}])
    else:
        part = collect_rows(session, _TABLES["meetings"], [{"id": record_id}])
        # The consultation's own actions (no table) go with it; others only lose the link.
        own = select(Action.id).where(Action.meeting_id == record_id, Action.table_id.is_(None))
        keys = [{"id": action_id} for action_id in session.scalars(own)]
        _merge(part, collect_rows(session, _TABLES["actions"], keys))
    counts = tuple((name, len(part.rows.get(table, []))) for name, table in COUNTED)
    if kind == "meeting":  # the meetings a consultation holds: none but itself
        counts = tuple((name, 0 if name == "meetings" else n) for name, n in counts)
    until = kept_until(day, years)
    found.records.append(Expired(kind, record_id, title, day, years, until, counts))
    _merge(found.snapshot, part)


def _find(session: Session, default_years: int, today: date) -> _Found:
    found = _Found()
    tables = select(Table.id, Table.title, Table.ended_on, Table.retention_years).where(
        Table.status == TableStatus.CLOSED
    )
    for table_id, title, ended_on, own_years in session.execute(tables):
        if ended_on is None:
            found.undated.append((table_id, title))
            continue
        years = default_years if own_years is None else own_years
        if kept_until(ended_on, years) < today:
            _expired(session, "table", table_id, title, ended_on, years, found)
    meetings = select(Meeting.id, Meeting.title, Meeting.starts_at).where(
        Meeting.table_id.is_(None)
    )
    for meeting_id, title, starts_at in session.execute(meetings):
        day = starts_at.astimezone(AMSTERDAM).date()
        if kept_until(day, default_years) < today:
            _expired(session, "meeting", meeting_id, title, day, default_years, found)
    found.records.sort(key=lambda r: (r.day, r.kind != "table", r.title.casefold()))
    found.undated.sort(key=lambda pair: pair[1].casefold())
    return found


def _keys(snapshot: Snapshot) -> dict[str, set[tuple[Any, ...]]]:
    """The primary keys of the rows ``snapshot`` holds, per table."""
    keys = {}
    for name, rows in snapshot.rows.items():
        columns = [c.key for c in _TABLES[name].primary_key.columns]
        keys[name] = {tuple(row[c] for c in columns) for row in rows}
    return keys


def _people_left(session: Session, snapshot: Snapshot) -> list[tuple[str, str]]:
    """The people the deleted rows refer to who are referred to by nothing else."""
    people = _TABLES["people"]
    referrers = [
        (table, fk.parent.key)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is people
    ]
    candidates = {
        row[column]
        for table, column in referrers
        for row in snapshot.rows.get(table.name, [])
        if row[column] is not None
    }
    gone = _keys(snapshot)
    for table, column in referrers:
        if not candidates:
            break
        pk = list(table.primary_key.columns)
        for batch in _batches(candidates):
            for row in session.execute(
                select(table.c[column], *pk).where(table.c[column].in_(batch))
            ):
                if tuple(row[1:]) not in gone.get(table.name, set()):
                    candidates.discard(row[0])
    if not candidates:
        return []
    query = select(Person).where(Person.id.in_(candidates))
    named = [(person.id, full_name(person)) for person in session.scalars(query)]
    return sorted(named, key=lambda pair: pair[1].casefold())


def _batches(values: Iterable[Any]) -> list[list[Any]]:
    ordered = sorted(values, key=str)
    return [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)]


def retention_overview(sessions: SessionFactory, default_years: int, today: date) -> Overview:
    """What is past its retention on ``today`` and what removing it takes; changes nothing."""
    with sessions() as session, session.begin():
        found = _find(session, default_years, today)
        left = _people_left(session, found.snapshot)
        return Overview(
            today, default_years, tuple(found.records), tuple(found.undated), tuple(left)
        )


def _remove_history(session: Session, snapshot: Snapshot, records: list[Expired]) -> int:
    """Delete the history of every row in ``snapshot``; how many entries went.

    The records the expired tables and meetings had before (deleted long ago) lose theirs too.
    """
    named: set[tuple[str, str]] = set()
    for record in records:
        if record.kind == "table":
            named |= record_keys(session, table_id=record.record_id)
        else:
            named |= record_keys(session, meeting_id=record.record_id)
    for name, rows in snapshot.rows.items():
        list_name = history.LIST_OF_TABLE.get(name)
        if list_name is not None:
            named.update((list_name, history.record_key(name, row)) for row in rows)
    removed = 0
    column = tuple_(HistoryEntry.list, HistoryEntry.record_id)
    for batch in _batches(named):
        result = session.execute(delete(HistoryEntry).where(column.in_(batch)))
        removed += int(getattr(result, "rowcount", 0) or 0)
    return removed


def apply_retention(sessions: SessionFactory, default_years: int, today: date) -> Applied:
    """Remove what is past its retention on ``today``, its history too, then scrub."""
    with write_transaction(sessions) as session:
        found = _find(session, default_years, today)
        left = _people_left(session, found.snapshot)
        snapshot = found.snapshot
        session.expunge_all()  # Core deletes below: the ORM may record nothing
        actions = [r["id"] for r in snapshot.rows.get("actions", [])]
        for batch in _batches(actions):
            session.execute(delete(Action).where(Action.id.in_(batch)))
        for record in found.records:
            model = Table if record.kind == "table" else Meeting
            session.execute(delete(model).where(model.id == record.record_id))
        removed = _remove_history(session, snapshot, found.records)
        gone = _keys(snapshot)
        for name, key, column, _value in snapshot.emptied:
            pk = tuple(key[c.key] for c in _TABLES[name].primary_key.columns)
            if pk not in gone.get(name, set()):  # a record that stays lost its link
                history.record_fields(session, name, key, {column: _value}, {column: None})
        for record in found.records:
            list_name = "tables" if record.kind == "table" else "meetings"
            history.record(session, list_name, record.record_id, None, {}, None, RETENTION_NOTE)
    engine = sessions.kw.get("bind")
    assert isinstance(engine, Engine)
    scrubbed = scrub(engine, {"history", *snapshot.rows})
    return Applied(
        tuple(found.records), tuple(left), removed, scrubbed, tuple(held_backups(sessions))
    )

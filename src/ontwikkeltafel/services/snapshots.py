"""Deleting rows so that they can be put back: everything a delete cascades to is kept first."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, insert, or_, select, update
from sqlalchemy.orm import Session

from ontwikkeltafel.model import Base
from ontwikkeltafel.store import history

Row = dict[str, Any]


@dataclass
class Snapshot:
    """Rows removed by one delete (per table) and the references it emptied (SET NULL)."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    emptied: list[tuple[str, Row, str, Any]] = field(default_factory=list)  # table, key, column
    #: Meetings whose adopted verslag the delete took rows from (it was allowed then), so
    #: that its undo may put them back; set by the service that deletes.
    adopted: frozenset[str] = frozenset()

    def count(self, table: str) -> int:
        """How many rows of ``table`` the delete removed."""
        return len(self.rows.get(table, []))


def _key(table: Table, row: Mapping[Any, Any]) -> Row:
    return {column.key: row[column.key] for column in table.primary_key.columns}


def _where(table: Table, keys: list[Row]) -> Any:
    return or_(*(and_(*(table.c[name] == value for name, value in key.items())) for key in keys))


def _referrers(table: Table) -> list[tuple[Table, str, str, str | None]]:
    """Every (child table, child column, parent column, ON DELETE) pointing at ``table``."""
    found = []
    for child in Base.metadata.sorted_tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is table:
                found.append(
                    (child, foreign_key.parent.key, foreign_key.column.key, foreign_key.ondelete)
                )
    return found


BATCH = 500  # values in one IN (...): far below every engine's limit on parameters


def _fetch(session: Session, table: Table, column: str, values: set[Any]) -> list[Row]:
    """The rows of ``table`` whose ``column`` is one of ``values``, fetched in batches."""
    found: list[Row] = []
    ordered = sorted(values, key=str)
    for start in range(0, len(ordered), BATCH):
        batch = ordered[start : start + BATCH]
        query = select(table).where(table.c[column].in_(batch))
        found += [dict(row._mapping) for row in session.execute(query)]
    return found


def _collect(
    session: Session,
    table: Table,
    rows: list[Row],
    snapshot: Snapshot,
    seen: dict[str, set[tuple[Any, ...]]],
) -> None:
    """Keep ``rows`` of ``table`` and, recursively, what their delete cascades to or empties."""
    names = [column.key for column in table.primary_key.columns]
    known = seen.setdefault(table.name, set())
    fresh = []
    for row in rows:
        key = tuple(row[name] for name in names)
        if key not in known:
            known.add(key)
            fresh.append(row)
    if not fresh:
        return
    snapshot.rows.setdefault(table.name, []).extend(fresh)
    for child, column, parent_column, ondelete in _referrers(table):
        children = _fetch(session, child, column, {row[parent_column] for row in fresh})
        if (ondelete or "").upper() == "CASCADE":
            _collect(session, child, children, snapshot, seen)
        elif (ondelete or "").upper() == "SET NULL":
            for row in children:
                snapshot.emptied.append((child.name, _key(child, row), column, row[column]))


def _start(session: Session, table: Table, keys: list[Row]) -> Snapshot:
    snapshot = Snapshot()
    if keys:
        rows = [
            dict(row._mapping) for row in session.execute(select(table).where(_where(table, keys)))
        ]
        _collect(session, table, rows, snapshot, {})
    return snapshot


def collect_rows(session: Session, table: Table, keys: list[Row]) -> Snapshot:
    """What deleting the rows of ``table`` at ``keys`` would take or empty, deleting nothing."""
    return _start(session, table, keys)


def delete_rows(session: Session, table: Table, keys: list[Row]) -> Snapshot:
    """Delete the rows of ``table`` at ``keys`` (with their cascade) and return what went.

    A row whose reference the delete empties (SET NULL) goes up one version, and so does a
    record that loses a link (a link row the delete cascades to).
    """
    snapshot = _start(session, table, keys)
    if keys:
        session.execute(table.delete().where(_where(table, keys)))
        _bump_emptied(session, snapshot)
        _bump_linked(session, snapshot)
        _record(session, snapshot, created=False)
    return snapshot


def _bump_emptied(session: Session, snapshot: Snapshot) -> None:
    """The rows whose references were emptied (by the database) go up one version each."""
    tables = Base.metadata.tables
    for name, key, _column, _value in snapshot.emptied:
        table = tables[name]
        if "version" in table.c:
            session.execute(
                update(table).where(_where(table, [key])).values(version=table.c.version + 1)
            )


def _bump_linked(session: Session, snapshot: Snapshot) -> None:
    """The records on the other side of the link rows taken or put back go up one version each.

    A link row (a row of a table without a version, such as a table's themes) belongs to the
    records it points at: one outside the snapshot changed, so a save made against what was
    read before is a conflict, not a silent loss of the link. Each record goes up once.
    """
    tables = Base.metadata.tables
    inside = {
        name: {tuple(sorted(_key(tables[name], row).items())) for row in rows}
        for name, rows in snapshot.rows.items()
    }
    linked: dict[str, set[Any]] = {}
    for name, rows in snapshot.rows.items():
        table = tables[name]
        if "version" in table.c:
            continue
        for foreign_key in table.foreign_keys:
            target = foreign_key.column.table
            single_key = [column.key for column in target.primary_key.columns]
            if "version" not in target.c or single_key != [foreign_key.column.key]:
                continue
            kept = inside.get(target.name, set())
            for row in rows:
                value = row[foreign_key.parent.key]
                if value is not None and ((foreign_key.column.key, value),) not in kept:
                    linked.setdefault(target.name, set()).add(value)
    for name, values in linked.items():
        table = tables[name]
        (key,) = [column.key for column in table.primary_key.columns]
        ordered = sorted(values, key=str)
        for start in range(0, len(ordered), BATCH):
            batch = ordered[start : start + BATCH]
            session.execute(
                update(table).where(table.c[key].in_(batch)).values(version=table.c.version + 1)
            )


def _record(session: Session, snapshot: Snapshot, created: bool) -> None:
    """Enter a delete (or its undo) in the history: the rows, and the references emptied."""
    for name, rows in snapshot.rows.items():
        history.record_rows(session, name, rows, created=created)
    for name, key, column, value in snapshot.emptied:
        old, new = (None, value) if created else (value, None)
        history.record_fields(session, name, key, {column: old}, {column: new})


def restore_rows(session: Session, snapshot: Snapshot) -> None:
    """Put back what :func:`delete_rows` removed: parents before children, then the references.

    A row comes back exactly as it went, at its version: a form that loaded it at that
    version holds the very values it has (nothing to overwrite). A reference put back
    changes its row, and a link put back its record outside the snapshot: each goes up one
    version.
    """
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            session.execute(insert(table), rows)
    tables = Base.metadata.tables
    for name, key, column, value in snapshot.emptied:
        table = tables[name]
        bump = {"version": table.c.version + 1} if "version" in table.c else {}
        session.execute(update(table).where(_where(table, [key])).values({column: value, **bump}))
    _bump_linked(session, snapshot)
    _record(session, snapshot, created=True)

"""Many rows written at once through plain SQL, and the search index rebuilt once after them.

The import writes whole lists of records: one statement per table, carried out per row
by the driver (``executemany``), in the caller's transaction; on PostgreSQL the inserts
go as one COPY per table (:meth:`Plain.insert_many`), without a statement per row. The
columns of a table are read from the database itself (``PRAGMA table_info``, or
PostgreSQL's catalogue): the rows bring the values of those they name, the others keep
their server defaults.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, datetime
from enum import Enum
from typing import Any

from ontwikkeltafel.store.bulk_after import alone, foreign_keys_after, search_indexes_after
from ontwikkeltafel.store.plain import Plain
from ontwikkeltafel.store.search_bulk import (
    BULK_OFF,
    BULK_ON,
    MAY_BULK,
    PARALLEL,
    PARALLEL_NOW,
    parallel_on,
    parallel_restore,
    postgres_drops,
    postgres_fills,
    postgres_parallel_fills,
)
from ontwikkeltafel.store.search_schema import SOURCES, sqlite_entries, sqlite_keys

Rows = Sequence[Mapping[str, Any]]

#: How often a rebuild by :func:`bulk_indexing` ticks: keys made, entries written.
INDEX_STEPS = 2

#: Below this many incoming records the triggers index a write as it goes, unless the
#: index is empty: then writing it at once is always quicker (the triggers index each row
#: in a statement of its own, and FTS5 writes a segment at the end of each statement).
BULK_MIN_RECORDS = 2000

#: A column that counts the changes of a record (optimistic locking): an update adds one.
VERSION_COLUMN = "version"

#: The columns of a table; on PostgreSQL the table the search path finds, as the statements
#: do (``current_schema()`` may be an empty schema named after the role, before public).
_COLUMNS_SQL = {
    "sqlite": "SELECT name FROM pragma_table_info(:table) ORDER BY cid",
    "postgresql": (
        "SELECT attname AS name FROM pg_attribute WHERE attrelid = to_regclass(:table)"
        " AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
    ),
}


def quoted(name: str) -> str:
    """A table or column name for SQL (``by`` and ``position`` are keywords somewhere)."""
    return f'"{name}"'


class Bulk:
    """Inserts and updates lists of rows through one :class:`Plain` (one transaction)."""

    def __init__(self, plain: Plain) -> None:
        """Write through ``plain``."""
        self.plain = plain
        self._columns: dict[str, tuple[str, ...]] = {}

    def columns(self, table: str) -> tuple[str, ...]:
        """The columns of ``table`` as the database has them (read once)."""
        found = self._columns.get(table)
        if found is None:
            rows = self.plain.rows(_COLUMNS_SQL[self.plain.dialect], {"table": table})
            found = self._columns[table] = tuple(str(row["name"]) for row in rows)
            if not found:
                raise ValueError(f"no table {table}")
        return found

    def _params(self, names: Sequence[str], rows: Rows) -> list[dict[str, Any]]:
        """Each row's values of ``names``, dates, moments and enums as the database keeps them."""
        params = [{name: row[name] for name in names} for row in rows]
        for name in names:
            convert = self._converter(row[name] for row in rows)
            if convert is not None:
                for values in params:
                    values[name] = convert(values[name])
        return params

    def _converter(self, values: Iterator[Any]) -> Callable[[Any], Any] | None:
        """How the values of one column are stored, from the first that is not None."""
        sample = next((v for v in values if v is not None), None)
        if isinstance(sample, datetime):
            return self.plain.moment_value
        if isinstance(sample, date):
            return self.plain.day_value
        if isinstance(sample, Enum):
            return _code
        return None

    def _names(self, table: str, rows: Rows) -> list[str]:
        """The columns of ``table`` the rows give values for (those of the first row)."""
        given = rows[0].keys()
        return [name for name in self.columns(table) if name in given]

    def insert(self, table: str, rows: Rows) -> None:
        """INSERT ``rows`` (keyed by column; keys that are no column are left out).

        On PostgreSQL through COPY: the same values, and a failure is the INSERT's error.
        """
        if not rows:
            return
        names = self._names(table, rows)
        self.plain.insert_many(table, names, self._params(names, rows))

    def update(self, table: str, rows: Rows, key: str | tuple[str, ...] = "id") -> None:
        """UPDATE the rows of ``table`` whose ``key`` the rows give, where a value differs.

        ``key`` is a column, or the columns of a composite key (a member: its table and person).

        A row that would stay the same is left alone: on SQLite each write of an indexed
        record rewrites its search entry (a trigger), which makes importing a file
        again slow. A record's change counter (:data:`VERSION_COLUMN`), when the table
        has one and the rows do not set it, goes up by one: an editor holding the old
        values notices.
        """
        if not rows:
            return
        keys = (key,) if isinstance(key, str) else key
        names = self._names(table, rows)
        values = [n for n in names if n not in keys]
        if not values:
            return
        sets = [f"{quoted(n)} = :{n}" for n in values]
        if VERSION_COLUMN in self.columns(table) and VERSION_COLUMN not in names:
            sets.append(f"{quoted(VERSION_COLUMN)} = {quoted(VERSION_COLUMN)} + 1")
        differs = " IS NOT " if self.plain.dialect == "sqlite" else " IS DISTINCT FROM "
        changed = " OR ".join(f"{quoted(n)}{differs}:{n}" for n in values)
        sql = (
            f"UPDATE {quoted(table)} SET {', '.join(sets)} WHERE {_matching(keys)} AND ({changed})"
        )
        self.plain.run_many(sql, self._params(names, rows))

    def delete(self, table: str, rows: Rows, key: tuple[str, ...]) -> None:
        """DELETE the rows of ``table`` whose ``key`` columns hold the values of ``rows``."""
        if rows:
            sql = f"DELETE FROM {quoted(table)} WHERE {_matching(key)}"
            self.plain.run_many(sql, self._params(list(key), rows))


def _matching(keys: Sequence[str]) -> str:
    """The condition that picks the row whose ``keys`` hold the parameters of those names."""
    return " AND ".join(f"{quoted(n)} = :{n}" for n in keys)


def _code(value: Any) -> Any:
    """An enum member as stored: its code."""
    return value.value if isinstance(value, Enum) else value


@contextmanager
def bulk_indexing(
    plain: Plain, incoming: int, tick: Callable[[], None] | None = None
) -> Iterator[None]:
    """Around a large write: the search triggers off, then the index brought up to date at once.

    On SQLite the triggers are dropped and the whole index rebuilt, when nothing is
    indexed yet (a new database), or when ``incoming`` records are many and not fewer
    than those indexed already; otherwise the triggers keep the index up to date as usual.
    On PostgreSQL the triggers only note what is written (migration 0010) and those records
    are indexed at the end in one statement (store/search_bulk.py), into an empty index with
    the documents computed first by parallel workers (migration 0012); a role that may not
    make a temporary table for the notes writes with the triggers as usual.
    Use it inside the write's transaction: on an error the rollback restores the triggers.
    It calls ``tick`` :data:`INDEX_STEPS` times: on SQLite when the records have their keys
    and when the index is written, in one statement, which leaves it in a few large
    segments, quicker to search than one per kind; on PostgreSQL when the old entries are
    gone and when the new ones are written.
    """
    if incoming <= 0:
        yield
        return
    if plain.dialect == "postgresql":
        with _postgres_bulk(plain, tick, incoming):
            yield
        return
    indexed = plain.scalar("SELECT count(*) FROM search_keys")
    triggers = [
        (str(row["name"]), str(row["sql"]))
        for row in plain.rows(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        )
    ]
    if not triggers or (indexed and (incoming < BULK_MIN_RECORDS or incoming < indexed)):
        yield
        return
    for name, _definition in triggers:
        plain.run(f"DROP TRIGGER {quoted(name)}")
    yield
    plain.run("DELETE FROM search_index")
    plain.run("DELETE FROM search_keys")
    for table in SOURCES:
        plain.run(sqlite_keys(table))
    if tick is not None:
        tick()
    plain.run(sqlite_entries(list(SOURCES)))
    if tick is not None:
        tick()
    for _name, definition in triggers:
        plain.run(definition)


@contextmanager
def _postgres_bulk(plain: Plain, tick: Callable[[], None] | None, incoming: int) -> Iterator[None]:
    """PostgreSQL: the triggers note what is written; those records are indexed after.

    Into a new database (nothing indexed yet) with many records, nobody else connected, the
    foreign keys are checked and the search's GIN indexes built after the rows, where the
    role owns the tables (store/bulk_after.py).
    """
    if not plain.scalar(MAY_BULK):
        yield
        return
    empty = plain.scalar("SELECT NOT EXISTS (SELECT FROM search.search_index)")
    new = bool(empty) and incoming >= BULK_MIN_RECORDS and alone(plain)
    for statement in BULK_ON:
        plain.run(statement)
    with foreign_keys_after(plain) if new else nullcontext():
        yield
    plain.run(BULK_OFF)
    for statement in postgres_drops():
        plain.run(statement)
    if tick is not None:
        tick()
    if empty:
        _postgres_parallel_fill(plain, new)
    else:
        for statement in postgres_fills():
            plain.run(statement)
    if tick is not None:
        tick()


def _postgres_parallel_fill(plain: Plain, new: bool) -> None:
    """Every record indexed, its document computed by parallel workers (the index was empty).

    ``new``: a large write into a new database, whose GIN indexes are built after.
    """
    row = plain.first(PARALLEL_NOW)
    previous = {name: str(row[name]) for name in PARALLEL} if row is not None else {}
    for statement in parallel_on():
        plain.run(statement)
    compute, *fill = postgres_parallel_fills()
    plain.run(compute)
    for statement in parallel_restore(previous):
        plain.run(statement)
    with search_indexes_after(plain) if new else nullcontext():
        for statement in fill:
            plain.run(statement)

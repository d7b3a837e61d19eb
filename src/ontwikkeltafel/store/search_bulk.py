"""PostgreSQL's search index brought up to date at once after a bulk write (migration 0010).

While a transaction has :data:`~ontwikkeltafel.store.search_schema.BULK_SETTING` on, the
triggers only note each record it inserts or updates, in order, in a temporary table
(:data:`~ontwikkeltafel.store.search_schema.WRITTEN`; a deleted record's entry still goes
at once). Before it commits, :func:`postgres_drops` and :func:`postgres_fills` index
those records anew, as the triggers would have: their old entries go, their new ones
come in one statement, in the order of each record's last write, so their numbers
(``written``, migration 0011) follow that order as the triggers' would have (PostgreSQL's
search takes the later written as the newer among equal matches); decisions and actions
take the confidentiality of an agenda item that was written. Records of other
transactions are not touched, so a colleague's save meanwhile meets no lock or key of
ours but those of the records we wrote.

The documents are most of the work (parsing every text twice). When the index was empty
before the write (a new database: every record there is one it wrote),
:func:`postgres_parallel_fills` computes them first for every record, with PostgreSQL's
parallel workers (a CREATE TABLE AS may use them, an INSERT may not; they see the
transaction's own rows), and then writes the entries in the order of writing.
"""

from ontwikkeltafel.store.search_schema import (
    BULK_SETTING,
    DOCUMENT,
    ENTRY_COLUMNS,
    FOLLOWERS,
    SOURCES,
    WRITTEN,
)

#: The statements that start a bulk write: the triggers' notes, and the setting on.
BULK_ON = (
    f"CREATE TEMPORARY TABLE IF NOT EXISTS {WRITTEN.split('.')[1]} (n bigint GENERATED ALWAYS"
    " AS IDENTITY, kind text NOT NULL, record_id text NOT NULL) ON COMMIT DROP",
    f"SELECT set_config('{BULK_SETTING}', 'on', true)",
)

#: Turns the triggers on again for the rest of the transaction.
BULK_OFF = f"SELECT set_config('{BULK_SETTING}', 'off', true)"

#: Whether the role may make the temporary table (the README's roles may: PUBLIC can).
MAY_BULK = "SELECT has_database_privilege(current_database(), 'TEMPORARY')"


def _written(kind: str) -> str:
    """The records of ``kind`` written, each with the number of its last write."""
    return (
        f"(SELECT record_id, max(n) AS n FROM {WRITTEN} WHERE kind = '{kind}' GROUP BY record_id)"
    )


def postgres_drops() -> list[str]:
    """First step: the entries of the records written removed."""
    return [
        "DELETE FROM search.search_index AS s "
        f"USING (SELECT DISTINCT kind, record_id FROM {WRITTEN}) AS w "
        "WHERE s.kind = w.kind AND s.record_id = w.record_id"
    ]


def postgres_fills() -> list[str]:
    """Second step: the records written indexed, then their agenda items' confidentiality."""
    selects = [
        f"SELECT w.n, '{kind}' AS kind, new.id AS record_id, {secret} AS confidential, "
        f"{title} AS title, {body} AS body FROM {_written(kind)} AS w "
        f"JOIN {table} AS new ON new.id = w.record_id"
        for table, (kind, title, body, secret) in SOURCES.items()
    ]
    fill = (
        f"INSERT INTO search.search_index ({ENTRY_COLUMNS}) "
        f"SELECT kind, record_id, confidential, title, body, {DOCUMENT}(title, body) FROM ("
        + " UNION ALL ".join(selects)
        + ") AS e ORDER BY n"
    )
    return [fill, *(_follow(kind, table) for kind, table in FOLLOWERS.items())]


#: Where :func:`postgres_parallel_fills` computes the entries first (dropped at commit).
COMPUTED = "search_computed"

#: Settings for the statement that computes the documents: PostgreSQL's planner costs a
#: text's parsing as little and a table by its own pages (the long texts lie in its TOAST
#: table), so it would seldom take parallel workers for it; and JIT compiling the
#: expressions in every worker took longer than it saves. For the transaction, as
#: ``set_config(..., true)``: any role may; :data:`PARALLEL_OFF` puts back what was set.
PARALLEL = {
    "parallel_setup_cost": "0",
    "parallel_tuple_cost": "0",
    "min_parallel_table_scan_size": "0",
    "jit": "off",
}


def parallel_on() -> list[str]:
    """The statements that let the next query take parallel workers freely."""
    return [f"SELECT set_config('{name}', '{value}', true)" for name, value in PARALLEL.items()]


def parallel_restore(previous: dict[str, str]) -> list[str]:
    """The statements that put the settings of :data:`PARALLEL` back to ``previous``."""
    return [
        f"SELECT set_config('{name}', '{previous[name]}', true)"
        for name in PARALLEL
        if name in previous
    ]


#: The settings of :data:`PARALLEL` as they are.
PARALLEL_NOW = "SELECT " + ", ".join(f"current_setting('{name}') AS {name}" for name in PARALLEL)


#: A decision's or action's agenda item, joined: parallel workers may not run the
#: correlated subquery of the triggers' confidentiality (search_schema._SECRET).
_AGENDA_ITEM = " LEFT JOIN agenda_items AS a ON a.id = new.agenda_item_id"


def _joined(secret: str) -> str:
    """The confidentiality ``secret`` of the triggers, of the joined agenda item if it asks."""
    return "coalesce(a.confidential, false)" if "agenda_items" in secret else secret


def postgres_parallel_fills() -> list[str]:
    """The second step when the index was empty: every record's entry computed, then written.

    The computing statement reads the tables themselves (parallel workers may not read
    the temporary notes); the entries written are those of the records noted, in the
    order of their last write, as :func:`postgres_fills` writes them.
    """
    selects = [
        f"SELECT '{kind}' AS kind, new.id AS record_id, {_joined(secret)} AS confidential, "
        f"{title} AS title, {body} AS body, {DOCUMENT}({title}, {body}) AS document "
        f"FROM {table} AS new{_AGENDA_ITEM if kind in FOLLOWERS else ''}"
        for table, (kind, title, body, secret) in SOURCES.items()
    ]
    compute = f"CREATE TEMPORARY TABLE {COMPUTED} ON COMMIT DROP AS " + " UNION ALL ".join(selects)
    written = f"(SELECT kind, record_id, max(n) AS n FROM {WRITTEN} GROUP BY kind, record_id)"
    fill = (
        f"INSERT INTO search.search_index ({ENTRY_COLUMNS}) "
        f"SELECT c.kind, c.record_id, c.confidential, c.title, c.body, c.document "
        f"FROM pg_temp.{COMPUTED} AS c JOIN {written} AS w "
        "ON w.kind = c.kind AND w.record_id = c.record_id ORDER BY w.n"
    )
    return [compute, fill, f"DROP TABLE pg_temp.{COMPUTED}"]


def _follow(kind: str, table: str) -> str:
    """Entries of ``table`` take the confidentiality of an agenda item that was written."""
    return (
        "UPDATE search.search_index AS s SET confidential = a.confidential "
        f"FROM {table} AS r JOIN agenda_items AS a ON a.id = r.agenda_item_id "
        f"WHERE a.id IN (SELECT record_id FROM {WRITTEN} WHERE kind = 'agenda_item') "
        f"AND s.kind = '{kind}' AND s.record_id = r.id AND s.confidential <> a.confidential"
    )


def postgres_refill() -> list[str]:
    """Every statement, in order, that brings the index up to date after a bulk write."""
    return [*postgres_drops(), *postgres_fills()]

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
"""

from ontwikkeltafel.store.search_schema import BULK_SETTING, FOLLOWERS, SOURCES, WRITTEN

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
        "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
        "SELECT kind, record_id, confidential, title, body FROM ("
        + " UNION ALL ".join(selects)
        + ") AS e ORDER BY n"
    )
    return [fill, *(_follow(kind, table) for kind, table in FOLLOWERS.items())]


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

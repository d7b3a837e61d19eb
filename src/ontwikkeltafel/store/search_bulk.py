"""PostgreSQL's search index brought up to date at once after a bulk write (migration 0010).

While a transaction has :data:`~ontwikkeltafel.store.search_schema.BULK_SETTING` on, the
triggers leave the index alone for what it inserts and updates (a deleted record's entry
still goes at once). Before it commits, :func:`postgres_refill` indexes anew every
indexed record that transaction wrote (inserted or updated: its row version's ``xmin`` is
the transaction's id), a statement per kind, as the triggers would have: the records' old
entries go, their new ones come, and decisions and actions take the confidentiality of an
agenda item the transaction wrote. Rows written in a subtransaction (a savepoint) carry
another id, and a record whose id an update changes would leave its old entry: a bulk
write does neither. Records of other transactions are not touched, so a colleague's save
meanwhile meets no lock or key of ours but those of the records we wrote.
"""

from ontwikkeltafel.store.search_schema import BULK_SETTING, FOLLOWERS, SOURCES

#: The rows this transaction wrote (its id, read once per statement).
_MINE = "xmin = (SELECT pg_current_xact_id()::xid)"

#: Turns the triggers off, or on again, for the rest of the transaction.
BULK_ON = f"SELECT set_config('{BULK_SETTING}', 'on', true)"
BULK_OFF = f"SELECT set_config('{BULK_SETTING}', 'off', true)"


def _refill(table: str) -> tuple[str, str]:
    """The statements that remove the entries of ``table``'s written rows, then index them."""
    kind, title, body, secret = SOURCES[table]
    drop = (
        "DELETE FROM search.search_index AS s "
        f"WHERE s.kind = '{kind}' AND s.record_id IN (SELECT id FROM {table} WHERE {_MINE})"
    )
    fill = (
        "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
        f"SELECT '{kind}', new.id, {secret}, {title}, {body} FROM {table} AS new "
        f"WHERE new.{_MINE}"
    )
    return drop, fill


def _follow(kind: str, table: str) -> str:
    """Entries of ``table`` take the confidentiality of an agenda item this transaction wrote."""
    return (
        "UPDATE search.search_index AS s SET confidential = a.confidential "
        f"FROM {table} AS r JOIN agenda_items AS a ON a.id = r.agenda_item_id "
        f"WHERE a.{_MINE} AND s.kind = '{kind}' AND s.record_id = r.id "
        "AND s.confidential <> a.confidential"
    )


def postgres_drops() -> list[str]:
    """First step: the entries of the records this transaction wrote removed."""
    return [_refill(table)[0] for table in SOURCES]


def postgres_fills() -> list[str]:
    """Second step: the written records indexed, and their agenda items' confidentiality."""
    statements = [_refill(table)[1] for table in SOURCES]
    return [*statements, *(_follow(kind, table) for kind, table in FOLLOWERS.items())]


def postgres_refill() -> list[str]:
    """Every statement, in order, that brings the index up to date after a bulk write."""
    return [*postgres_drops(), *postgres_fills()]

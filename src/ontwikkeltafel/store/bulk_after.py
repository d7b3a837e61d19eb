"""A large import into a new PostgreSQL database: its foreign keys and search indexes made after.

As pg_restore does. Checking every row's foreign keys as it came took 2.7 of the 14 s of
the benchmark's scale-1 import (a query of the server's own per key and row), and adding
each search entry to its GIN index 1.7 s; made after the rows, each key is checked in one
join (``ADD CONSTRAINT``) and each index is built at once (about 1 s for all).

Only where nothing is there yet (store/bulk.py asks: the search index is empty, so no
record is), nobody else is connected to the database (:func:`alone`: dropping a key locks
its tables, and building an index the search index, against every other session until
the commit; a colleague's window, or this window's own other connections, would wait for
the whole import), and the role owns every table concerned, those a key refers to too
(``ALTER TABLE`` is an owner's; the README's app role owns none and checks row by row as
before). Everything happens in the import's transaction: an error or a cancel puts the
keys and indexes back with the rest.
"""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from ontwikkeltafel.store.plain import Plain, Row

#: The app's foreign keys: those of the tables beside ``actions`` where the search path
#: finds it (as store/bulk.py finds them); table, name and definition, and whether the
#: role owns the table and the one it refers to.
_FOREIGN_KEYS = """
SELECT CAST(k.conrelid AS regclass)::text AS tab, quote_ident(k.conname) AS name,
       pg_get_constraintdef(k.oid) AS definition,
       pg_has_role(c.relowner, 'USAGE') AND pg_has_role(r.relowner, 'USAGE') AS own
FROM pg_constraint AS k
JOIN pg_class AS c ON c.oid = k.conrelid
JOIN pg_class AS r ON r.oid = k.confrelid
WHERE k.contype = 'f'
  AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = to_regclass('actions'))
ORDER BY 1, 2
"""

#: Whether no other client is connected to the database (every session's row is visible,
#: its query is not).
_ALONE = """
SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname = current_database()
                   AND pid <> pg_backend_pid() AND backend_type = 'client backend')
"""

#: The search index's GIN indexes (migration 0014: one per kind), and whether the role
#: owns the table.
_GIN_INDEXES = """
SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS name,
       pg_get_indexdef(i.indexrelid) AS definition, pg_has_role(c.relowner, 'USAGE') AS own
FROM pg_index AS i
JOIN pg_class AS ic ON ic.oid = i.indexrelid
JOIN pg_namespace AS n ON n.oid = ic.relnamespace
JOIN pg_am AS am ON am.oid = ic.relam
JOIN pg_class AS c ON c.oid = i.indrelid
WHERE i.indrelid = CAST('search.search_index' AS regclass) AND am.amname = 'gin'
ORDER BY 1
"""

#: Memory for building the GIN indexes (PostgreSQL's default is 64 MB: 20 % slower at
#: scale 1); for the transaction only.
_BUILD_MEMORY = "SELECT set_config('maintenance_work_mem', '256MB', true)"


def alone(plain: Plain) -> bool:
    """Whether this is the only client connected to the database."""
    return bool(plain.scalar(_ALONE))


def foreign_keys_after(plain: Plain) -> AbstractContextManager[None]:
    """The app's foreign keys dropped around the rows written inside, then added (checked)."""
    return _made_after(
        plain,
        plain.rows(_FOREIGN_KEYS),
        lambda key: f"ALTER TABLE {key['tab']} DROP CONSTRAINT {key['name']}",
        lambda key: f"ALTER TABLE {key['tab']} ADD CONSTRAINT {key['name']} {key['definition']}",
    )


def search_indexes_after(plain: Plain) -> AbstractContextManager[None]:
    """The search index's GIN indexes dropped around the entries written inside, then built."""
    return _made_after(
        plain,
        plain.rows(_GIN_INDEXES),
        lambda index: f"DROP INDEX {index['name']}",
        lambda index: str(index["definition"]),
        first=_BUILD_MEMORY,
    )


@contextmanager
def _made_after(
    plain: Plain,
    found: list[Row],
    drop: Callable[[Row], str],
    make: Callable[[Row], str],
    first: str | None = None,
) -> Iterator[None]:
    """Each of ``found`` dropped, the write inside done, then each made again.

    ``first`` runs before they are made. All is left as it is unless the role owns every
    table concerned.
    """
    if not found or not all(row["own"] for row in found):
        yield
        return
    for row in found:
        plain.run(drop(row))
    yield
    if first is not None:
        plain.run(first)
    for row in found:
        plain.run(make(row))

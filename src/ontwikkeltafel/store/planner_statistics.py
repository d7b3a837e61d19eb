"""After a large write on PostgreSQL: its tables vacuumed and analysed, so plans fit at once.

A bulk import into a new database leaves PostgreSQL knowing nothing of the new rows until
autovacuum comes by (about a minute later): until then it sorts the 20,000 actions of
the action list instead of reading an index (by number 49 ms of the server's time, by
description 80 ms). ``VACUUM`` sets the row counts and the pages every transaction sees,
which index-only scans need (14-20 and 20-28 ms then; about 0.2-0.35 s at scale 1).
``ANALYZE`` of the columns the planner joins on (those in a key or an index, not the
search documents), with a small sample (statistics target 10: 0.17 s instead of 1.5 s for
every column of every table), gives it the joins' sizes; autovacuum refines them later.
Only an owner may do either: the README's app role owns nothing, and there autovacuum
does it as before. A failure is logged, not raised: the write it follows is committed.
"""

import logging
from typing import Any

log = logging.getLogger(__name__)

_OWN = """pg_has_role(c.relowner, 'USAGE') AND c.relkind = 'r'
  AND n.nspname <> 'information_schema' AND left(n.nspname, 3) <> 'pg_'"""

#: The role's own tables in the app's schemas (the search index's too).
_OWNED = f"""
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE {_OWN}
ORDER BY 1
"""

#: Of each of those, the columns in an index or a foreign key (not a search document):
#: "schema.table (column, ...)".
_KEYS = f"""
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
       || ' (' || string_agg(DISTINCT quote_ident(a.attname), ', ') || ')'
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE {_OWN} AND a.atttypid <> CAST('tsvector' AS regtype)
  AND (EXISTS (SELECT FROM pg_index AS i WHERE i.indrelid = c.oid AND a.attnum = ANY (i.indkey))
       OR EXISTS (SELECT FROM pg_constraint AS k
                  WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)))
GROUP BY n.nspname, c.relname
ORDER BY 1
"""

#: The sample ANALYZE takes here (PostgreSQL's default is 100: 30,000 rows a table).
STATISTICS_TARGET = 10


def refresh_statistics(engine: Any) -> list[str]:
    """VACUUM and ANALYZE (see the module) what the role owns on a PostgreSQL ``engine``.

    Returns the tables vacuumed; nothing on SQLite (its planner needs no statistics for
    the app's queries). A table another process holds is skipped (SKIP_LOCKED): nobody
    waits for this.
    """
    if engine.dialect.name != "postgresql":
        return []
    from sqlalchemy.exc import SQLAlchemyError

    from ontwikkeltafel.i18n import UserError

    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            tables = [str(name) for name in connection.exec_driver_sql(_OWNED).scalars()]
            if tables:  # VACUUM may not run inside a transaction
                connection.exec_driver_sql(f"VACUUM (SKIP_LOCKED) {', '.join(tables)}")
        with engine.begin() as connection:
            keys = [str(columns) for columns in connection.exec_driver_sql(_KEYS).scalars()]
            if keys:
                target = f"SET LOCAL default_statistics_target = {STATISTICS_TARGET}"
                connection.exec_driver_sql(target)
                connection.exec_driver_sql(f"ANALYZE (SKIP_LOCKED) {', '.join(keys)}")
        return tables
    # The app's engine raises a lost server as StoreUnavailable (a UserError): the write
    # is committed already, and autovacuum will do this later.
    except (SQLAlchemyError, UserError) as exc:
        log.warning("statistics not refreshed after a large write: %s", type(exc).__name__)
        return []

"""Full-text search over every record: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from ontwikkeltafel.store.search_schema import SOURCES, sqlite_fill

#: How often a rebuild by :func:`bulk_indexing` ticks.
INDEX_STEPS = len(SOURCES)

#: Around each matched word in a snippet, so the UI can highlight it.
MARK_START, MARK_END = "\x02", "\x03"

#: Record kinds in the index, as the migration writes them.
KINDS = (
    "table",
    "meeting",
    "agenda_item",
    "decision",
    "action",
    "concern",
    "practice",
    "development_point",
    "person",
    "organisation",
    "theme",
)

_WORD = re.compile(r"[^\W_]+")
_MAX_WORDS = 12


@dataclass(frozen=True)
class Hit:
    """One record that matches: its kind and id, its title and a snippet with marked words."""

    kind: str
    record_id: str
    title: str
    snippet: str
    confidential: bool = False


def include_in_schema_comparison(name: str | None, type_: str, _parents: Any) -> bool:
    """For Alembic: leave the search index (not mapped by the ORM) out of schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def query_words(text: str) -> list[str]:
    """The words of what the user typed (letters and digits only), at most a dozen."""
    return _WORD.findall(text)[:_MAX_WORDS]


def _fts5_query(words: list[str]) -> str:
    """Each word quoted; the last one a prefix, as the user may still be typing it."""
    return " ".join(f'"{word}"' for word in words) + "*"


#: On SQLite, each kind's entries are one rowid range: rowid = (kind code << 40) + key.
_KIND_SHIFT = 40
#: Of a kind with many matches, only the newest this many are ranked (bm25 costs per row).
RANK_WINDOW = 200

_SQLITE_MATCHES = "SELECT rowid FROM search_index WHERE search_index MATCH :query"

# ``+rowid`` keeps the id list a filter on one scan of the matches: as a constraint,
# FTS5 would run the whole query again for each id.
_SQLITE_RANKS = """
SELECT rowid, bm25(search_index, 0, 0, 0, 10.0, 1.0) AS score
FROM search_index
WHERE search_index MATCH :query AND +rowid IN (SELECT value FROM json_each(:ids)) {secret}
"""

_SQLITE_HITS = """
SELECT rowid, kind, record_id, title, confidential,
       snippet(search_index, -1, :start, :end, '…', 12) AS snippet
FROM search_index
WHERE search_index MATCH :query AND +rowid IN (SELECT value FROM json_each(:ids))
"""

_POSTGRES = """
SELECT kind, record_id, title, confidential,
       ts_headline('simple', concat_ws(' — ', title, nullif(body, '')), query,
                   'StartSel=' || :start || ', StopSel=' || :end || ', MaxWords=24, MinWords=8')
           AS snippet
FROM (
    SELECT s.*, q.query,
           row_number() OVER (PARTITION BY s.kind ORDER BY ts_rank(s.document, q.query) DESC,
                              s.record_id) AS n
    FROM search.search_index AS s,
         to_tsquery('simple', search.fold(:query)) AS q(query)
    WHERE s.document @@ q.query {secret}
) AS ranked
WHERE n <= :limit
ORDER BY n, kind
"""


def search(
    session: Session, text: str, limit_per_kind: int = 20, include_confidential: bool = True
) -> list[Hit]:
    """The records matching every word of ``text`` (the last as a prefix), best first per kind.

    At most ``limit_per_kind`` hits of each kind. Input without letters or digits
    gives no hits; no input is ever an error.
    """
    words = query_words(text)
    if not words or limit_per_kind <= 0:
        return []
    params: dict[str, Any] = {"limit": limit_per_kind, "start": MARK_START, "end": MARK_END}
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_search(session, _fts5_query(words), params, include_confidential)
    statement = _POSTGRES.format(secret="" if include_confidential else "AND NOT confidential")
    params["query"] = " & ".join(words) + ":*"
    return [_hit(row) for row in session.execute(sql(statement), params)]


def _hit(row: Any) -> Hit:
    return Hit(row.kind, row.record_id, row.title, row.snippet, bool(row.confidential))


def _sqlite_search(
    session: Session, query: str, params: dict[str, Any], include_confidential: bool
) -> list[Hit]:
    """Three passes over the matches: every rowid; bm25 of each kind's newest; snippets."""
    by_kind: dict[int, list[int]] = {}
    for rowid in session.execute(sql(_SQLITE_MATCHES), {"query": query}).scalars():
        by_kind.setdefault(rowid >> _KIND_SHIFT, []).append(rowid)
    if not by_kind:
        return []
    candidates = [i for ids in by_kind.values() for i in sorted(ids, reverse=True)[:RANK_WINDOW]]
    secret = "" if include_confidential else "AND confidential = 0"
    scores = session.execute(
        sql(_SQLITE_RANKS.format(secret=secret)), {"query": query, "ids": json.dumps(candidates)}
    ).all()
    best: dict[int, list[int]] = {}
    for rowid, _score in sorted(scores, key=lambda row: (row[1], row[0])):
        chosen = best.setdefault(rowid >> _KIND_SHIFT, [])
        if len(chosen) < params["limit"]:
            chosen.append(rowid)
    order = {rowid: n for n, rowid in enumerate(i for code in sorted(best) for i in best[code])}
    rows = session.execute(
        sql(_SQLITE_HITS), params | {"query": query, "ids": json.dumps(list(order))}
    ).all()
    return [_hit(row) for row in sorted(rows, key=lambda row: order[row.rowid])]


#: Below this many incoming records the triggers index a write as it goes.
BULK_MIN_RECORDS = 2000


@contextmanager
def bulk_indexing(
    connection: Connection, incoming: int, tick: Callable[[], None] | None = None
) -> Iterator[None]:
    """Around a large write: on SQLite the search triggers off, then the index rebuilt at once.

    Done when ``incoming`` records are many and not fewer than those indexed already;
    otherwise, and on other engines, the triggers keep the index up to date as usual.
    Use it inside the write's transaction: on an error the rollback restores the triggers.
    A rebuild calls ``tick`` after each kind of record (``len(SOURCES)`` times).
    """
    if connection.dialect.name != "sqlite" or incoming < BULK_MIN_RECORDS:
        yield
        return
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    ).all()
    indexed = connection.exec_driver_sql("SELECT count(*) FROM search_keys").scalar_one()
    if not triggers or incoming < indexed:
        yield
        return
    for name, _definition in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    connection.exec_driver_sql("DELETE FROM search_index")
    connection.exec_driver_sql("DELETE FROM search_keys")
    for table in SOURCES:
        for statement in sqlite_fill(table):
            connection.exec_driver_sql(statement)
        if tick is not None:
            tick()
    for _name, definition in triggers:
        connection.exec_driver_sql(definition)

"""Full-text search over every record: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import TextClause
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from ontwikkeltafel.store import search_postgres as postgres
from ontwikkeltafel.store.search_postgres import CANDIDATES_PER_HIT
from ontwikkeltafel.store.search_schema import CODES

__all__ = ["CANDIDATES_PER_HIT", "KINDS", "MARK_END", "MARK_START", "Hit", "search"]

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
    """One record that matches: its kind and id, its title and texts with marked words.

    ``marked_title`` is the title with the matched words marked; ``snippet`` a piece of
    the record's other text around a match (its beginning when only the title matched;
    empty when there is no other text). ``meeting``: the id, title and start of the
    meeting the hit names (all None if none), where the search read it (PostgreSQL);
    None where it did not (SQLite: services/search.py reads it apart).
    """

    kind: str
    record_id: str
    title: str
    snippet: str
    confidential: bool = False
    marked_title: str = ""
    meeting: tuple[str | None, str | None, datetime | None] | None = None


def include_in_schema_comparison(name: str | None, type_: str, _parents: Any) -> bool:
    """For Alembic: leave the search index (not mapped by the ORM) out of schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def query_words(text: str) -> list[str]:
    """The words of what the user typed (letters and digits only), at most a dozen."""
    return _WORD.findall(text)[:_MAX_WORDS]


#: A last word shorter than this is matched whole: one letter would match nearly everything.
MIN_PREFIX = 2


def _fts5_query(words: list[str]) -> str:
    """Each word quoted; the last one a prefix, as the user may still be typing it."""
    quoted = " ".join(f'"{word}"' for word in words)
    return f"{quoted}*" if len(words[-1]) >= MIN_PREFIX else quoted


#: On SQLite, each kind's entries are one rowid range: rowid = (kind code << 40) + key.
_KIND_SHIFT = 40

# Per kind, two passes, each of the newest matches: those in the title, then any. FTS5
# walks a rowid range backwards and stops at the limit, so a search costs about the
# same whether a word occurs ten times or ten thousand (prefix indexes, migration 0003,
# spare it merging word lists first). Titles come first; newer records before older.
# The snippet of a title match shows the start of the other text: the title pass knows
# no other matches; the second pass's snippet of the same record is used when it has one.
_SQLITE_PASS = """
SELECT * FROM (
    SELECT rowid, {in_title} AS in_title, kind, record_id, title, confidential,
           highlight(search_index, 3, :start, :end) AS marked_title,
           snippet(search_index, 4, :start, :end, '…', 12) AS snippet
    FROM search_index
    WHERE search_index MATCH :{query} AND rowid BETWEEN {low} AND {high} {secret}
    ORDER BY rowid DESC LIMIT :limit
)"""


@cache
def _sqlite_statement(include_confidential: bool, kinds: tuple[str, ...]) -> TextClause:
    """One statement with both passes of each of ``kinds``."""
    secret = "" if include_confidential else "AND confidential = 0"
    return sql(
        "\nUNION ALL".join(
            _SQLITE_PASS.format(
                in_title=in_title,
                query=query,
                low=code << _KIND_SHIFT,
                high=((code + 1) << _KIND_SHIFT) - 1,
                secret=secret,
            )
            for code in sorted(CODES[kind] for kind in kinds)
            for in_title, query in ((1, "in_title"), (0, "anywhere"))
        )
    )


def search(
    session: Session,
    text: str,
    limit_per_kind: int = 20,
    include_confidential: bool = True,
    kinds: Collection[str] | None = None,
) -> list[Hit]:
    """The records matching every word of ``text`` (the last as a prefix), best first per kind.

    At most ``limit_per_kind`` hits of each kind: title matches first, then the rest,
    newest first (on PostgreSQL among the newest matches of each kind: see
    store/search_postgres.py).
    Only ``kinds`` are searched, if given (all by default).
    Input without letters or digits gives no hits; no input is ever an error.
    """
    words = query_words(text)
    chosen = tuple(kind for kind in CODES if kinds is None or kind in kinds)
    if not words or limit_per_kind <= 0 or not chosen:
        return []
    params: dict[str, Any] = {"limit": limit_per_kind, "start": MARK_START, "end": MARK_END}
    if session.get_bind().dialect.name == "sqlite":
        query = _fts5_query(words)
        params |= {"anywhere": query, "in_title": f"title : ({query})"}
        rows = session.execute(_sqlite_statement(include_confidential, chosen), params).all()
        return _best_per_kind(rows, limit_per_kind)
    prefix = len(words[-1]) >= MIN_PREFIX
    marks = (MARK_START, MARK_END)
    found = postgres.rows(
        session, words, prefix, limit_per_kind, include_confidential, marks, chosen
    )
    return [_hit(row, in_meeting=True) for row in found]


def _hit(row: Any, snippet: str | None = None, in_meeting: bool = False) -> Hit:
    """A hit from a result row; the snippet on one line (texts hold paragraphs and gaps).

    ``in_meeting``: the row names the hit's meeting too (PostgreSQL's search).
    """
    text = row.snippet if snippet is None else snippet
    snippet = " ".join((text or "").split())
    meeting = (row.meeting_id, row.meeting_title, row.meeting_start) if in_meeting else None
    return Hit(
        row.kind,
        row.record_id,
        row.title,
        snippet,
        bool(row.confidential),
        row.marked_title,
        meeting,
    )


def _best_per_kind(rows: Sequence[Any], limit: int) -> list[Hit]:
    """Per kind: title matches, then the others; newest first; each record once."""
    snippets = {row.rowid: row.snippet for row in rows if not row.in_title}
    ordered = sorted(rows, key=lambda row: (row.rowid >> _KIND_SHIFT, -row.in_title, -row.rowid))
    hits: list[Hit] = []
    seen: set[int] = set()
    taken: dict[int, int] = {}
    for row in ordered:
        code = row.rowid >> _KIND_SHIFT
        if row.rowid in seen or taken.get(code, 0) >= limit:
            continue
        seen.add(row.rowid)
        taken[code] = taken.get(code, 0) + 1
        hits.append(_hit(row, snippets.get(row.rowid, row.snippet)))
    return hits

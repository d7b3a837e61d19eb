"""Full-text search over every record: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import TextClause
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from ontwikkeltafel.store.search_schema import CODES

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
    empty when there is no other text).
    """

    kind: str
    record_id: str
    title: str
    snippet: str
    confidential: bool = False
    marked_title: str = ""


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


#: Per word typed: folded as the index folds it, and its Dutch stems (none for "de", "het");
#: a stem that is a stop word itself is left out (a word half typed, "aans" or "onders",
#: stems to "aan" or "onder", which would find nearly every text).
_PG_WORDS = """
SELECT search.fold(w) AS word,
       ARRAY(SELECT s FROM unnest(ts_lexize('dutch_stem', search.fold(w))) AS s
             WHERE ts_lexize('dutch_stem', s) <> '{}') AS stems
FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS t(w, n)
ORDER BY n
"""

_VOWELS, _CONSONANTS = frozenset("aeiouy"), frozenset("bcdfghjklmnpqrstvwxz")


def _spellings(stem: str) -> set[str]:
    """A Dutch stem and its other spelling: Snowball keeps a doubled final consonant.

    "gezinnen" stems to "gezinn", "gezin" to "gezin": the stem with that consonant
    single, or doubled after a single vowel, finds the other forms of the word too.
    """
    if len(stem) < 3 or stem[-1] not in _CONSONANTS:
        return {stem}
    if stem[-2] == stem[-1]:
        return {stem, stem[:-1]}
    if stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        return {stem, stem + stem[-1]}
    return {stem}


def _lexeme(value: str, prefix: bool, weight: str = "") -> str:
    """``value`` as a quoted tsquery lexeme, matching as a prefix or whole (in ``weight``)."""
    quoted = "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    label = ("*" if prefix else "") + weight
    return f"{quoted}:{label}" if label else quoted


def _tsqueries(session: Session, words: list[str]) -> tuple[str, str]:
    """PostgreSQL's queries: anywhere, and in the title only (weight A); empty if no words.

    Each word as written or by its stem, the last also as a prefix. The index keeps each
    word as written and stemmed (migration 0008). A word matches itself and its stems (a
    stop word such as "de" has none: as written, as on SQLite); the last word, if long
    enough, matches the words it begins as written, and its stems whole: a prefix of a
    stem would find too much ("beel" stems to "bel": not "beleid").
    """
    rows = session.execute(sql(_PG_WORDS), {"words": words}).all()
    parts: dict[str, list[str]] = {"": [], "A": []}
    for number, (word, stems) in enumerate(rows, start=1):
        if not word:
            continue
        prefix = number == len(rows) and len(words[-1]) >= MIN_PREFIX
        forms = sorted(set().union(*(_spellings(stem) for stem in stems)) - {word})
        for weight, terms in parts.items():
            lexemes = [_lexeme(word, prefix, weight), *(_lexeme(f, False, weight) for f in forms)]
            terms.append("(" + " | ".join(lexemes) + ")")
    return " & ".join(parts[""]), " & ".join(parts["A"])


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
def _sqlite_statement(include_confidential: bool) -> TextClause:
    """One statement with both passes of every kind."""
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
            for code in sorted(CODES.values())
            for in_title, query in ((1, "in_title"), (0, "anywhere"))
        )
    )


def _config(name: str) -> str:
    """The search schema's text search configuration ``name``; ``simple`` before 0008."""
    return (
        "coalesce((SELECT CAST(c.oid AS regconfig) FROM pg_ts_config AS c "
        "JOIN pg_namespace AS ns ON ns.oid = c.cfgnamespace "
        f"WHERE ns.nspname = 'search' AND c.cfgname = '{name}'), CAST('simple' AS regconfig))"
    )


# Titles are marked as the index reads them (stemmed, without accents): "scholen" marks
# "School". A snippet reads its text as written, without accents: parsing a long text
# through the stemmer for each hit made a search half as slow again; a match by stem
# alone shows the text's beginning there. (A database still before 0008: plain words.)
# Bounded by the limit, not by the number of matches (a short prefix matches 27,000 rows
# at scale 1; ranking them all took 230 ms): the GIN index gives the matches' row
# addresses, gathered per kind in the order their entries were written (``written``,
# migration 0011; the plan's own order is not to be trusted: grouping by kind after a
# sort of the rows mixed them); of each kind only the last :candidates written are
# ordered as on SQLite: title matches (weight A) first, then the newest (written last: a
# changed record is written anew). Not the entries' places (ctid): after a VACUUM new
# entries go into early places.
# When a kind has no more matches than that, all are ordered so. The candidates' rows are
# read once, by address; the headlines are made for the rows shown only.
# The query reaches the match as a value of its own (an InitPlan): the planner then
# takes the usual share of rows for it and reads the GIN index. Given the query itself,
# it guessed that a prefix matches most rows and read the whole table (it took
# enable_seqscan off, two more round trips a search).
_POSTGRES = f"""
WITH q AS (
    SELECT CAST(:query AS tsquery) AS query, CAST(:in_title AS tsquery) AS in_title,
           {_config("dutch")} AS titles, {_config("words")} AS texts
), ranked AS (
    SELECT s.kind, s.record_id, s.title, s.body, s.confidential,
           row_number() OVER (PARTITION BY s.kind ORDER BY s.document @@ q.in_title DESC,
                              s.written DESC) AS n
    FROM search.search_index AS s, q
    WHERE s.ctid = ANY (ARRAY(
        SELECT unnest(k.rows[greatest(cardinality(k.rows) - :candidates + 1, 1):])
        FROM (SELECT array_agg(m.ctid ORDER BY m.written) AS rows FROM search.search_index AS m
              WHERE m.document @@ (SELECT q.query FROM q) {{secret}} GROUP BY m.kind) AS k
    ))
)
SELECT r.kind, r.record_id, r.title, r.confidential,
       ts_headline(q.titles, r.title, q.query,
                   'HighlightAll=true, StartSel=' || :start || ', StopSel=' || :end)
           AS marked_title,
       ts_headline(q.texts, r.body, q.query,
                   'StartSel=' || :start || ', StopSel=' || :end || ', MaxWords=24, MinWords=8')
           AS snippet
FROM ranked AS r, q
WHERE r.n <= :limit
ORDER BY r.n, r.kind
"""

#: How many of each kind's newest matches, per hit asked for, PostgreSQL orders.
CANDIDATES_PER_HIT = 5


def search(
    session: Session, text: str, limit_per_kind: int = 20, include_confidential: bool = True
) -> list[Hit]:
    """The records matching every word of ``text`` (the last as a prefix), best first per kind.

    At most ``limit_per_kind`` hits of each kind: title matches first, then the rest,
    newest first (on PostgreSQL among the newest matches of each kind: see _POSTGRES).
    Input without letters or digits gives no hits; no input is ever an error.
    """
    words = query_words(text)
    if not words or limit_per_kind <= 0:
        return []
    params: dict[str, Any] = {"limit": limit_per_kind, "start": MARK_START, "end": MARK_END}
    if session.get_bind().dialect.name == "sqlite":
        query = _fts5_query(words)
        params |= {"anywhere": query, "in_title": f"title : ({query})"}
        rows = session.execute(_sqlite_statement(include_confidential), params).all()
        return _best_per_kind(rows, limit_per_kind)
    params["query"], params["in_title"] = _tsqueries(session, words)
    if not params["query"]:
        return []
    params["candidates"] = limit_per_kind * CANDIDATES_PER_HIT
    statement = _POSTGRES.format(secret="" if include_confidential else "AND NOT m.confidential")
    return [_hit(row) for row in session.execute(sql(statement), params)]


def _hit(row: Any, snippet: str | None = None) -> Hit:
    """A hit from a result row; the snippet on one line (texts hold paragraphs and gaps)."""
    text = row.snippet if snippet is None else snippet
    snippet = " ".join((text or "").split())
    return Hit(
        row.kind, row.record_id, row.title, snippet, bool(row.confidential), row.marked_title
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

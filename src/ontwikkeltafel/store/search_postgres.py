"""PostgreSQL's search: each kind's newest matches, the best of them, and their snippets.

store/search.py asks it for the rows of a search; see ``statement`` for how it reads.
"""

from functools import cache
from typing import Any

from sqlalchemy import TextualSelect
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from ontwikkeltafel.model.base import UtcDateTime
from ontwikkeltafel.store.search_schema import CODES

#: Letters a text may hold with an accent where the folded word has none (as search.fold
#: folds them one for one); a regular expression finds a word typed in the text as written.
_ACCENTED = {
    "a": "áàâäãåā",
    "e": "éèêëē",
    "i": "íìîïī",
    "o": "óòôöõøō",
    "u": "úùûüū",
    "y": "ýÿ",
    "c": "ç",
    "n": "ñ",
    "s": "š",
}


def _lexeme(value: str, prefix: str, weight: str) -> str:
    """SQL for ``value`` as a quoted tsquery lexeme: a prefix if ``prefix``, of ``weight``."""
    quoted = "'''' || replace(replace(" + value + r", E'\\', E'\\\\'), '''', '''''') || ''''"
    label = f"CASE WHEN {prefix} THEN '*' ELSE '' END || {weight}"
    return f"{quoted} || CASE WHEN {prefix} OR {weight} <> '' THEN ':' || {label} ELSE '' END"


def _letters(value: str) -> str:
    """SQL for ``value`` as part of a regular expression, each letter also with its accents.

    (In the statement a backslash before a colon tells SQLAlchemy's ``text`` that it begins
    no parameter's name.)
    """
    expression = "regexp_replace(" + value + r", '([^[\:alnum\:]])', E'\\\\\\1', 'g')"
    for letter, accents in _ACCENTED.items():
        expression = f"replace({expression}, '{letter}', '[{letter}{accents}]')"
    return expression


# The queries for the words typed (``:words``, the last matching as a prefix if
# ``:prefix``), made by the server in the search's own statement: a round trip less than
# making them here (at scale 1, the benchmark's searches alternating in one process: median
# 21.1 -> 20.0 ms, p95 28.8 -> 27.6). Every one of 532 searches made the same queries.
# Each word as written or by its stem, the last also as a prefix. The index keeps each word
# as written and stemmed (migration 0008). A word is folded as the index folds it; it
# matches itself and its Dutch stems (a stop word such as "de" has none: as written, as on
# SQLite); a stem that is a stop word itself is left out (a word half typed, "aans" or
# "onders", stems to "aan" or "onder", which would find nearly every text). The last word,
# if long enough, matches the words it begins as written, and its stems whole: a prefix of a
# stem would find too much ("beel" stems to "bel": not "beleid").
# The literals holding a backslash are escape strings (E'...'): read the same whatever a
# database's standard_conforming_strings.
# ``forms``: a stem also in its other spelling, as Snowball keeps a doubled final consonant
# ("gezinnen" stems to "gezinn", "gezin" to "gezin"): the stem with that consonant single,
# or doubled after a single vowel, finds the other forms of the word too.
# ``query`` matches anywhere, ``in_title`` every word in the title (weight A); ``title_any``
# and ``body_any`` any word in the title or the other text; ``place`` matches where a word
# begins with a form typed (case and accents aside; the longest forms first).
_BUILT = (
    r"""typed AS (
    SELECT t.n, search.fold(t.w) AS word,
           CAST(:prefix AS boolean) AND t.n = cardinality(CAST(:words AS text[])) AS last
    FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS t(w, n)
), stems AS (
    SELECT w.n, s.stem FROM typed AS w, unnest(ts_lexize('dutch_stem', w.word)) AS s(stem)
    WHERE w.word <> '' AND ts_lexize('dutch_stem', s.stem) <> '{}'
), forms AS (
    SELECT n, stem AS form FROM stems
    UNION
    SELECT n, left(stem, -1) FROM stems WHERE stem ~ E'^.+([bcdfghjklmnpqrstvwxz])\\1$'
    UNION
    SELECT n, stem || right(stem, 1) FROM stems
    WHERE stem ~ '[^aeiouy][aeiouy][bcdfghjklmnpqrstvwxz]$'
), lexemes AS (
    SELECT w.n, g.weight, """
    + _lexeme("w.word", "w.last", "g.weight")
    + """ || coalesce((
               SELECT string_agg(' | ' || """
    + _lexeme("f.form", "false", "g.weight")
    + r""", '' ORDER BY f.form COLLATE "C")
               FROM forms AS f WHERE f.n = w.n AND f.form <> w.word), '') AS terms
    FROM typed AS w, (VALUES (''), ('A'), ('B')) AS g(weight)
    WHERE w.word <> ''
), spelled AS (
    SELECT word AS form FROM typed WHERE word <> '' UNION SELECT form FROM forms
), built AS (
    SELECT (SELECT string_agg('(' || terms || ')', ' & ' ORDER BY n)
            FROM lexemes WHERE weight = '') AS query,
           (SELECT string_agg('(' || terms || ')', ' & ' ORDER BY n)
            FROM lexemes WHERE weight = 'A') AS in_title,
           (SELECT string_agg(terms, ' | ' ORDER BY n) FROM lexemes WHERE weight = 'A')
             AS title_any,
           (SELECT string_agg(terms, ' | ' ORDER BY n) FROM lexemes WHERE weight = 'B')
             AS body_any,
           (SELECT '(?:^|[^[\:alnum\:]])(?:' || string_agg("""
    + _letters("form")
    + """, '|' ORDER BY length(form) DESC, form COLLATE "C") || ')' FROM spelled) AS place,
           (SELECT count(*) FROM typed WHERE word <> '') = 1 AS windows
)"""
)


#: Regular expressions whose shortest and longest match in a text end at the first and last
#: place a word begins with a form typed: a snippet is made from the text around those
#: places only, if ``windows`` (one word typed: the places of two words together span most
#: of a text).
_FIRST, _LAST = "'(?i)^.*?' || b.place", "'(?i)^.*' || b.place"


def tsquery(session: Session, words: list[str], prefix: bool) -> str:
    """The query the search's statement makes of ``words`` to match anywhere ("" if none).

    The last word matches as a prefix if ``prefix``; for tests, and to read a plan.
    """
    built = sql(f"WITH {_BUILT} SELECT b.query FROM built AS b")
    return session.execute(built, {"words": words, "prefix": prefix}).scalar_one() or ""


def _config(name: str) -> str:
    """The search schema's text search configuration ``name``; ``simple`` before 0008."""
    return (
        "coalesce((SELECT CAST(c.oid AS regconfig) FROM pg_ts_config AS c "
        "JOIN pg_namespace AS ns ON ns.oid = c.cfgnamespace "
        f"WHERE ns.nspname = 'search' AND c.cfgname = '{name}'), CAST('simple' AS regconfig))"
    )


#: Characters of a text kept before the first and after the last place a word typed
#: begins, for its snippet (24 words at most, ts_headline's MaxWords, must fit after it);
#: the first characters of a text where no word begins (its snippet is its start).
_BEFORE, _AFTER, _HEAD = 60, 240, 240
#: A text longer than this has its snippet made of a part of it.
_LONG_TEXT = 600

#: How many of each kind's newest matches, per hit asked for, PostgreSQL orders.
CANDIDATES_PER_HIT = 5
#: How many of each kind's newest entries, per candidate, are read for a match before the
#: kind's own index is (a few hundred: at scale 1 each of 200 to 500 gave a p95 of 16 ms
#: for the candidates, against 21 ms for 100 and 22 ms for none).
WALKED_PER_CANDIDATE = 4
#: The share of its candidates, in percent, a kind's walk must have found to walk on
#: (at scale 1, 20 to 40 gave the same; 10 walked too far for rarer words).
DEEPER_FROM_PER_CANDIDATE = 20

# Bounded by the limit, not by the number of matches (a short prefix matches 27,000 rows
# at scale 1; ranking them all took 230 ms): of each kind only the ``candidates`` newest
# matches (written last, ``written``, migration 0011: a changed record is written anew)
# are ordered as on SQLite: title matches first, then the newest. Two ways find them, each
# cheap where the other is not (indexes of migration 0014). ``walked``: each kind's newest
# ``walk`` entries, newest first, until ``candidates`` match: a word in most texts is found in
# the first few (an entry's document costs about 2.5 us to read, so a few hundred at
# most). A kind where that found fewer has its matches read from its own GIN index, the
# newest of them taken: a word in few texts costs as few reads. Its branch has the count
# walked as a value of its own (an InitPlan), so a kind already settled runs no branch.
# A kind whose walk found some but too few (``deeper_from`` or more: a word in a twentieth
# of its texts or more) walks on past those entries (``deeper``): as many entries as, at
# the rate it found them, hold all its candidates; with the first walk's, a walk's length
# more than they need (a margin: the rate is a guess). In the 200 searches of the benchmark at
# scale 1, 169 GIN reads of over 1,000 matches each (1.5 us a match) were such kinds'.
# Either way a kind's candidates are the same: its newest matches.
# Not the entries' places (ctid) for their age: after a VACUUM new entries go into early
# places. The query reaches the match as a value of its own (an InitPlan): given the
# query itself, the planner guessed that a prefix matches most rows and read everything.
_WALKED = """walked AS MATERIALIZED (
    SELECT k.kind, w.place
    FROM (VALUES {kinds}) AS k(kind),
    LATERAL (SELECT n.place FROM (
                 SELECT s.ctid AS place, s.written, s.document FROM search.search_index AS s
                 WHERE s.kind = k.kind {secret} ORDER BY s.written DESC LIMIT {walk}) AS n
             WHERE n.document @@ (SELECT q.query FROM q) LIMIT {candidates}) AS w
)"""
_DEEPER = """deeper AS MATERIALIZED (
    SELECT c.kind, w.place
    FROM (SELECT kind, count(*) AS n FROM walked GROUP BY kind) AS c,
    LATERAL (SELECT n.place FROM (
                 SELECT s.ctid AS place, s.written, s.document FROM search.search_index AS s
                 WHERE s.kind = c.kind {secret} ORDER BY s.written DESC
                 OFFSET {walk} LIMIT {reach} / c.n) AS n
             WHERE n.document @@ (SELECT q.query FROM q) LIMIT {candidates} - c.n) AS w
    WHERE c.n >= {deeper_from} AND c.n < {candidates}
), walks AS MATERIALIZED (
    SELECT kind, place FROM walked UNION ALL SELECT kind, place FROM deeper
)"""
_KIND_MATCHES = """(SELECT s.ctid FROM search.search_index AS s
     WHERE s.kind = '{kind}' AND s.document @@ (SELECT q.query FROM q) {secret}
       AND (SELECT count(*) FROM walks WHERE kind = '{kind}') < {candidates}
     ORDER BY s.written DESC LIMIT {candidates})"""
_FOUND = """found AS (
    SELECT w.place FROM walks AS w
    WHERE w.kind IN (SELECT kind FROM walks GROUP BY kind HAVING count(*) = {candidates})
    UNION ALL
    {kinds}
)"""


def _found(secret: str, candidates: int, kinds: tuple[str, ...]) -> str:
    """The candidates' CTEs of ``kinds``: ``walked``, ``deeper``, then ``found`` (see above)."""
    numbers = {
        "secret": secret,
        "walk": candidates * WALKED_PER_CANDIDATE,
        "candidates": candidates,
        "deeper_from": max(1, candidates * DEEPER_FROM_PER_CANDIDATE // 100),
        # divided by the count walked: the entries that at its rate hold all candidates; one
        # number made here: a search for every hit (a person's data asks for a million a
        # kind) multiplied past PostgreSQL's integer in the statement
        "reach": candidates * WALKED_PER_CANDIDATE * candidates,
    }
    walked = _WALKED.format(kinds=", ".join(f"('{kind}')" for kind in kinds), **numbers)
    walked += ", " + _DEEPER.format(**numbers)
    branches = "\n    UNION ALL\n    ".join(
        _KIND_MATCHES.format(kind=kind, secret=secret, candidates=candidates) for kind in kinds
    )
    return f"{walked}, {_FOUND.format(kinds=branches, candidates=candidates)}"


# The snippet of a hit: ts_headline of its text, as before, but of the part around the
# places a word typed begins (``first``, ``last``), or of its start if there is none
# (parsing every shown text whole cost 10-13 ms a search). ts_headline then sees every
# match and the words around them; where its snippet reaches a cut end of that part
# (fewer words there than it looks for), or where the index finds a word in the text the
# expression did not, it is made of the whole text. Titles (short) are marked whole, as
# the index reads them (stemmed, without accents: "scholen" marks "School"); one that
# holds no word typed is left as it is.
_SNIPPET = """, top AS MATERIALIZED (
    SELECT s.kind, s.record_id, s.title, s.body, s.confidential, r.n,
           s.document @@ q.title_any AS title_hit, s.document @@ q.body_any AS body_hit,
           char_length(s.body) AS size, q.windows AND char_length(s.body) > {long} AS long
    FROM search.search_index AS s JOIN ranked AS r ON r.place = s.ctid, q
    WHERE s.ctid = ANY (ARRAY(SELECT place FROM ranked WHERE n <= {limit})) AND r.n <= {limit}
), placed AS MATERIALIZED (
    SELECT t.*, char_length(substring(t.body FROM q.first)) AS a,
           char_length(substring(t.body FROM q.last)) AS b
    FROM top AS t, q WHERE t.long
    UNION ALL
    SELECT t.*, 1, t.size FROM top AS t WHERE NOT t.long
), part AS MATERIALIZED (
    SELECT t.*, substr(t.body, c.a, c.b - c.a + 1) AS text, c.a > 1 AS cut_start,
           c.b < t.size AS cut_end
    FROM placed AS t,
    LATERAL (SELECT CASE WHEN t.a IS NULL THEN 1 ELSE greatest(t.a - {before}, 1) END AS a,
                    CASE WHEN t.a IS NULL THEN {head} ELSE t.b + {after} END AS b) AS c
), headed AS MATERIALIZED (
    SELECT p.*, ts_headline(q.texts, p.text, q.query, {options}) AS h FROM part AS p, q
), shown AS MATERIALIZED (
    SELECT h.*, translate(h.h, :start || :end, '') AS u FROM headed AS h
)"""
_SNIPPET_CHOICE = """CASE WHEN NOT (r.cut_start OR r.cut_end) THEN r.h
            WHEN (r.a IS NULL AND r.body_hit)
              OR (r.cut_start AND left(r.text, char_length(r.u)) = r.u)
              OR (r.cut_end AND right(r.text, char_length(r.u)) = r.u)
            THEN ts_headline(q.texts, r.body, q.query, {options})
            ELSE r.h END"""
#: Each hit's meeting: the one an agenda item is in, a decision's item is in, or an action
#: was agreed in (none for other kinds, or an action agreed outside a meeting). Read here,
#: not by a statement of its own: a round trip and an ORM statement less (2.7 ms of a
#: search's 24 at scale 1, in the part that has these kinds).
_MEETINGS = {
    "agenda_item": "(SELECT a.meeting_id FROM agenda_items AS a WHERE a.id = r.record_id)",
    "decision": (
        "(SELECT a.meeting_id FROM decisions AS d JOIN agenda_items AS a"
        " ON a.id = d.agenda_item_id WHERE d.id = r.record_id)"
    ),
    "action": "(SELECT x.meeting_id FROM actions AS x WHERE x.id = r.record_id)",
}


def _meeting_join(kinds: tuple[str, ...]) -> str:
    """The join of the final select that finds each hit's meeting (of ``kinds`` that name one)."""
    named = [f"WHEN '{kind}' THEN {found}" for kind, found in _MEETINGS.items() if kind in kinds]
    if not named:
        return "LEFT JOIN meetings AS m ON false"
    return f"LEFT JOIN meetings AS m ON m.id = CASE r.kind {' '.join(named)} END"


_OPTIONS = "'StartSel=' || :start || ', StopSel=' || :end || ', MaxWords=24, MinWords=8'"
_TITLE_OPTIONS = "'HighlightAll=true, StartSel=' || :start || ', StopSel=' || :end"


@cache
def statement(
    include_confidential: bool, limit: int, kinds: tuple[str, ...] = tuple(CODES)
) -> TextualSelect:
    """The search's one statement: candidates of each of ``kinds``, the best, their headlines.

    Each row also names the hit's meeting (``meeting_id``, ``meeting_title``,
    ``meeting_start``; all None for a hit that names none).

    The numbers are written into it, not passed: with only the texts searched for as
    parameters (which the planner does not see: they reach it as values of their own),
    the server plans it once per connection instead of each time (2-3 ms a search).
    """
    secret = "" if include_confidential else "AND NOT s.confidential"
    found = _found(secret, limit * CANDIDATES_PER_HIT, kinds)
    snippet = _SNIPPET.format(
        long=_LONG_TEXT, before=_BEFORE, after=_AFTER, head=_HEAD, options=_OPTIONS, limit=limit
    )
    return sql(f"""
WITH {_BUILT}, q AS (
    SELECT CAST(b.query AS tsquery) AS query, CAST(b.in_title AS tsquery) AS in_title,
           CAST(b.title_any AS tsquery) AS title_any, CAST(b.body_any AS tsquery) AS body_any,
           {_FIRST} AS first, {_LAST} AS last, b.windows,
           {_config("dutch")} AS titles, {_config("words")} AS texts
    FROM built AS b
), {found}, ranked AS MATERIALIZED (
    SELECT s.ctid AS place,
           row_number() OVER (PARTITION BY s.kind ORDER BY s.document @@ q.in_title DESC,
                              s.written DESC) AS n
    FROM search.search_index AS s, q
    WHERE s.ctid = ANY (ARRAY(SELECT place FROM found))
){snippet}
SELECT r.kind, r.record_id, r.title, r.confidential,
       CASE WHEN r.title_hit
            THEN ts_headline(q.titles, r.title, q.query, {_TITLE_OPTIONS})
            ELSE r.title END AS marked_title,
       {_SNIPPET_CHOICE.format(options=_OPTIONS)} AS snippet,
       m.id AS meeting_id, m.title AS meeting_title, m.starts_at AS meeting_start
FROM shown AS r CROSS JOIN q {_meeting_join(kinds)}
ORDER BY r.n, r.kind
""").columns(meeting_start=UtcDateTime())


def rows(
    session: Session,
    words: list[str],
    prefix: bool,
    limit: int,
    include_confidential: bool,
    marks: tuple[str, str],
    kinds: tuple[str, ...] = tuple(CODES),
) -> list[Any]:
    """The rows of the hits of ``words`` in ``kinds``: at most ``limit`` of each, best first.

    The last word matches as a prefix if ``prefix``. Matched words are marked by ``marks``
    (before, after).
    """
    params = {"words": words, "prefix": prefix, "start": marks[0], "end": marks[1]}
    return list(session.execute(statement(include_confidential, limit, kinds), params))

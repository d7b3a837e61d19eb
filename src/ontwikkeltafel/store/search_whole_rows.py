"""PostgreSQL's search entries kept whole in their rows (migration 0015), not apart in TOAST.

An entry's document (its words as written and stemmed, with their places) is about as
large as its texts: 2-3 kB for an agenda item with its verslag. Past 2 kB a row's large
values went to the table's TOAST table (the document uncompressed, migration 0012), and
the search read each document it walked from there: 3.5 us an agenda item's against 1 us
in its row (1,000 walked at scale 1; store/search_postgres.py). Rows of up to a page now
keep their values; the TOAST table gets only what does not fit in one.
"""

#: The largest row kept whole: a page less its header (PostgreSQL's greatest target).
ROW_TARGET = 8160
_WHOLE_ROWS = f"ALTER TABLE search.search_index SET (toast_tuple_target = {ROW_TARGET})"
#: Entries whose values may be apart: written anew, each value a new one (an unchanged
#: value would keep its place apart), so that the row now holds it.
_REWRITE = (
    "UPDATE search.search_index SET document = document || ''::tsvector, body = body || '' "
    "WHERE pg_column_size(document) + pg_column_size(body) + pg_column_size(title) > 1500"
)


def postgres_whole_rows() -> list[str]:
    """A new database's search index: rows of up to a page kept whole."""
    return [_WHOLE_ROWS]


def postgres_entries_into_rows() -> list[str]:
    """Migration 0015: rows kept whole from now on, and the entries there moved into theirs."""
    return [_WHOLE_ROWS, _REWRITE]


def postgres_entries_apart() -> list[str]:
    """Migration 0015 undone: new rows' large values go apart again (those there stay)."""
    return ["ALTER TABLE search.search_index RESET (toast_tuple_target)"]

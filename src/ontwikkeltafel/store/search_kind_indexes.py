"""PostgreSQL's search index read kind by kind (migration 0014): a GIN index per kind, and order.

The search wants each kind's newest matches. One GIN index of every document gave all
matches of a word, of every kind, and each had its entry read for its kind and age: a
frequent word or short prefix ("aan": 27,000 entries at scale 1) cost 25-45 ms of that
alone. Now each kind's documents have a GIN index of their own (partial: ``WHERE kind =
'...'``), so a kind's matches are read without the others', and ``(kind, written)``
orders a kind's entries newest first, so a word found in most of them is found by
reading the newest few (store/search_postgres.py says how the search picks).
"""

from ontwikkeltafel.store.search_schema import CODES

#: The index of every kind's documents that these replace (migration 0002's).
_ALL_KINDS = "search_index_document"
#: A kind's entries, newest last.
_ORDER = "search_index_kind_written"


def kind_index(kind: str) -> str:
    """The name of the GIN index of ``kind``'s documents."""
    return f"search_index_document_{kind}"


def postgres_kind_indexes() -> list[str]:
    """Migration 0014: a GIN index per kind and the kinds' order instead of one GIN index."""
    return [
        *(
            f"CREATE INDEX {kind_index(kind)} ON search.search_index "
            f"USING gin (document) WHERE kind = '{kind}'"
            for kind in CODES
        ),
        f"CREATE INDEX {_ORDER} ON search.search_index (kind, written)",
        f"DROP INDEX search.{_ALL_KINDS}",
    ]


def postgres_drop_kind_indexes() -> list[str]:
    """Migration 0014 undone: the one GIN index of every document again."""
    return [
        f"CREATE INDEX {_ALL_KINDS} ON search.search_index USING gin (document)",
        f"DROP INDEX search.{_ORDER}",
        *(f"DROP INDEX search.{kind_index(kind)}" for kind in CODES),
    ]

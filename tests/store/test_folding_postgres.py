"""PostgreSQL's fold of lists and filters: the ASCII shortcut gives what search.fold gives."""

from sqlalchemy import func, literal, select
from sqlalchemy.dialects import postgresql

from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.folding import folded
from ontwikkeltafel.store.location import location_from_url

TEXTS = [
    "  Zorg Dichtbij ",
    "ZORG\tdichtbij",
    "Özdemir",
    "  Één tafel  ",
    "coördinatie",
    "Æsop ĳs",
    "",
    "a\u00a0b",
    "ß",
    "Yılmaz",
]


def test_the_shortcut_folds_as_search_fold(pg_database_url: str) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        with database.session_factory() as session:
            for text in [*TEXTS, None]:
                value = literal(text)
                ours, theirs = session.execute(select(folded(value), func.search.fold(value))).one()
                assert ours == theirs, text
    finally:
        database.close()


def test_a_text_of_ascii_only_skips_unaccent() -> None:
    sql = str(folded(literal("x")).compile(dialect=postgresql.dialect()))  # type: ignore[no-untyped-call]
    assert "octet_length(" in sql and "ELSE search.fold(" in sql

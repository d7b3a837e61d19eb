"""Each kind's newest matches, whichever way PostgreSQL finds them (migration 0014).

A word in most of a kind's texts is found among its newest entries (the walk); a rarer
one from the kind's own GIN index. Both give what SQLite gives: the newest matches, title
matches first, confidential ones left out when asked. With 2 hits a kind the search
orders 10 candidates and walks 40 entries, so 60 records put a word on either side.
"""

from datetime import UTC, datetime

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import create_record
from ontwikkeltafel.store import search_postgres as postgres
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.search import query_words, search
from ontwikkeltafel.store.search_postgres import CANDIDATES_PER_HIT, WALKED_PER_CANDIDATE

HITS = 2
RECORDS = 60


def _concerns(sessions: SessionFactory) -> None:
    """Concerns 0-59: every one about "overleg"; 5, 10 and 25 also "zeldzaam" in their text."""
    for n in range(RECORDS):
        description = "Zeldzaam signaal" if n in (5, 10, 25) else "Gewoon signaal"
        create_record(sessions, "concerns", {"title": f"Overleg {n}", "description": description})


def _items(sessions: SessionFactory) -> None:
    """Agenda items 0-59 of one meeting about "casus"; every other one confidential."""
    table_id, _ = create_record(sessions, "tables", {"title": "Tafel Zuid"})
    values = {
        "title": "Juni",
        "table_id": table_id,
        "starts_at": datetime(2026, 6, 1, 9, 0, tzinfo=UTC),
    }
    meeting_id, _ = create_record(sessions, "meetings", values)
    for n in range(RECORDS):
        values = {"title": f"Casus {n}", "position": n + 1, "confidential": n % 2 == 1}
        create_record(sessions, "agenda_items", {"meeting_id": meeting_id, **values})


def _titles(database: Database, words: str, kind: str, confidential: bool = True) -> list[str]:
    with Session(database.engine) as session:
        hits = search(session, words, HITS, include_confidential=confidential)
    return [hit.title for hit in hits if hit.kind == kind]


def test_the_walk_covers_what_a_word_in_most_texts_needs() -> None:
    assert (HITS * CANDIDATES_PER_HIT, HITS * CANDIDATES_PER_HIT * WALKED_PER_CANDIDATE) == (
        10,
        40,
    )


def test_a_frequent_and_a_rare_word_find_the_newest(database: Database) -> None:
    _concerns(database.session_factory)
    # in every title: title matches, the newest first (the walk finds them)
    assert _titles(database, "overleg", "concern") == ["Overleg 59", "Overleg 58"]
    # in 3 of 60 texts, one among the newest 40 (the kind's own index finds the rest)
    assert _titles(database, "zeldzaam", "concern") == ["Overleg 25", "Overleg 10"]
    # the two words together, the last a prefix
    assert _titles(database, "overleg zeldz", "concern") == ["Overleg 25", "Overleg 10"]


def test_confidential_items_stay_out_either_way(database: Database) -> None:
    _items(database.session_factory)
    assert _titles(database, "casus", "agenda_item") == ["Casus 59", "Casus 58"]
    assert _titles(database, "casus", "agenda_item", confidential=False) == [
        "Casus 58",
        "Casus 56",
    ]


def _walked_on(database: Database, words: str) -> int:
    """On PostgreSQL: how many candidates the search of ``words`` found walking on (deeper)."""
    with Session(database.engine) as session:
        statement = postgres.statement(True, HITS).element.text
        params = {"words": query_words(words), "prefix": True, "start": "<", "end": ">"}
        plan = session.execute(sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement), params)
        lines = [row[0] for row in plan]
    # the line after the CTE's own is its top node: "->  ... (actual time=... rows=N loops=1)"
    top = lines[lines.index("  CTE deeper") + 1]
    return int(top.split(" rows=")[1].split()[0])


def test_a_word_in_some_texts_walks_on_past_the_first_entries(database: Database) -> None:
    for n in range(RECORDS):
        word = "Gemiddeld" if n % 5 == 0 else "Zeldzaam" if n in (7, 33) else "Gewoon"
        title = "Gemiddeld overleg" if n == 10 else f"Overleg {n}"
        values = {"title": title, "description": f"{word} signaal"}
        create_record(database.session_factory, "concerns", values)
    # in every fifth text: 8 among the newest 40 (20, 25 ... 55), the rest walked on to; the
    # title match first: the tenth newest match, found only past the first 40 entries
    assert _titles(database, "gemiddeld", "concern") == ["Gemiddeld overleg", "Overleg 55"]
    assert _titles(database, "zeldzaam", "concern") == ["Overleg 33", "Overleg 7"]
    if database.engine.dialect.name == "postgresql":
        assert _walked_on(database, "gemiddeld") == 2
        # in 2 of 60, one among the newest 40: too rare to walk on, read from the index
        assert _walked_on(database, "zeldzaam") == 0


def test_a_search_for_every_hit_reads_every_match(database: Database) -> None:
    """As a person's data asks (a million a kind): the walk's numbers fit the server's."""
    _concerns(database.session_factory)
    with Session(database.engine) as session:
        hits = search(session, "overleg", 1_000_000)
    assert len([hit for hit in hits if hit.kind == "concern"]) == RECORDS

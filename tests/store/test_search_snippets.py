"""Snippets and marked titles of search hits (issue 15, point 8: search on PostgreSQL).

PostgreSQL makes a long text's snippet from the part around the words typed, not from
the whole text: it must be the snippet ts_headline makes of the whole text, wherever the
words are (start, middle, end, several places, accented, only by their stem). A title
holding no word typed is given as it is, on both engines.
"""

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from ontwikkeltafel.model import Organisation, Sector
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.search import MARK_END, MARK_START, search
from ontwikkeltafel.store.search_postgres import tsquery
from tests.store.conftest import find

_FILLER = (
    "De deelnemers bespraken de stand van zaken rond de samenwerking in de regio en "
    "spraken af om de volgende keer verder te gaan met het overleg over de planning. "
)

#: Long notes (well over the length from which a part is taken), each with the words
#: somewhere else: at the start, in the middle, at the very end, in several places far
#: apart (the later place holding more of them), accented, as another form of the word.
_NOTES = {
    "start": "Wijkaanpak voor jongeren in de buurt. " + _FILLER * 8,
    "middle": _FILLER * 4 + "Daarna kwam de wijkaanpak ter sprake. " + _FILLER * 4,
    "end": _FILLER * 8 + "Tot slot de wijkaanpak",
    "several": _FILLER * 3
    + "Eerst de wijkaanpak. "
    + _FILLER * 3
    + "Wijkaanpak, wijkaanpakken en nog eens de wijkaanpak van de wijk. "
    + _FILLER * 3,
    "accented": _FILLER * 5 + "Over de wíjkaanpak en het géweld in de wijk. " + _FILLER,
    "stemmed": _FILLER * 5 + "Twee wijkaanpakken besproken. " + _FILLER * 2,
    "none": _FILLER * 9,
}


@pytest.fixture
def notes(pg_database_url: str) -> Iterator[Database]:
    """A PostgreSQL database with one organisation for each of the notes above."""
    database = open_database(location_from_url(pg_database_url))
    try:
        with write_transaction(database.session_factory) as session:
            for key, notes in _NOTES.items():
                name = "Wijkaanpak Stichting" if key == "none" else f"Stichting {key}"
                session.add(Organisation(id=key, name=name, notes=notes, sector=Sector.WELFARE))
        yield database
    finally:
        database.close()


def _whole_text_snippets(database: Database, typed: str) -> dict[str, str]:
    """Each organisation's snippet as ts_headline makes it of its whole text."""
    with database.session_factory() as session:
        words = typed.split()
        query = tsquery(session, words, True)
        rows = session.execute(
            text(
                "SELECT record_id, ts_headline(CAST('search.words' AS regconfig), body, "
                "CAST(:query AS tsquery), 'StartSel=' || :start || ', StopSel=' || :end "
                "|| ', MaxWords=24, MinWords=8') FROM search.search_index "
                "WHERE kind = 'organisation'"
            ),
            {"query": query, "start": MARK_START, "end": MARK_END},
        )
        return {record_id: " ".join(snippet.split()) for record_id, snippet in rows}


@pytest.mark.parametrize("typed", ["wijkaanpak", "wijkaanp", "wijkaanpakken", "geweld wijkaan"])
def test_a_long_texts_snippet_is_that_of_the_whole_text(notes: Database, typed: str) -> None:
    hits = find(notes, typed)
    assert hits, typed
    expected = _whole_text_snippets(notes, typed)
    for hit in hits:
        assert hit.snippet == expected[hit.record_id], (typed, hit.record_id)


def test_the_snippet_marks_the_word_typed_where_it_is(notes: Database) -> None:
    snippets = {hit.record_id: hit.snippet for hit in find(notes, "wijkaanpak")}
    assert snippets["end"].endswith(f"{MARK_START}wijkaanpak{MARK_END}")
    assert f"{MARK_START}wijkaanpak{MARK_END} ter sprake" in snippets["middle"]
    assert snippets["none"].startswith("De deelnemers bespraken")  # a title match: its start
    assert MARK_START not in snippets["none"]


def test_a_title_without_a_word_typed_is_as_it_is(database: Database) -> None:
    with write_transaction(database.session_factory) as session:
        session.add(
            Organisation(
                id="o1", name="Stichting Noord", notes="Doet de wijkaanpak.", sector=Sector.WELFARE
            )
        )
        session.add(
            Organisation(
                id="o2", name="Wijkaanpak Zuid", notes="Ook het bestuur.", sector=Sector.WELFARE
            )
        )
    titles = {hit.record_id: hit.marked_title for hit in find(database, "wijkaanpak")}
    assert titles["o1"] == "Stichting Noord"
    assert titles["o2"] == f"{MARK_START}Wijkaanpak{MARK_END} Zuid"
    # Two words, one of them in the title: that one is marked there.
    both = {hit.record_id: hit.marked_title for hit in find(database, "wijkaanpak bestuur")}
    assert both == {"o2": f"{MARK_START}Wijkaanpak{MARK_END} Zuid"}


def test_the_search_leaves_no_setting_behind(notes: Database) -> None:
    with notes.session_factory() as session:
        search(session, "wijkaanpak")
        assert session.execute(text("SHOW enable_seqscan")).scalar() == "on"

"""The same searches and list filters on SQLite and PostgreSQL: Dutch stems, accents (issue 15)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ontwikkeltafel.model import Person, Theme
from ontwikkeltafel.services.lists import person_ids, theme_ids
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import (
    DatabaseLocation,
    location_from_path,
    location_from_url,
)
from tests.store.conftest import find
from tests.store.search_configs import UNACCENTED, text_search_mappings

THEMES = {
    "th-gezin": "Gezin",
    "th-gezinnen": "Gezinnen met schulden",
    "th-school": "School en zorg",
    "th-scholen": "Scholen in de wijk",
    "th-cafe": "Het buurtcafé",
    "th-emancipatie": "Émancipatie",
    "th-eenzaam": "Eenzaamheid",
    "th-armoede": "Armoede",
    "th-steun": "Ondersteuning thuis",
    "th-onder": "Onder de mensen",
    "th-beeld": "Positieve beeldvorming",
    "th-beleid": "Sociaal beleid",
}

#: id -> (first name, prefix, last name)
PEOPLE = {
    "p-oz": ("Emre", "", "Özdemir"),
    "p-oost": ("Wim", "", "Oosterhuis"),
    "p-zwart": ("Ria", "", "Zwart"),
    "p-evers": ("Ank", "", "Évers"),
    "p-ibra": ("Sara", "", "Ibrahim"),
    "p-ijzer": ("Kees", "", "IJzerman"),
    "p-ijssel": ("Lot", "van", "Ĳsselmuiden"),  # with the letter Ĳ (one character)
    "p-jansen": ("Piet", "", "Jansen"),
}

#: What both engines find alike (theme or person ids).
ALIKE = {
    "gezin": {"th-gezin", "th-gezinnen"},
    "gez": {"th-gezin", "th-gezinnen"},
    "gezinnen schulden": {"th-gezinnen"},
    "schoo": {"th-school"},
    "scho": {"th-school", "th-scholen"},
    "scholen wijk": {"th-scholen"},
    "de wijk": {"th-scholen"},
    "buurtcafe": {"th-cafe"},
    "Buurtcafé": {"th-cafe"},
    "emancipatie": {"th-emancipatie"},
    "ÉMANC": {"th-emancipatie"},
    "ozdemir": {"p-oz"},
    "Özdemir": {"p-oz"},
    "özd": {"p-oz"},
    "ijzerman": {"p-ijzer"},
    "cafe": set(),
    # Half typed, these stem to a stop word ("onder") or a short stem ("bel"): as written only.
    "onders": {"th-steun"},
    "onder": {"th-steun", "th-onder"},
    "beel": {"th-beeld"},
}

#: What PostgreSQL's Dutch stemmer finds besides: query -> (SQLite, PostgreSQL).
STEMMED = {
    "gezinnen": ({"th-gezinnen"}, {"th-gezin", "th-gezinnen"}),
    "gezin schulden": (set(), {"th-gezinnen"}),
    "school": ({"th-school"}, {"th-school", "th-scholen"}),
    "scholen": ({"th-scholen"}, {"th-school", "th-scholen"}),
    "school wijk": (set(), {"th-scholen"}),
}


@contextmanager
def stocked_at(location: DatabaseLocation) -> Iterator[Database]:
    """The database at ``location`` holding THEMES and PEOPLE."""
    database = open_database(location)
    try:
        with write_transaction(database.session_factory) as session:
            session.add_all(Theme(id=key, name=name) for key, name in THEMES.items())
            session.add_all(
                Person(id=key, first_name=first, prefix=prefix, last_name=last)
                for key, (first, prefix, last) in PEOPLE.items()
            )
        yield database
    finally:
        database.close()


@pytest.fixture(params=["sqlite", "postgres"])
def stocked(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database of either engine holding THEMES and PEOPLE."""
    if request.param == "sqlite":
        location = location_from_path(tmp_path / "dutch.sqlite3")
    else:
        location = location_from_url(request.getfixturevalue("pg_database_url"))
    with stocked_at(location) as database:
        yield database


@pytest.fixture
def stocked_postgres(pg_database_url: str) -> Iterator[Database]:
    """A PostgreSQL database holding THEMES and PEOPLE (for what only PostgreSQL has)."""
    with stocked_at(location_from_url(pg_database_url)) as database:
        yield database


def ids(database: Database, text: str) -> set[str]:
    return {hit.record_id for hit in find(database, text)}


def is_postgres(database: Database) -> bool:
    return database.location.sqlite_path is None


@pytest.mark.parametrize("text", list(ALIKE))
def test_both_engines_find_the_same(stocked: Database, text: str) -> None:
    assert ids(stocked, text) == ALIKE[text]


@pytest.mark.parametrize("text", list(STEMMED))
def test_postgres_finds_the_other_forms_of_a_dutch_word(stocked: Database, text: str) -> None:
    on_sqlite, on_postgres = STEMMED[text]
    assert ids(stocked, text) == (on_postgres if is_postgres(stocked) else on_sqlite)


def test_a_stemmed_match_is_marked_in_the_title(stocked_postgres: Database) -> None:
    # PostgreSQL only: FTS5 has no Dutch stemmer.
    stocked = stocked_postgres
    hits = {hit.record_id: hit for hit in find(stocked, "scholen")}
    assert hits["th-school"].marked_title == "\x02School\x03 en zorg"
    assert hits["th-scholen"].marked_title == "\x02Scholen\x03 in de wijk"
    typing = {hit.record_id: hit for hit in find(stocked, "gezinn")}
    assert typing["th-gezin"].marked_title == "\x02Gezin\x03"


def test_people_sort_by_name_accents_and_ij_folded(stocked: Database) -> None:
    assert person_ids(stocked.session_factory) == [
        "p-evers",
        "p-ibra",
        "p-ijssel",
        "p-ijzer",
        "p-jansen",
        "p-oost",
        "p-oz",
        "p-zwart",
    ]
    assert person_ids(stocked.session_factory, descending=True)[0] == "p-zwart"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ozdemir", ["p-oz"]),
        ("ÖZDEMIR", ["p-oz"]),
        ("emre özd", ["p-oz"]),
        ("evers", ["p-evers"]),
        ("Évers", ["p-evers"]),
        ("ijssel", ["p-ijssel"]),
        ("Ĳssel", ["p-ijssel"]),
        ("lot van ijs", ["p-ijssel"]),
        ("ijzer", ["p-ijzer"]),
        ("  ijzer ", ["p-ijzer"]),
    ],
)
def test_people_filter_alike_on_both_engines(
    stocked: Database, text: str, expected: list[str]
) -> None:
    assert person_ids(stocked.session_factory, text=text) == expected


def test_themes_filter_and_sort_with_accents(stocked: Database) -> None:
    assert theme_ids(stocked.session_factory, text="emancip") == ["th-emancipatie"]
    assert theme_ids(stocked.session_factory, text="CAFE") == ["th-cafe"]
    assert theme_ids(stocked.session_factory)[:3] == ["th-armoede", "th-eenzaam", "th-emancipatie"]


def test_a_new_postgres_database_has_the_unaccented_configurations(
    stocked_postgres: Database,
) -> None:
    with stocked_postgres.engine.connect() as connection:
        mappings = text_search_mappings(connection)
    assert {key: value for key, value in mappings.items() if "unaccent" in value} == UNACCENTED
    assert mappings[("dutch", "asciiword")] == ["dutch_stem"]
    assert mappings[("words", "asciiword")] == ["simple"]

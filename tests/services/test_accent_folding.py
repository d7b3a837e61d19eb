"""Lists, pickers and reports sort and filter names alike: case and accents ignored (Ö, É, IJ)."""

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import Person
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.format import sort_key
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.action_list import action_ids, action_owners
from ontwikkeltafel.services.choices import organisation_choices, person_choices
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.list_filters import like_any, name_sort
from ontwikkeltafel.services.lists import organisation_ids, person_ids, person_rows
from ontwikkeltafel.store.database import Database

# (id, first name, last name); the small document adds Bakker, (van der) Berg and (de) Vries.
PEOPLE = [
    ("p-ohm", "Georg", "Ohm"),
    ("p-oz", "Ömer", "Özdemir"),
    ("p-zwart", "Zoë", "Zwart"),
    ("p-engel", "Eva", "Engel"),
    ("p-evers", "Émile", "Évers"),
    ("p-fock", "Frits", "Fock"),
    ("p-ibens", "Ina", "Ibens"),
    ("p-ijzer", "Ĳsbrand", "Ĳzerman"),  # the IJ ligature, as some keyboards type it
    ("p-jansen", "Jan", "Jansen"),
]
BY_SURNAME = [
    "p-bas",  # Bakker
    "p-ijs",  # (van der) Berg
    "p-engel",
    "p-evers",  # É with the E's
    "p-fock",
    "p-ibens",
    "p-ijzer",  # IJ as the letters i, j
    "p-jansen",
    "p-ohm",
    "p-oz",  # Ö with the O's: between Ohm and Zwart
    "p-anna",  # (de) Vries
    "p-zwart",
]


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    document["people"] += [
        {"id": pid, "first_name": first, "last_name": last} for pid, first, last in PEOPLE
    ]
    document["organisations"].append(
        {"id": "org-een", "name": "Éénhoorn opvang", "sector": "childcare"}
    )
    document["actions"].append(
        {
            "id": "a-oz",
            "number": "2018-09",
            "table_id": "tafel-1",
            "description": "Één overzicht",
            "owner_id": "p-oz",
            "status": "open",
        }
    )
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    return database.session_factory


def test_the_fold_ignores_case_accents_and_the_ij_ligature() -> None:
    assert fold(" Özdemir ") == fold("özdemir") == fold("OZDEMIR") == "ozdemir"
    assert fold("Ĳzerman") == "ijzerman"
    assert fold(unicodedata.normalize("NFD", "Évers")) == fold("Évers") == "evers"
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize("typed", ["ozdemir", "Özdemir", "özdemir", "ÖZDEMIR", "ömer özdemir"])
def test_filtering_people_ignores_accents_and_case(sessions: SessionFactory, typed: str) -> None:
    assert person_ids(sessions, text=typed) == ["p-oz"]


def test_accented_and_ligature_names_are_found_by_their_plain_letters(
    sessions: SessionFactory,
) -> None:
    assert person_ids(sessions, text="evers") == ["p-evers"]
    assert person_ids(sessions, text="emile") == ["p-evers"]
    assert person_ids(sessions, text="ijzerman") == ["p-ijzer"]
    assert person_ids(sessions, text="zoe") == ["p-zwart"]
    assert person_ids(sessions, text="%") == []  # wildcards are still taken literally
    assert person_ids(sessions, text="ohm georg") == []  # the columns do not run together
    assert action_ids(sessions, text="ÖZDEMIR") == ["a-oz"]
    assert action_ids(sessions, text="een overzicht") == ["a-oz"]
    assert organisation_ids(sessions, text="eenhoorn") == ["org-een"]


def test_people_sort_with_accents_ignored_as_the_reports_sort_them(
    sessions: SessionFactory,
) -> None:
    assert person_ids(sessions) == BY_SURNAME
    assert person_ids(sessions, descending=True) == BY_SURNAME[::-1]
    # The reports' order (format.sort_key) is the list's order.
    rows = person_rows(sessions, BY_SURNAME)
    assert [r.id for r in sorted(rows, key=lambda r: sort_key(r.person))] == BY_SURNAME
    # The pickers offer people in that order too.
    assert [pid for pid, _label in person_choices(sessions)] == BY_SURNAME
    owners = action_owners(sessions)
    assert [p.id for p in owners] == [p.id for p in sorted(owners, key=sort_key)]


def test_organisations_sort_with_e_acute_among_the_es(sessions: SessionFactory) -> None:
    assert organisation_ids(sessions) == ["org-een", "org-ggd", "org-kion"]
    assert [oid for oid, _name in organisation_choices(sessions)] == [
        "org-een",
        "org-ggd",
        "org-kion",
    ]


def test_postgresql_folds_with_unaccent_and_sqlite_with_its_own_function() -> None:
    query = select(Person.id).where(like_any([Person.last_name], "Öz")).order_by(*name_sort(Person))
    on_postgres = str(query.compile(dialect=postgresql.dialect()))  # type: ignore[no-untyped-call]
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))  # type: ignore[no-untyped-call]
    # search.fold: lower(unaccent(...)) of migration 0008 (issue 15: both engines fold alike)
    assert "ot_fold" not in on_postgres and "search.fold(" in on_postgres
    assert "ot_fold(" in on_sqlite and "lower(" not in on_sqlite


def test_a_report_person_sorts_by_the_same_fold() -> None:
    person = data.Person("p", "Ömer", "", "Özdemir")
    assert sort_key(person)[:3] == ("ozdemir", "", "omer")


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Søren", "soren"),
        ("Æbeltoft", "aebeltoft"),
        ("Œuvre", "oeuvre"),
        ("Łukasz", "lukasz"),
        ("Yılmaz", "yilmaz"),
        ("YILMAZ", "yilmaz"),
    ],
)
def test_letters_without_a_decomposition_fold_as_postgresqls_unaccent_does(
    written: str, folded: str
) -> None:
    # NFKD leaves ø, æ, œ and ł whole (they sorted after z); unaccent makes them o, ae, oe, l.
    assert fold(written) == folded

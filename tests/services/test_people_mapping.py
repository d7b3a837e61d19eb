"""Guessing columns from Dutch and English headers, splitting Dutch names, guessing sectors."""

import pytest

from ontwikkeltafel.model import Sector
from ontwikkeltafel.services.people_import import entry_of
from ontwikkeltafel.services.people_mapping import (
    NameParts,
    guess_mapping,
    guess_sector,
    organisation_key,
    split_last_name,
    split_name,
)


def test_dutch_headers() -> None:
    header = ["Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie", "Functie", "E-mail"]
    header += ["Telefoon", "Mobiel", "Opmerking"]
    assert guess_mapping(header) == (
        "first_name",
        "prefix",
        "last_name",
        "organisation",
        "function",
        "email",
        "phone",
        "mobile",
        None,
    )
    assert guess_mapping(["Volledige naam", "E-mailadres", "Instelling"]) == (
        "full_name",
        "email",
        "organisation",
    )


def test_outlook_english_headers() -> None:
    header = ["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title"]
    header += ["E-mail Address", "Business Phone", "Mobile Phone", "E-mail 2 Address"]
    assert guess_mapping(header) == (
        None,  # Outlook's "Title" is Mr./Mrs., not the function
        "first_name",
        "prefix",
        "last_name",
        "organisation",
        "function",
        "email",
        "phone",
        "mobile",
        None,
    )


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Anna van der Berg", ("Anna", "van der", "Berg")),
        ("Berg, A. van der", ("A.", "van der", "Berg")),
        ("dr. J.P. de Vries-Bakker", ("J.P.", "de", "Vries-Bakker")),
        ("IJsbrand ten Hove", ("IJsbrand", "ten", "Hove")),
        ("Mieke van Dam", ("Mieke", "van", "Dam")),
        ("Mieke van den Broek", ("Mieke", "van den", "Broek")),
        ("Tom de Jong", ("Tom", "de", "Jong")),
        ("Sanne den Uyl", ("Sanne", "den", "Uyl")),
        ("Els ter Horst", ("Els", "ter", "Horst")),
        ("Kees 't Hart", ("Kees", "'t", "Hart")),
        ("Piet in 't Veld", ("Piet", "in 't", "Veld")),
        ("Jan op de Beek", ("Jan", "op de", "Beek")),
        ("Lies d'Ancona", ("Lies", "d'", "Ancona")),
        ("Jan Peter Balkenende", ("Jan Peter", "", "Balkenende")),
        ("Jansen", ("", "", "Jansen")),
        ("mevr. drs. A.B. van Dam MSc", ("A.B.", "van", "Dam")),
        ("de heer K. Bos", ("K.", "", "Bos")),
        ("Vries-Bakker, J.P. de", ("J.P.", "de", "Vries-Bakker")),
        ("Hart, K. 't", ("K.", "'t", "Hart")),
        ("Veld, P. in 't", ("P.", "in 't", "Veld")),
        ("Anna Van Der Berg", ("Anna", "van der", "Berg")),
    ],
)
def test_split_name(name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(name) == NameParts(*parts)


def test_split_last_name() -> None:
    assert split_last_name("van der Berg") == ("van der", "Berg")
    assert split_last_name("'t Hart") == ("'t", "Hart")
    assert split_last_name("d'Ancona") == ("d'", "Ancona")
    assert split_last_name("Vandenberg") == ("", "Vandenberg")
    assert split_last_name("De") == ("", "De")  # a last name, not a lone prefix


def test_entry_from_columns() -> None:
    mapping = ("first_name", "prefix", "last_name", "email", "mobile")
    assert entry_of(["Anna", "", "van der Berg", "anna@x.nl", "06"], mapping).prefix == "van der"
    middle = entry_of(["Anna", "Maria", "Berg", "", ""], mapping)  # Outlook's middle name
    assert (middle.first_name, middle.prefix) == ("Anna Maria", "")
    assert entry_of(["A", "", "B", "", "06 1"], mapping).phone == "06 1"
    split = entry_of(["Berg, A. van der", "x@y.nl"], ("full_name", "email"))
    assert (split.first_name, split.prefix, split.last_name) == ("A.", "van der", "Berg")
    naam = entry_of(["Anna", "de Vries"], ("first_name", "full_name"))
    assert (naam.first_name, naam.prefix, naam.last_name) == ("Anna", "de", "Vries")


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("OBS De Regenboog", Sector.EDUCATION),
        ("Basisschool De Linde", Sector.EDUCATION),
        ("ROC Midden Nederland", Sector.EDUCATION),
        ("Kinderopvang Humankind", Sector.CHILDCARE),
        ("Peuterspeelzaal Het Kasteel", Sector.CHILDCARE),
        ("BSO De Klimboom", Sector.CHILDCARE),
        ("GGD regio Utrecht", Sector.HEALTH),
        ("Huisartsenpraktijk Zuid", Sector.HEALTH),
        ("Jeugdarts JGZ", Sector.HEALTH),
        ("Wijkteam Overvecht", Sector.YOUTH_CARE),
        ("Jeugdteam Zeist", Sector.YOUTH_CARE),
        ("Veilig Thuis Utrecht", Sector.YOUTH_CARE),
        ("Politie Midden-Nederland", Sector.SAFETY),
        ("Woningcorporatie Mitros", Sector.HOUSING),
        ("Gemeente Utrecht", Sector.MUNICIPALITY),
        ("Gem. Zeist", Sector.MUNICIPALITY),
        ("Hogeschool Utrecht", Sector.KNOWLEDGE),
        ("Stichting Boom", Sector.OTHER),
    ],
)
def test_guess_sector(name: str, sector: Sector) -> None:
    assert guess_sector(name) is sector


def test_organisation_key() -> None:
    keys = {organisation_key(n) for n in ("Gemeente Utrecht", "gemeente utrecht", "Gem. Utrecht")}
    assert keys == {"gemeente utrecht"}
    assert organisation_key("Stg. Kinderopvang Zuid") == "stichting kinderopvang zuid"


def test_el_and_al_belong_to_the_surname() -> None:
    from ontwikkeltafel.services.people_mapping import split_name

    parts = split_name("Ahmed El Amrani")
    assert (parts.first_name, parts.prefix, parts.last_name) == ("Ahmed", "", "El Amrani")

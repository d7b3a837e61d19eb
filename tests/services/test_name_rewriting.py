"""What counts as a mention of a person, and what is someone else's word (the review's cases)."""

import pytest

from ontwikkeltafel.services.name_rewriting import Replacer, national_digits


def _replacer(
    forms: tuple[str, ...],
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    given: str = "",
) -> Replacer:
    return Replacer(forms, emails, phones, "ROL", given_name=given)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna de Bakker belt.", "ROL belt."),
        ("Gesproken met De Bakker.", "Gesproken met ROL."),
        ("Gesproken met de Bakker.", "Gesproken met ROL."),  # a prefix in either case
        ("Ik ga naar de bakker op de hoek.", "Ik ga naar de bakker op de hoek."),  # a word
        ("Jansen-de Bakker kwam.", "Jansen-de Bakker kwam."),  # another person's double name
        ("Huisartsenpraktijk De Bakker-Smit", "Huisartsenpraktijk De Bakker-Smit"),
        ("Anna-Lisa Jansen kwam.", "Anna-Lisa Jansen kwam."),  # another first name
        ("Anna kwam, Anna’s vraag bleef.", "ROL kwam, Anna’s vraag bleef."),
    ],
)
def test_names_and_words(text: str, expected: str) -> None:
    replacer = _replacer(("Anna de Bakker", "A. de Bakker", "De Bakker"), given="Anna")
    assert replacer(text) == expected


def test_an_apostrophe_either_way() -> None:
    replacer = _replacer(("Kees van 't Hof", "K. van 't Hof", "Van 't Hof"))
    assert replacer("Kees van ’t Hof en Van 't Hof.") == "ROL en ROL."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail anna@kus.nl of ANNA@KUS.NL.", "Mail ROL of ROL."),
        ("Mail j.anna@kus.nl of mary-anna@kus.nl.", "Mail j.anna@kus.nl of mary-anna@kus.nl."),
    ],
)
def test_email_addresses(text: str, expected: str) -> None:
    assert _replacer((), emails=("anna@kus.nl",))(text) == expected


@pytest.mark.parametrize(
    "written",
    [
        "06-12345678",
        "06 12 34 56 78",
        "0612345678",
        "+31612345678",
        "+31 6 1234 5678",
        "0031 (0)6-12345678",
    ],
)
def test_a_phone_number_however_it_is_written(written: str) -> None:
    for stored in ("06-12345678", "+31 6 12345678"):
        assert _replacer((), phones=(stored,))(f"Bel {written}.") == "Bel ROL."


def test_national_digits() -> None:
    assert national_digits("+31 (0)6-1234 5678") == "612345678"
    assert national_digits("030 123 4567") == "301234567"
    assert national_digits("1234") == "1234"

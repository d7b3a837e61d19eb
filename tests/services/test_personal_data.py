"""The personal-data guard's scanner on thirty minutes fragments, with and without personal data."""

import time

import pytest

from ontwikkeltafel.services.personal_data import bsn_valid, context, iban_valid, scan

NAMES = ["Pieter de Vries", "Fatima el Amrani"]

# Written as a secretary would: fragments of minutes, each with the kinds it should be found to
# hold (in order). Traps: meeting dates, amounts, years, case numbers, a postcode alone.
SENTENCES: list[tuple[str, list[str]]] = [
    ("De moeder van Sem (BSN 111222333) heeft de school gebeld over de overstap.", ["bsn"]),
    ("Het burgerservicenummer 123.456.782 is doorgegeven aan de GGD.", ["bsn"]),
    ("Het kind is geboren 12-03-2015 en woont sinds kort bij de opa.", ["birth"]),
    ("Leerling (geb. 12 maart 2015) zit in groep 5 van De Regenboog.", ["birth"]),
    ("Het gaat om een jongen van 8 jaar die al maanden thuiszit.", ["age"]),
    ("Zijn zusje is 4-jarig en staat op de wachtlijst van de peuteropvang.", ["age"]),
    ("Moeder is bereikbaar op 06-12345678, liefst na drie uur.", ["phone"]),
    ("Bel de intern begeleider via 030 - 286 1234 of 030-2861234.", ["phone"]),
    ("Vragen kunnen naar j.jansen@basisschool-dewilg.nl worden gestuurd.", ["email"]),
    ("De vergoeding wordt overgemaakt op NL91 ABNA 0417 1643 00 t.n.v. de ouders.", ["iban"]),
    ("Het gezin is verhuisd naar 3521 AZ 12 in Utrecht.", ["address"]),
    ("Het overleg met vader vond plaats op Stadsplateau 1, kamer 4.12.", ["street"]),
    ("Pieter de Vries heeft toegezegd de aanvraag voor vrijdag in te dienen.", ["name"]),
    (
        "Volgens Fatima el Amrani is de situatie thuis verbeterd; zij belt +31 6 1234 5678.",
        ["name", "phone"],
    ),
    (
        "Het huisadres is Kerkstraat 14b, 3811 CV 14b; e-mail: m.bakker@gmail.com.",
        ["street", "address", "email"],
    ),
    # Nothing personal below.
    ("De vergadering van 12-03-2015 is verplaatst naar de week erna.", []),
    ("Het totale budget bedraagt € 123.456.789 over vier jaar.", []),
    ("De gemeente reserveert € 111.222.333 voor het programma.", []),
    ("In 2019 is besloten de werkgroep op te heffen.", []),
    ("Zaaknummer Z-2019-004512 is afgesloten na het gesprek.", []),
    ("Het kantoor ligt in postcodegebied 3521 AZ, vlak bij het station.", []),
    ("Het project loopt al 8 jaar en wordt in 2027 geëvalueerd.", []),
    ("Besluit 25: de tafel adviseert het college om de pilot te verlengen.", []),
    ("Actie 2018-03 (overzicht wachtlijsten) schuift door naar de volgende vergadering.", []),
    ("Er zijn 1.250 aanmeldingen binnengekomen, 12% meer dan vorig jaar.", []),
    ("Het volgende overleg is op 14 maart 2026 om 10.00 uur in zaal 3.", []),
    ("De voorzitter dankt alle leden voor hun inzet in het afgelopen jaar.", []),
    ("Versie 2.3.1 van het protocol is vastgesteld; zie bijlage 4.", []),
    ("De subsidie van 250000 euro is toegekend voor 3 jaar aan de stichting.", []),
    ("De tafel bespreekt de cijfers van 2023 en 2024 uit het jaarverslag.", []),
]


def test_thirty_sentences_hits_and_false_alarms() -> None:
    assert len(SENTENCES) == 30
    hits = false_alarms = missed = expected_total = 0
    wrong = []
    for text, expected in SENTENCES:
        kinds = [f.kind for f in scan(text, NAMES)]
        expected_total += len(expected)
        remaining = list(expected)
        for kind in kinds:
            if kind in remaining:
                remaining.remove(kind)
                hits += 1
            else:
                false_alarms += 1
        missed += len(remaining)
        if kinds != expected:
            wrong.append((text, kinds, expected))
    print(
        f"personal data: {hits} hits of {expected_total},"
        f" {false_alarms} false alarms, {missed} missed"
    )
    assert wrong == []


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_each_sentence(text: str, expected: list[str]) -> None:
    assert [f.kind for f in scan(text, NAMES)] == expected


def test_the_finding_is_masked() -> None:
    text = "De moeder van Sem (BSN 111222333) belde."
    (finding,) = scan(text)
    assert (finding.kind, text[finding.start : finding.end]) == ("bsn", "111222333")
    assert finding.masked == "BSN •••••••33"
    line = context(text, [finding], 0)
    assert "111222333" not in line
    assert "BSN •••••••33" in line and "moeder" in line


def test_the_words_around_mask_every_finding() -> None:
    text = "Sem, 8 jaar oud, BSN 111222333, moeder 06-12345678."
    findings = scan(text)
    assert [f.kind for f in findings] == ["age", "bsn", "phone"]
    assert text[findings[0].start : findings[0].end] == "8 jaar oud"
    for index in range(3):
        line = context(text, findings, index)
        assert "111222333" not in line and "12345678" not in line and "8 jaar" not in line


def test_checks() -> None:
    assert bsn_valid("111222333") and not bsn_valid("123456789") and not bsn_valid("12345678")
    assert iban_valid("NL91ABNA0417164300") and not iban_valid("NL02RABO0123456789")


def test_a_name_needs_the_whole_name() -> None:
    assert scan("Pieter belt de school.", NAMES) == []
    assert [f.kind for f in scan("PIETER DE VRIES belt.", NAMES)] == ["name"]


def test_scanning_is_fast() -> None:
    text = " ".join(t for t, _ in SENTENCES) * 30  # about 60 000 characters
    started = time.perf_counter()
    scan(text, NAMES * 20)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Ook vragen over jongeren van 18 jaar en ouder mag men inbrengen.",  # from the demo
        "Kinderen van 4 tot 12 jaar krijgen voorrang.",
        "Het gaat om jongeren van 16 jaar of ouder.",
        "Voor kinderen van 12 jaar en jonger is er een aparte regeling.",
    ],
)
def test_an_age_group_is_no_age(text: str) -> None:
    assert scan(text) == []


def test_a_number_in_an_organisations_name_is_no_address() -> None:
    text = "B. Molenaar (Huisartsenpraktijk Zwanenveld 2) woont aan de Zwanenveld 2."
    known = ("Huisartsenpraktijk Zwanenveld 2", "KION")

    alone = [(f.kind, text[f.start : f.end]) for f in scan(text)]
    knowing = [(f.kind, text[f.start : f.end]) for f in scan(text, known=known)]

    assert alone[0] == ("street", "Huisartsenpraktijk Zwanenveld 2")
    assert knowing == [("street", "Zwanenveld 2")]  # the address after it still counts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gebeld met (Anna de Vries), zij komt.", "Anna de Vries"),
        ("anna  de\nvries komt ook.", "Anna de Vries"),
        ("Met Ömer Özdemir-Yılmaz gesproken.", "Ömer Özdemir-Yılmaz"),
        ("Els d'Ancona-Smit kwam later.", "Els d'Ancona-Smit"),
        ("Gesprek met İSMAİL KAYA.", "İsmail Kaya"),
        ("Gesproken met BART YILMAZ.", "Bart Yılmaz"),
    ],
)
def test_a_name_among_thousands_is_found_in_any_case_spacing_or_punctuation(
    text: str, name: str
) -> None:
    # Only the names whose every word the text holds go into the pattern (issue 11: one
    # pattern of every person of a large database took most of a verslag's time).
    strangers = [f"Persoon{i} van Achternaam{i}" for i in range(3000)]
    found = scan(text, [*strangers, name, "Bas Bakker"])
    assert [f.kind for f in found] == ["name"]
    first = name.split()[0]
    assert scan(f"Alleen {first} komt.", [*strangers, name]) == []  # a first name alone

"""The one formatting module: names, attendance lists, dates, times and counts."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.reports.data import Attendee, Person
from ontwikkeltafel.reports.format import (
    attendee_line,
    by_status,
    capitalise,
    clock,
    count_phrase,
    full_name,
    index_name,
    initials,
    initials_name,
    long_date,
    order_present,
    short_date,
    sort_key,
    sortable_date,
    surname,
    time_of_day,
    time_range,
    when,
    with_affiliation,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def person(
    first: str, prefix: str, last: str, organisation: str = "", function: str = ""
) -> Person:
    return Person(f"{first}-{prefix}-{last}", first, prefix, last, organisation, function=function)


ANNA = person("Anna", "de", "Vries", organisation="KION", function="pedagogisch coach")


# Names


@pytest.mark.parametrize(
    ("p", "names"),
    [
        (ANNA, ("Anna de Vries", "A. de Vries", "De Vries", "Vries, A. de")),
        (
            person("Piet", "Van der", "Berg"),
            ("Piet van der Berg", "P. van der Berg", "Van der Berg", "Berg, P. van der"),
        ),
        (person("Jan", "", "Bakker"), ("Jan Bakker", "J. Bakker", "Bakker", "Bakker, J.")),
        (person("", "de", "Vries"), ("De Vries", "De Vries", "De Vries", "Vries, de")),
    ],
    ids=["prefix", "prefix-typed-capitalised", "no-prefix", "no-first-name"],
)
def test_names(p: Person, names: tuple[str, str, str, str]) -> None:
    """Full name, initials, surname at the start, index: prefix lower case after a first name."""
    assert (full_name(p), initials_name(p), surname(p), index_name(p)) == names


def test_elided_article_stays_lower_case() -> None:
    assert capitalise("'t") == "'t"
    assert surname(person("", "'t", "Hart")) == "'t Hart"
    assert capitalise("van der") == "Van der"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Anna", "A."),
        ("Jan Willem", "J.W."),
        ("Jan-Willem", "J.W."),
        ("IJsbrand", "IJ."),
        ("Ida", "I."),
        ("J.W.", "J.W."),
        ("", ""),
    ],
)
def test_initials(first: str, expected: str) -> None:
    assert initials(first) == expected


def test_ij_names() -> None:
    p = person("IJsbrand", "van", "IJzerman")
    assert initials_name(p) == "IJ. van IJzerman"
    assert index_name(p) == "IJzerman, IJ. van"


def test_sorting_on_the_surname_proper() -> None:
    people = [
        person("Anna", "de", "Vries"),
        person("Karin", "", "Visser"),
        person("Piet", "van der", "Berg"),
        person("Jan", "", "Bakker"),
    ]
    assert [surname(p) for p in sorted(people, key=sort_key)] == [
        "Bakker",
        "Van der Berg",
        "Visser",
        "De Vries",
    ]


def test_sorting_ignores_case_and_accents_and_puts_ij_under_i() -> None:
    people = [
        person("Els", "", "Yildiz"),
        person("Kees", "", "IJzerman"),
        person("Lotte", "", "Ikink"),
        person("Bas", "", "Ide"),
        person("Zoë", "", "émond"),
        person("Sam", "", "Egberts"),
    ]
    assert [p.last_name for p in sorted(people, key=sort_key)] == [
        "Egberts",
        "émond",
        "Ide",
        "IJzerman",
        "Ikink",
        "Yildiz",
    ]


def test_same_surname_sorts_on_prefix_then_first_name() -> None:
    people = [person("Tom", "van", "Berg"), person("Eva", "", "Berg"), person("Ad", "van", "Berg")]
    assert [full_name(p) for p in sorted(people, key=sort_key)] == [
        "Eva Berg",
        "Ad van Berg",
        "Tom van Berg",
    ]


def test_with_affiliation_shows_only_what_exists() -> None:
    assert with_affiliation(ANNA) == "A. de Vries (KION, pedagogisch coach)"
    assert with_affiliation(person("Anna", "de", "Vries", organisation="KION")) == (
        "A. de Vries (KION)"
    )
    assert with_affiliation(person("Anna", "de", "Vries", function="coach")) == (
        "A. de Vries (coach)"
    )
    assert with_affiliation(person("Anna", "de", "Vries")) == "A. de Vries"


# Attendance lists


def attendee(
    p: Person, status: AttendanceStatus = AttendanceStatus.PRESENT, **roles: bool
) -> Attendee:
    return Attendee(person=p, status=status, **roles)


def test_present_chair_first_then_by_surname_then_secretary() -> None:
    chair = attendee(person("Willem", "", "Zwart"), is_chair=True)
    secretary = attendee(person("Aart", "", "Aalders"), is_secretary=True)
    others = [
        attendee(person("Anna", "de", "Vries")),
        attendee(person("Karin", "", "Visser")),
        attendee(person("Piet", "van der", "Berg")),
        attendee(person("Jan", "", "Bakker")),
    ]
    away = attendee(person("Els", "", "Appel"), AttendanceStatus.EXCUSED)
    guest = attendee(person("Gert", "", "Gast"), AttendanceStatus.GUEST)
    ordered = order_present([secretary, *others, away, chair, guest, chair])
    assert [surname(a.person) for a in ordered] == [
        "Zwart",
        "Bakker",
        "Van der Berg",
        "Visser",
        "De Vries",
        "Aalders",
    ]
    assert attendee_line(ordered[0], "nl") == "W. Zwart (voorzitter)"
    assert attendee_line(ordered[-1], "nl") == "A. Aalders (verslag)"
    assert attendee_line(ordered[-1], "en") == "A. Aalders (minutes)"
    assert attendee_line(ordered[1], "nl") == "J. Bakker"


def test_chair_who_also_writes_the_minutes_is_listed_once_first() -> None:
    both = attendee(person("Willem", "", "Zwart"), is_chair=True, is_secretary=True)
    other = attendee(person("Jan", "", "Bakker"))
    assert order_present([other, both]) == [both, other]


def test_by_status_sorts_each_list() -> None:
    people = [
        attendee(person("Anna", "de", "Vries"), AttendanceStatus.EXCUSED),
        attendee(person("Jan", "", "Bakker"), AttendanceStatus.ABSENT),
        attendee(person("Piet", "van der", "Berg"), AttendanceStatus.EXCUSED),
        attendee(person("Karin", "", "Visser"), AttendanceStatus.GUEST),
    ]
    excused = by_status(people, AttendanceStatus.EXCUSED)
    assert [surname(a.person) for a in excused] == ["Van der Berg", "De Vries"]
    assert [surname(a.person) for a in by_status(people, AttendanceStatus.ABSENT)] == ["Bakker"]
    assert [surname(a.person) for a in by_status(people, AttendanceStatus.GUEST)] == ["Visser"]


# Dates and times


def test_dates_in_dutch_and_english() -> None:
    summer, winter = date(2024, 5, 14), date(2024, 12, 3)
    assert long_date(summer, "nl") == "dinsdag 14 mei 2024"
    assert long_date(winter, "nl") == "dinsdag 3 december 2024"
    assert long_date(summer, "en") == "Tuesday 14 May 2024"
    assert long_date(winter, "en") == "Tuesday 3 December 2024"
    assert short_date(summer) == "14-05-2024"
    assert sortable_date(summer) == "2024-05-14"


def test_times_in_dutch_and_english() -> None:
    assert clock(time(15, 30), "nl") == "15.30 uur"
    assert clock(time(9, 5), "en") == "09:05"
    assert time_of_day(time(15, 30), "nl") == "15.30"
    assert time_range(time(15, 30), time(17, 0), "nl") == "15.30-17.00 uur"
    assert time_range(time(15, 30), time(17, 0), "en") == "15:30-17:00"


def test_summer_moment_is_shown_in_amsterdam_time() -> None:
    start = datetime(2024, 5, 14, 13, 30, tzinfo=UTC)  # CEST, UTC+2
    end = datetime(2024, 5, 14, 15, 0, tzinfo=UTC)
    assert when(start, end, "nl") == "dinsdag 14 mei 2024, 15.30-17.00 uur"
    assert when(start, end, "en") == "Tuesday 14 May 2024, 15:30-17:00"
    assert when(start, None, "nl") == "dinsdag 14 mei 2024, 15.30 uur"


def test_winter_moment_is_shown_in_amsterdam_time() -> None:
    start = datetime(2024, 12, 3, 14, 30, tzinfo=UTC)  # CET, UTC+1
    end = datetime(2024, 12, 3, 16, 0, tzinfo=UTC)
    assert when(start, end, "nl") == "dinsdag 3 december 2024, 15.30-17.00 uur"
    assert when(start, end, "en") == "Tuesday 3 December 2024, 15:30-17:00"
    assert sortable_date(datetime(2024, 12, 31, 23, 30, tzinfo=UTC)) == "2025-01-01"


def test_naive_moment_is_taken_as_amsterdam_time() -> None:
    assert when(datetime(2024, 5, 14, 15, 30), None, "nl") == "dinsdag 14 mei 2024, 15.30 uur"


def test_meeting_over_two_days_names_both() -> None:
    start = datetime(2024, 5, 14, 15, 30, tzinfo=AMSTERDAM)
    end = datetime(2024, 5, 15, 12, 0, tzinfo=AMSTERDAM)
    assert when(start, end, "nl") == (
        "dinsdag 14 mei 2024, 15.30 uur tot woensdag 15 mei 2024, 12.00 uur"
    )


def test_count_phrase_uses_the_plural_rules() -> None:
    assert count_phrase(1, "actie", "acties", "nl") == "1 actie"
    assert count_phrase(0, "actie", "acties", "nl") == "0 acties"
    assert count_phrase(3, "action", "actions", "en") == "3 actions"
    assert count_phrase(1000, "actie", "acties", "nl") == "1.000 acties"
    assert count_phrase(1000, "action", "actions", "en") == "1,000 actions"

"""The one way reports and the UI write names, attendance lists, dates, times and counts.

Names follow CONVENTIONS-nl.md: the tussenvoegsel is lower case after a first
name or initials ("A. de Vries") and capitalised at the start ("De Vries");
an index reads "Vries, A. de". Sorting is on the surname proper, then the
tussenvoegsel, then the first name, ignoring case and accents. A name that
starts with IJ ("IJzerman") sorts as the letters i, j: under I, between "Ide"
and "Ika", as in Van Dale and most Dutch registers (not under Y, as some old
phone books did).

Dates and times go through Babel in "nl" or "en" (any other language falls
back to English). Moments are shown in Europe/Amsterdam; a naive datetime is
taken to be Amsterdam time already. Plurals use Babel's CLDR plural rules for
the language (:func:`count_phrase`); the caller gives the one and other form.
Every text comes from the message catalogue through :func:`ontwikkeltafel.i18n.message`;
the labels of enum values through :func:`ontwikkeltafel.i18n.enum_label`.
"""

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Final

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from ontwikkeltafel.i18n import fold, message
from ontwikkeltafel.model import AMSTERDAM, AttendanceStatus
from ontwikkeltafel.reports.data import Attendee, Person

_LONG_DATE: Final = "EEEE d MMMM y"  # dinsdag 14 mei 2024 / Tuesday 14 May 2024
_DAY_DATE: Final = "d MMMM y"  # 14 mei 2024 / 14 May 2024
_CLOCK: Final = {"nl": "HH.mm", "en": "HH:mm"}  # 15.30 / 15:30

_NAME_PARTS: Final = re.compile(r"[\s.\-]+")
_BRACKETED: Final = re.compile(r"\([^()]*\)")


def _lang(lang: str) -> str:
    return "nl" if lang == "nl" else "en"


# Names


def capitalise(text: str) -> str:
    """The text with its first letter upper case ("van der" -> "Van der"); "'t" stays as is."""
    for i, char in enumerate(text):
        if char.isalpha():
            if i > 0 and text[i - 1] in "'’":
                return text  # 't Hart, 's Gravesande: the elided article stays lower case
            return text[:i] + char.upper() + text[i + 1 :]
    return text


def _initial(part: str) -> str:
    if part[:2] == "IJ":
        return "IJ."  # IJ at the start of a name is one letter pair: IJsbrand -> IJ.
    return part[0].upper() + "."


def initials(first_name: str) -> str:
    """The initials of each first-name part: "Jan Willem" -> "J.W.", "IJsbrand" -> "IJ."."""
    return "".join(_initial(part) for part in _NAME_PARTS.split(first_name.strip()) if part)


def _join(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def full_name(p: Person) -> str:
    """First name, tussenvoegsel, surname: "Anna de Vries"; without first name "De Vries"."""
    if not p.first_name.strip():
        return surname(p)
    return _join(p.first_name, p.prefix.lower(), p.last_name)


def initials_name(p: Person) -> str:
    """Initials, tussenvoegsel, surname: "A. de Vries"; without first name "De Vries"."""
    if not initials(p.first_name):
        return surname(p)
    return _join(initials(p.first_name), p.prefix.lower(), p.last_name)


def surname(p: Person) -> str:
    """The surname with a capitalised tussenvoegsel, as at the start of a sentence: "De Vries"."""
    return capitalise(_join(p.prefix.lower(), p.last_name))


def index_name(p: Person) -> str:
    """The name as in an index: "Vries, A. de"; "Bakker, J."; "Vries, de"; "Bakker"."""
    rest = _join(initials(p.first_name), p.prefix.lower())
    last = p.last_name.strip()
    if not last:
        return capitalise(rest)
    return f"{last}, {rest}" if rest else last


def sort_key(p: Person) -> tuple[str, str, str, str]:
    """Surname proper, tussenvoegsel, first name (case and accents ignored), then the id.

    Bakker, (van der) Berg, Visser, (de) Vries. IJ sorts as the letters i, j (see the module).
    """
    return (fold(p.last_name), fold(p.prefix), fold(p.first_name), p.id)


def with_affiliation(p: Person) -> str:
    """The name with what is known of organisation and function: "A. de Vries (KION, coach)".

    Brackets never nest: the organisation's short name stands in the brackets where it has
    one ("KUS"), else its name without a bracketed part of its own ("Kennisplatform Utrecht
    Sociaal" for "Kennisplatform Utrecht Sociaal (KUS)"); a function loses its brackets too.
    """
    organisation = p.organisation_short.strip() or p.organisation
    parts = (_unbracketed(organisation), _unbracketed(p.function))
    details = ", ".join(part for part in parts if part)
    name = initials_name(p)
    return f"{name} ({details})" if details else name


def _unbracketed(text: str) -> str:
    """``text`` without its bracketed parts (or, when it is all brackets, without them)."""
    outside, before = text, ""
    while outside != before:  # the innermost brackets first: "a (b (c))" -> "a (b )" -> "a"
        before, outside = outside, _BRACKETED.sub(" ", outside)
    plain = " ".join(outside.replace("(", " ").replace(")", " ").split())
    return plain or " ".join(text.replace("(", " ").replace(")", " ").split())


# Attendance lists


def _unique(attendees: Iterable[Attendee]) -> list[Attendee]:
    seen: set[str] = set()
    result: list[Attendee] = []
    for attendee in attendees:
        if attendee.person.id not in seen:
            seen.add(attendee.person.id)
            result.append(attendee)
    return result


def order_present(attendees: Iterable[Attendee]) -> list[Attendee]:
    """The Aanwezig list: the chair first, the others by surname, the secretary last; each once.

    Only attendees with status present count; someone who is both chair and
    secretary is listed once, first.
    """
    present = _unique(a for a in attendees if a.status is AttendanceStatus.PRESENT)
    chair = next((a for a in present if a.is_chair), None)
    secretary = next((a for a in present if a.is_secretary and a is not chair), None)
    others = sorted(
        (a for a in present if a is not chair and a is not secretary),
        key=lambda a: sort_key(a.person),
    )
    return [a for a in (chair, *others, secretary) if a is not None]


def by_status(attendees: Iterable[Attendee], status: AttendanceStatus) -> list[Attendee]:
    """The attendees with ``status`` (excused, absent or guest), each once, by surname."""
    chosen = _unique(a for a in attendees if a.status is status)
    return sorted(chosen, key=lambda a: sort_key(a.person))


def attendee_line(a: Attendee, lang: str) -> str:
    """An attendee as the Aanwezig list shows them, marked (voorzitter) or (verslag)."""
    name = with_affiliation(a.person)
    if a.is_chair:
        return message("format.mark_chair", lang, name=name)
    if a.is_secretary:
        return message("format.mark_secretary", lang, name=name)
    return name


# Dates and times


def local(moment: datetime) -> datetime:
    """A moment in Amsterdam time; a naive datetime is taken to be Amsterdam time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


def _day(d: date) -> date:
    return local(d).date() if isinstance(d, datetime) else d


def long_date(d: date, lang: str) -> str:
    """The date in words: "dinsdag 14 mei 2024" (lower case) or "Tuesday 14 May 2024"."""
    return format_date(_day(d), _LONG_DATE, locale=_lang(lang))


def day_date(d: date, lang: str) -> str:
    """The date in words without the weekday, as after "per": "14 mei 2024" or "14 May 2024"."""
    return format_date(_day(d), _DAY_DATE, locale=_lang(lang))


def short_date(d: date | None) -> str:
    """The short date, as in lists: "14-05-2024"; a moment's Amsterdam day; "" for no date."""
    if d is None:
        return ""
    day = _day(d)
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def sortable_date(d: date) -> str:
    """The sortable date, for tables and file names: "2024-05-14"."""
    return _day(d).isoformat()


def time_of_day(t: time | datetime, lang: str) -> str:
    """The bare time, as in an agenda column: "15.30" or "15:30"."""
    value = local(t).time() if isinstance(t, datetime) else t
    return format_time(value, _CLOCK[_lang(lang)], locale=_lang(lang))


def clock(t: time | datetime, lang: str) -> str:
    """A time of day: "15.30 uur" or "15:30"."""
    return message("format.clock", lang, time=time_of_day(t, lang))


def time_range(start: time | datetime, end: time | datetime, lang: str) -> str:
    """A span of time: "15.30-17.00 uur" or "15:30-17:00"."""
    times = f"{time_of_day(start, lang)}-{time_of_day(end, lang)}"
    return message("format.clock", lang, time=times)


def when(start: datetime, end: datetime | None, lang: str) -> str:
    """Date and times: "dinsdag 14 mei 2024, 15.30-17.00 uur"; without an end the start only.

    A meeting that ends on another day names both days.
    """
    begin = local(start)
    if end is None:
        return message("format.when", lang, date=long_date(begin, lang), times=clock(begin, lang))
    finish = local(end)
    if finish.date() != begin.date():
        return message(
            "format.when_span",
            lang,
            start_date=long_date(begin, lang),
            start_time=clock(begin, lang),
            end_date=long_date(finish, lang),
            end_time=clock(finish, lang),
        )
    times = time_range(begin, finish, lang)
    return message("format.when", lang, date=long_date(begin, lang), times=times)


# Counts


def count_phrase(n: int, one: str, other: str, lang: str) -> str:
    """A count with its word in the form CLDR asks: "1 actie", "3 acties", "1.000 acties"."""
    code = _lang(lang)
    word = one if Locale.parse(code).plural_form(n) == "one" else other
    return f"{format_decimal(n, locale=code)} {word}"

"""Dates typed as Dutch people write them: "11-02-2027", "11-2-27", "11 februari 2027".

The month names are Babel's (Dutch and English, full and abbreviated); a name may be cut
short as long as only one month starts that way ("feb", "mrt", "sept").
"""

import re
from datetime import date
from functools import cache

_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_SEPARATORS = re.compile(r"[\s\-/.,]*")
_MAY_GROW = re.compile(r"[\d\s\-/.,]*[^\W\d_]*[\s\-/.,]*\d*\s*")  # a date still being typed
_LONGEST = 24


@cache
def _month_names() -> dict[str, int]:
    """Every month name and abbreviation, lower case without dots, to its number."""
    from babel.dates import get_month_names  # only when a name is typed: Babel loads slowly

    names: dict[str, int] = {}
    for language in ("nl", "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=language).items():
                names[name.casefold().strip(".")] = number
    return names


def _month(word: str) -> int | None:
    """The month ``word`` names or begins (at least three letters), if only one."""
    word = word.casefold()
    names = _month_names()
    if word in names:
        return names[word]
    if len(word) < 3:
        return None
    numbers = {number for name, number in names.items() if name.startswith(word)}
    return numbers.pop() if len(numbers) == 1 else None


def _year(digits: str) -> int | None:
    """A four-digit year, or a two-digit one in the century that brings it nearest."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) != 2:
        return None
    this_year = date.today().year
    year = this_year - this_year % 100 + int(digits)
    return year - 100 if year > this_year + 50 else year


def parse_typed_date(text: str) -> date | None:
    """The date ``text`` names, day first; None when it names none (yet)."""
    tokens = _TOKEN.findall(text)
    if _SEPARATORS.sub("", _TOKEN.sub("", text)) or not 1 <= len(tokens) <= 3:
        return None
    if len(tokens) == 1 and tokens[0].isdigit() and len(tokens[0]) in (6, 8):
        digits = tokens[0]  # 11022027 or 110227
        tokens = [digits[:2], digits[2:4], digits[4:]]
    if len(tokens) != 3 or not tokens[0].isdigit() or not tokens[2].isdigit():
        return None
    day, month_text, year_text = tokens
    month = int(month_text) if month_text.isdigit() else _month(month_text)
    year = _year(year_text)
    if len(day) > 2 or (month_text.isdigit() and len(month_text) > 2) or not month or not year:
        return None
    try:
        return date(year, month, int(day))
    except ValueError:
        return None


def may_become_a_date(text: str) -> bool:
    """Whether ``text`` could still grow into a date (digits, separators, a month name)."""
    return len(text) <= _LONGEST and _MAY_GROW.fullmatch(text) is not None

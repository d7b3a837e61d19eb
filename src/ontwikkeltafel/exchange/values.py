"""Reading single values of an exchange file: text, numbers, dates, moments, enums, ids."""

import re
from datetime import date, datetime
from enum import StrEnum

from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.model import AMSTERDAM as AMSTERDAM  # services and numbering import it here

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)?"
)
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_ENUM_CODES: dict[type[StrEnum], dict[str, StrEnum]] = {}
MIN_YEAR, MAX_YEAR = 1900, 2200


def has_surrogates(value: str) -> bool:
    """Whether ``value`` holds a lone surrogate: not text a person can type."""
    try:
        value.encode("utf-8")  # far quicker than a regular expression over long minutes
    except UnicodeEncodeError:
        return True
    return False


def read_text(raw: object, path: str, *, required: bool) -> str:
    """A string; a required one may not be empty or only spaces."""
    if not isinstance(raw, str):
        raise ExchangeError(path, "exchange.not_text")
    if "\x00" in raw or (not raw.isascii() and _NOT_TEXT.search(raw)):
        raise ExchangeError(path, "exchange.bad_characters")
    if required and not raw.strip():
        raise ExchangeError(path, "exchange.empty")
    return raw


def read_id(raw: object, path: str) -> str:
    """A record id: a non-empty string."""
    if not isinstance(raw, str) or not raw.strip():
        raise ExchangeError(path, "exchange.bad_id")
    return read_text(raw, path, required=True)


def read_int(raw: object, path: str, low: int, high: int) -> int:
    """A whole number within [low, high]."""
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
        raise ExchangeError(path, "exchange.bad_int", low=low, high=high)
    return raw


def read_bool(raw: object, path: str) -> bool:
    """True or false."""
    if not isinstance(raw, bool):
        raise ExchangeError(path, "exchange.bad_bool")
    return raw


def read_date(raw: object, path: str) -> date:
    """An ISO date YYYY-MM-DD."""
    if isinstance(raw, str) and _DATE.fullmatch(raw):
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if MIN_YEAR <= value.year <= MAX_YEAR:
                return value
    raise ExchangeError(path, "exchange.bad_date", value=raw)


def read_moment(raw: object, path: str) -> datetime:
    """An ISO 8601 moment; without an offset it is read as Europe/Amsterdam."""
    if isinstance(raw, str) and _MOMENT.fullmatch(raw):
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            value = value if value.tzinfo else value.replace(tzinfo=AMSTERDAM)
            # The year is checked as the app will write it back: in Amsterdam time.
            if MIN_YEAR <= value.astimezone(AMSTERDAM).year <= MAX_YEAR:
                return value
    raise ExchangeError(path, "exchange.bad_moment", value=raw)


def read_enum(raw: object, path: str, enum: type[StrEnum]) -> StrEnum:
    """One of the English codes of ``enum``."""
    codes = _ENUM_CODES.get(enum)
    if codes is None:
        codes = _ENUM_CODES[enum] = {member.value: member for member in enum}
    member = codes.get(raw) if isinstance(raw, str) else None
    if member is None:
        raise ExchangeError(path, "exchange.bad_enum", value=raw, allowed=", ".join(codes))
    return member


def write_moment(value: datetime) -> str:
    """A stored (UTC) moment as ISO 8601 in Europe/Amsterdam, as the app exports it."""
    return value.astimezone(AMSTERDAM).isoformat()

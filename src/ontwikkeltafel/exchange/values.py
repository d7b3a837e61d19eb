"""Reading single values of an exchange file: text, numbers, dates, moments, enums, ids."""

import math
import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.exchange.parsing import DUPLICATE_KEY, key_path
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
            value = value if value.tzinfo else value.replace(tzinfo=AMSTERDAM)
            # The year is checked as the app will write it back: in Amsterdam time (and it
            # is stored in UTC); at the edge of year 1 or 9999 either may overflow.
            year = value.astimezone(AMSTERDAM).year
            value.astimezone(UTC)
        except (ValueError, OverflowError):
            pass
        else:
            if MIN_YEAR <= year <= MAX_YEAR:
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


def _json_problem(value: object) -> str | None:
    """What makes one value (not its contents) unfit for JSON text, or None."""
    if isinstance(value, str):
        if "\x00" in value or (not value.isascii() and has_surrogates(value)):
            return "exchange.bad_characters"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "exchange.bad_number"  # an integer too long, or 1e400
    return None


def _child(where: str, key: object) -> str:
    """The path of ``key`` under ``where``, also when ``where`` is still empty."""
    return where + key_path("x", key)[1:]


def read_json(raw: object, path: str) -> Any:
    """Any JSON value, kept as it is: texts must be text, numbers finite, keys given once."""
    stack: list[tuple[object, str]] = [(raw, path)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            if DUPLICATE_KEY in value:
                raise ExchangeError(_child(where, value[DUPLICATE_KEY]), "exchange.duplicate_key")
            for key, item in value.items():
                if _json_problem(key) is not None:
                    raise ExchangeError(where, "exchange.bad_characters")
                stack.append((item, _child(where, key)))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(value))
        else:
            problem = _json_problem(value)
            if problem is not None:
                raise ExchangeError(where, problem)
    return raw


def read_json_object(raw: object, path: str) -> dict[str, Any]:
    """A JSON object, kept as it is (see :func:`read_json`)."""
    if not isinstance(raw, dict):
        raise ExchangeError(path, "exchange.not_object")
    result: dict[str, Any] = read_json(raw, path)
    return result

"""The report data of data.py as JSON and back: dates, moments, enums, tuples, nested records.

Moments are kept in UTC with their offset, dates as ISO, enums by code; a record is an
object of its fields. Reading back is led by the dataclass's own field types, so a
document written today reads back into equal data; a field missing from an older
document takes its default, an unknown one is ignored.
"""

import dataclasses
import types
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from ontwikkeltafel.model import AMSTERDAM

T = TypeVar("T")


class NotReadable(ValueError):
    """A JSON value that does not fit the type it should be read as."""


def to_json(value: Any) -> Any:
    """``value`` (report data, or anything it holds) as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(to_json(k)): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def from_json(kind: type[T], value: Any) -> T:
    """The JSON ``value`` read as ``kind`` (a dataclass of data.py); NotReadable if it is not."""
    result: T = _read(kind, value)
    return result


def _read(kind: Any, value: Any) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = get_args(kind)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return _read(option, value)
    if origin is tuple:
        _require(value, list)
        arguments = get_args(kind)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(_read(arguments[0], v) for v in value)
        return tuple(_read(a, v) for a, v in zip(arguments, value, strict=True))
    if origin is dict:
        _require(value, dict)
        key, item = get_args(kind)
        return {_read(key, k): _read(item, v) for k, v in value.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _record(kind, value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(value)
        except ValueError as exc:
            raise NotReadable(f"{value!r} is no {kind.__name__}") from exc
    if kind is datetime:
        _require(value, str)
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise NotReadable(f"{value!r} has no offset")
        try:  # shown in Amsterdam time: at the edge of year 1 or 9999 that may overflow
            moment.astimezone(AMSTERDAM)
            return moment.astimezone(UTC)
        except OverflowError as exc:
            raise NotReadable(f"{value!r} is out of range") from exc
    if kind is date:
        _require(value, str)
        return date.fromisoformat(value)
    if kind in (str, int, bool, float):
        _require(value, kind)
        return value
    raise NotReadable(f"cannot read {kind!r}")


def _record(kind: type[Any], value: Any) -> Any:
    _require(value, dict)
    hints = get_type_hints(kind)
    arguments = {}
    for item in dataclasses.fields(kind):
        if item.name in value:
            arguments[item.name] = _read(hints[item.name], value[item.name])
        elif item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING:
            raise NotReadable(f"{kind.__name__} without {item.name}")
    return kind(**arguments)


def _require(value: Any, kind: type) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise NotReadable(f"{value!r} is no {kind.__name__}")

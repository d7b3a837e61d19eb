"""Parse exchange JSON without losing anything silently, and name keys safely in JSON paths."""

import json
import math
import re
from typing import Any

#: Stands in a parsed object for a key the file gave twice; the record checks report it.
DUPLICATE_KEY = object()
MAX_INT_DIGITS = 20
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _object(pairs: list[tuple[str, Any]]) -> dict[Any, Any]:
    """A JSON object; a repeated key would drop a value, so it is marked instead."""
    result: dict[Any, Any] = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                result[DUPLICATE_KEY] = key
                break
            seen.add(key)
    return result


def _integer(text: str) -> float | int:
    """An integer; one too long to be a number anybody means becomes infinity (refused later)."""
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return -math.inf if text.startswith("-") else math.inf
    return int(text)


def loads_exchange(text: str) -> Any:
    """``json.loads`` that keeps duplicate keys visible and never chokes on huge integers."""
    return json.loads(text, object_pairs_hook=_object, parse_int=_integer)


def key_path(parent: str, key: object) -> str:
    """The JSON path of ``key`` under ``parent``: ``a.b`` or, for odd keys, ``a["x y"]``."""
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
        return f"{parent}.{key}" if parent else key
    text = json.dumps(key if isinstance(key, str) else str(key))
    return f"{parent}[{text}]"


def first_unknown_key(raw: dict[Any, Any], known: Any) -> tuple[str, str] | None:
    """(key, problem) for the first key not in ``known``, a repeated key counting first."""
    if DUPLICATE_KEY in raw:
        return str(raw[DUPLICATE_KEY]), "exchange.duplicate_key"
    for key in raw:
        if key not in known:
            return key, "exchange.unknown_field"
    return None

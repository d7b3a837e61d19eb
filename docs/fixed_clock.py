"""A fixed "now" for the screenshots: every module of the app sees the same day and hour.

The demo data is from 2018-2019; the pages count from today (overdue actions, the next
meeting). :func:`freeze` imports every module of the app and gives each one that has the
names ``date`` or ``datetime`` (from ``from datetime import ...``) classes whose ``today()``
and ``now()`` say ``moment``. Everything else stays the standard library's own: a value
they make is a real ``date`` or ``datetime``, and a real one is an instance of them.
"""

import importlib
import inspect
import pkgutil
import sys
from datetime import date as real_date
from datetime import datetime as real_datetime
from datetime import tzinfo
from typing import Any

import ontwikkeltafel


def _classes(moment: real_datetime) -> tuple[type, type]:
    class Meta(type):
        def __instancecheck__(cls, value: object) -> bool:
            return isinstance(value, cls.__mro__[1])

    class FixedDate(real_date, metaclass=Meta):
        def __new__(cls, *args: Any, **kwargs: Any) -> real_date:  # type: ignore[misc]
            return real_date(*args, **kwargs)

        @classmethod
        def today(cls) -> real_date:  # type: ignore[override]
            return moment.date()

    class FixedDateTime(real_datetime, metaclass=Meta):
        def __new__(cls, *args: Any, **kwargs: Any) -> real_datetime:  # type: ignore[misc]
            return real_datetime(*args, **kwargs)

        @classmethod
        def now(cls, tz: tzinfo | None = None) -> real_datetime:  # type: ignore[override]
            return moment if tz is None else moment.astimezone(tz)

        @classmethod
        def today(cls) -> real_datetime:  # type: ignore[override]
            return moment

    return FixedDate, FixedDateTime


def freeze(moment: real_datetime) -> None:
    """From now on every module of ``ontwikkeltafel`` takes ``moment`` (local time) as now."""
    for found in pkgutil.walk_packages(ontwikkeltafel.__path__, "ontwikkeltafel."):
        if ".migrations" not in found.name and not found.name.endswith("__main__"):
            importlib.import_module(found.name)
    fixed_date, fixed_datetime = _classes(moment)
    clocks = {
        real_date.today: fixed_date.today,
        real_datetime.now: fixed_datetime.now,
        real_datetime.today: fixed_datetime.today,
    }
    for name, module in list(sys.modules.items()):
        if name == "ontwikkeltafel" or name.startswith("ontwikkeltafel."):
            if getattr(module, "date", None) is real_date:
                module.date = fixed_date  # type: ignore[attr-defined]
            if getattr(module, "datetime", None) is real_datetime:
                module.datetime = fixed_datetime  # type: ignore[attr-defined]
            for function in _functions(module):
                _fix_defaults(function, clocks)


def _functions(module: object) -> list[Any]:
    """The functions of ``module`` and the methods of its classes (defined there)."""
    name = getattr(module, "__name__", "")
    found: list[Any] = []
    for value in vars(module).values():
        if getattr(value, "__module__", None) != name:
            continue
        if inspect.isfunction(value):
            found.append(value)
        elif inspect.isclass(value):
            for member in vars(value).values():
                member = getattr(member, "__func__", member)  # a classmethod's function
                if inspect.isfunction(member):
                    found.append(member)
    return found


def _fix_defaults(function: Any, clocks: dict[Any, Any]) -> None:
    """A default argument ``date.today`` (a clock to ask later) becomes the fixed one."""
    defaults = function.__defaults__
    if defaults and any(_is_clock(d, clocks) for d in defaults):
        function.__defaults__ = tuple(_clock(d, clocks) for d in defaults)
    keywords = function.__kwdefaults__
    if keywords and any(_is_clock(d, clocks) for d in keywords.values()):
        function.__kwdefaults__ = {k: _clock(d, clocks) for k, d in keywords.items()}


def _is_clock(value: object, clocks: dict[Any, Any]) -> bool:
    try:
        return value in clocks
    except TypeError:  # not hashable: no clock
        return False


def _clock(value: object, clocks: dict[Any, Any]) -> object:
    return clocks[value] if _is_clock(value, clocks) else value

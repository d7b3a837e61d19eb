"""The domain: SQLAlchemy 2 typed ORM classes and enums; imports nothing of ours but itself."""

from importlib import import_module
from threading import RLock
from typing import TYPE_CHECKING, Any

from ontwikkeltafel.model.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    DocumentKind,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Priority,
    Sector,
    TableStatus,
)
from ontwikkeltafel.model.zone import AMSTERDAM

if TYPE_CHECKING:
    from ontwikkeltafel.model.base import Base
    from ontwikkeltafel.model.history import HistoryEntry
    from ontwikkeltafel.model.meetings import AgendaItem, Attendance, Decision, Meeting
    from ontwikkeltafel.model.parties import Organisation, Person, Theme
    from ontwikkeltafel.model.records import Action, Concern, DevelopmentPoint, Practice
    from ontwikkeltafel.model.tables import AgendaTemplateItem, Table, TableMember

#: The ORM modules, imported (SQLAlchemy with them) when one of their classes is asked for.
_RECORDS = ("base", "history", "meetings", "parties", "records", "tables", "links")
_LOADING = RLock()  # worker threads may ask for a class at the same time as the window
_LOADED: list[bool] = []


def load_records() -> None:
    """Import every ORM module and put its classes in this package."""
    if _LOADED:
        return
    with _LOADING:
        for name in _RECORDS:
            module = import_module(f"ontwikkeltafel.model.{name}")
            for key in __all__:
                if key not in globals() and hasattr(module, key):
                    globals()[key] = getattr(module, key)
        _LOADED.append(True)


def __getattr__(name: str) -> Any:
    """An ORM class of the package (every ORM module is imported with the first one)."""
    if name in __all__:
        load_records()
        if name in globals():
            return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AMSTERDAM",
    "Action",
    "ActionStatus",
    "AgendaItem",
    "AgendaItemKind",
    "AgendaTemplateItem",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Concern",
    "ConcernKind",
    "ConcernStatus",
    "Decision",
    "DevelopmentPoint",
    "DevelopmentPointStatus",
    "DocumentKind",
    "HistoryEntry",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "MemberRole",
    "Organisation",
    "Person",
    "Practice",
    "Priority",
    "Sector",
    "Table",
    "TableMember",
    "TableStatus",
    "Theme",
]

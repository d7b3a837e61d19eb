"""The domain: SQLAlchemy 2 typed ORM classes and enums; imports nothing of ours but itself."""

from ontwikkeltafel.model.base import AMSTERDAM, Base
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
from ontwikkeltafel.model.history import HistoryEntry
from ontwikkeltafel.model.meetings import AgendaItem, Attendance, Decision, Meeting
from ontwikkeltafel.model.parties import Organisation, Person, Theme
from ontwikkeltafel.model.records import Action, Concern, DevelopmentPoint, Practice
from ontwikkeltafel.model.tables import AgendaTemplateItem, Table, TableMember

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

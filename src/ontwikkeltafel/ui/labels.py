"""Dutch labels (translatable) for the domain's enums, and how dates appear in lists."""

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import (
    AMSTERDAM,
    ActionStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    MeetingKind,
    MeetingStatus,
    Priority,
    Sector,
    TableStatus,
)
from ontwikkeltafel.reports.format import short_date

__all__ = ["enum_label", "short_date", "short_moment"]  # short_date: the reports' one


def _tr(text: str, disambiguation: str | None = None) -> str:
    # Some Dutch words name two ideas ("zorg": a sector and a kind of concern);
    # the disambiguation gives each its own translation.
    return QCoreApplication.translate("labels", text, disambiguation)


def enum_label(value: StrEnum) -> str:
    """The label a person reads for an enum value."""
    labels = {
        TableStatus.ACTIVE: _tr("actief"),
        TableStatus.CLOSED: _tr("afgesloten"),
        MeetingKind.TABLE_SESSION: _tr("tafelbijeenkomst"),
        MeetingKind.WORK_VISIT: _tr("werkbezoek"),
        MeetingKind.WORKSHOP: _tr("workshop"),
        MeetingKind.THEME_MEETING: _tr("themabijeenkomst"),
        MeetingKind.CONSULTATION: _tr("overleg"),
        MeetingStatus.PLANNED: _tr("gepland"),
        MeetingStatus.HELD: _tr("gehouden"),
        MeetingStatus.MINUTES_DRAFT: _tr("conceptverslag"),
        MeetingStatus.MINUTES_APPROVED: _tr("vastgesteld verslag"),
        Sector.EDUCATION: _tr("onderwijs"),
        Sector.CHILDCARE: _tr("kinderopvang"),
        Sector.YOUTH_CARE: _tr("jeugdhulp"),
        Sector.HEALTH: _tr("zorg", "sector"),
        Sector.WELFARE: _tr("welzijn"),
        Sector.SAFETY: _tr("veiligheid"),
        Sector.MUNICIPALITY: _tr("gemeente"),
        Sector.HOUSING: _tr("wonen"),
        Sector.KNOWLEDGE: _tr("kennis en beleid"),
        Sector.OTHER: _tr("overig"),
        ConcernKind.QUESTION: _tr("vraag"),
        ConcernKind.CONCERN: _tr("zorg", "soort vraag"),
        ConcernKind.BOTTLENECK: _tr("knelpunt"),
        ConcernStatus.OPEN: _tr("open"),
        ConcernStatus.DISCUSSING: _tr("in bespreking"),
        ConcernStatus.ADDRESSED: _tr("opgepakt"),
        ConcernStatus.RESOLVED: _tr("opgelost"),
        ConcernStatus.PARKED: _tr("geparkeerd"),
        Priority.LOW: _tr("laag"),
        Priority.NORMAL: _tr("normaal"),
        Priority.HIGH: _tr("hoog"),
        DevelopmentPointStatus.PROPOSED: _tr("voorgesteld"),
        DevelopmentPointStatus.IN_PROGRESS: _tr("in uitvoering"),
        DevelopmentPointStatus.REALISED: _tr("gerealiseerd"),
        DevelopmentPointStatus.DROPPED: _tr("vervallen", "ontwikkelpunt"),
        ActionStatus.OPEN: _tr("open"),
        ActionStatus.IN_PROGRESS: _tr("in uitvoering"),
        ActionStatus.DONE: _tr("afgerond"),
        ActionStatus.CANCELLED: _tr("vervallen", "actiepunt"),
    }
    return labels.get(value, value.value)


def short_moment(value: datetime) -> str:
    """A moment in Amsterdam time as in a Dutch list: 14-05-2024 15.30."""
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H.%M")

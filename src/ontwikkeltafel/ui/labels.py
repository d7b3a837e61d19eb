"""Dutch labels (translatable) for the domain's enums, and how dates appear in lists."""

from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import MeetingKind, MeetingStatus, TableStatus

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


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
    }
    return labels.get(value, value.value)


def short_date(value: date | None) -> str:
    """A date as in a Dutch list: 14-05-2024."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def short_moment(value: datetime) -> str:
    """A moment in Amsterdam time as in a Dutch list: 14-05-2024 15.30."""
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H.%M")

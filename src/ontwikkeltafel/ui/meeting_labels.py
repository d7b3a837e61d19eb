"""Dutch labels (translatable) for members' roles, agenda item kinds and attendance."""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import AgendaItemKind, AttendanceStatus, MemberRole
from ontwikkeltafel.ui.labels import enum_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("meeting_labels", text)


def label(value: StrEnum) -> str:
    """The label a person reads for a role, an agenda item kind, a status..."""
    labels = {
        MemberRole.CHAIR: _tr("voorzitter"),
        MemberRole.SECRETARY: _tr("secretaris"),
        MemberRole.MEMBER: _tr("deelnemer"),
        MemberRole.ADVISOR: _tr("adviseur"),
        AgendaItemKind.OPENING: _tr("opening"),
        AgendaItemKind.ANNOUNCEMENTS: _tr("mededelingen"),
        AgendaItemKind.AGENDA: _tr("vaststellen agenda"),
        AgendaItemKind.PREVIOUS_MINUTES: _tr("verslag vorige bijeenkomst"),
        AgendaItemKind.ACTION_LIST: _tr("actielijst"),
        AgendaItemKind.TOPIC: _tr("inhoudelijk punt"),
        AgendaItemKind.ANY_OTHER_BUSINESS: _tr("rondvraag"),
        AgendaItemKind.CLOSING: _tr("sluiting"),
        AttendanceStatus.PRESENT: _tr("aanwezig"),
        AttendanceStatus.EXCUSED: _tr("afgemeld"),
        AttendanceStatus.ABSENT: _tr("afwezig"),
        AttendanceStatus.GUEST: _tr("gast"),
    }
    return labels[value] if value in labels else enum_label(value)


def choices(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Every value of ``enum`` with its label, in the enum's order."""
    return [(value, label(value)) for value in enum]

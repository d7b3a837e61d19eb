"""Enumerations of the domain; the values are the English codes of the exchange format."""

from enum import StrEnum


class Sector(StrEnum):
    """The sector an organisation works in."""

    EDUCATION = "education"
    CHILDCARE = "childcare"
    YOUTH_CARE = "youth_care"
    HEALTH = "health"
    WELFARE = "welfare"
    SAFETY = "safety"
    MUNICIPALITY = "municipality"
    HOUSING = "housing"
    KNOWLEDGE = "knowledge"
    OTHER = "other"


class TableStatus(StrEnum):
    """Whether a table still meets."""

    ACTIVE = "active"
    CLOSED = "closed"


class MemberRole(StrEnum):
    """A person's role at a table."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    ADVISOR = "advisor"


class MeetingKind(StrEnum):
    """What kind of session a meeting is."""

    TABLE_SESSION = "table_session"
    WORK_VISIT = "work_visit"
    WORKSHOP = "workshop"
    THEME_MEETING = "theme_meeting"
    CONSULTATION = "consultation"


class MeetingStatus(StrEnum):
    """Where a meeting is in its life: planned, held, minutes in draft, minutes adopted."""

    PLANNED = "planned"
    HELD = "held"
    MINUTES_DRAFT = "minutes_draft"
    MINUTES_APPROVED = "minutes_approved"


class DocumentKind(StrEnum):
    """A kind of document the app makes for a meeting and keeps the date of (documents_sent)."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    ACTIONS = "actions"
    ATTENDANCE = "attendance"


class AttendanceStatus(StrEnum):
    """Whether a person was at a meeting."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    GUEST = "guest"


class AgendaItemKind(StrEnum):
    """The kind of an agenda item, following the Dutch agenda skeleton."""

    OPENING = "opening"
    ANNOUNCEMENTS = "announcements"
    AGENDA = "agenda"
    PREVIOUS_MINUTES = "previous_minutes"
    ACTION_LIST = "action_list"
    TOPIC = "topic"
    ANY_OTHER_BUSINESS = "any_other_business"
    CLOSING = "closing"


class ConcernKind(StrEnum):
    """What participants bring to the table: a question, a concern or a bottleneck."""

    QUESTION = "question"
    CONCERN = "concern"
    BOTTLENECK = "bottleneck"


class ConcernStatus(StrEnum):
    """How far a concern has come."""

    OPEN = "open"
    DISCUSSING = "discussing"
    ADDRESSED = "addressed"
    RESOLVED = "resolved"
    PARKED = "parked"


class Priority(StrEnum):
    """The priority of a concern."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class DevelopmentPointStatus(StrEnum):
    """How far a development point has come."""

    PROPOSED = "proposed"
    IN_PROGRESS = "in_progress"
    REALISED = "realised"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    """The status of an action on the actielijst."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

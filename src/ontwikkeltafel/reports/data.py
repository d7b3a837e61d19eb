"""The plain data every report is made from; a query service in services/ fills it in.

Nothing here knows a database session. The participant version of a report is
made from data that never held the confidential parts: the query service leaves
them out unless an internal report is asked for, and marks them when it is.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Sector,
)


@dataclass(frozen=True)
class Person:
    """A person as reports name them: name parts, organisation and function, e-mail."""

    id: str
    first_name: str
    prefix: str
    last_name: str
    organisation: str = ""
    sector: Sector | None = None
    function: str = ""
    email: str = ""
    # The organisation's short name ("KUS"), used in a name's brackets when there is one.
    organisation_short: str = ""


@dataclass(frozen=True)
class Decision:
    """A decision with its number in the table's continuous besluitenlijst."""

    number: int
    text: str
    taken_on: date
    meeting_title: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class Action:
    """An action on the actielijst: wie, wat, wanneer, status."""

    number: str
    description: str
    owner: Person | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None = None
    agreed_on: date | None = None
    notes: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item with what was prepared, said and decided under it."""

    position: int
    title: str
    kind: AgendaItemKind
    planned_minutes: int | None = None
    planned_start: datetime | None = None
    presenter: Person | None = None
    description: str = ""
    minutes: str = ""
    confidential: bool = False
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    discussed_from: datetime | None = None  # the live mode's real start and end
    discussed_until: datetime | None = None


@dataclass(frozen=True)
class Attendee:
    """Someone on the attendance list, with their status and role at this meeting."""

    person: Person
    status: AttendanceStatus
    is_chair: bool = False
    is_secretary: bool = False


@dataclass(frozen=True)
class MeetingHeader:
    """What the head of a verslag or convocatie names."""

    id: str
    title: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime | None
    location: str
    status: MeetingStatus
    minutes_approved_on: date | None
    table_id: str | None
    table_title: str
    chair: Person | None
    secretary: Person | None


@dataclass(frozen=True)
class NextMeeting:
    """The table's next meeting, as the end of a verslag names it: when and where."""

    starts_at: datetime
    location: str = ""


@dataclass(frozen=True)
class MinutesData:
    """Everything the verslag of one meeting shows."""

    meeting: MeetingHeader
    attendees: tuple[Attendee, ...]
    agenda: tuple[AgendaEntry, ...]
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]
    internal: bool = False
    # An adopted verslag: the day of the table's meeting it was adopted in (None: not
    # adopted, or adopted on a day the table did not meet).
    adopted_in: date | None = None
    # The table's first meeting after this one, as it stood when the verslag was made.
    next_meeting: NextMeeting | None = None


@dataclass(frozen=True)
class AgendaData:
    """Everything the convocatie of one meeting shows."""

    meeting: MeetingHeader
    agenda: tuple[AgendaEntry, ...]
    previous_minutes: MeetingHeader | None
    open_actions: tuple[Action, ...]
    invitees: tuple[Person, ...]
    internal: bool = False
    # The table's member with the role secretary: signs when the meeting has no
    # secretary and no chair.
    table_secretary: Person | None = None


@dataclass(frozen=True)
class ActionsData:
    """The besluiten- en actielijst of a table."""

    table_id: str
    table_title: str
    decisions: tuple[Decision, ...]
    open_actions: tuple[Action, ...]
    secretary: Person | None
    made_on: date
    internal: bool = False


@dataclass(frozen=True)
class Member:
    """A seat at the table."""

    person: Person
    role: MemberRole


@dataclass(frozen=True)
class ConcernItem:
    """A question, concern or bottleneck with its status and what answers it."""

    id: str
    kind: ConcernKind
    title: str
    description: str
    status: ConcernStatus
    resolution: str
    raised_on: date | None
    themes: tuple[str, ...] = ()
    practices: tuple[str, ...] = ()


@dataclass(frozen=True)
class PracticeItem:
    """A good practice the table collected."""

    title: str
    summary: str
    description: str
    organisations: tuple[str, ...]
    region: str
    source: str
    success_factors: str
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DevelopmentPointItem:
    """A development point with the concerns it answers."""

    title: str
    description: str
    status: DevelopmentPointStatus
    owner: Person | None
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimedItem:
    """An agenda item whose real start and end the live mode recorded, and its planned time."""

    title: str
    planned_minutes: int | None
    taken_minutes: int
    confidential: bool = False


@dataclass(frozen=True)
class MeetingSummary:
    """One meeting in the table report: when, what, who came per sector, its timed items."""

    title: str
    kind: MeetingKind
    starts_at: datetime
    status: MeetingStatus
    present_by_sector: dict[str, int] = field(default_factory=dict)
    timed_items: tuple[TimedItem, ...] = ()


@dataclass(frozen=True)
class ConcernStatusPoint:
    """How many concerns had each status on one date (for the chart over time)."""

    on: date
    counts: dict[ConcernStatus, int]


@dataclass(frozen=True)
class TableReportData:
    """Everything a table produced, for the tafelrapportage."""

    table_id: str
    title: str
    goal: str
    description: str
    started_on: date | None
    ended_on: date | None
    themes: tuple[str, ...]
    members: tuple[Member, ...]
    meetings: tuple[MeetingSummary, ...]
    concerns: tuple[ConcernItem, ...]
    practices: tuple[PracticeItem, ...]
    development_points: tuple[DevelopmentPointItem, ...]
    decisions: tuple[Decision, ...]
    open_actions: tuple[Action, ...]
    concern_history: tuple[ConcernStatusPoint, ...]
    secretary: Person | None
    made_on: date
    internal: bool = False


@dataclass(frozen=True)
class InviteData:
    """What an iCalendar invitation for one meeting holds."""

    meeting: MeetingHeader
    agenda: tuple[AgendaEntry, ...]
    organizer: Person | None
    attendees: tuple[Person, ...]
    sequence: int = 0  # how often its time, place or agenda changed: a calendar's revision
    # The table's member with the role secretary: the organizer when neither the
    # meeting's secretary nor its chair has an e-mail address.
    table_secretary: Person | None = None

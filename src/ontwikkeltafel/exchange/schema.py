"""The records of exchange format v1, field by field, as data the validator walks."""

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from ontwikkeltafel.model import (
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


class HistoryList(StrEnum):
    """The lists a history entry can name (store.history.LIST_OF_TABLE's values)."""

    ORGANISATIONS = "organisations"
    PEOPLE = "people"
    THEMES = "themes"
    TABLES = "tables"
    MEETINGS = "meetings"
    CONCERNS = "concerns"
    PRACTICES = "practices"
    DEVELOPMENT_POINTS = "development_points"
    ACTIONS = "actions"
    AGENDA = "agenda"
    DECISIONS = "decisions"
    ATTENDANCE = "attendance"
    MEMBERS = "members"


class Kind(Enum):
    """How a field's value is read."""

    ID = "id"
    STR = "str"
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    MOMENT = "moment"
    ENUM = "enum"
    REF = "ref"
    REFS = "refs"
    NESTED = "nested"
    OBJECT = "object"  # one nested object (``nested`` is its spec), or null
    JSON = "json"  # any JSON value, kept as it is
    DOCUMENT = "document"  # a JSON object, kept as it is


@dataclass(frozen=True)
class Field:
    """One field of a record: its kind, whether required, and what it refers to."""

    name: str
    kind: Kind
    required: bool = False
    enum: type[StrEnum] | None = None
    default: object = None
    target: str = ""
    nested: "RecordSpec | None" = None
    low: int = 0
    high: int = 1_000_000
    #: For the reader's quick path: 1 text that may be empty, 2 text that may not, 0 other.
    text_rule: int = field(init=False, compare=False, default=0)
    #: For an enum: its members by code.
    codes: dict[str, StrEnum] = field(init=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        """Work out once what the reader would otherwise decide for every value."""
        rule = {Kind.TEXT: 1, Kind.STR: 2, Kind.ID: 2, Kind.REF: 2}.get(self.kind, 0)
        object.__setattr__(self, "text_rule", rule)
        if self.enum is not None:
            object.__setattr__(self, "codes", {m.value: m for m in self.enum})


@dataclass(frozen=True)
class RecordSpec:
    """A kind of record: the list it lives in and its fields."""

    name: str
    fields: tuple[Field, ...]
    by_name: dict[str, Field] = field(init=False, compare=False)
    ref_fields: tuple[Field, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        """Index the fields by name, and note those that refer to other records."""
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        refs = tuple(f for f in self.fields if f.kind in (Kind.REF, Kind.REFS))
        object.__setattr__(self, "ref_fields", refs)


def _id() -> Field:
    return Field("id", Kind.ID, required=True)


def _text(name: str) -> Field:
    return Field(name, Kind.TEXT, default="")


def _req(name: str) -> Field:
    return Field(name, Kind.STR, required=True)


def _enum(name: str, enum: type[StrEnum], default: StrEnum | None, required: bool = False) -> Field:
    return Field(name, Kind.ENUM, required=required, enum=enum, default=default)


def _ref(name: str, target: str, required: bool = False) -> Field:
    return Field(name, Kind.REF, required=required, target=target)


def _refs(name: str, target: str) -> Field:
    return Field(name, Kind.REFS, target=target, default=())


ORGANISATION = RecordSpec(
    "organisations",
    (
        _id(),
        _req("name"),
        _text("short_name"),
        _enum("sector", Sector, Sector.OTHER),
        _text("website"),
        _text("notes"),
    ),
)
PERSON = RecordSpec(
    "people",
    (
        _id(),
        _text("first_name"),
        _text("prefix"),
        _req("last_name"),
        _ref("organisation_id", "organisations"),
        _text("function"),
        _text("email"),
        _text("phone"),
        _text("notes"),
    ),
)
THEME = RecordSpec("themes", (_id(), _req("name")))
MEMBER = RecordSpec(
    "members",
    (_ref("person_id", "people", required=True), _enum("role", MemberRole, MemberRole.MEMBER)),
)
TEMPLATE_ITEM = RecordSpec(
    "agenda_template",
    (
        _req("title"),
        _enum("kind", AgendaItemKind, AgendaItemKind.TOPIC),
        Field("planned_minutes", Kind.INT, high=10_000),
    ),
)
TABLE = RecordSpec(
    "tables",
    (
        _id(),
        _req("title"),
        _text("goal"),
        _text("description"),
        _refs("theme_ids", "themes"),
        Field("started_on", Kind.DATE),
        Field("ended_on", Kind.DATE),
        _enum("status", TableStatus, TableStatus.ACTIVE),
        Field("members", Kind.NESTED, nested=MEMBER, default=()),
        Field("agenda_template", Kind.NESTED, nested=TEMPLATE_ITEM, default=()),
        Field("retention_years", Kind.INT, high=1000),
    ),
)
ATTENDANCE = RecordSpec(
    "attendance",
    (
        _ref("person_id", "people", required=True),
        _enum("status", AttendanceStatus, AttendanceStatus.PRESENT),
    ),
)
DECISION = RecordSpec("decisions", (_id(), _req("text")))
AGENDA_ITEM = RecordSpec(
    "agenda",
    (
        _id(),
        Field("position", Kind.INT, required=True, low=1),
        _req("title"),
        _enum("kind", AgendaItemKind, AgendaItemKind.TOPIC),
        Field("planned_minutes", Kind.INT, high=10_000),
        _ref("presenter_id", "people"),
        _text("description"),
        _text("minutes"),
        Field("confidential", Kind.BOOL, default=False),
        Field("started_at", Kind.MOMENT),
        Field("ended_at", Kind.MOMENT),
        Field("decisions", Kind.NESTED, nested=DECISION, default=()),
        _refs("concern_ids", "concerns"),
        _refs("practice_ids", "practices"),
    ),
)
DOCUMENT_SENT = RecordSpec(
    "documents_sent",
    (_enum("kind", DocumentKind, None, required=True), Field("on", Kind.DATE, required=True)),
)
ADOPTION = RecordSpec(
    "adoption",
    (Field("on", Kind.DATE, required=True), _text("changes"), Field("document", Kind.DOCUMENT)),
)
MEETING = RecordSpec(
    "meetings",
    (
        _id(),
        _ref("table_id", "tables"),
        _enum("kind", MeetingKind, MeetingKind.TABLE_SESSION),
        _req("title"),
        Field("starts_at", Kind.MOMENT, required=True),
        Field("ends_at", Kind.MOMENT),
        _text("location"),
        _ref("chair_id", "people"),
        _ref("secretary_id", "people"),
        _enum("status", MeetingStatus, MeetingStatus.PLANNED),
        Field("minutes_approved_on", Kind.DATE),
        _text("notes"),
        Field("adoption", Kind.OBJECT, nested=ADOPTION),
        Field("attendance", Kind.NESTED, nested=ATTENDANCE, default=()),
        Field("agenda", Kind.NESTED, nested=AGENDA_ITEM, default=()),
        Field("documents_sent", Kind.NESTED, nested=DOCUMENT_SENT, default=()),
    ),
)
CONCERN = RecordSpec(
    "concerns",
    (
        _id(),
        _ref("table_id", "tables"),
        _enum("kind", ConcernKind, ConcernKind.CONCERN),
        _req("title"),
        _text("description"),
        _ref("raised_by_id", "people"),
        _ref("raised_in_meeting_id", "meetings"),
        _enum("status", ConcernStatus, ConcernStatus.OPEN),
        _enum("priority", Priority, Priority.NORMAL),
        _text("resolution"),
        _refs("theme_ids", "themes"),
        _refs("practice_ids", "practices"),
    ),
)
PRACTICE = RecordSpec(
    "practices",
    (
        _id(),
        _req("title"),
        _text("summary"),
        _text("description"),
        _refs("organisation_ids", "organisations"),
        _ref("contact_id", "people"),
        _text("region"),
        _text("source"),
        _text("success_factors"),
        _refs("theme_ids", "themes"),
    ),
)
DEVELOPMENT_POINT = RecordSpec(
    "development_points",
    (
        _id(),
        _ref("table_id", "tables"),
        _req("title"),
        _text("description"),
        _enum("status", DevelopmentPointStatus, DevelopmentPointStatus.PROPOSED),
        _ref("owner_id", "people"),
        _refs("concern_ids", "concerns"),
    ),
)
ACTION = RecordSpec(
    "actions",
    (
        _id(),
        Field("number", Kind.STR),
        _ref("table_id", "tables"),
        _ref("meeting_id", "meetings"),
        _ref("agenda_item_id", "agenda_items"),
        _req("description"),
        _ref("owner_id", "people"),
        Field("due_on", Kind.DATE),
        _enum("status", ActionStatus, ActionStatus.OPEN),
        Field("done_on", Kind.DATE),
        _text("notes"),
    ),
)

#: The top-level lists in the order they are written (references point backwards).
TOP_LEVEL: tuple[RecordSpec, ...] = (
    ORGANISATION,
    PERSON,
    THEME,
    TABLE,
    PRACTICE,
    MEETING,
    CONCERN,
    DEVELOPMENT_POINT,
    ACTION,
)

#: A history entry (top-level ``history``, after the lists of records).
HISTORY_ENTRY = RecordSpec(
    "history",
    (
        _id(),
        Field("at", Kind.MOMENT, required=True),
        _text("by"),
        _enum("list", HistoryList, None, required=True),
        Field("record_id", Kind.ID, required=True),
        Field("field", Kind.STR),
        Field("old", Kind.JSON),
        Field("new", Kind.JSON),
        _text("note"),
    ),
)
TOP_LEVEL_KEYS = frozenset(
    {"format", "version", "exported_at", HISTORY_ENTRY.name} | {s.name for s in TOP_LEVEL}
)

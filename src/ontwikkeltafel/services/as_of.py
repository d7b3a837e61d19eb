"""What ORM records looked like at a moment (services/past.py reads the same through plain SQL).

A field's value at a moment is the ``old`` of its earliest history entry after that
moment, or its current value when nothing changed it since. A record whose earliest
whole-record entry after the moment created it did not exist then; one that was deleted
since existed and had the values its deletion entry kept (less what changed before).
The "created" entries an import of a file without history writes are passed over: they
say when a record came into this database, not when it came to be. Entries are read in
batches of ids over the index on (list, record id, seq).
"""

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any, Final

from sqlalchemy import Boolean, ColumnElement, Date, Integer, select
from sqlalchemy import Enum as EnumType
from sqlalchemy.orm import Session

from ontwikkeltafel.model import Base, HistoryEntry
from ontwikkeltafel.model.base import UtcDateTime
from ontwikkeltafel.services.past import CHUNK as CHUNK
from ontwikkeltafel.services.past import UNCHANGED, Entry, Past, Timeline, chunks, roll_back
from ontwikkeltafel.services.past import by_import as by_import
from ontwikkeltafel.services.past import end_of_day as end_of_day
from ontwikkeltafel.store.history import IMPORT_NOTE, name_of

#: The "created" entries of an import, left out where they are read: they tell nothing.
_BY_IMPORT: Final = (
    HistoryEntry.field.is_(None)
    & HistoryEntry.old.is_(None)
    & (
        (HistoryEntry.note == IMPORT_NOTE)
        | HistoryEntry.note.startswith(f"{IMPORT_NOTE} ", autoescape=True)
    )
)


def python_value(column: ColumnElement[Any], value: Any) -> Any:
    """A JSON value from the history as the column holds it (enum, date, moment...)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        enum_class: type[Enum] = kind.enum_class
        return enum_class(value)
    if isinstance(kind, UtcDateTime):
        return datetime.fromisoformat(value).astimezone(UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return value


class AsOf:
    """The records of one session as they stood at ``moment`` (entries after it undone).

    Call :meth:`load` with the ids of a list before asking about many of them: it reads
    their entries in a few queries; an id not loaded is read on its own when asked.
    """

    def __init__(self, session: Session, moment: datetime) -> None:
        self.session = session
        self.moment = moment
        self._past: dict[tuple[str, str], Past] = {}
        #: What callers made of records at this moment, to make it once (a person...).
        self.made: dict[tuple[str, str], Any] = {}

    def load(self, list_name: str, ids: Iterable[str]) -> None:
        """Read the entries after the moment of the records ``ids`` of ``list_name``."""
        load_together([self], list_name, ids)

    def past(self, list_name: str, record_id: str) -> Past:
        """What changed in record ``record_id`` of ``list_name`` since the moment."""
        if (list_name, record_id) not in self._past:
            self.load(list_name, [record_id])
        return self._past[list_name, record_id]

    def existed(self, record: Base) -> bool:
        """Whether ``record`` existed at the moment (records the history never saw did)."""
        return self.past(*name_of(record)).existed

    def values(self, record: Base, names: Iterable[str] | None = None) -> dict[str, Any]:
        """The column values of ``record`` at the moment (``names``, else all of them)."""
        changed = self.past(*name_of(record)).values
        if not changed and names is not None:  # most records: nothing changed since
            return {name: getattr(record, name) for name in names}
        columns = record.__table__.columns
        wanted = list(names) if names is not None else [c.key for c in columns]
        result = {}
        for name in wanted:
            if name in changed and name in columns:
                result[name] = python_value(columns[name], changed[name])
            else:
                result[name] = getattr(record, name)
        return result

    def value(self, record: Base, name: str) -> Any:
        """One column value of ``record`` at the moment."""
        return self.values(record, (name,))[name]


def load_together(views: Sequence[AsOf], list_name: str, ids: Iterable[str]) -> None:
    """:meth:`AsOf.load` for views of one session at several moments, in one read."""
    wanted = sorted({i for i in ids if any((list_name, i) not in v._past for v in views)})
    earliest = min(view.moment for view in views)
    for part in chunks(wanted):
        found = _entries(views[0].session, list_name, part, HistoryEntry.at > earliest)
        for view in views:
            for record_id in part:
                changes = [e[1:] for e in found.get(record_id, ()) if e[0] > view.moment]
                view._past[list_name, record_id] = roll_back(changes) if changes else UNCHANGED


def _entries(
    session: Session, list_name: str, ids: Sequence[str], *where: ColumnElement[bool]
) -> dict[str, list[Entry]]:
    """The entries (import's "created" left out) of records ``ids``, by id, in order."""
    query = (
        select(
            HistoryEntry.record_id,
            HistoryEntry.at,
            HistoryEntry.field,
            HistoryEntry.old,
            HistoryEntry.new,
            HistoryEntry.note,
        )
        .where(HistoryEntry.list == list_name, HistoryEntry.record_id.in_(ids), ~_BY_IMPORT, *where)
        .order_by(HistoryEntry.record_id, HistoryEntry.at, HistoryEntry.seq)
    )
    found: dict[str, list[Entry]] = {}
    for record_id, at, field_name, old, new, note in session.execute(query):
        found.setdefault(record_id, []).append((at, field_name, old, new, note))
    return found


def deleted_since(
    session: Session, list_name: str, moment: datetime, owner: str, owner_id: str
) -> list[str]:
    """Ids of records of ``list_name`` deleted after ``moment`` whose ``owner`` was ``owner_id``.

    The owner's id is looked for in the text first, so only a few entries are decoded;
    :meth:`AsOf.past` gives their values at the moment.
    """
    query = (
        select(HistoryEntry.record_id, HistoryEntry.old)
        .where(
            HistoryEntry.list == list_name,
            HistoryEntry.at > moment,
            HistoryEntry.field.is_(None),
            HistoryEntry.new.is_(None),
            HistoryEntry.old.contains(owner_id, autoescape=True),
        )
        .order_by(HistoryEntry.at, HistoryEntry.seq)
    )
    found: list[str] = []
    for record_id, old in session.execute(query):
        if json.loads(old or "{}").get(owner) == owner_id and record_id not in found:
            found.append(record_id)
    return found


def typed(record_class: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """JSON ``values`` of a record of ``record_class`` as its columns hold them."""
    columns = record_class.__table__.columns
    return {name: python_value(columns[name], v) for name, v in values.items() if name in columns}


#: What an invitation tells of a meeting and of its agenda items.
_TIME_AND_PLACE: Final = ("starts_at", "ends_at", "location")
_AGENDA_SHOWN: Final = ("title", "position", "planned_minutes", "presenter_id", "confidential")
#: Agenda items entered this soon after their meeting were made with it (its template).
_WITH_THE_MEETING: Final = timedelta(seconds=1)


def revisions(session: Session, meeting_id: str, item_ids: Sequence[str]) -> int:
    """How often the time, place or agenda of a meeting changed since it was made.

    Each moment counts once (moving a meeting changes its start and end together).
    ``item_ids`` are its agenda items now; those deleted since are found in the history.
    """
    made = session.scalar(
        select(HistoryEntry.at)
        .where(
            HistoryEntry.list == "meetings",
            HistoryEntry.record_id == meeting_id,
            HistoryEntry.field.is_(None),
            HistoryEntry.old.is_(None),
        )
        .order_by(HistoryEntry.at, HistoryEntry.seq)
        .limit(1)
    )
    since = made or datetime(1900, 1, 1, tzinfo=UTC)
    moments = set(
        session.scalars(
            select(HistoryEntry.at).where(
                HistoryEntry.list == "meetings",
                HistoryEntry.record_id == meeting_id,
                HistoryEntry.field.in_(_TIME_AND_PLACE),
                HistoryEntry.at > since,
            )
        )
    )
    items = [*item_ids, *deleted_since(session, "agenda", since, "meeting_id", meeting_id)]
    for part in chunks(sorted(set(items))):
        query = select(HistoryEntry.at, HistoryEntry.field, HistoryEntry.old).where(
            HistoryEntry.list == "agenda",
            HistoryEntry.record_id.in_(part),
            HistoryEntry.at > since,
            HistoryEntry.field.in_(_AGENDA_SHOWN) | HistoryEntry.field.is_(None),
        )
        for at, name, old in session.execute(query):
            if name is None and old is None and made is not None and at - made < _WITH_THE_MEETING:
                continue
            moments.add(at)
    return len(moments)


def timelines(
    session: Session, list_name: str, ids: Sequence[str], name: str
) -> dict[str, Timeline]:
    """The timeline of field ``name`` of each record ``ids`` of ``list_name``."""
    found: dict[str, list[Entry]] = {}
    only_this = (HistoryEntry.field == name) | HistoryEntry.field.is_(None)
    for part in chunks(sorted(set(ids))):
        found.update(_entries(session, list_name, part, only_this))
    return {record_id: Timeline(name, found.get(record_id, [])) for record_id in ids}

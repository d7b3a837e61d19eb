"""What records looked like at a moment: their current values with the history rolled back.

A field's value at a moment is the ``old`` of its earliest history entry after that
moment, or its current value when nothing changed it since. A record whose earliest
whole-record entry after the moment created it did not exist then; one that was deleted
since existed and had the values its deletion entry kept (less what changed before).
The "created" entries an import of a file without history writes are passed over: they
say when a record came into this database, not when it came to be. Entries are read in
batches of ids over the index on (list, record id, seq), as plain SQL (store.plain): the
same on SQLite and PostgreSQL, without SQLAlchemy.

Records are rows as :mod:`services.report_rows` gives them: dicts of Python values by
column name. :func:`python_value` makes a stored or history (JSON) value such a value.
"""

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

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
    Priority,
    Sector,
    TableStatus,
)
from ontwikkeltafel.model.zone import AMSTERDAM
from ontwikkeltafel.store.history_names import IMPORT_NOTE
from ontwikkeltafel.store.plain import Plain, day, flag, in_list, moment

CHUNK: Final = 900  # ids per query: under the smallest limit on parameters (SQLite 999)


def end_of_day(when: date) -> datetime:
    """The last moment of ``when`` in Amsterdam (what was entered that day counts)."""
    midnight = datetime.combine(when + timedelta(days=1), time.min, tzinfo=AMSTERDAM)
    return (midnight - timedelta(microseconds=1)).astimezone(UTC)


def by_import(note: str | None) -> bool:
    """Whether an entry was written by an import for what it brought in."""
    return bool(note) and (note == IMPORT_NOTE or str(note).startswith(f"{IMPORT_NOTE} "))


#: The SQL of :func:`by_import` for a "created" entry (the same on both engines, case and all).
_NOT_BY_IMPORT: Final = (
    "NOT (field IS NULL AND old IS NULL AND (note = :import_note"
    f" OR substr(note, 1, {len(IMPORT_NOTE) + 1}) = :import_prefix))"
)
_IMPORT_PARAMS: Final = {"import_note": IMPORT_NOTE, "import_prefix": f"{IMPORT_NOTE} "}


@dataclass
class Past:
    """What the history says about one record at the moment asked.

    ``values`` holds the JSON value (as the history keeps it) of each field that changed
    since, ``known`` the names of those the history tells for certain; for a record
    created since (``existed`` False) it holds the values it was created with, the
    earliest state known.
    """

    existed: bool = True
    values: dict[str, Any] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)
    deleted: bool = False


#: A record nothing happened to since the moment.
UNCHANGED: Final = Past()

#: (at, field, old, new, note) of one history entry.
Entry = tuple[datetime, str | None, str | None, str | None, str | None]

#: (field, old, new, note) of one history entry.
Change = tuple[str | None, str | None, str | None, str | None]


def roll_back(entries: Iterable[Change]) -> Past:
    """The record at the moment, from its entries after it, earliest first."""
    values: dict[str, Any] = {}
    for name, old, new, note in entries:
        if name is not None:
            values.setdefault(name, None if old is None else json.loads(old))
        elif old is None and by_import(note):
            continue  # brought in by an import: as it came in, it was before
        elif old is None:  # created after the moment
            first = json.loads(new) if new else {}
            return Past(existed=False, values={**first, **values}, known=set(values))
        else:  # deleted after the moment: what did not change before that, it kept
            for key, value in json.loads(old).items():
                values.setdefault(key, value)
            return Past(values=values, known=set(values), deleted=True)
    return Past(values=values, known=set(values))


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    """``ids`` in slices of at most ``size``."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _number(value: Any) -> int:
    return int(value)


#: Per history list, the columns whose values are no plain text: how to read them. The
#: same function reads a stored value (SQLite's text, PostgreSQL's value) and a JSON one.
KINDS: Final[dict[str, dict[str, Callable[[Any], Any]]]] = {
    "meetings": {
        "kind": MeetingKind,
        "starts_at": moment,
        "ends_at": moment,
        "status": MeetingStatus,
        "minutes_approved_on": day,
    },
    "agenda": {
        "position": _number,
        "kind": AgendaItemKind,
        "planned_minutes": _number,
        "confidential": flag,
        "started_at": moment,
        "ended_at": moment,
    },
    "actions": {"due_on": day, "status": ActionStatus, "done_on": day},
    "organisations": {"sector": Sector},
    "attendance": {"status": AttendanceStatus, "position": _number},
    "members": {"role": MemberRole, "position": _number},
    "decisions": {"position": _number},
    "tables": {
        "started_on": day,
        "ended_on": day,
        "status": TableStatus,
        "retention_years": _number,
    },
    "concerns": {"kind": ConcernKind, "status": ConcernStatus, "priority": Priority},
    "development_points": {"status": DevelopmentPointStatus},
}


def python_value(list_name: str, name: str, value: Any) -> Any:
    """A stored or history (JSON) value of column ``name`` of ``list_name`` as Python's."""
    if value is None:
        return None
    kind = KINDS.get(list_name, {}).get(name)
    return value if kind is None else kind(value)


def typed(list_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Stored or JSON ``values`` of a record of ``list_name`` as Python values."""
    result = dict(values)
    for name, kind in KINDS.get(list_name, {}).items():  # only the columns that need it
        value = result.get(name)
        if value is not None:
            result[name] = kind(value)
    return result


class AsOf:
    """The records as they stood at ``moment`` (entries after it undone), read through ``db``.

    Call :meth:`load` with the ids of a list before asking about many of them: it reads
    their entries in a few queries; an id not loaded is read on its own when asked.
    """

    def __init__(self, db: Plain, moment: datetime) -> None:
        """Read through ``db`` (one transaction) as at ``moment`` (aware)."""
        self.db = db
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

    def existed(self, list_name: str, record_id: str) -> bool:
        """Whether the record existed at the moment (records the history never saw did)."""
        return self.past(list_name, record_id).existed

    def values(
        self, list_name: str, row: Mapping[str, Any], names: Iterable[str], key: str = ""
    ) -> dict[str, Any]:
        """The values ``names`` of ``row`` (a record now, Python values) at the moment.

        ``key`` is the history's id of the record (its ``id`` when left out).
        """
        changed = self.past(list_name, key or row["id"]).values
        result = {}
        for name in names:
            if name in changed:
                result[name] = python_value(list_name, name, changed[name])
            else:
                result[name] = row[name]
        return result

    def value(self, list_name: str, row: Mapping[str, Any], name: str, key: str = "") -> Any:
        """One value of ``row`` at the moment."""
        return self.values(list_name, row, (name,), key)[name]


def load_together(views: Sequence[AsOf], list_name: str, ids: Iterable[str]) -> None:
    """:meth:`AsOf.load` for views of one transaction at several moments, in one read."""
    wanted = sorted({i for i in ids if any((list_name, i) not in v._past for v in views)})
    if not wanted:
        return
    earliest = min(view.moment for view in views)
    db = views[0].db
    for part in chunks(wanted):
        found = _entries(db, list_name, part, "at > :after", {"after": db.moment_value(earliest)})
        for view in views:
            for record_id in part:
                changes = [e[1:] for e in found.get(record_id, ()) if e[0] > view.moment]
                view._past[list_name, record_id] = roll_back(changes) if changes else UNCHANGED


def _entries(
    db: Plain, list_name: str, ids: Sequence[str], where: str, params: Mapping[str, Any]
) -> dict[str, list[Entry]]:
    """The entries (import's "created" left out) of records ``ids``, by id, in order."""
    wanted, id_params = in_list("id", ids)
    rows = db.rows(
        "SELECT record_id, at, field, old, new, note FROM history"
        f" WHERE list = :list AND record_id IN {wanted} AND {_NOT_BY_IMPORT} AND {where}"
        " ORDER BY record_id, at, seq",
        {"list": list_name, **id_params, **_IMPORT_PARAMS, **params},
    )
    found: dict[str, list[Entry]] = {}
    for row in rows:
        at = moment(row["at"])
        assert at is not None
        entry = (at, row["field"], row["old"], row["new"], row["note"])
        found.setdefault(row["record_id"], []).append(entry)
    return found


def _like(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere (its wildcards escaped with ``/``)."""
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def deleted_since(
    db: Plain, list_name: str, since: datetime, owner: str, owner_id: str
) -> list[str]:
    """Ids of records of ``list_name`` deleted after ``since`` whose ``owner`` was ``owner_id``.

    The owner's id is looked for in the text first, so only a few entries are decoded;
    :meth:`AsOf.past` gives their values at the moment.
    """
    rows = db.rows(
        "SELECT record_id, old FROM history WHERE list = :list AND at > :since"
        " AND field IS NULL AND new IS NULL AND old LIKE :pattern ESCAPE '/'"
        " ORDER BY at, seq",
        {"list": list_name, "since": db.moment_value(since), "pattern": _like(owner_id)},
    )
    found: list[str] = []
    for row in rows:
        record_id = row["record_id"]
        if json.loads(row["old"] or "{}").get(owner) == owner_id and record_id not in found:
            found.append(record_id)
    return found


#: What an invitation tells of a meeting and of its agenda items.
_TIME_AND_PLACE: Final = ("starts_at", "ends_at", "location")
_AGENDA_SHOWN: Final = ("title", "position", "planned_minutes", "presenter_id", "confidential")
#: Agenda items entered this soon after their meeting were made with it (its template).
_WITH_THE_MEETING: Final = timedelta(seconds=1)


def revisions(db: Plain, meeting_id: str, item_ids: Sequence[str]) -> int:
    """How often the time, place or agenda of a meeting changed since it was made.

    Each moment counts once (moving a meeting changes its start and end together).
    ``item_ids`` are its agenda items now; those deleted since are found in the history.
    """
    made = moment(
        db.scalar(
            "SELECT at FROM history WHERE list = 'meetings' AND record_id = :id"
            " AND field IS NULL AND old IS NULL ORDER BY at, seq LIMIT 1",
            {"id": meeting_id},
        )
    )
    since = made or datetime(1900, 1, 1, tzinfo=UTC)
    fields, field_params = in_list("f", _TIME_AND_PLACE)
    moments = {
        moment(row["at"])
        for row in db.rows(
            "SELECT at FROM history WHERE list = 'meetings' AND record_id = :id"
            f" AND field IN {fields} AND at > :since",
            {"id": meeting_id, "since": db.moment_value(since), **field_params},
        )
    }
    items = [*item_ids, *deleted_since(db, "agenda", since, "meeting_id", meeting_id)]
    shown, shown_params = in_list("f", _AGENDA_SHOWN)
    for part in chunks(sorted(set(items))):
        wanted, id_params = in_list("id", part)
        rows = db.rows(
            "SELECT at, field, old FROM history WHERE list = 'agenda'"
            f" AND record_id IN {wanted} AND at > :since"
            f" AND (field IN {shown} OR field IS NULL)",
            {"since": db.moment_value(since), **id_params, **shown_params},
        )
        for row in rows:
            at = moment(row["at"])
            assert at is not None
            name, old = row["field"], row["old"]
            if name is None and old is None and made is not None and at - made < _WITH_THE_MEETING:
                continue
            moments.add(at)
    return len(moments)


class Timeline:
    """One field of one record through time, from its entries (earliest first)."""

    def __init__(self, name: str, entries: list[Entry]) -> None:
        """``entries``: of the record's field ``name`` and whole-record ones, earliest first."""
        self.name = name
        told = [e for e in entries if not (e[1] is None and e[2] is None and by_import(e[4]))]
        self._moments = [entry[0] for entry in told]
        self._entries = [entry[1:] for entry in told]
        self.empty = not told  # nothing happened to it: as it is now, all along

    def at(self, when: datetime, current: Any) -> tuple[bool, Any]:
        """(whether the record existed, the field's JSON value) at ``when``.

        ``current`` is the value now (JSON), which holds when nothing changed it since.
        """
        index = bisect_right(self._moments, when)
        if index == len(self._entries):
            return True, current
        name, old, new, _note = self._entries[index]
        if name is not None:
            return True, None if old is None else json.loads(old)
        if old is None:  # created after the moment: its first value is the earliest known
            return False, json.loads(new or "{}").get(self.name, current)
        return True, json.loads(old).get(self.name, current)


def timelines(db: Plain, list_name: str, ids: Sequence[str], name: str) -> dict[str, Timeline]:
    """The timeline of field ``name`` of each record ``ids`` of ``list_name``."""
    found: dict[str, list[Entry]] = {}
    for part in chunks(sorted(set(ids))):
        found.update(
            _entries(db, list_name, part, "(field = :name OR field IS NULL)", {"name": name})
        )
    return {record_id: Timeline(name, found.get(record_id, [])) for record_id in ids}

"""The history of one table as a whole: every change to it and to what belongs to it.

The table itself, its members, its meetings with their agenda items, decisions and
attendance, its actions, concerns and development points: who changed what, when,
newest first, read-only. Each entry says which record it is about (``about``: the meeting,
then the agenda item, then the decision...). Records deleted since still count: the
history keeps their values, and those name the table or meeting they belonged to.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ontwikkeltafel.model import (
    AMSTERDAM,
    Action,
    AgendaItem,
    Concern,
    Decision,
    DevelopmentPoint,
    HistoryEntry,
    Meeting,
    Table,
)
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.history_view import (
    Entry,
    aware,
    decode,
    field_enums,
    names_now,
    referred,
)


@dataclass(frozen=True)
class Subject:
    """A record an entry is about: its list, id and name; a meeting's day, an action's number."""

    list_name: str
    record_id: str
    name: str
    on: date | None = None
    number: str = ""


@dataclass(frozen=True)
class TableEntry(Entry):
    """An :class:`Entry` of a table's history, with the record it is about.

    ``about`` runs from the outer record to the one changed: (meeting, agenda item,
    decision); a person of the members or attendance is named in the last subject.
    """

    list_name: str = ""
    record_id: str = ""
    about: tuple[Subject, ...] = ()


@dataclass(frozen=True)
class _Record:
    name: str
    on: date | None
    number: str
    parent: str  # the id of the record it belongs to (the table, its meeting, its item)


#: Lists with records of their own that belong to a table: (list, model, parent field,
#: parent list), parents before children.
_OWNED: tuple[tuple[str, type[Any], str, str], ...] = (
    ("meetings", Meeting, "table_id", "tables"),
    ("agenda", AgendaItem, "meeting_id", "meetings"),
    ("decisions", Decision, "agenda_item_id", "agenda"),
    ("actions", Action, "table_id", "tables"),
    ("concerns", Concern, "table_id", "tables"),
    ("development_points", DevelopmentPoint, "table_id", "tables"),
)

#: Rows named "<owner id>/<person id>": list -> the list of their owner.
_PAIRS = {"members": "tables", "attendance": "meetings"}

_NAME_FIELD = {"meetings": "title", "agenda": "title", "decisions": "text"}


def _day(value: Any) -> date | None:
    """A meeting's day in Amsterdam from a stored moment (a datetime or its ISO text)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime):
        return aware(value).astimezone(AMSTERDAM).date()
    return None


def _record(list_name: str, values: dict[str, Any], parent: str) -> _Record:
    name = values.get(_NAME_FIELD.get(list_name, ""))
    if name is None:
        name = values.get("description" if list_name == "actions" else "title")
    on = _day(values.get("starts_at")) if list_name == "meetings" else None
    return _Record(str(name or ""), on, str(values.get("number") or ""), parent)


def _columns(model: type[Any]) -> list[InstrumentedAttribute[Any]]:
    names = ("id", "title", "text", "description", "number", "starts_at")
    return [getattr(model, n) for n in names if hasattr(model, n)]


def _live(
    session: Session, list_name: str, model: type[Any], field: str, parents: set[str]
) -> dict[str, _Record]:
    """The records of ``list_name`` that belong to one of ``parents`` now."""
    if not parents:
        return {}
    parent_column = getattr(model, field)
    query = select(*_columns(model), parent_column).where(parent_column.in_(parents))
    found = {}
    for row in session.execute(query):
        values = dict(row._mapping)
        found[str(values["id"])] = _record(list_name, values, str(values[field]))
    return found


def _gone_or_moved(
    session: Session, list_name: str, model: type[Any], field: str, parents: set[str]
) -> dict[str, _Record]:
    """Records of ``list_name`` that belonged to one of ``parents`` and were deleted or moved.

    A deleted record is known by its whole-record entries (the values when it was made
    or deleted); a moved one by the entries of its ``field``.
    """
    if not parents:
        return {}
    whole = and_(HistoryEntry.field.is_(None), HistoryEntry.record_id.not_in(select(model.id)))
    query = (
        select(HistoryEntry.record_id, HistoryEntry.field, HistoryEntry.old, HistoryEntry.new)
        .where(HistoryEntry.list == list_name, or_(whole, HistoryEntry.field == field))
        .order_by(HistoryEntry.seq)
    )
    last: dict[str, dict[str, Any]] = {}
    moved: dict[str, str] = {}
    for record_id, changed, old, new in session.execute(query):
        if changed is None:
            values = decode(new) if new is not None else decode(old)
            if isinstance(values, dict):
                last[record_id] = values
            continue
        for value in (decode(old), decode(new)):
            if value in parents:
                moved[record_id] = str(value)
    found = {
        record_id: _record(list_name, values, str(values.get(field)))
        for record_id, values in last.items()
        if values.get(field) in parents
    }
    moved_ids = set(moved) - set(found)
    if moved_ids:
        query = select(*_columns(model)).where(model.id.in_(moved_ids))
        for row in session.execute(query):
            values = dict(row._mapping)
            found[str(values["id"])] = _record(list_name, values, moved[str(values["id"])])
    return found


def _pairs(session: Session, list_name: str, owners: set[str]) -> dict[str, _Record]:
    """The members or attendance rows ("<owner>/<person>") of ``owners`` the history names."""
    if not owners:
        return {}
    query = select(HistoryEntry.record_id).where(HistoryEntry.list == list_name).distinct()
    found = {}
    for (record_id,) in session.execute(query):
        owner, _, person = record_id.partition("/")
        if owner in owners:
            found[record_id] = _Record(person, None, "", owner)
    return found


def _records(
    session: Session, table_id: str, meeting_id: str | None = None
) -> dict[str, dict[str, _Record]]:
    """Every record of the table, live or gone: list -> id -> what it is called and its parent.

    With ``meeting_id`` (and no table) those of that one meeting instead.
    """
    title = session.scalar(select(Table.title).where(Table.id == table_id))
    found: dict[str, dict[str, _Record]] = {
        "tables": {table_id: _Record(title or "", None, "", "")}
    }
    if meeting_id is not None:
        found = {"tables": {}, "meetings": {meeting_id: _Record("", None, "", "")}}
    for list_name, model, field, parent_list in _OWNED:
        if list_name in found:
            continue
        parents = set(found[parent_list])
        records = _gone_or_moved(session, list_name, model, field, parents)
        records.update(_live(session, list_name, model, field, parents))
        found[list_name] = records
    for list_name, owner_list in _PAIRS.items():
        found[list_name] = _pairs(session, list_name, set(found[owner_list]))
    people = names_now(session, "people", {r.name for k in _PAIRS for r in found[k].values()})
    for list_name in _PAIRS:
        found[list_name] = {
            key: _Record(people.get(r.name, ""), None, "", r.parent)
            for key, r in found[list_name].items()
        }
    return found


#: The list each list's records belong to (their parent), for the words of ``about``.
_PARENT = {name: parent for name, _m, _f, parent in _OWNED} | _PAIRS


def _about(
    found: dict[str, dict[str, _Record]], list_name: str, record_id: str
) -> tuple[Subject, ...]:
    chain: list[Subject] = []
    while list_name != "tables" or not chain:
        record = found.get(list_name, {}).get(record_id)
        if record is None:
            break
        chain.append(Subject(list_name, record_id, record.name, record.on, record.number))
        if list_name == "tables":
            break
        list_name, record_id = _PARENT[list_name], record.parent
    chain.reverse()  # the table's own records need not say which table
    return tuple(chain)


def record_keys(
    session: Session, table_id: str = "", meeting_id: str | None = None
) -> set[tuple[str, str]]:
    """(list, record id) of every record of a table (or of one meeting), live or gone."""
    found = _records(session, table_id, meeting_id)
    return {(list_name, key) for list_name, records in found.items() for key in records}


_ENTRY_COLUMNS = ("seq", "at", "by", "list", "record_id", "field", "old", "new", "note")


def _conditions(found: dict[str, dict[str, _Record]]) -> Iterable[ColumnElement[bool]]:
    for list_name, records in found.items():
        if records:
            yield and_(HistoryEntry.list == list_name, HistoryEntry.record_id.in_(list(records)))


def table_entries(
    sessions: SessionFactory, table_id: str, limit: int | None = None
) -> list[TableEntry]:
    """Every change of the table ``table_id`` and what belongs to it, newest first.

    ``limit`` keeps the newest that many. An unknown table without history has none.
    """
    with sessions() as session:
        found = _records(session, table_id)
        columns = [getattr(HistoryEntry, n) for n in _ENTRY_COLUMNS]
        query = (
            select(*columns)
            .where(or_(*_conditions(found)))
            .order_by(HistoryEntry.seq.desc())
            .limit(limit)
        )
        rows = list(session.execute(query))
        wanted: dict[str, set[str]] = {}
        decoded = []
        for row in rows:
            old, new = decode(row.old), decode(row.new)
            decoded.append((row, old, new))
            for value in (old, new):
                for kind, id_ in referred(row.field, value):
                    wanted.setdefault(kind, set()).add(id_)
        names: dict[str, str] = {}
        for kind, ids in wanted.items():
            names.update(names_now(session, kind, ids))
        for list_name in ("meetings", "agenda", "decisions"):  # gone ones too, by their last name
            for record_id, record in found[list_name].items():
                names.setdefault(record_id, record.name)
    enums: dict[str, dict[str, type[StrEnum]]] = {}
    abouts: dict[tuple[str, str], tuple[Subject, ...]] = {}
    entries = []
    for row, old, new in decoded:
        if row.list not in enums:
            enums[row.list] = field_enums(row.list)
        key = (row.list, row.record_id)
        if key not in abouts:
            abouts[key] = _about(found, row.list, row.record_id)
        entries.append(
            TableEntry(
                row.seq,
                aware(row.at),
                row.by,
                row.field,
                old,
                new,
                row.note,
                enums[row.list].get(row.field or ""),
                names,
                row.list,
                row.record_id,
                abouts[key],
            )
        )
    return entries

"""Write the history of every change in the transaction that makes it.

Changes made through the ORM are recorded by a flush hook on every session of the app
(:func:`install`); writes made with Core statements (link lists, positions, deletes
that cascade, imports) call :func:`record` themselves. Entries name records as the
exchange format does: by their list (``meetings``, ``agenda``, ``attendance``...) and id.
"""

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from ontwikkeltafel.model import AMSTERDAM, Base, HistoryEntry
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.preferences import os_user_name
from ontwikkeltafel.store import announce
from ontwikkeltafel.store.history_names import IMPORT_NOTE as IMPORT_NOTE

HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]

#: Database table -> the exchange list its records are named by in the history.
LIST_OF_TABLE = {
    "organisations": "organisations",
    "people": "people",
    "themes": "themes",
    "tables": "tables",
    "meetings": "meetings",
    "concerns": "concerns",
    "practices": "practices",
    "development_points": "development_points",
    "actions": "actions",
    "agenda_items": "agenda",
    "decisions": "decisions",
    "attendance": "attendance",
    "table_members": "members",
}

#: Rows without an id of their own: named "<owner id>/<person id>".
_PAIR_KEYS = {"attendance": ("meeting_id", "person_id"), "table_members": ("table_id", "person_id")}

#: Columns that are bookkeeping, not what a person changed (list order of the exchange).
_NOT_RECORDED = {"attendance": {"position"}, "table_members": {"position"}}

#: Columns kept with the record but never put in the history (a document, not a value;
#: the version the ORM counts changes by).
_NEVER = {"adoption_document", "documents_sent", "version"}


AUTHOR = "author"  # the key in Session.info of the name entries are written by


def set_author(sessions: sessionmaker[Session], name: str) -> None:
    """Make ``name`` the author of every entry written through ``sessions`` from now on."""
    info = dict(sessions.kw.get("info") or {})
    info[AUTHOR] = name.strip() or os_user_name()
    sessions.configure(info=info)


def author_of(session: Session) -> str:
    """Who writes through ``session``."""
    return str(session.info.get(AUTHOR) or os_user_name())


def json_value(value: Any) -> Any:
    """A value as JSON sees it: dates ISO, moments ISO in Amsterdam time, enums by code."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.astimezone(AMSTERDAM).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [json_value(v) for v in value]
    return str(value)


def dumps(value: Any) -> str | None:
    """The stored text of an old or new value (None stays None)."""
    if value is None:
        return None
    return json.dumps(json_value(value), ensure_ascii=False, sort_keys=False)


def record_key(table: str, row: Mapping[str, Any]) -> str:
    """The history's id of a row of ``table``."""
    pair = _PAIR_KEYS.get(table)
    if pair is not None:
        return f"{row[pair[0]]}/{row[pair[1]]}"
    return str(row["id"])


def recorded_values(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The values of a whole row as its created or deleted entry keeps them."""
    skipped = {"id", *_NOT_RECORDED.get(table, ()), *_NEVER}
    return {k: json_value(v) for k, v in row.items() if k not in skipped}


def entry(
    session: Session,
    list_name: str,
    record_id: str,
    field: str | None,
    old: Any,
    new: Any,
    note: str = "",
    at: datetime | None = None,
) -> dict[str, Any]:
    """One history row, ready for :func:`write`."""
    return {
        "id": new_id(),
        "at": at or datetime.now(UTC),
        "by": author_of(session),
        "list": list_name,
        "record_id": record_id,
        "field": field,
        "old": dumps(old),
        "new": dumps(new),
        "note": note,
    }


def write(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert history rows in the session's transaction, in the order given."""
    if rows:
        session.connection().execute(insert(HISTORY), rows)
        announce.note_history(session, rows)  # other windows refresh these (PostgreSQL)


def record(
    session: Session,
    list_name: str,
    record_id: str,
    field: str | None,
    old: Any,
    new: Any,
    note: str = "",
) -> None:
    """Record one change: a field (``field``), or a whole record created or deleted (None)."""
    write(session, [entry(session, list_name, record_id, field, old, new, note)])


def record_rows(
    session: Session, table: str, rows: Iterable[Mapping[str, Any]], created: bool, note: str = ""
) -> None:
    """Record whole rows of ``table`` created (``created``) or deleted; unlisted tables pass."""
    list_name = LIST_OF_TABLE.get(table)
    if list_name is None:
        return
    at = datetime.now(UTC)
    entries = []
    for row in rows:
        values = recorded_values(table, row)
        old, new = (None, values) if created else (values, None)
        key = record_key(table, row)
        entries.append(entry(session, list_name, key, None, old, new, note, at))
    write(session, entries)


def record_fields(
    session: Session,
    table: str,
    key: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    note: str = "",
) -> None:
    """Record each field whose value differs between ``old`` and ``new`` (same names)."""
    list_name = LIST_OF_TABLE.get(table)
    if list_name is None:
        return
    skipped = _NOT_RECORDED.get(table, set()) | _NEVER
    at = datetime.now(UTC)
    record_id = record_key(table, key)
    entries = [
        entry(session, list_name, record_id, name, old.get(name), value, note, at)
        for name, value in new.items()
        if name not in skipped and json_value(old.get(name)) != json_value(value)
    ]
    write(session, entries)


def _column_values(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: getattr(obj, attr.key) for attr in state.mapper.column_attrs}


def name_of(obj: Base) -> tuple[str, str]:
    """The history's (list, record id) of a record of a listed table."""
    table = str(obj.__tablename__)
    keys = _PAIR_KEYS.get(table, ("id",))  # only the key: a report asks for thousands
    return LIST_OF_TABLE[table], record_key(table, {k: getattr(obj, k) for k in keys})


def _whole(session: Session, obj: Base, created: bool, at: datetime) -> dict[str, Any] | None:
    """The entry of an object the flush created or deleted (None for unlisted tables)."""
    table = str(obj.__tablename__)
    if table not in LIST_OF_TABLE:
        return None
    values = _column_values(obj)
    kept = recorded_values(table, values)
    old, new = (None, kept) if created else (kept, None)
    return entry(session, LIST_OF_TABLE[table], record_key(table, values), None, old, new, at=at)


def _changed(session: Session, obj: Base, at: datetime) -> list[dict[str, Any]]:
    """The entries of the fields the flush changed on ``obj``."""
    table = str(obj.__tablename__)
    if table not in LIST_OF_TABLE or not session.is_modified(obj):
        return []
    state = inspect(obj)
    skipped = {"id", *_NOT_RECORDED.get(table, ()), *_NEVER}
    key = record_key(table, _column_values(obj))
    rows = []
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if attr.key in skipped or not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if json_value(old) != json_value(new):
            rows.append(entry(session, LIST_OF_TABLE[table], key, attr.key, old, new, at=at))
    return rows


def _after_flush(session: Session, _context: object) -> None:
    """Record what the ORM just wrote: new, changed and deleted objects."""
    at = datetime.now(UTC)
    rows = [row for obj in session.new if (row := _whole(session, obj, True, at))]
    for obj in session.dirty:
        rows += _changed(session, obj, at)
    rows += [row for obj in session.deleted if (row := _whole(session, obj, False, at))]
    write(session, rows)


def install(sessions: sessionmaker[Session]) -> None:
    """Record the ORM changes of every session ``sessions`` makes (and announce them)."""
    event.listen(sessions, "after_flush", _after_flush)
    announce.install(sessions)

"""The history of one record as a person reads it: its entries, and the versions of a text.

Read-only queries over the ``history`` table (written by ``store/history.py``). Values
come back decoded from their JSON; an entry names which enum a field holds, so the
window can show the glossary's label instead of the code.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum as SqlEnum
from sqlalchemy import Table as CoreTable
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import (
    AgendaItem,
    Concern,
    HistoryEntry,
    Meeting,
    Organisation,
    Person,
    Practice,
    Table,
    Theme,
)
from ontwikkeltafel.model.base import Base
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.history import LIST_OF_TABLE

#: The history's list name -> the kind of record the editing services know it by.
KIND_OF_LIST = {name: table for table, name in LIST_OF_TABLE.items()}


def list_of_kind(kind: str) -> str:
    """The history's list name of a kind of record (``agenda_items`` -> ``agenda``)."""
    return LIST_OF_TABLE.get(kind, kind)


@dataclass(frozen=True)
class Entry:
    """One change of a record: a field (``field``) or the whole record created or deleted.

    ``old`` and ``new`` are the decoded values (a dict of values for a whole record);
    ``enum`` is the enum class the field holds, if any; ``names`` names the records the
    values refer to by id (people, organisations, themes...) as they are called now.
    """

    seq: int
    at: datetime
    by: str
    field: str | None
    old: Any
    new: Any
    note: str = ""
    enum: type[StrEnum] | None = None
    names: Mapping[str, str] = dataclass_field(default_factory=dict)

    @property
    def created(self) -> bool:
        """Whether this entry made the record."""
        return self.field is None and self.old is None

    @property
    def deleted(self) -> bool:
        """Whether this entry deleted the record."""
        return self.field is None and self.new is None


@dataclass(frozen=True)
class TextVersion:
    """A text as it stood after a change: when, by whom (``at`` None: before the history)."""

    at: datetime | None
    by: str
    text: str


def decode(value: str | None) -> Any:
    """A stored old or new value decoded from its JSON (None stays None)."""
    return None if value is None else json.loads(value)


def aware(moment: datetime) -> datetime:
    """A stored moment as an aware UTC moment (SQLite hands back naive UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def field_enums(list_name: str) -> dict[str, type[StrEnum]]:
    """The fields of records of ``list_name`` that hold an enum, with that enum."""
    table = Base.metadata.tables.get(KIND_OF_LIST.get(list_name, list_name))
    if not isinstance(table, CoreTable):
        return {}
    found: dict[str, type[StrEnum]] = {}
    for column in table.columns:
        enum_class = column.type.enum_class if isinstance(column.type, SqlEnum) else None
        if enum_class is not None and issubclass(enum_class, StrEnum):
            found[column.key] = enum_class
    return found


#: Fields that hold the id (or ids) of another record -> the kind of that record.
REFERS_TO = {
    "chair_id": "people",
    "secretary_id": "people",
    "owner_id": "people",
    "raised_by_id": "people",
    "contact_id": "people",
    "presenter_id": "people",
    "person_id": "people",
    "organisation_id": "organisations",
    "organisation_ids": "organisations",
    "theme_ids": "themes",
    "concern_ids": "concerns",
    "practice_ids": "practices",
    "table_id": "tables",
    "meeting_id": "meetings",
    "raised_in_meeting_id": "meetings",
    "agenda_item_id": "agenda_items",
}


def _person_name(first: str, prefix: str, last: str) -> str:
    return " ".join(part for part in (first.strip(), prefix.strip(), last.strip()) if part)


def names_now(session: Session, kind: str, ids: set[str]) -> dict[str, str]:
    """What the records ``ids`` of ``kind`` are called now (gone ones are left out)."""
    if not ids:
        return {}
    if kind == "people":
        query = select(Person.id, Person.first_name, Person.prefix, Person.last_name)
        rows = session.execute(query.where(Person.id.in_(ids)))
        return {row[0]: _person_name(row[1], row[2], row[3]) for row in rows}
    column = {
        "organisations": Organisation.name,
        "themes": Theme.name,
        "concerns": Concern.title,
        "practices": Practice.title,
        "tables": Table.title,
        "meetings": Meeting.title,
        "agenda_items": AgendaItem.title,
    }[kind]
    model = column.class_
    found = session.execute(select(model.id, column).where(model.id.in_(ids)))
    return {row[0]: str(row[1]) for row in found}


def referred(field_name: str | None, value: Any) -> Iterable[tuple[str, str]]:
    """The (kind, id) pairs a value of ``field_name`` refers to (a whole record: each field)."""
    if field_name is None:
        if isinstance(value, dict):
            for name, inner in value.items():
                yield from referred(name, inner)
        return
    kind = REFERS_TO.get(field_name)
    if kind is None or value is None:
        return
    for id_ in value if isinstance(value, list) else [value]:
        yield kind, str(id_)


def _rows(sessions: SessionFactory, list_name: str, record_id: str) -> list[HistoryEntry]:
    query = (
        select(HistoryEntry)
        .where(HistoryEntry.list == list_name, HistoryEntry.record_id == record_id)
        .order_by(HistoryEntry.seq)
    )
    with sessions() as session:
        return list(session.scalars(query))


def entries_of(sessions: SessionFactory, list_name: str, record_id: str) -> list[Entry]:
    """Every change of the record ``record_id`` of ``list_name``, newest first."""
    enums = field_enums(list_name)
    rows = _rows(sessions, list_name, record_id)
    wanted: dict[str, set[str]] = {}
    for row in rows:
        for value in (decode(row.old), decode(row.new)):
            for kind, id_ in referred(row.field, value):
                wanted.setdefault(kind, set()).add(id_)
    names: dict[str, str] = {}
    with sessions() as session:
        for kind, ids in wanted.items():
            names.update(names_now(session, kind, ids))
    found = [
        Entry(
            row.seq,
            aware(row.at),
            row.by,
            row.field,
            decode(row.old),
            decode(row.new),
            row.note,
            enums.get(row.field or ""),
            names,
        )
        for row in rows
    ]
    found.reverse()
    return found


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def text_versions(
    sessions: SessionFactory, list_name: str, record_id: str, field: str
) -> list[TextVersion]:
    """The versions the text ``field`` of a record had, newest (the current text) first.

    A version per change of the text, and the text the record was made with; when the
    history begins after the record was made, the text it had then comes last (``at``
    None). A text that stayed the same (deleted and restored) is one version.
    """
    versions: list[TextVersion] = []
    for row in _rows(sessions, list_name, record_id):
        old, new = decode(row.old), decode(row.new)
        if row.field == field:
            if not versions:
                versions.append(TextVersion(None, "", _text(old)))
            versions.append(TextVersion(aware(row.at), row.by, _text(new)))
        elif row.field is None and isinstance(new, dict) and field in new:
            versions.append(TextVersion(aware(row.at), row.by, _text(new[field])))
    kept: list[TextVersion] = []
    for version in versions:
        if kept and kept[-1].text == version.text:
            continue
        kept.append(version)
    if len(kept) > 1 and kept[0].at is None and not kept[0].text:
        kept.pop(0)  # "empty before the history began" says nothing
    kept.reverse()
    return kept

"""Finding what names a person: their forms, the texts that mention them, their history.

Used by :mod:`services.erasure` to plan and to carry out an erasure or anonymisation.
"""

import contextlib
import json
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Select, Table, and_, or_, select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import HistoryEntry, Person
from ontwikkeltafel.services.name_rewriting import JSON_COLUMNS, Replacer, text_columns
from ontwikkeltafel.services.person_data import name_forms

#: The person's own fields and what anonymising leaves in them (last name: the role).
CLEARED: Final = ("first_name", "prefix", "email", "phone", "notes")
HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]
_CONTEXT = 40  # characters shown either side of a mention


@dataclass(frozen=True)
class Mention:
    """One text that names the person: where, and the words around it before and after."""

    table: str
    record_id: str
    field: str
    before: str
    after: str


def held_values(session: Session, person: Person) -> dict[str, set[str]]:
    """Every value the person's name, e-mail and phone fields have held (now and before)."""
    fields = ("first_name", "prefix", "last_name", "email", "phone")
    held: dict[str, set[str]] = {name: {getattr(person, name) or ""} for name in fields}
    rows = session.execute(
        select(HISTORY.c.field, HISTORY.c.old, HISTORY.c.new).where(
            HISTORY.c.list == "people", HISTORY.c.record_id == person.id
        )
    )
    for field, old, new in rows:
        for stored in (old, new):
            value = None if stored is None else json.loads(stored)
            values = value if field is None and isinstance(value, dict) else {field: value}
            for name, item in values.items():
                if name in held and isinstance(item, str):
                    held[name].add(item)
    return held


def person_replacer(
    session: Session, person: Person, replacement: str
) -> tuple[Replacer, list[str]]:
    """The replacer of the person's forms less those other people carry too; those forms.

    The forms come from every name the person has had (the history keeps earlier ones),
    as do the e-mail addresses and phone numbers.
    """
    held = held_values(session, person)
    forms: list[str] = []
    for first in sorted(held["first_name"]):
        for prefix in sorted(held["prefix"]):
            for last in sorted(held["last_name"]):
                if last.strip():
                    forms += [f for f in name_forms(first, prefix, last) if f not in forms]
    others: set[str] = set()
    given_names: set[str] = set()
    rows = session.execute(
        select(Person.first_name, Person.prefix, Person.last_name).where(Person.id != person.id)
    )
    for first, prefix, last in rows:
        others.update(form.casefold() for form in name_forms(first, prefix, last))
        given_names.add(first.strip().casefold())
    shared = [form for form in forms if form.casefold() in others]
    own = tuple(form for form in forms if form not in shared)
    # The first name alone only where nobody else has it (as first name or surname).
    given = person.first_name.strip()
    if given and given.casefold() in given_names | others:
        shared.append(given)
        given = ""
    cleared = tuple(({name: "" for name in CLEARED} | {"last_name": replacement}).items())
    replacer = Replacer(
        own,
        tuple(sorted(e for e in held["email"] if e.strip())),
        tuple(sorted(p for p in held["phone"] if p.strip())),
        replacement,
        given_name=given,
        person_id=person.id,
        own=cleared,
    )
    return replacer, shared


def _snippet(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The words around ``text[start:end]``; a mention at either edge is kept whole."""
    left, right = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    if left > 0:  # whole words only
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    for low, high in spans:
        if low < left < high:
            left = low
        if low < right < high:
            right = high
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _json_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _json_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def mentions_of(session: Session, person_id: str, replacer: Replacer) -> list[Mention]:
    """Every text column value (but the person's own record) that names the person."""
    found = []
    for columns in text_columns():
        table = columns.table
        query: Select[Any] = select(*columns.key, *columns.columns)
        for row in session.execute(query):
            key = "/".join(str(v) for v in row[: len(columns.key)])
            if table.name == "people" and key == person_id:
                continue
            for column, value in zip(columns.columns, row[len(columns.key) :], strict=True):
                if not value:
                    continue
                texts = [value]
                if (table.name, column.name) in JSON_COLUMNS:
                    with contextlib.suppress(ValueError):
                        texts = _json_strings(json.loads(value))
                for text in texts:
                    spans = [match.span() for match in replacer.matches(text)]
                    for start, end in spans:
                        before = _snippet(text, start, end, spans)
                        found.append(
                            Mention(table.name, key, column.name, before, replacer(before))
                        )
    return found


def own_history(person_id: str) -> Any:
    return or_(
        and_(HistoryEntry.list == "people", HistoryEntry.record_id == person_id),
        and_(
            HistoryEntry.list.in_(("attendance", "members")),
            HistoryEntry.record_id.endswith("/" + person_id, autoescape=True),
        ),
    )


def naming_history(session: Session, person_id: str, replacer: Replacer) -> int:
    own_ids = set(session.scalars(select(HistoryEntry.id).where(own_history(person_id))))
    count = 0
    rows = select(HISTORY.c.id, HISTORY.c.by, HISTORY.c.note, HISTORY.c.old, HISTORY.c.new)
    for entry_id, by, note, old, new in session.execute(rows):
        naming = replacer.finds(by) or replacer.finds(note)
        naming = naming or any(replacer.json(v) != v for v in (old, new))
        count += entry_id in own_ids or naming
    return count

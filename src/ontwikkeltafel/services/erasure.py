"""Erasing or anonymising a person (AVG): every trace rewritten, then the old bytes scrubbed.

:func:`erasure_plan` says what would happen (the texts that name the person, what still
needs them, the backups that hold them); :func:`anonymise_person` puts a role ("medewerker
KION") in place of the name everywhere, the history and adopted verslagen included (the
AVG wins over the freeze; the history keeps a note that it happened, not the name);
:func:`erase_person` removes a person nothing needs. Both end with :func:`store.scrub.scrub`.
"""

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, Select, Table, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.model import (
    Action,
    Attendance,
    HistoryEntry,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
    TableMember,
)
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.backups import backup_folder, database_file
from ontwikkeltafel.services.name_rewriting import JSON_COLUMNS, Replacer, text_columns
from ontwikkeltafel.services.person_data import REFERENCES, name_forms
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.scrub import Scrubbed, scrub

ANONYMISED_NOTE: Final = "geanonimiseerd (AVG)"
ERASED_NOTE: Final = "verwijderd (AVG)"
#: What stands where an erased person was named (in the history of other records).
ERASED_TEXT: Final = "(verwijderde persoon)"
DEFAULT_ROLE: Final = "deelnemer"
_CONTEXT = 40  # characters shown either side of a mention

#: The person's own fields and what anonymising leaves in them (last name: the role).
_CLEARED = ("first_name", "prefix", "email", "phone", "notes")

_HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Mention:
    """One text that names the person: where, and the words around it before and after."""

    table: str
    record_id: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing or anonymising a person would do."""

    person_id: str
    name: str
    role: str
    forms: tuple[str, ...]
    shared_forms: tuple[str, ...]  # forms other people carry too: left as they are
    mentions: tuple[Mention, ...]
    needs: tuple[tuple[str, int], ...]  # (what, how many) still refers to the person
    history_entries: int  # entries that name them (rewritten) or are their own
    backups: tuple[Path, ...]

    @property
    def erasable(self) -> bool:
        """Whether nothing needs the person (else only anonymising is possible)."""
        return not self.needs


@dataclass(frozen=True)
class Outcome:
    """What an erasure or anonymisation did."""

    name: str
    role: str | None
    texts: int
    history_entries: int
    scrubbed: Scrubbed
    backups: tuple[Path, ...]


def default_role(person: Person, organisation: Organisation | None) -> str:
    """The role that replaces a name: function and organisation ("medewerker KION")."""
    where = "" if organisation is None else (organisation.short_name or organisation.name)
    what = person.function.strip() or (DEFAULT_ROLE if not where else "medewerker")
    return " ".join(part for part in (what, where.strip()) if part)


def full_name(person: Person) -> str:
    """The person's name as lists show it."""
    return " ".join(p for p in (person.first_name, person.prefix, person.last_name) if p.strip())


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError("person.unknown", person_id=person_id)
    return person


def _held(session: Session, person: Person) -> dict[str, set[str]]:
    """Every value the person's name, e-mail and phone fields have held (now and before)."""
    fields = ("first_name", "prefix", "last_name", "email", "phone")
    held: dict[str, set[str]] = {name: {getattr(person, name) or ""} for name in fields}
    rows = session.execute(
        select(_HISTORY.c.field, _HISTORY.c.old, _HISTORY.c.new).where(
            _HISTORY.c.list == "people", _HISTORY.c.record_id == person.id
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


def _replacer(session: Session, person: Person, replacement: str) -> tuple[Replacer, list[str]]:
    """The replacer of the person's forms less those other people carry too; those forms.

    The forms come from every name the person has had (the history keeps earlier ones),
    as do the e-mail addresses and phone numbers.
    """
    held = _held(session, person)
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
    cleared = tuple(({name: "" for name in _CLEARED} | {"last_name": replacement}).items())
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


def _mentions(session: Session, person_id: str, replacer: Replacer) -> list[Mention]:
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


def _own_history(person_id: str) -> Any:
    return or_(
        and_(HistoryEntry.list == "people", HistoryEntry.record_id == person_id),
        and_(
            HistoryEntry.list.in_(("attendance", "members")),
            HistoryEntry.record_id.endswith("/" + person_id, autoescape=True),
        ),
    )


def _naming_history(session: Session, person_id: str, replacer: Replacer) -> int:
    own_ids = set(session.scalars(select(HistoryEntry.id).where(_own_history(person_id))))
    count = 0
    rows = select(_HISTORY.c.id, _HISTORY.c.by, _HISTORY.c.note, _HISTORY.c.old, _HISTORY.c.new)
    for entry_id, by, note, old, new in session.execute(rows):
        naming = replacer.finds(by) or replacer.finds(note)
        naming = naming or any(replacer.json(v) != v for v in (old, new))
        count += entry_id in own_ids or naming
    return count


def _needs(session: Session, person_id: str, mentions: list[Mention]) -> list[tuple[str, int]]:
    """What still refers to the person (and would lose them on an erasure)."""
    needs: list[tuple[str, int]] = []
    held = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.person_id == person_id, Meeting.status != MeetingStatus.PLANNED)
    )
    if held:
        needs.append(("attendance", int(held)))
    for _kind, model, column, _title, role in REFERENCES:
        found = session.scalar(select(func.count()).select_from(model).where(column == person_id))
        if found:
            needs.append((role, int(found)))
    owned = session.scalar(
        select(func.count()).select_from(Action).where(Action.owner_id == person_id)
    )
    if owned:
        needs.append(("actions", int(owned)))
    if mentions:
        needs.append(("texts", len({(m.table, m.record_id, m.field) for m in mentions})))
    return needs


def erasure_plan(sessions: SessionFactory, person_id: str, role: str | None = None) -> ErasurePlan:
    """What erasing or anonymising ``person_id`` would do; ``UserError`` for an unknown id."""
    with sessions() as session, session.begin():
        person = _person(session, person_id)
        role = (role or "").strip() or default_role(person, person.organisation)
        replacer, shared = _replacer(session, person, role)
        mentions = _mentions(session, person_id, replacer)
        return ErasurePlan(
            person_id=person_id,
            name=full_name(person),
            role=role,
            forms=replacer.forms,
            shared_forms=tuple(shared),
            mentions=tuple(mentions),
            needs=tuple(_needs(session, person_id, mentions)),
            history_entries=_naming_history(session, person_id, replacer),
            backups=tuple(held_backups(sessions)),
        )


def held_backups(sessions: SessionFactory) -> list[Path]:
    """The backups beside the database (each may still hold erased people)."""
    path = database_file(sessions)
    if path is None or not backup_folder(path).is_dir():
        return []
    return sorted(p for p in backup_folder(path).iterdir() if p.is_file())


def purge_backups(paths: tuple[Path, ...] | list[Path]) -> int:
    """Remove the backups ``paths``; returns how many were removed."""
    removed = 0
    for path in paths:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    return removed


def _rewrite_texts(session: Session, person_id: str, replacer: Replacer) -> tuple[int, set[str]]:
    """Rewrite every text naming the person; returns how many values changed, and where."""
    changed, tables = 0, set()
    for columns in text_columns():
        table = columns.table
        for row in session.execute(select(*columns.key, *columns.columns)):
            key_values = row[: len(columns.key)]
            if table.name == "people" and key_values == (person_id,):
                continue
            values: dict[str, Any] = {}
            for column, value in zip(columns.columns, row[len(columns.key) :], strict=True):
                if not value:
                    continue
                json_column = (table.name, column.name) in JSON_COLUMNS
                new = replacer.json(value) if json_column else replacer(value)
                if new != value:
                    values[column.name] = new
            if values:
                where = [c == v for c, v in zip(columns.key, key_values, strict=True)]
                session.execute(update(table).where(*where).values(**values))
                changed += len(values)
                tables.add(table.name)
    return changed, tables


def _rewrite_history(session: Session, person_id: str, replacer: Replacer, role: str) -> int:
    """Rewrite the history entries naming the person; their own entries lose their values.

    Read and written as plain rows (Core): the ORM's identity map would make this
    quadratic in the number of entries.
    """
    changed = 0
    own_values = {name: "" for name in _CLEARED} | {"last_name": role}
    columns = (_HISTORY.c.seq, _HISTORY.c.list, _HISTORY.c.record_id, _HISTORY.c.field)
    text = (_HISTORY.c.old, _HISTORY.c.new, _HISTORY.c.by, _HISTORY.c.note)
    for seq, list_name, record_id, field, *stored in session.execute(select(*columns, *text)):
        old, new, by, note = stored
        if list_name == "people" and record_id == person_id:
            old = _own_values(field, old, own_values)
            new = _own_values(field, new, own_values)
        old, new = replacer.json(old), replacer.json(new)
        by = replacer(by) if replacer.finds(by) else by
        note = replacer(note) if replacer.finds(note) else note
        if [old, new, by, note] != stored:
            values = {"old": old, "new": new, "by": by, "note": note}
            session.execute(update(_HISTORY).where(_HISTORY.c.seq == seq).values(**values))
            changed += 1
    return changed


def _own_values(field: str | None, stored: str | None, own: dict[str, str]) -> str | None:
    if stored is None:
        return None
    if field is not None:
        return json.dumps(own[field], ensure_ascii=False) if field in own else stored
    value = json.loads(stored)
    if isinstance(value, dict):
        value = {k: own.get(k, v) for k, v in value.items()}
    return json.dumps(value, ensure_ascii=False)


def _engine(sessions: SessionFactory) -> Engine:
    engine = sessions.kw.get("bind")
    assert isinstance(engine, Engine)
    return engine


def anonymise_person(sessions: SessionFactory, person_id: str, role: str | None = None) -> Outcome:
    """Put ``role`` (or the default role) in place of the person everywhere, then scrub."""
    with write_transaction(sessions) as session:
        person = _person(session, person_id)
        name = full_name(person)
        role = (role or "").strip() or default_role(person, person.organisation)
        replacer, _shared = _replacer(session, person, role)
        if replacer.finds(role):
            raise UserError("person.role_names", role=role)
        session.expunge_all()  # Core writes below: no ORM flush may record old values
        cleared = {field: "" for field in _CLEARED} | {"last_name": role}
        session.execute(update(Person).where(Person.id == person_id).values(**cleared))
        texts, tables = _rewrite_texts(session, person_id, replacer)
        entries = _rewrite_history(session, person_id, replacer, role)
        history.record(session, "people", person_id, "last_name", role, role, ANONYMISED_NOTE)
    scrubbed = scrub(_engine(sessions), {"people", "history", *tables})
    return Outcome(name, role, texts, entries, scrubbed, tuple(held_backups(sessions)))


def erase_person(sessions: SessionFactory, person_id: str) -> Outcome:
    """Remove a person nothing needs, with their history; ``UserError`` if something does."""
    with write_transaction(sessions) as session:
        person = _person(session, person_id)
        name = full_name(person)
        replacer, _shared = _replacer(session, person, ERASED_TEXT)
        needs = _needs(session, person_id, _mentions(session, person_id, replacer))
        if needs:
            raise PersonNeeded(name, needs)
        session.expunge_all()
        session.execute(delete(TableMember).where(TableMember.person_id == person_id))
        session.execute(delete(Attendance).where(Attendance.person_id == person_id))
        session.execute(delete(Person).where(Person.id == person_id))
        session.execute(delete(HistoryEntry).where(_own_history(person_id)))
        entries = _rewrite_history(session, person_id, replacer, ERASED_TEXT)
        history.record(session, "people", person_id, None, {}, None, ERASED_NOTE)
    tables = {"people", "history", "table_members", "attendance"}
    scrubbed = scrub(_engine(sessions), tables)
    return Outcome(name, None, 0, entries, scrubbed, tuple(held_backups(sessions)))


def scrub_note(scrubbed: Scrubbed, lang: str) -> str | None:
    """What to tell about a scrub that did not finish (None: it did)."""
    if scrubbed.problem:
        return message("person.scrub_incomplete", lang, reason=scrubbed.problem)
    if not scrubbed.log_truncated:
        return message("person.log_busy", lang)
    return None


class PersonNeeded(UserError):
    """An erasure refused: records still need the person (anonymising is the way)."""

    def __init__(self, name: str, needs: list[tuple[str, int]]) -> None:
        """Keep who and what needs them; the text is made per language."""
        super().__init__("person.needed", name=name)
        self.needs = needs

    def render(self, lang: str) -> str:
        """The message in ``lang``, with what needs the person listed."""
        return message(
            "person.needed", lang, name=self.params["name"], needs=needs_text(self.needs, lang)
        )


def needs_text(needs: list[tuple[str, int]] | tuple[tuple[str, int], ...], lang: str) -> str:
    """What needs the person, in ``lang``: "3 bijeenkomsten bijgewoond, 2 actiepunten"."""
    return ", ".join(message(f"person.need.{what}", lang, count=count) for what, count in needs)

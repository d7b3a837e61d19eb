"""Erasing or anonymising a person (AVG): every trace rewritten, then the old bytes scrubbed.

:func:`erasure_plan` says what would happen (the texts that name the person, what still
needs them, the backups that hold them); :func:`anonymise_person` puts a role ("medewerker
KION") in place of the name everywhere, the history and adopted verslagen included (the
AVG wins over the freeze; the history keeps a note that it happened, not the name);
:func:`erase_person` removes a person nothing needs. Both end with :func:`store.scrub.scrub`.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, delete, func, select, update
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
from ontwikkeltafel.services.conflicts import Conflict, next_version
from ontwikkeltafel.services.editing import refuse_changed_delete
from ontwikkeltafel.services.erasure_finding import (
    CLEARED,
    Mention,
    mentions_of,
    naming_history,
    own_history,
    person_replacer,
)
from ontwikkeltafel.services.erasure_writes import rewrite_history, rewrite_texts
from ontwikkeltafel.services.name_rewriting import Replacer
from ontwikkeltafel.services.person_data import REFERENCES
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.scrub import Scrubbed, scrub

ANONYMISED_NOTE: Final = "geanonimiseerd (AVG)"
ERASED_NOTE: Final = "verwijderd (AVG)"
#: What stands where an erased person was named (in the history of other records).
ERASED_TEXT: Final = "(verwijderde persoon)"
DEFAULT_ROLE: Final = "deelnemer"


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
    replacer: Replacer | None = None  # what finds the person (with ``role`` put in)

    @property
    def erasable(self) -> bool:
        """Whether nothing needs the person (else only anonymising is possible)."""
        return not self.needs

    def with_role(self, role: str) -> "ErasurePlan":
        """The same plan with another role: each mention's "after" made again, no query."""
        if self.replacer is None:
            return self
        replacer = replace(self.replacer, replacement=role)
        mentions = tuple(replace(m, after=replacer(m.before)) for m in self.mentions)
        return replace(self, role=role, mentions=mentions, replacer=replacer)


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
        replacer, shared = person_replacer(session, person, role)
        mentions = mentions_of(session, person_id, replacer)
        return ErasurePlan(
            person_id=person_id,
            name=full_name(person),
            role=role,
            forms=replacer.forms,
            shared_forms=tuple(shared),
            mentions=tuple(mentions),
            needs=tuple(_needs(session, person_id, mentions)),
            history_entries=naming_history(session, person_id, replacer),
            backups=tuple(held_backups(sessions)),
            replacer=replacer,
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


def _engine(sessions: SessionFactory) -> Engine:
    engine = sessions.kw.get("bind")
    assert isinstance(engine, Engine)
    return engine


def _refuse_changed(
    session: Session,
    person_id: str,
    expected_version: int | None,
    base: dict[str, Any] | None,
    key: str,
) -> None:
    """Refuse (``key``) when the person changed since the form showed them (no check: None).

    ``expected_version`` and ``base`` are the version and fields the form showed; a change of
    one of those fields since (a colleague's) is a :class:`Conflict`, nothing is written.
    """
    try:
        refuse_changed_delete(session, "people", person_id, expected_version, base)
    except Conflict as refusal:
        refusal.key = key
        raise


def anonymise_person(
    sessions: SessionFactory,
    person_id: str,
    role: str | None = None,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Outcome:
    """Put ``role`` (or the default role) in place of the person everywhere, then scrub.

    With ``expected_version`` (and ``base``: the fields as the form showed them) a person a
    colleague changed meanwhile is not anonymised: ``person.anonymise_conflict``.
    """
    with write_transaction(sessions) as session:
        if expected_version is not None:
            _refuse_changed(session, person_id, expected_version, base, "person.anonymise_conflict")
        person = _person(session, person_id)
        name = full_name(person)
        role = (role or "").strip() or default_role(person, person.organisation)
        replacer, _shared = person_replacer(session, person, role)
        if replacer.finds(role):
            raise UserError("person.role_names", role=role)
        session.expunge_all()  # Core writes below: no ORM flush may record old values
        cleared = {field: "" for field in CLEARED} | {"last_name": role}
        cleared |= next_version(Person)  # a form loaded before must not write it back
        session.execute(update(Person).where(Person.id == person_id).values(**cleared))
        texts, tables = rewrite_texts(session, person_id, replacer)
        entries = rewrite_history(session, person_id, replacer, role)
        history.record(session, "people", person_id, "last_name", role, role, ANONYMISED_NOTE)
    scrubbed = scrub(_engine(sessions), {"people", "history", *tables})
    return Outcome(name, role, texts, entries, scrubbed, tuple(held_backups(sessions)))


#: The tables an erasure deletes from or rewrites.
_ERASED_TABLES = frozenset({"people", "history", "table_members", "attendance"})


def _erase_rows(
    sessions: SessionFactory,
    person_id: str,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> tuple[str, int]:
    """Delete the person and their own history, rewrite the rest; (name, entries rewritten)."""
    with write_transaction(sessions) as session:
        if expected_version is not None:
            _refuse_changed(session, person_id, expected_version, base, "edit.delete_conflict")
        person = _person(session, person_id)
        name = full_name(person)
        replacer, _shared = person_replacer(session, person, ERASED_TEXT)
        needs = _needs(session, person_id, mentions_of(session, person_id, replacer))
        if needs:
            raise PersonNeeded(name, needs)
        session.expunge_all()
        session.execute(delete(TableMember).where(TableMember.person_id == person_id))
        session.execute(delete(Attendance).where(Attendance.person_id == person_id))
        session.execute(delete(Person).where(Person.id == person_id))
        session.execute(delete(HistoryEntry).where(own_history(person_id)))
        entries = rewrite_history(session, person_id, replacer, ERASED_TEXT)
        history.record(session, "people", person_id, None, {}, None, ERASED_NOTE)
    return name, entries


def erase_person(
    sessions: SessionFactory,
    person_id: str,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Outcome:
    """Remove a person nothing needs, with their history; ``UserError`` if something does.

    With ``expected_version`` (and ``base``: the fields as the form showed them) a person a
    colleague changed meanwhile is not removed: ``edit.delete_conflict``.
    """
    name, entries = _erase_rows(sessions, person_id, expected_version, base)
    scrubbed = scrub(_engine(sessions), _ERASED_TABLES)
    return Outcome(name, None, 0, entries, scrubbed, tuple(held_backups(sessions)))


def erase_people(
    sessions: SessionFactory,
    person_ids: list[str],
    lang: str,
    listed: Mapping[str, tuple[str, int | None]] | None = None,
) -> tuple[list[str], list[str], Scrubbed | None]:
    """Erase each person nothing needs, then scrub once (not once a person).

    ``listed``: the name and version each person had where the caller listed them; one
    changed since (by a colleague) is not erased and named (``person.erase_changed``).
    Returns the names erased, why the others were not (in ``lang``), and the scrub's
    outcome (None when nobody was erased).
    """
    erased, refused = [], []
    for person_id in person_ids:
        name, version = (listed or {}).get(person_id, ("", None))
        try:
            name, _entries = _erase_rows(sessions, person_id, version)
        except Conflict as changed:
            changed.key = "person.changed_by"  # "door Bas (6-12-2026 16.05)"
            by = changed.render(lang)
            refused.append(message("person.erase_changed", lang, name=name, by=by))
            continue
        except UserError as error:
            refused.append(error.render(lang))
            continue
        erased.append(name)
    scrubbed = scrub(_engine(sessions), _ERASED_TABLES) if erased else None
    return erased, refused, scrubbed


def scrub_note(scrubbed: Scrubbed, lang: str) -> str | None:
    """What to tell about a scrub that did not finish (None: it did)."""
    if scrubbed.not_owned:
        tables = ", ".join(scrubbed.not_owned)
        return message("person.scrub_needs_owner", lang, owner=scrubbed.owner, tables=tables)
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

"""Writing a people import's preview (services/people_import.py), and saying it in lines.

:func:`apply_preview` writes new organisations and people, the updates and the seats at
the table in one transaction; the history is written as for any edit (the session's
flush hook). :func:`preview_lines` is the preview as the command line prints it.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError, enum_label, fold, message
from ontwikkeltafel.model import MemberRole, Organisation, Person, Table, TableMember
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.people_import import Action, Preview, PreviewRow
from ontwikkeltafel.store.engine import write_transaction


@dataclass(frozen=True)
class Outcome:
    """What an apply wrote."""

    added: int
    updated: int
    skipped: int
    organisations: int
    members: int
    person_ids: tuple[str, ...]
    change: Change
    #: What an undo needs (the window's one undo step): the people and organisations
    #: made, the people given a seat, and per updated person its values before and after.
    created: tuple[str, ...] = ()
    organisation_ids: tuple[str, ...] = ()
    seated: tuple[str, ...] = ()
    updates: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = ()


_UPDATED = ("first_name", "prefix", "last_name", "function", "email", "phone")


def _people(session: Session, ids: set[str | None]) -> dict[str, Person]:
    """The people of ``ids`` by id, read in chunks (bound parameters are limited)."""
    wanted = sorted(i for i in ids if i is not None)
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update((p.id, p) for p in session.scalars(select(Person).where(Person.id.in_(chunk))))
    return found


def apply_preview(sessions: SessionFactory, preview: Preview) -> Outcome:
    """Write the preview: new people and organisations, updates, seats; one transaction.

    An update of a person removed since the preview was made is refused
    (``people.changed``) and nothing is written.
    """
    added = updated = members = 0
    ids: list[str] = []
    created: list[str] = []
    seats: list[str] = []
    updates: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    organisation_ids = dict(preview.organisations)
    with write_transaction(sessions) as session:
        wanted = {row.person_id for row in preview.rows if row.action is Action.UPDATE}
        found = _people(session, wanted)  # one query, before anything is added
        used = {row.organisation for row in preview.rows if row.action is not Action.SKIP}
        made = [o for o in preview.new_organisations if o.key in used]
        for organisation in made:
            organisation_ids[organisation.key] = new_id()
            session.add(
                Organisation(
                    id=organisation_ids[organisation.key],
                    name=organisation.name,
                    sector=organisation.sector,
                )
            )
        seated: set[str] = set()
        position = 0
        if preview.table_id is not None:
            if session.get(Table, preview.table_id) is None:
                raise UserError("people.no_table", table=preview.table_id)
            query = select(TableMember.person_id).where(TableMember.table_id == preview.table_id)
            seated = set(session.scalars(query))
            last = session.scalar(
                select(func.max(TableMember.position)).where(
                    TableMember.table_id == preview.table_id
                )
            )
            position = 0 if last is None else last + 1
        for row in preview.rows:
            if row.action is Action.SKIP:
                continue
            entry = row.entry
            organisation_id = organisation_ids.get(row.organisation) if row.organisation else None
            if row.action is Action.NEW:
                person_id = new_id()
                session.add(
                    Person(
                        id=person_id,
                        organisation_id=organisation_id,
                        **{field: getattr(entry, field) for field in _UPDATED},
                    )
                )
                added += 1
                created.append(person_id)
            else:
                assert row.person_id is not None
                person = found.get(row.person_id)
                if person is None:
                    raise UserError("people.changed")
                person_id = person.id
                before: dict[str, Any] = {}
                after: dict[str, Any] = {}
                for field in _UPDATED:
                    value = getattr(entry, field)
                    if value and getattr(person, field) != value:
                        before[field], after[field] = getattr(person, field), value
                        setattr(person, field, value)
                if organisation_id is not None and person.organisation_id != organisation_id:
                    before["organisation_id"] = person.organisation_id
                    after["organisation_id"] = organisation_id
                    person.organisation_id = organisation_id
                if before:
                    updates.append((person_id, before, after))
                updated += 1
            ids.append(person_id)
            if preview.table_id is not None and person_id not in seated:
                seated.add(person_id)
                session.add(
                    TableMember(
                        table_id=preview.table_id,
                        person_id=person_id,
                        role=preview.role,
                        position=position,
                    )
                )
                position += 1
                members += 1
                seats.append(person_id)
    kinds = ["people"] + (["organisations"] if made else [])
    kinds += ["members"] if members else []
    return Outcome(
        added,
        updated,
        preview.count(Action.SKIP),
        len(made),
        members,
        tuple(ids),
        Change.of(
            *kinds, ids=[*ids, *([preview.table_id] if members and preview.table_id else [])]
        ),
        tuple(created),
        tuple(organisation_ids[o.key] for o in made),
        tuple(seats),
        tuple(updates),
    )


def member_role(text: str) -> MemberRole:
    """A role as typed: its code ("chair") or its label in Dutch or English ("voorzitter")."""
    wanted = fold(text)
    for role in MemberRole:
        if wanted in (role.value, fold(enum_label(role, "nl")), fold(enum_label(role, "en"))):
            return role
    if wanted == "lid":
        return MemberRole.MEMBER
    names = ", ".join(enum_label(role, "nl") for role in MemberRole)
    raise UserError("people.bad_role", role=text, roles=names)


def row_text(row: PreviewRow, lang: str) -> str:
    """What happens to a row: "nieuw", "bijwerken", "overslaan: geen achternaam"."""
    if row.action is Action.SKIP:
        reason = message(f"people.reason.{row.reason}", lang, detail=row.detail)
        return message("people.action.skip", lang, reason=reason)
    return message(f"people.action.{row.action.value}", lang)


def preview_lines(preview: Preview, lang: str) -> list[str]:
    """The preview as a plain table: a header, then a line per row."""
    new = {o.key: o for o in preview.new_organisations}
    table = [
        (
            message("people.column.row", lang),
            message("people.column.action", lang),
            message("people.column.name", lang),
            message("people.column.organisation", lang),
            message("people.column.email", lang),
        )
    ]
    for row in preview.rows:
        organisation = row.entry.organisation
        known = new.get(row.organisation)
        if known is not None and row.action is not Action.SKIP:
            sector = enum_label(known.sector, lang)
            organisation = message(
                "people.organisation_new", lang, name=organisation, sector=sector
            )
        table.append(
            (str(row.number), row_text(row, lang), row.entry.name, organisation, row.entry.email)
        )
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    return [
        "  ".join(
            [*(cell.ljust(width) for cell, width in zip(line, widths, strict=False)), line[4]]
        ).rstrip()
        for line in table
    ]

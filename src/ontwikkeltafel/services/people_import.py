"""Importing people from a participant list: a preview to show and correct, then one apply.

:func:`make_preview` reads the rows (people_files), maps the columns (people_mapping,
or a mapping the user corrected) and matches each row against the database: the same
e-mail is an update of that person; a close name at the same organisation (rapidfuzz
``ratio`` of the folded full names at least :data:`CLOSE_NAME`, or the same last name
with matching initials) is a possible duplicate: offered as an update with
``merge_close`` (the window), else skipped ("overslaan: mogelijk dubbel"). Organisations
match on their key (case, accents, dots, "Gem." aside) or a ``ratio`` of at least
:data:`CLOSE_ORGANISATION` with the same numbers in it; new ones get the sector their
name suggests, which the caller may correct (``sectors``). Writing it is
:func:`ontwikkeltafel.services.people_apply.apply_preview`.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz import fuzz, process
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError, fold
from ontwikkeltafel.model import MemberRole, Organisation, Person, Sector, Table, TableMember
from ontwikkeltafel.preferences import email_is_valid
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.people_files import SheetRows
from ontwikkeltafel.services.people_mapping import (
    _PREFIX_WORDS,
    guess_mapping,
    guess_sector,
    name_of,
    organisation_key,
    split_last_name,
    split_name,
)

#: A person's folded full name this close (rapidfuzz ratio, 0-100) to one at the same
#: organisation is a possible duplicate: "Anna Smit" / "Anne Smit" (89) are, "Kim Bos" /
#: "Tim Bos" (86) and "Jan de Vries" / "Jan de Vos" (82) are not.
CLOSE_NAME = 88
#: An organisation's key this close to an existing one is that one ("gemeente utrech"
#: / "gemeente utrecht": 97); "gemeente ede" / "gemeente epe" (92) stay two.
CLOSE_ORGANISATION = 95


class Action(StrEnum):
    """What happens to a row."""

    NEW = "new"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class Entry:
    """A row as it will be stored."""

    first_name: str = ""
    prefix: str = ""
    last_name: str = ""
    organisation: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""

    @property
    def name(self) -> str:
        """The full name as lists show it."""
        return name_of(self.first_name, self.prefix, self.last_name)


@dataclass(frozen=True)
class PreviewRow:
    """One row of the preview: what will happen and why.

    ``reason`` names why a row is skipped (or is an update by a close name): one of
    no_last_name, bad_email, duplicate, close; ``detail`` fills it in (the e-mail, the
    earlier row, the existing name). ``person_id`` is who is updated or closely matched;
    ``organisation`` the key of the row's organisation (existing or new, "" for none);
    ``problems`` are what the window marks on the row.
    """

    number: int
    entry: Entry
    action: Action
    reason: str = ""
    detail: str = ""
    person_id: str | None = None
    problems: tuple[str, ...] = ()
    organisation: str = ""


@dataclass(frozen=True)
class NewOrganisation:
    """An organisation the import will create, with its guessed (or corrected) sector."""

    key: str
    name: str
    sector: Sector


@dataclass(frozen=True)
class Preview:
    """Every row of the file as it will be stored, and the organisations it makes."""

    rows: tuple[PreviewRow, ...]
    organisations: Mapping[str, str]  # organisation key -> id of the existing one
    new_organisations: tuple[NewOrganisation, ...]
    table_id: str | None = None
    role: MemberRole = MemberRole.MEMBER
    mapping: tuple[str | None, ...] = ()

    def count(self, action: Action) -> int:
        """How many rows get ``action``."""
        return sum(1 for row in self.rows if row.action is action)


def _cells(row: Sequence[str], mapping: Sequence[str | None]) -> dict[str, str]:
    cells: dict[str, str] = {}
    for cell, field in zip(row, mapping, strict=False):
        if field is not None and field not in cells:
            cells[field] = " ".join(cell.split())
    return cells


def entry_of(row: Sequence[str], mapping: Sequence[str | None]) -> Entry:
    """A row's cells as an Entry: a full name split, a prefix taken out of a last name."""
    cells = _cells(row, mapping)
    first, prefix, last = cells.get("first_name", ""), cells.get("prefix", ""), ""
    last = cells.get("last_name", "")
    full = cells.get("full_name", "")
    if not last and full:
        if first:  # "Voornaam" and "Naam": the name column holds the last name
            inner, last = split_last_name(full)
        else:
            parts = split_name(full)
            first, inner, last = parts.first_name, parts.prefix, parts.last_name
        prefix = prefix or inner
    elif last:
        inner, last = split_last_name(last)
        prefix = " ".join(filter(None, (prefix, inner)))
    if prefix and not all(word.lower() in _PREFIX_WORDS for word in prefix.split()):
        first, prefix = " ".join(filter(None, (first, prefix))), ""  # a middle name
    email = cells.get("email", "").replace(",", ";").split(";")[0].strip()
    return Entry(
        first,
        prefix.lower(),
        last,
        cells.get("organisation", ""),
        cells.get("function", ""),
        email.removeprefix("mailto:"),
        _phone(cells.get("phone", "") or cells.get("mobile", "")),
    )


def _phone(number: str) -> str:
    """A Dutch number Excel kept as a number gets its leading zero back: 612345678."""
    return "0" + number if number.isdigit() and len(number) == 9 else number


def _initials(first: str) -> bool:
    return bool(first) and (first.endswith(".") or len(first.replace(".", "")) <= 2)


@dataclass
class _Known:
    """The people and organisations in the database, indexed for matching."""

    by_email: dict[str, tuple[str, str]]
    by_organisation: dict[str | None, tuple[list[str], list[tuple[str, str, Entry]]]]
    organisation_keys: dict[str, str]
    organisation_names: dict[str, str]
    members: set[str]


def _known(sessions: SessionFactory, table_id: str | None) -> _Known:
    with sessions() as session:
        if table_id is not None and session.get(Table, table_id) is None:
            raise UserError("people.no_table", table=table_id)
        organisations = session.execute(select(Organisation.id, Organisation.name)).all()
        people = session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.prefix,
                Person.last_name,
                Person.organisation_id,
                Person.email,
            )
        ).all()
        members = set(
            session.scalars(select(TableMember.person_id).where(TableMember.table_id == table_id))
        )
    keys = {organisation_key(name): id_ for id_, name in organisations}
    names = {organisation_key(name): name for _, name in organisations}
    known = _Known({}, {}, keys, names, members)
    for id_, first, prefix, last, organisation_id, email in people:
        entry = Entry(first, prefix, last)
        if email.strip():
            known.by_email.setdefault(email.strip().lower(), (id_, entry.name))
        folded, found = known.by_organisation.setdefault(organisation_id, ([], []))
        folded.append(fold(entry.name))
        found.append((id_, entry.name, entry))
    return known


def _close_person(known: _Known, organisation_id: str | None, entry: Entry) -> tuple[str, str]:
    """(id, name) of a person at the organisation with a close name, else ("", "")."""
    names, people = known.by_organisation.get(organisation_id, ([], []))
    if not names:
        return "", ""
    best = process.extractOne(fold(entry.name), names, scorer=fuzz.ratio, score_cutoff=CLOSE_NAME)
    if best is not None:
        id_, name, _ = people[best[2]]
        return id_, name
    if entry.first_name:
        last = fold(f"{entry.prefix} {entry.last_name}")
        for id_, name, other in people:
            if (
                fold(f"{other.prefix} {other.last_name}") == last
                and other.first_name[:1].lower() == entry.first_name[:1].lower()
                and (_initials(other.first_name) or _initials(entry.first_name))
            ):
                return id_, name
    return "", ""


def _organisation(
    known: _Known, new: dict[str, NewOrganisation], name: str, sectors: Mapping[str, Sector]
) -> str:
    """The key an organisation's name is known by (an existing one's, or a new one's)."""
    key = organisation_key(name)
    if key in known.organisation_keys or key in new:
        return key
    numbers = re.findall(r"\d+", key)  # "Basisschool 12" is not "Basisschool 1"
    for keys in (known.organisation_keys, new):
        close = process.extract(
            key, list(keys), scorer=fuzz.ratio, score_cutoff=CLOSE_ORGANISATION, limit=5
        )
        for other, _, _ in close:
            if re.findall(r"\d+", other) == numbers:
                return str(other)
    sector = sectors.get(key) or sectors.get(name) or guess_sector(name)
    new[key] = NewOrganisation(key, name, sector)
    return key


def make_preview(
    sessions: SessionFactory,
    source: SheetRows,
    mapping: Sequence[str | None] | None = None,
    *,
    merge_close: bool = False,
    table_id: str | None = None,
    role: MemberRole = MemberRole.MEMBER,
    sectors: Mapping[str, Sector] | None = None,
) -> Preview:
    """What importing ``source`` would do, row by row; nothing is written.

    ``mapping`` is a field (or None) per column, guessed from the header when not given;
    ``sectors`` corrects the sector of new organisations by key or name.
    """
    fields = tuple(mapping) if mapping is not None else guess_mapping(source.header)
    if not {"last_name", "full_name"} & set(fields):
        raise UserError("people.no_name_column", columns=", ".join(filter(None, source.header)))
    known = _known(sessions, table_id)
    new: dict[str, NewOrganisation] = {}
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    rows: list[PreviewRow] = []
    for number, cells in zip(source.numbers, source.rows, strict=True):
        entry = entry_of(cells, fields)
        rows.append(
            _row(known, new, seen_email, seen_name, number, entry, merge_close, sectors or {})
        )
    return Preview(
        tuple(rows),
        known.organisation_keys,
        tuple(new.values()),
        table_id,
        role,
        fields,
    )


def _row(
    known: _Known,
    new: dict[str, NewOrganisation],
    seen_email: dict[str, int],
    seen_name: dict[tuple[str, str], int],
    number: int,
    entry: Entry,
    merge_close: bool,
    sectors: Mapping[str, Sector],
) -> PreviewRow:
    problems: list[str] = []
    email = entry.email.lower()
    key = _organisation(known, new, entry.organisation, sectors) if entry.organisation else ""
    if key:
        shown = new[key].name if key in new else known.organisation_names[key]
        entry = replace(entry, organisation=shown)
    name_key = (fold(entry.name), key)
    if not entry.last_name:
        problems.append("no_last_name")
    if not email_is_valid(entry.email):
        problems.append("bad_email")
    earlier = seen_email.get(email) if email else None
    if earlier is None and entry.last_name:
        earlier = seen_name.get(name_key)
    if earlier is not None:
        problems.append("duplicate")
    if problems:
        detail = {"bad_email": entry.email, "duplicate": str(earlier)}.get(problems[0], "")
        return PreviewRow(
            number, entry, Action.SKIP, problems[0], detail, None, tuple(problems), key
        )
    if email:
        seen_email[email] = number
    seen_name[name_key] = number
    if email in known.by_email:
        person_id, _ = known.by_email[email]
        return PreviewRow(number, entry, Action.UPDATE, person_id=person_id, organisation=key)
    organisation_id = known.organisation_keys.get(key) if key else None
    if key and organisation_id is None:  # a new organisation: nobody works there yet
        return PreviewRow(number, entry, Action.NEW, organisation=key)
    person_id, name = _close_person(known, organisation_id, entry)
    if person_id:
        action = Action.UPDATE if merge_close else Action.SKIP
        return PreviewRow(number, entry, action, "close", name, person_id, organisation=key)
    return PreviewRow(number, entry, Action.NEW, organisation=key)


def decide(preview: Preview, index: int, action: Action) -> Preview:
    """The preview with row ``index`` given ``action`` (the window's choice on a row)."""
    rows = list(preview.rows)
    row = rows[index]
    if action is Action.UPDATE and row.person_id is None:
        raise ValueError("only a matched row can be an update")
    rows[index] = replace(row, action=action)
    return replace(preview, rows=tuple(rows))

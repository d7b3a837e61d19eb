"""Editing a table: its members with their roles and order, and its agenda template.

Each function is one transaction and returns the :class:`Change` and what its undo needs.
The table's own values (title, themes as ``theme_ids``, retention) go through
:func:`ontwikkeltafel.services.editing.update_record`.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    AgendaItemKind,
    AgendaTemplateItem,
    MemberRole,
    Organisation,
    Person,
    Table,
    TableMember,
)
from ontwikkeltafel.reports.format import full_name
from ontwikkeltafel.services import SessionFactory, conflicts
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Conflict, Saved, Side
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.services.positions import (
    Positions,
    core_table,
    current_positions,
    in_order,
    moved,
    numbered,
    refuse_reordered,
    reposition,
)
from ontwikkeltafel.services.snapshots import Snapshot, delete_rows, restore_rows
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction


@dataclass(frozen=True)
class MemberRow:
    """A member as the table page lists them."""

    person_id: str
    name: str
    organisation: str
    function: str
    role: MemberRole
    #: The seat's stored version: what a change of role hands over as expected_version.
    version: int = 1


@dataclass(frozen=True)
class TemplateItem:
    """One item of a table's agenda template."""

    title: str
    kind: AgendaItemKind = AgendaItemKind.TOPIC
    planned_minutes: int | None = None


def _members(table_id: str) -> Any:
    return TableMember.table_id == table_id


def _changed_members(table_id: str) -> Change:
    return Change.of("members", ids=[table_id])


def _table_exists(session: Session, table_id: str) -> None:
    if session.get(Table, table_id) is None:
        raise UserError("edit.gone")


def member_rows(sessions: SessionFactory, table_id: str) -> list[MemberRow]:
    """The members of a table in their order, named as in lists."""
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.prefix,
            Person.last_name,
            func.coalesce(Organisation.name, ""),
            Person.function,
            TableMember.role,
            TableMember.version,
        )
        .join(TableMember, TableMember.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(_members(table_id))
        .order_by(TableMember.position, Person.last_name, Person.id)
    )
    with sessions() as session:
        rows = session.execute(query).all()
    found = []
    for person_id, first, prefix, last, organisation, function, role, version in rows:
        person = person_of(person_id, first, prefix, last)
        assert person is not None
        name = full_name(person)
        found.append(MemberRow(person_id, name, organisation, function, role, version))
    return found


def add_member(
    sessions: SessionFactory, table_id: str, person_id: str, role: MemberRole = MemberRole.MEMBER
) -> Change:
    """Seat a person at the table (last); someone already seated is refused."""
    with write_transaction(sessions) as session:
        _table_exists(session, table_id)
        if session.get(TableMember, (table_id, person_id)) is not None:
            raise UserError("table.already_member")
        if session.get(Person, person_id) is None:
            raise UserError("edit.gone")
        last = session.scalar(select(func.max(TableMember.position)).where(_members(table_id)))
        position = 0 if last is None else last + 1
        session.add(
            TableMember(table_id=table_id, person_id=person_id, role=role, position=position)
        )
    return _changed_members(table_id)


def remove_member(
    sessions: SessionFactory, table_id: str, person_id: str
) -> tuple[Snapshot, Change]:
    """Take a person from the table; the snapshot puts them back (:func:`restore_member`)."""
    with write_transaction(sessions) as session:
        key = {"table_id": table_id, "person_id": person_id}
        snapshot = delete_rows(session, core_table(TableMember), [key])
        if not snapshot.count("table_members"):
            raise UserError("edit.gone")
    return snapshot, _changed_members(table_id)


def restore_member(sessions: SessionFactory, table_id: str, snapshot: Snapshot) -> Change:
    """Seat a removed member again, with their role and place."""
    with write_transaction(sessions) as session:
        restore_rows(session, snapshot)
    return _changed_members(table_id)


def set_member_role(
    sessions: SessionFactory,
    table_id: str,
    person_id: str,
    role: MemberRole,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Saved[MemberRole]:
    """Give a member another role; return the role they had.

    With ``expected_version`` (the seat's version the page loaded), a seat stored at
    another version raises :class:`~ontwikkeltafel.services.conflicts.Conflict`, nothing
    written, unless ``base`` (the role the page showed) is still stored (a reorder is no
    conflict); the result's ``.version`` is the seat's version after it.
    """
    with write_transaction(sessions) as session:
        member = conflicts.locked(session, TableMember, (table_id, person_id))
        if member is None:
            raise UserError("edit.gone")
        previous = member.role
        conflicts.check(
            session, "members", member, expected_version, {"role": role}, {"role": previous}, base
        )
        member.role = role
        session.flush()
        version = member.version
    return Saved(previous, _changed_members(table_id), version)


def move_member(
    sessions: SessionFactory,
    table_id: str,
    person_id: str,
    index: int,
    *,
    shown: list[str] | None = None,
) -> tuple[Positions, Change]:
    """Put a member at ``index`` in the table's order; return the positions before.

    ``shown`` is the members' order (person ids) as the page showed it (None: no check):
    when a colleague reordered, added or removed members since, the move is refused
    (:class:`Conflict`), nothing moved.
    """
    with write_transaction(sessions) as session:
        key, position = TableMember.person_id, TableMember.position
        old = reposition(session, key, position, _members(table_id), {})
        if person_id not in old:
            raise UserError("edit.gone")
        order = in_order(old)
        refuse_reordered(
            session, "table_members", table_id, order, shown, "edit.move_conflict", named=False
        )
        new = numbered(moved(order, person_id, index), 0)
        reposition(session, key, position, _members(table_id), new)
    return old, _changed_members(table_id)


def set_member_positions(
    sessions: SessionFactory,
    table_id: str,
    positions: Positions,
    *,
    left: list[str] | None = None,
) -> Change:
    """Put the members back in the order ``positions`` gives (the undo of a move).

    ``left`` is the order the move left (None: no check): when a colleague reordered the
    members since, the undo is refused (:class:`Conflict`), their order stays.
    """
    with write_transaction(sessions) as session:
        scope = _members(table_id)
        order = in_order(
            current_positions(session, TableMember.person_id, TableMember.position, scope)
        )
        refuse_reordered(
            session, "table_members", table_id, order, left, "edit.undo_conflict", named=False
        )
        reposition(session, TableMember.person_id, TableMember.position, scope, positions)
    return _changed_members(table_id)


# The agenda template: few rows keyed by (table, position), so every edit writes it whole.


def _read_template(session: Session, table_id: str) -> list[TemplateItem]:
    query = (
        select(AgendaTemplateItem)
        .where(AgendaTemplateItem.table_id == table_id)
        .order_by(AgendaTemplateItem.position)
    )
    return [TemplateItem(r.title, r.kind, r.planned_minutes) for r in session.scalars(query)]


def template_items(sessions: SessionFactory, table_id: str) -> list[TemplateItem]:
    """The agenda template of a table, in order."""
    with sessions() as session:
        return _read_template(session, table_id)


def _edit_template(
    sessions: SessionFactory,
    table_id: str,
    edit: Callable[[list[TemplateItem]], list[TemplateItem]],
    shown: list[TemplateItem] | None = None,
) -> tuple[list[TemplateItem], Change]:
    """Write the template ``edit`` makes of the stored one; return the stored one (the undo).

    ``shown`` is the template as the page showed it (None: no check): when the stored one
    differs, a colleague changed it meanwhile and :class:`Conflict` is raised, nothing
    written (the edit names its items by place, which their change may have moved).
    """
    with write_transaction(sessions) as session:
        _table_exists(session, table_id)
        previous = _read_template(session, table_id)
        _check_shown(session, table_id, previous, shown)
        items = edit(list(previous))
        if any(not item.title.strip() for item in items):
            raise UserError("edit.required.title")
        versions = _template_versions(session, table_id)
        session.execute(delete(AgendaTemplateItem).where(AgendaTemplateItem.table_id == table_id))
        rows: list[dict[str, Any]] = []
        for position, item in enumerate(items, start=1):
            # A row that changes goes up one version; an unchanged one keeps it.
            was = versions.get(position)
            same = was is not None and was[1] == _template_value(item)
            version = 1 if was is None else was[0] + (0 if same else 1)
            rows.append(
                {
                    "table_id": table_id,
                    "position": position,
                    "title": item.title.strip(),
                    "kind": item.kind,
                    "planned_minutes": item.planned_minutes,
                    "version": version,
                }
            )
        if rows:
            session.execute(insert(AgendaTemplateItem), rows)
        history.record_fields(
            session,
            "tables",
            {"id": table_id},
            {"agenda_template": [_template_value(item) for item in previous]},
            {"agenda_template": [_template_value(item) for item in items]},
        )
    return previous, Change.of("agenda_template", ids=[table_id])


def _check_shown(
    session: Session,
    table_id: str,
    stored: list[TemplateItem],
    shown: list[TemplateItem] | None,
) -> None:
    """Raise :class:`Conflict` when the stored template is not the one the page showed."""
    theirs = [_template_value(item) for item in stored]
    if shown is None or theirs == [_template_value(item) for item in shown]:
        return
    by, at = conflicts.last_change(session, "tables", {"id": table_id})
    mine = [_template_value(item) for item in shown]
    raise Conflict(
        "agenda_template",
        table_id,
        Side({"agenda_template": theirs}, None, by, at),
        Side({"agenda_template": mine}, None),
    )


def _template_versions(session: Session, table_id: str) -> dict[int, tuple[int, dict[str, Any]]]:
    """The stored template rows by position: (version, value as the history writes it)."""
    query = select(AgendaTemplateItem).where(AgendaTemplateItem.table_id == table_id)
    return {
        row.position: (
            int(row.version),
            _template_value(TemplateItem(row.title, row.kind, row.planned_minutes)),
        )
        for row in session.scalars(query)
    }


def _template_value(item: TemplateItem) -> dict[str, Any]:
    """A template item as the exchange format (and so the history) writes it."""
    return {"title": item.title.strip(), "kind": item.kind, "planned_minutes": item.planned_minutes}


def _at(items: list[TemplateItem], index: int) -> int:
    if not 0 <= index < len(items):
        raise UserError("edit.gone")
    return index


def set_template(
    sessions: SessionFactory,
    table_id: str,
    items: list[TemplateItem],
    *,
    shown: list[TemplateItem] | None = None,
) -> tuple[list[TemplateItem], Change]:
    """Make ``items`` the table's agenda template; return the template it had (the undo).

    With ``shown`` (the template the page showed), a template changed since is a Conflict.
    """
    return _edit_template(sessions, table_id, lambda _stored: list(items), shown)


def add_template_item(
    sessions: SessionFactory,
    table_id: str,
    item: TemplateItem,
    index: int | None = None,
    *,
    shown: list[TemplateItem] | None = None,
) -> tuple[list[TemplateItem], Change]:
    """Add an item to the template at ``index`` (default: last); return the template before."""

    def edit(items: list[TemplateItem]) -> list[TemplateItem]:
        items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
        return items

    return _edit_template(sessions, table_id, edit, shown)


def remove_template_item(
    sessions: SessionFactory, table_id: str, index: int, *, shown: list[TemplateItem] | None = None
) -> tuple[list[TemplateItem], Change]:
    """Take the item at ``index`` out of the template; return the template before."""

    def edit(items: list[TemplateItem]) -> list[TemplateItem]:
        del items[_at(items, index)]
        return items

    return _edit_template(sessions, table_id, edit, shown)


def move_template_item(
    sessions: SessionFactory,
    table_id: str,
    index: int,
    to: int,
    *,
    shown: list[TemplateItem] | None = None,
) -> tuple[list[TemplateItem], Change]:
    """Move the template item at ``index`` to ``to``; return the template before."""

    def edit(items: list[TemplateItem]) -> list[TemplateItem]:
        item = items.pop(_at(items, index))
        items.insert(max(0, min(to, len(items))), item)
        return items

    return _edit_template(sessions, table_id, edit, shown)


def edit_template_item(
    sessions: SessionFactory,
    table_id: str,
    index: int,
    *,
    shown: list[TemplateItem] | None = None,
    **values: Any,
) -> tuple[list[TemplateItem], Change]:
    """Change the title, kind or planned minutes of one item; return the template before."""

    def edit(items: list[TemplateItem]) -> list[TemplateItem]:
        items[_at(items, index)] = replace(items[index], **values)
        return items

    return _edit_template(sessions, table_id, edit, shown)

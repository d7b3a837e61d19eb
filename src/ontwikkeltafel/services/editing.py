"""Create, change, delete and restore records of every kind: one transaction per user action.

Values are plain: column values by attribute name, and links as id lists under the names
the exchange format uses (``theme_ids``, ``practice_ids``...). Each function returns the
:class:`Change` the screens refresh on, and what its undo needs.
"""

from datetime import date
from typing import Any

from sqlalchemy import Table as CoreTable
from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Base,
    Concern,
    Decision,
    DevelopmentPoint,
    Meeting,
    Organisation,
    Person,
    Practice,
    Table,
    Theme,
)
from ontwikkeltafel.model import links as link_tables
from ontwikkeltafel.model.base import new_id
from ontwikkeltafel.preferences import email_is_valid, phone_is_valid
from ontwikkeltafel.services import SessionFactory, conflicts, meeting_status
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Conflict as Conflict
from ontwikkeltafel.services.conflicts import Saved
from ontwikkeltafel.services.snapshots import Snapshot, collect_rows, delete_rows, restore_rows
from ontwikkeltafel.store import history
from ontwikkeltafel.store.engine import write_transaction

MODELS: dict[str, type[Base]] = {
    "tables": Table,
    "meetings": Meeting,
    "people": Person,
    "organisations": Organisation,
    "themes": Theme,
    "concerns": Concern,
    "practices": Practice,
    "development_points": DevelopmentPoint,
    "actions": Action,
    "agenda_items": AgendaItem,
    "decisions": Decision,
}

# kind -> value name -> (link table, column of this record, column of the other record)
LINKS: dict[str, dict[str, tuple[CoreTable, str, str]]] = {
    "tables": {"theme_ids": (link_tables.table_themes, "table_id", "theme_id")},
    "concerns": {
        "theme_ids": (link_tables.concern_themes, "concern_id", "theme_id"),
        "practice_ids": (link_tables.concern_practices, "concern_id", "practice_id"),
    },
    "practices": {
        "organisation_ids": (
            link_tables.practice_organisations,
            "practice_id",
            "organisation_id",
        ),
        "theme_ids": (link_tables.practice_themes, "practice_id", "theme_id"),
    },
    "development_points": {
        "concern_ids": (
            link_tables.development_point_concerns,
            "development_point_id",
            "concern_id",
        )
    },
    "agenda_items": {
        "concern_ids": (link_tables.agenda_item_concerns, "agenda_item_id", "concern_id"),
        "practice_ids": (link_tables.agenda_item_practices, "agenda_item_id", "practice_id"),
    },
}

# The text every record of a kind must have; an empty one is refused, nothing stored.
REQUIRED = {
    "tables": "title",
    "meetings": "title",
    "people": "last_name",
    "organisations": "name",
    "themes": "name",
    "concerns": "title",
    "practices": "title",
    "development_points": "title",
    "actions": "description",
    "agenda_items": "title",
    "decisions": "text",
}


def _model(kind: str) -> type[Base]:
    try:
        return MODELS[kind]
    except KeyError:
        raise ValueError(f"no records of kind {kind!r}") from None


def _columns(kind: str) -> list[str]:
    """The values a form edits: every column but the id and the version (kept apart)."""
    skipped = ("id", "version")
    return [
        column.key for column in inspect(_model(kind)).column_attrs if column.key not in skipped
    ]


def _table(kind: str) -> CoreTable:
    table = _model(kind).__table__
    assert isinstance(table, CoreTable)
    return table


def _links_of(session: Session, kind: str, record_id: str) -> dict[str, list[str]]:
    found = {}
    for name, (table, own, other) in LINKS.get(kind, {}).items():
        query = select(table.c[other]).where(table.c[own] == record_id)
        found[name] = list(session.scalars(query))
    return found


def _set_links(session: Session, kind: str, record_id: str, values: dict[str, Any]) -> bool:
    """Store the link lists among ``values``; True when one of them changed."""
    changed = False
    for name, (table, own, other) in LINKS.get(kind, {}).items():
        if name not in values:
            continue
        before = list(session.scalars(select(table.c[other]).where(table.c[own] == record_id)))
        ids = list(dict.fromkeys(values[name]))
        if sorted(before) == sorted(ids):
            continue
        session.execute(delete(table).where(table.c[own] == record_id))
        if ids:
            session.execute(insert(table), [{own: record_id, other: id_} for id_ in ids])
        history.record_fields(
            session, _table(kind).name, {"id": record_id}, {name: before}, {name: ids}
        )
        changed = True
    return changed


def _check(
    session: Session, kind: str, record_id: str, values: dict[str, Any], contacts: bool = True
) -> None:
    """Refuse what the user must put right: a missing text, a theme twice, a bad contact.

    An e-mail address or phone number that cannot be right is refused here, when edited;
    the import takes any text (the exchange format does).
    """
    required = REQUIRED[kind]
    if required in values and not str(values[required] or "").strip():
        raise UserError(f"edit.required.{required}")
    if kind == "themes" and "name" in values:
        same = select(Theme.id).where(
            func.lower(Theme.name) == str(values["name"]).strip().lower(), Theme.id != record_id
        )
        if session.scalar(same) is not None:
            raise UserError("edit.theme_exists", name=str(values["name"]).strip())
    if kind == "people" and contacts:
        for name, valid in (("email", email_is_valid), ("phone", phone_is_valid)):
            if name in values and not valid(str(values[name] or "")):
                raise UserError(f"edit.invalid.{name}", value=str(values[name]).strip())


def _action_number(session: Session, values: dict[str, Any], today: date) -> str:
    """The next free number of the action's table in the year of its meeting (else this year)."""
    # Imported here: the exchange package is not needed to start the window.
    from ontwikkeltafel.exchange.numbering import next_number
    from ontwikkeltafel.exchange.values import AMSTERDAM

    year = today.year
    meeting_id = values.get("meeting_id")
    if meeting_id:
        starts_at = session.scalar(select(Meeting.starts_at).where(Meeting.id == meeting_id))
        if starts_at is not None:
            year = starts_at.astimezone(AMSTERDAM).year  # stored in UTC; the year is Dutch
    taken = set(
        session.scalars(select(Action.number).where(Action.table_id == values.get("table_id")))
    )
    return next_number(taken, year)


def read_record(sessions: SessionFactory, kind: str, record_id: str) -> dict[str, Any] | None:
    """The values of one record (its columns and link id lists), or None when it is gone.

    ``values["version"]`` is the version it is stored at: what a form hands its saves as
    ``expected_version`` (it is no value a save changes).
    """
    with sessions() as session:
        record = session.get(_model(kind), record_id)
        if record is None:
            return None
        values = {name: getattr(record, name) for name in _columns(kind)}
        values["id"] = record_id
        values["version"] = getattr(record, "version")  # noqa: B009
        values.update(_links_of(session, kind, record_id))
        return values


def blank_record(kind: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The values a new record of ``kind`` starts with (nothing stored): ``values`` over defaults.

    Texts are empty, choices their default, references None, links empty: what a new
    form shows until the user types.
    """
    blank: dict[str, Any] = {}
    for column in _table(kind).columns:
        if column.key in ("id", "version"):
            continue
        default = column.default
        if default is not None and default.is_scalar:
            blank[column.key] = default.arg  # type: ignore[attr-defined]
        else:
            blank[column.key] = None if column.nullable else ""
    blank.update({name: [] for name in LINKS.get(kind, {})})
    blank.update(values or {})
    return blank


def create_record(
    sessions: SessionFactory, kind: str, values: dict[str, Any], today: date | None = None
) -> tuple[str, Change]:
    """Store a new record (with ``values["id"]`` when given, so a redo makes the same one)."""
    record_id = values.get("id") or new_id()
    columns = {name: value for name, value in values.items() if name in _columns(kind)}
    with write_transaction(sessions) as session:
        _check(session, kind, record_id, {REQUIRED[kind]: "", **values})
        meeting_status.check_create(session, kind, columns)
        if kind == "actions" and not columns.get("number"):
            columns["number"] = _action_number(session, columns, today or date.today())
        session.add(_model(kind)(id=record_id, **columns))
        session.flush()
        _set_links(session, kind, record_id, values)
        moved = meeting_status.after_write(session, kind, record_id, values)
    return record_id, Change.of(kind, ids=[record_id]) | moved


def update_record(
    sessions: SessionFactory,
    kind: str,
    record_id: str,
    values: dict[str, Any],
    *,
    restoring: bool = False,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Saved[dict[str, Any]]:
    """Change some values of a record; return their previous values (the undo).

    ``restoring`` puts back values the record held (undo, redo): an imported e-mail
    address that a correction replaced comes back as it was, though it is no valid one.
    ``expected_version`` is the version the form loaded (``read_record``): when the stored
    one differs, someone else saved the record meanwhile and :class:`Conflict` is raised,
    nothing written. The result's ``.version`` is the record's version after the save.
    With ``base`` (each saved field's value as the form loaded it), a record whose version
    moved on but whose saved fields are still stored as their base is saved: no conflict.
    """
    with write_transaction(sessions) as session:
        record = conflicts.locked(session, _model(kind), record_id)
        if record is None:
            raise UserError("edit.gone")
        links = LINKS.get(kind, {})
        unknown = [name for name in values if name not in links and name not in _columns(kind)]
        if unknown:
            raise ValueError(f"{kind} has no value {unknown[0]!r}")
        stored = {name: getattr(record, name) for name in values if name not in links}
        stored.update({k: v for k, v in _links_of(session, kind, record_id).items() if k in values})
        conflicts.check(session, kind, record, expected_version, values, stored, base)
        _check(session, kind, record_id, values, contacts=not restoring)
        meeting_status.check_update(session, kind, record_id, values)
        for name, value in values.items():
            if name not in links:
                setattr(record, name, value)
        if _set_links(session, kind, record_id, values):
            flag_modified(record, REQUIRED[kind])  # a new link list is a new version too
        try:
            session.flush()
        except IntegrityError as exc:
            raise UserError("edit.clash") from exc
        moved = meeting_status.after_write(session, kind, record_id, values)
        version = int(getattr(record, "version"))  # noqa: B009
    return Saved(stored, Change.of(kind, ids=[record_id]) | moved, version)


def delete_record(
    sessions: SessionFactory,
    kind: str,
    record_id: str,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> tuple[Snapshot, Change]:
    """Delete a record and what hangs from it; return all of it (the undo).

    With ``expected_version`` (the version the page showed), a record someone else changed
    meanwhile is not deleted: :class:`Conflict` (``edit.delete_conflict``); one that is gone
    already: ``edit.gone``. With ``base`` (the fields as the page showed them) the check is
    per field: a version moved on by a change of no field shown (or by this window's own
    saves, whose values the base holds) lets the delete through.
    """
    table = _table(kind)
    with write_transaction(sessions) as session:
        refuse_changed_delete(session, kind, record_id, expected_version, base)
        meeting_status.check_delete(session, kind, record_id)
        snapshot = delete_rows(session, table, [{"id": record_id}])
        snapshot.adopted = meeting_status.adopted_meetings(session, snapshot.rows)
    return snapshot, changed_by(snapshot)


def refuse_changed_delete(
    session: Session,
    kind: str,
    record_id: str,
    expected_version: int | None,
    base: dict[str, Any] | None,
) -> None:
    """Refuse a delete of a record changed since the page showed it (``edit.delete_conflict``).

    ``expected_version`` None: no check. With ``base`` (the fields as shown) only a change
    of one of them refuses (not of its position: a reorder loses nothing, the undo puts
    it back); without it any change since.
    """
    if expected_version is None:
        return
    record = conflicts.locked(session, _model(kind), record_id)
    if record is None:
        raise UserError("edit.gone")
    links = LINKS.get(kind, {})
    fields = (set(_columns(kind)) | set(links)) - {"position"}  # a reorder: nothing lost
    shown = {name: value for name, value in (base or {}).items() if name in fields}
    stored = {name: getattr(record, name) for name in shown if name not in links}
    if any(name in links for name in shown):
        linked = _links_of(session, kind, record_id)
        stored.update({k: v for k, v in linked.items() if k in shown})
    try:
        conflicts.check(session, kind, record, expected_version, shown, stored, shown or None)
    except Conflict as refusal:
        refusal.key = "edit.delete_conflict"
        raise


def dependents(sessions: SessionFactory, kind: str, record_id: str) -> dict[str, int]:
    """What hangs from a record, which its delete would take or empty, counted.

    Rows that would go with it are counted under their table ("table_members"); references
    that would be emptied under table and column ("actions.owner_id"). Nothing is changed.
    """
    table = _table(kind)
    with sessions() as session:
        snapshot = collect_rows(session, table, [{"id": record_id}])
    counts = {name: len(rows) for name, rows in snapshot.rows.items() if name != table.name}
    for name, _key, column, _value in snapshot.emptied:
        counts[f"{name}.{column}"] = counts.get(f"{name}.{column}", 0) + 1
    return {name: count for name, count in counts.items() if count}


def restore_snapshot(sessions: SessionFactory, snapshot: Snapshot) -> Change:
    """Put back what a delete removed, exactly as it was."""
    with write_transaction(sessions) as session:
        meeting_status.check_restore(session, snapshot.rows, snapshot.adopted)
        restore_rows(session, snapshot)
    return changed_by(snapshot)


# table name -> the kind of record screens know it by
_KIND_OF_TABLE = {
    "table_members": "members",
    "attendance": "attendance",
    "agenda_template_items": "agenda_template",
    **{_table(kind).name: kind for kind in MODELS},
}


def changed_by(snapshot: Snapshot) -> Change:
    """The change a delete or its restore makes: every kind of row it removed or emptied."""
    kinds = {_KIND_OF_TABLE[name] for name in snapshot.rows if name in _KIND_OF_TABLE}
    kinds |= {_KIND_OF_TABLE[name] for name, *_ in snapshot.emptied if name in _KIND_OF_TABLE}
    ids = [row["id"] for rows in snapshot.rows.values() for row in rows if "id" in row]
    return Change.of(*sorted(kinds), ids=ids)

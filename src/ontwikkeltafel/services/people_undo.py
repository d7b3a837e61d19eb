"""Taking a people import back (the window's one undo step) and doing it again.

:func:`undo_import` puts the updated people's values back and deletes the seats, people
and organisations the import made, in one transaction, keeping every row it deleted;
:func:`redo_import` restores those rows exactly (same ids, so later undo steps naming
them still work) and applies the updates again.
"""

from typing import Any

from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Base, Person
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.people_apply import Outcome
from ontwikkeltafel.services.snapshots import Snapshot, delete_rows, restore_rows
from ontwikkeltafel.store.engine import write_transaction

Taken = tuple[Snapshot, ...]
_TABLES = Base.metadata.tables


def _change(outcome: Outcome, table_id: str | None) -> Change:
    kinds = ["people"] + (["organisations"] if outcome.organisation_ids else [])
    kinds += ["members"] if outcome.seated else []
    extra = [table_id] if outcome.seated and table_id else []
    return Change.of(*kinds, ids=[*outcome.person_ids, *outcome.organisation_ids, *extra])


def _set(session: Session, person_id: str, values: dict[str, Any]) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError("edit.gone")
    for name, value in values.items():
        setattr(person, name, value)


def undo_import(
    sessions: SessionFactory, outcome: Outcome, table_id: str | None
) -> tuple[Taken, Change]:
    """Take the import of ``outcome`` back; return the rows deleted (for a redo)."""
    created = set(outcome.created)
    with write_transaction(sessions) as session:
        for person_id, before, _after in outcome.updates:
            _set(session, person_id, before)
        session.flush()
        seats = [{"table_id": table_id, "person_id": p} for p in outcome.seated if p not in created]
        taken = (
            delete_rows(session, _TABLES["table_members"], seats if table_id else []),
            delete_rows(session, _TABLES["people"], [{"id": p} for p in outcome.created]),
            delete_rows(
                session, _TABLES["organisations"], [{"id": o} for o in outcome.organisation_ids]
            ),
        )
    return taken, _change(outcome, table_id)


def redo_import(
    sessions: SessionFactory, outcome: Outcome, table_id: str | None, taken: Taken
) -> Change:
    """Do the import again after :func:`undo_import`: the same rows, the same updates."""
    with write_transaction(sessions) as session:
        for snapshot in reversed(taken):
            restore_rows(session, snapshot)
        for person_id, _before, after in outcome.updates:
            _set(session, person_id, after)
    return _change(outcome, table_id)

"""Who was at a meeting: the table's members and any guests, each with a status.

:func:`set_presence` does every change (a status, a guest added or removed) and returns
the presence before, which, handed back to it, is the exact undo.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    Attendance,
    AttendanceStatus,
    Meeting,
    Organisation,
    Person,
    TableMember,
)
from ontwikkeltafel.reports.format import full_name
from ontwikkeltafel.services import SessionFactory, conflicts
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Saved
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.services.meeting_status import follow_work, refuse_if_adopted
from ontwikkeltafel.store.engine import write_transaction


@dataclass(frozen=True)
class Presence:
    """A person's attendance row: their status and place in the list."""

    status: AttendanceStatus
    position: int


@dataclass(frozen=True)
class AttendanceRow:
    """One line of the attendance grid; ``status`` is None while nothing is recorded."""

    person_id: str
    name: str
    organisation: str
    status: AttendanceStatus | None
    member: bool
    #: The row's stored version (0 while nothing is recorded): a save's expected_version.
    version: int = 0


def attendance_rows(sessions: SessionFactory, meeting_id: str) -> list[AttendanceRow]:
    """The members of the meeting's table in their order, then everyone else recorded."""
    with sessions() as session:
        table_id = session.scalar(select(Meeting.table_id).where(Meeting.id == meeting_id))
        members = list(
            session.scalars(
                select(TableMember.person_id)
                .where(TableMember.table_id == table_id)
                .order_by(TableMember.position, TableMember.person_id)
            )
        )
        recorded = {
            person_id: (status, position, version)
            for person_id, status, position, version in session.execute(
                select(
                    Attendance.person_id, Attendance.status, Attendance.position, Attendance.version
                ).where(Attendance.meeting_id == meeting_id)
            )
        }
        others = sorted(
            (person for person in recorded if person not in members),
            key=lambda person: (recorded[person][1], person),
        )
        order = [*members, *others]
        people = {
            row[0]: row
            for row in session.execute(
                select(
                    Person.id,
                    Person.first_name,
                    Person.prefix,
                    Person.last_name,
                    func.coalesce(Organisation.name, ""),
                )
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where(Person.id.in_(order))
            )
        }
    found = []
    member_ids = set(members)
    for person_id in order:
        _id, first, prefix, last, organisation = people[person_id]
        person = person_of(person_id, first, prefix, last)
        assert person is not None
        status, _position, version = recorded.get(person_id, (None, 0, 0))
        found.append(
            AttendanceRow(
                person_id,
                full_name(person),
                organisation,
                status,
                person_id in member_ids,
                version,
            )
        )
    return found


def set_presence(
    sessions: SessionFactory,
    meeting_id: str,
    person_id: str,
    presence: AttendanceStatus | Presence | None,
    *,
    expected_version: int | None = None,
    base: dict[str, Any] | None = None,
) -> Saved[Presence | None]:
    """Record a status (kept in place, or added last), a whole presence, or none (removed).

    Returns the presence before: handing it back undoes the change exactly. With
    ``expected_version`` (the row's version the page loaded), a row stored at another
    version raises :class:`~ontwikkeltafel.services.conflicts.Conflict`, nothing written,
    unless ``base`` (the status the page showed) is still stored: a reorder is no conflict.
    The result's ``.version`` is the row's version after it (0: no row).
    """
    with write_transaction(sessions) as session:
        if session.get(Meeting, meeting_id) is None:
            raise UserError("edit.gone")
        refuse_if_adopted(session, meeting_id)
        row = conflicts.locked(session, Attendance, (meeting_id, person_id))
        before = None if row is None else Presence(row.status, row.position)
        if row is not None:
            mine = {"status": presence.status if isinstance(presence, Presence) else presence}
            conflicts.check(
                session, "attendance", row, expected_version, mine, {"status": row.status}, base
            )
        if presence is None:
            if row is not None:
                session.delete(row)
        else:
            if isinstance(presence, AttendanceStatus):
                if before is not None:
                    presence = Presence(presence, before.position)
                else:
                    last = session.scalar(
                        select(func.max(Attendance.position)).where(
                            Attendance.meeting_id == meeting_id
                        )
                    )
                    presence = Presence(presence, 0 if last is None else last + 1)
            if row is None:
                if session.get(Person, person_id) is None:
                    raise UserError("edit.gone")
                row = Attendance(meeting_id=meeting_id, person_id=person_id)
                session.add(row)
            row.status = presence.status
            row.position = presence.position
        moved = follow_work(session, meeting_id)
        session.flush()
        version = 0 if presence is None or row is None else row.version
    return Saved(before, Change.of("attendance", ids=[meeting_id, person_id]) | moved, version)

"""Query service of the presentielijst: who is expected at a meeting, as it stood at its start."""

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ontwikkeltafel.model import AttendanceStatus, Person, TableMember
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.attendance_list import AttendanceListData
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.as_of import AsOf
from ontwikkeltafel.services.report_data import load_meeting
from ontwikkeltafel.services.report_parts import header, load_people, person


def attendance_data(
    sessions: SessionFactory, meeting_id: str, internal: bool
) -> AttendanceListData:
    """The table's members and the guests on the meeting's attendance list (not members).

    A meeting without a table expects the people on its attendance list. Like the
    convocatie, a past meeting's list shows its head and the people (name, organisation,
    function) as they stood at its start. ``internal`` changes nothing: a list of names
    holds nothing confidential. An unknown meeting is a UserError.
    """
    del internal  # nothing confidential on a presentielijst
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        then = AsOf(session, meeting.starts_at) if meeting.starts_at < datetime.now(UTC) else None
        seats: list[TableMember] = []
        if meeting.table_id is not None:
            query = (
                select(TableMember)
                .where(TableMember.table_id == meeting.table_id)
                .options(selectinload(TableMember.person).selectinload(Person.organisation))
                .order_by(TableMember.position)
            )
            seats = list(session.scalars(query))
        member_ids = {seat.person_id for seat in seats}
        guests = [a for a in meeting.attendance if a.person_id not in member_ids]
        if then is not None:
            people: list[Person | None] = [s.person for s in seats]
            load_people(then, [*people, *(a.person for a in guests), meeting.chair])

        def shown(record: Person) -> data.Person:
            made = person(record, then)
            assert made is not None
            return made

        return AttendanceListData(
            meeting=header(meeting, then),
            members=tuple(shown(seat.person) for seat in seats),
            guests=tuple(shown(a.person) for a in guests),
            excused=frozenset(
                a.person_id for a in meeting.attendance if a.status is AttendanceStatus.EXCUSED
            ),
        )

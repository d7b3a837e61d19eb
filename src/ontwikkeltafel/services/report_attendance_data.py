"""Query service of the presentielijst: who is expected at a meeting, as it stood at its start."""

from datetime import UTC, datetime

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.attendance_list import AttendanceListData
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.past import AsOf
from ontwikkeltafel.services.report_stood import (
    People,
    attendance,
    header,
    meeting_record,
    seats,
)


def attendance_data(source: Source, meeting_id: str, internal: bool) -> AttendanceListData:
    """The table's members and the guests on the meeting's attendance list (not members).

    A meeting without a table expects the people on its attendance list. Like the
    convocatie, a past meeting's list shows its head and the people (name, organisation,
    function) as they stood at its start. ``internal`` changes nothing: a list of names
    holds nothing confidential. An unknown meeting is a UserError.
    """
    del internal  # nothing confidential on a presentielijst
    with plain_of(source) as db:
        meeting = meeting_record(db, meeting_id)
        starts = meeting["starts_at"]
        then = AsOf(db, starts) if starts < datetime.now(UTC) else None
        people = People(db, then)
        members = [seat["person_id"] for seat in seats(db, meeting["table_id"])]
        listed = attendance(db, meeting_id)
        guests = [a["person_id"] for a in listed if a["person_id"] not in set(members)]
        people.load([*members, *guests, meeting["chair_id"], meeting["secretary_id"]])

        def shown(person_ids: list[str]) -> tuple[data.Person, ...]:
            made = (people.get(person_id) for person_id in person_ids)
            return tuple(person for person in made if person is not None)

        return AttendanceListData(
            meeting=header(meeting, people),
            members=shown(members),
            guests=shown(guests),
            excused=frozenset(
                a["person_id"] for a in listed if a["status"] is AttendanceStatus.EXCUSED
            ),
        )

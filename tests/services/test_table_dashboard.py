"""The table dashboard's figures, checked against the data they come from."""

from datetime import date
from typing import Any

from ontwikkeltafel.model import ConcernStatus, DocumentKind, MeetingStatus
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.documents_sent import record_sent
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_dashboard import Missing, table_dashboard
from ontwikkeltafel.store.database import Database

TODAY = date(2019, 1, 10)


def _meeting(n: int, day: str, ijs: str, bas: str = "present", **extra: Any) -> dict[str, Any]:
    return {
        "id": f"m-{n}",
        "table_id": "tafel-1",
        "kind": "table_session",
        "title": f"Bijeenkomst {n}",
        "starts_at": f"{day}T15:30:00+01:00",
        "status": "minutes_approved",
        "attendance": [
            {"person_id": "p-anna", "status": "present"},
            {"person_id": "p-bas", "status": bas},
            {"person_id": "p-ijs", "status": ijs},
        ],
        **extra,
    }


def load(database: Database, write_json: Any, document: dict[str, Any]) -> None:
    """m-1 (2018-01-18) and seven more; the last six before TODAY are m-3 .. m-8."""
    days = ["2018-03-01", "2018-05-01", "2018-07-01", "2018-09-01", "2018-10-01", "2018-11-01"]
    ijs = ["absent", "excused", "present", "absent", "excused", "absent"]
    bas = ["present", "present", "present", "present", "excused", "present"]
    for n, (day, i, b) in enumerate(zip(days, ijs, bas, strict=True), start=2):
        document["meetings"].append(_meeting(n, day, i, b))
    last = document["meetings"][-1]
    last["status"] = "minutes_draft"
    last["agenda"] = [
        {"id": "ai-71", "position": 1, "title": "Opening", "kind": "opening"},
        {
            "id": "ai-72",
            "position": 2,
            "title": "Besluiten",
            "minutes": "Besproken.",
            "decisions": [
                {"id": "d-72a", "text": "Eerste besluit."},
                {"id": "d-72b", "text": "Tweede besluit."},
            ],
        },
    ]
    document["meetings"].append(
        {**_meeting(9, "2019-01-10", "present"), "status": "planned", "attendance": []}
    )
    document["meetings"].append(
        {**_meeting(10, "2019-02-10", "present"), "status": "planned", "attendance": []}
    )
    document["actions"] += [
        {"id": f"a-{n}", "number": f"2018-{n:02}", "table_id": "tafel-1", "description": f"A{n}"}
        | extra
        for n, extra in (
            (3, {"owner_id": "p-bas", "due_on": "2019-01-09"}),  # overdue, GGD
            (4, {"owner_id": "p-bas", "due_on": "2019-01-10", "status": "in_progress"}),
            (5, {"owner_id": "p-anna", "due_on": "2018-12-01"}),  # overdue, KION
            (6, {"owner_id": "p-ijs"}),  # no organisation, no date
            (7, {"owner_id": "p-bas", "due_on": "2018-01-01", "status": "done"}),
            (8, {"due_on": "2018-01-01", "status": "cancelled"}),
        )
    ]
    document["concerns"] += [
        {"id": "c-2", "table_id": "tafel-1", "title": "Wachtlijsten", "status": "open"},
        {"id": "c-3", "table_id": "tafel-1", "title": "Privacy", "status": "open"},
        {"id": "c-4", "title": "Zonder tafel", "status": "parked"},
    ]
    import_file(database.session_factory, write_json(document))


def test_open_actions_per_organisation_with_the_overdue_ones(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    board = table_dashboard(database.session_factory, "tafel-1", TODAY)
    figures = [(a.organisation, a.open, a.overdue) for a in board.actions]
    # a-2 (Anna, no date) and a-5 (Anna, overdue) for KION; a-3 overdue and a-4 due today
    # for the GGD; a-6 of IJsbrand, who has no organisation; done and cancelled ones left out.
    assert figures == [("GGD regio Utrecht", 2, 1), ("KION", 2, 1), ("", 1, 0)]
    assert (board.open_actions, board.overdue_actions) == (5, 2)
    assert board.actions[0].organisation_id == "org-ggd"


def test_concerns_by_status_of_this_table_only(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    board = table_dashboard(database.session_factory, "tafel-1", TODAY)
    assert board.concerns == (
        (ConcernStatus.OPEN, 2),
        (ConcernStatus.DISCUSSING, 1),
        (ConcernStatus.ADDRESSED, 0),
        (ConcernStatus.RESOLVED, 0),
        (ConcernStatus.PARKED, 0),  # c-4 belongs to no table
    )


def test_attendance_over_the_last_six_meetings_names_who_keeps_missing(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    board = table_dashboard(database.session_factory, "tafel-1", TODAY)
    assert [m.id for m in board.meetings_counted] == ["m-7", "m-6", "m-5", "m-4", "m-3", "m-2"]
    figures = [(a.organisation, a.expected, a.present, a.missed) for a in board.attendance]
    # IJsbrand missed five of six; Bas one; Anna none. m-1 (IJsbrand excused) is older.
    assert figures == [("", 6, 1, 5), ("GGD regio Utrecht", 6, 5, 1), ("KION", 6, 6, 0)]
    assert [(a.person.id, a.missed, a.listed) for a in board.absentees] == [("p-ijs", 5, 6)]


def test_the_last_meeting_s_decisions_in_agenda_order(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    board = table_dashboard(database.session_factory, "tafel-1", TODAY)
    assert board.last_meeting is not None and board.last_meeting.id == "m-7"
    assert board.decisions == ("Eerste besluit.", "Tweede besluit.")


def test_the_next_meeting_and_what_it_still_lacks(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    sessions = database.session_factory
    board = table_dashboard(sessions, "tafel-1", TODAY)
    assert board.next_meeting is not None
    assert (board.next_meeting.id, board.next_meeting.status) == ("m-9", MeetingStatus.PLANNED)
    assert board.next_meeting.starts_at.date() == date(2019, 1, 10)  # today counts as next
    assert board.missing == (Missing.INVITATION, Missing.PREVIOUS_MINUTES)
    record_sent(sessions, "m-9", DocumentKind.MINUTES, TODAY)  # not an invitation
    assert table_dashboard(sessions, "tafel-1", TODAY).missing == (
        Missing.INVITATION,
        Missing.PREVIOUS_MINUTES,
    )
    record_sent(sessions, "m-9", DocumentKind.AGENDA, TODAY)
    assert table_dashboard(sessions, "tafel-1", TODAY).missing == (Missing.PREVIOUS_MINUTES,)
    adopt(sessions, "m-7", date(2018, 12, 1))
    assert table_dashboard(sessions, "tafel-1", TODAY).missing == ()


def test_a_table_without_meetings_or_records(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    document["tables"].append({"id": "tafel-2", "title": "Leeg"})
    import_file(database.session_factory, write_json(document))
    board = table_dashboard(database.session_factory, "tafel-2", TODAY)
    assert board.actions == () and board.open_actions == 0
    assert all(n == 0 for _status, n in board.concerns)
    assert board.attendance == () and board.absentees == ()
    assert board.last_meeting is None and board.next_meeting is None
    assert board.decisions == () and board.missing == ()


def test_no_next_meeting_then_nothing_is_missing(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(document))
    board = table_dashboard(database.session_factory, "tafel-1", TODAY)
    assert board.last_meeting is not None and board.last_meeting.id == "m-1"
    assert board.decisions == ("De tafel verzamelt goede voorbeelden.", "Vertrouwelijk besluit.")
    assert board.next_meeting is None and board.missing == ()

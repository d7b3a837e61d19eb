"""The table dashboard's figures, checked against the data they come from."""

from datetime import date
from typing import Any

from ontwikkeltafel.model import ConcernStatus, DocumentKind, MeetingStatus
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.documents_sent import record_sent
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_dashboard import Missing, table_dashboard
from ontwikkeltafel.store.database import Database
from tests.services.dashboard_data import TODAY, load


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

"""Documents of a past meeting read the same before and after later changes."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from ontwikkeltafel.model import ActionStatus, Meeting, MeetingStatus
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.report_data import minutes_data
from ontwikkeltafel.store.database import Database
from tests.services.stood import backdate, last_seq, load, report_lines, two_meetings


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    load(database, two_meetings(), tmp_path)
    return database


def _later_changes(db: Database) -> None:
    """An action's status and notes and a participant's function change after the meeting."""
    sessions = db.session_factory
    editing.update_record(
        sessions, "actions", "a-2", {"status": "done", "done_on": date.today(), "notes": "Klaar"}
    )
    editing.update_record(sessions, "actions", "a-1", {"notes": "Achteraf toegevoegd"})
    editing.update_record(sessions, "people", "p-bas", {"function": "directeur"})


@pytest.mark.parametrize("internal", [True, False])
def test_adopted_verslag_reads_the_same_after_later_changes(
    db: Database, tmp_path: Path, internal: bool
) -> None:
    adopt(db.session_factory, "m-1", on=date(2018, 3, 15))
    before = report_lines(db, "minutes", "m-1", tmp_path / "voor.docx", internal=internal)
    _later_changes(db)
    after = report_lines(db, "minutes", "m-1", tmp_path / "na.docx", internal=internal)
    assert after == before
    text = "\n".join(before)
    assert "Verslag vastgesteld op donderdag 15 maart 2018" in text
    assert "jeugdverpleegkundige" in text and "directeur" not in text
    assert "Achteraf toegevoegd" not in text and "Klaar" not in text
    assert ("Vertrouwelijke actie" in text) is internal
    assert ("Casusbespreking" in text) is internal
    person = editing.read_record(db.session_factory, "people", "p-bas")
    assert person is not None and person["function"] == "directeur"  # it did change


def test_participant_version_of_the_kept_verslag_is_the_one_made_from_the_records(
    db: Database,
) -> None:
    concept = minutes_data(db.session_factory, "m-1", internal=False)
    adopt(db.session_factory, "m-1", on=date(2018, 3, 15))
    kept = minutes_data(db.session_factory, "m-1", internal=False)
    assert kept.meeting.status is MeetingStatus.MINUTES_APPROVED
    assert kept.meeting.minutes_approved_on == date(2018, 3, 15)
    assert kept.agenda == concept.agenda and kept.actions == concept.actions
    assert kept.decisions == concept.decisions and kept.attendees == concept.attendees
    assert not kept.internal and [e.title for e in kept.agenda] == [
        "Opening",
        "Vragen uit de praktijk",
    ]


def test_adopted_without_a_kept_verslag_is_made_as_it_stood_on_the_adoption_day(
    db: Database, tmp_path: Path
) -> None:
    """A file from another tool: adopted, but nothing kept; the history tells the rest."""
    with db.session_factory.begin() as session:
        session.execute(
            update(Meeting)
            .where(Meeting.id == "m-1")
            .values(status=MeetingStatus.MINUTES_APPROVED, minutes_approved_on=date(2018, 3, 15))
        )
    before = report_lines(db, "minutes", "m-1", tmp_path / "voor.docx", internal=True)
    _later_changes(db)
    after = report_lines(db, "minutes", "m-1", tmp_path / "na.docx", internal=True)
    assert after == before
    assert "jeugdverpleegkundige" in "\n".join(after)


def test_concept_verslag_shows_the_actions_as_they_stood_at_the_meeting(
    db: Database, tmp_path: Path
) -> None:
    lines = report_lines(db, "minutes", "m-1", tmp_path / "voor.docx", internal=True)
    _later_changes(db)
    again = report_lines(db, "minutes", "m-1", tmp_path / "na.docx", internal=True)
    text = "\n".join(again)
    assert "Klaar" not in text and "Achteraf toegevoegd" not in text
    assert "directeur" in text  # a concept names people as they are now
    assert [line for line in again if "2018-02" in line] == [
        line for line in lines if "2018-02" in line
    ]
    data = minutes_data(db.session_factory, "m-1", internal=True)
    status = {a.number: (a.status, a.done_on, a.notes) for a in data.actions}
    # 2018-01 was done on 1 March, after the meeting: then it was still open.
    assert status["2018-01"] == (ActionStatus.OPEN, None, "")
    assert status["2018-02"] == (ActionStatus.OPEN, None, "")


def test_action_done_before_the_meeting_according_to_the_history_is_reported_done(
    db: Database,
) -> None:
    sessions = db.session_factory
    mark = last_seq(db)
    values = {"description": "Flyer maken", "table_id": "tafel-1", "status": "open"}
    action_id, _ = editing.create_record(sessions, "actions", values)
    backdate(db, mark, datetime(2017, 12, 1, 12, tzinfo=UTC))
    mark = last_seq(db)
    editing.update_record(
        sessions, "actions", action_id, {"status": "done", "done_on": date(2018, 1, 10)}
    )
    backdate(db, mark, datetime(2018, 1, 10, 12, tzinfo=UTC))
    editing.update_record(sessions, "actions", action_id, {"status": "open", "done_on": None})
    data = minutes_data(sessions, "m-1", internal=True)
    found = {a.description: a for a in data.actions}["Flyer maken"]
    assert (found.status, found.done_on) == (ActionStatus.DONE, date(2018, 1, 10))


def test_an_action_entered_after_the_meeting_at_no_meeting_is_not_on_its_verslag(
    db: Database,
) -> None:
    editing.create_record(
        db.session_factory,
        "actions",
        {"description": "Later bedacht", "table_id": "tafel-1", "status": "open"},
    )
    data = minutes_data(db.session_factory, "m-1", internal=True)
    descriptions = [a.description for a in data.actions]
    assert "Later bedacht" not in descriptions
    assert "Website bijwerken" in descriptions  # imported: when it was made is unknown

"""The convocatie as it stood at the meeting's start, the invitation's SEQUENCE, the chart."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from ontwikkeltafel.model import ConcernStatus
from ontwikkeltafel.reports import invite as invite_module
from ontwikkeltafel.services import editing, plain_of
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.meeting_planning import plan_meeting
from ontwikkeltafel.services.report_agenda_data import agenda_data
from ontwikkeltafel.services.report_files import write_invitation
from ontwikkeltafel.services.report_rows import agenda_items
from ontwikkeltafel.services.report_table_data import table_report_data
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import tables
from tests.services.stood import backdate, last_seq, load, report_lines, two_meetings

TO_ADOPT = "Conceptverslag van Eerste bijeenkomst van donderdag 18 januari 2018, ter vaststelling."


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    load(database, two_meetings(), tmp_path)
    return database


def _actions(path: Path) -> list[str]:
    """The numbers of the actions in the convocatie's action table."""
    return [row[0] for row in tables(path)[-1][1:]]


def test_convocatie_lists_the_actions_of_earlier_meetings_open_at_its_start(
    db: Database, tmp_path: Path
) -> None:
    lines = report_lines(db, "agenda", "m-2", tmp_path / "c.docx", internal=True)
    # 2018-01 was done on 1 March, before; 2018-03 was agreed at this meeting itself.
    assert _actions(tmp_path / "c.docx") == ["2018-02", "2018-04"]
    assert TO_ADOPT in lines


def test_reprinted_convocatie_reads_the_same_after_the_meeting(
    db: Database, tmp_path: Path
) -> None:
    sessions = db.session_factory
    before = report_lines(db, "agenda", "m-2", tmp_path / "voor.docx", internal=True)
    # At the meeting: the verslag is adopted, an action is done, the agenda changes.
    adopt(sessions, "m-1", on=date(2018, 3, 15))
    editing.update_record(sessions, "actions", "a-2", {"status": "done", "done_on": date.today()})
    editing.update_record(sessions, "agenda_items", "ai-23", {"title": "Ander thema"})
    editing.create_record(
        sessions, "agenda_items", {"meeting_id": "m-2", "title": "Extra punt", "position": 4}
    )
    editing.delete_record(sessions, "agenda_items", "ai-22")
    editing.update_record(sessions, "meetings", "m-2", {"location": "Amersfoort"})
    after = report_lines(db, "agenda", "m-2", tmp_path / "na.docx", internal=True)
    assert after == before
    text = "\n".join(after)
    assert "Thema" in text and "Ander thema" not in text and "Extra punt" not in text
    assert "Verslag" in text and "Zeist" in text and "Amersfoort" not in text
    assert TO_ADOPT in after
    assert _actions(tmp_path / "na.docx") == ["2018-02", "2018-04"]


def test_a_verslag_adopted_before_the_meeting_is_not_to_adopt(db: Database, tmp_path: Path) -> None:
    mark = last_seq(db)
    adopt(db.session_factory, "m-1", on=date(2018, 3, 1))
    backdate(db, mark, datetime(2018, 3, 1, 12, tzinfo=UTC))
    found = agenda_data(db.session_factory, "m-2", internal=True).previous_minutes
    assert found is not None and found.minutes_approved_on == date(2018, 3, 1)
    assert TO_ADOPT not in report_lines(db, "agenda", "m-2", tmp_path / "c.docx")


def test_a_file_saying_it_was_adopted_at_the_meeting_names_it_to_adopt(
    database: Database, tmp_path: Path
) -> None:
    document = two_meetings()
    document["meetings"][0].update(status="minutes_approved", minutes_approved_on="2018-03-15")
    load(database, document, tmp_path)
    lines = report_lines(database, "agenda", "m-2", tmp_path / "c.docx")
    assert TO_ADOPT in lines


def test_a_future_meeting_shows_its_agenda_as_it_is_now(db: Database) -> None:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    meeting_id, _ = plan_meeting(db.session_factory, "tafel-1", start)
    editing.update_record(
        db.session_factory, "agenda_items", _first_item(db, meeting_id), {"title": "Welkom"}
    )
    data = agenda_data(db.session_factory, meeting_id, internal=True)
    assert data.agenda[0].title == "Welkom"
    assert [a.number for a in data.open_actions] == ["2018-02", "2018-03", "2018-04"]


def _first_item(db: Database, meeting_id: str) -> str:
    with plain_of(db) as plain:
        return str(agenda_items(plain, meeting_id)[0]["id"])


def _invite(db: Database, path: Path, stamp: datetime, monkeypatch: pytest.MonkeyPatch) -> Any:
    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> "Clock":
            return cls.fromtimestamp(stamp.timestamp(), tz)

    monkeypatch.setattr(invite_module, "datetime", Clock)
    write_invitation(db.session_factory, "m-2", path, "nl")
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]


def test_a_moved_meeting_is_invited_again_with_a_higher_sequence(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _invite(db, tmp_path / "1.ics", datetime(2026, 1, 5, 9, tzinfo=UTC), monkeypatch)
    moved = datetime(2018, 3, 22, 14, 30, tzinfo=UTC)
    editing.update_record(db.session_factory, "meetings", "m-2", {"starts_at": moved})
    second = _invite(db, tmp_path / "2.ics", datetime(2026, 1, 6, 9, tzinfo=UTC), monkeypatch)
    assert str(second["UID"]) == str(first["UID"]) == "m-2@ontwikkeltafel"
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert second.decoded("DTSTAMP") > first.decoded("DTSTAMP")
    assert second.decoded("DTSTART") == moved


def test_sequence_counts_changes_to_time_place_and_agenda_only(db: Database) -> None:
    from ontwikkeltafel.services.report_agenda_data import invite_data

    sessions = db.session_factory
    start = datetime(2030, 5, 14, 13, tzinfo=UTC)
    meeting_id, _ = plan_meeting(sessions, "tafel-1", start)

    def sequence() -> int:
        return invite_data(sessions, meeting_id).sequence

    assert sequence() == 0  # the template's items came with the meeting
    editing.update_record(sessions, "meetings", meeting_id, {"notes": "Koffie regelen"})
    assert sequence() == 0
    editing.update_record(sessions, "meetings", meeting_id, {"location": "Utrecht"})
    assert sequence() == 1
    item = _first_item(db, meeting_id)
    editing.update_record(sessions, "agenda_items", item, {"planned_minutes": 20})
    assert sequence() == 2
    editing.update_record(sessions, "agenda_items", item, {"minutes": "Gesproken."})
    assert sequence() == 2
    editing.delete_record(sessions, "agenda_items", item)
    assert sequence() == 3


def test_concern_chart_counts_each_concern_with_its_status_on_each_date(db: Database) -> None:
    mark = last_seq(db)
    editing.update_record(db.session_factory, "concerns", "c-1", {"status": "resolved"})
    backdate(db, mark, datetime(2018, 2, 1, 12, tzinfo=UTC))
    editing.update_record(db.session_factory, "concerns", "c-1", {"status": "parked"})
    editing.create_record(db.session_factory, "concerns", {"title": "Nieuw", "table_id": "tafel-1"})
    history = table_report_data(db.session_factory, "tafel-1", internal=True).concern_history
    assert [(p.on, p.counts) for p in history] == [
        (date(2018, 1, 18), {ConcernStatus.DISCUSSING: 1}),
        (date(2018, 3, 15), {ConcernStatus.RESOLVED: 1}),
    ]

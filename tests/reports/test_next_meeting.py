"""The verslag ends with the table's next meeting: when and where (issue 12, item 11).

A concept names it as it is; an adopted verslag as it stood when it was adopted.
"""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from ontwikkeltafel.model import Meeting, MeetingStatus
from ontwikkeltafel.reports.data import NextMeeting
from ontwikkeltafel.reports.minutes import write_minutes
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import AMSTERDAM, document_lines, meeting, minutes_sample
from tests.services.stood import load, report_lines, two_meetings

JUNE_11 = datetime(2024, 6, 11, 15, 30, tzinfo=AMSTERDAM)
NEXT = "Volgende bijeenkomst: donderdag 15 maart 2018, 15.30 uur, Zeist"


def _lines(tmp_path: Path, lang: str = "nl", **changes: Any) -> list[str]:
    path = tmp_path / f"verslag-{lang}.docx"
    write_minutes(minutes_sample(**changes), path, lang=lang, template=None)
    return document_lines(path)


def test_the_verslag_ends_with_the_next_meeting(tmp_path: Path) -> None:
    lines = _lines(tmp_path, next_meeting=NextMeeting(JUNE_11, "Stadskantoor Utrecht, zaal 2"))
    assert (
        lines[-1]
        == "Volgende bijeenkomst: dinsdag 11 juni 2024, 15.30 uur, Stadskantoor Utrecht, zaal 2"
    )
    english = _lines(tmp_path, "en", next_meeting=NextMeeting(JUNE_11, "Stadskantoor"))
    assert english[-1] == "Next meeting: Tuesday 11 June 2024, 15:30, Stadskantoor"


def test_without_a_place_or_a_next_meeting(tmp_path: Path) -> None:
    lines = _lines(tmp_path, next_meeting=NextMeeting(JUNE_11, "  "))
    assert lines[-1] == "Volgende bijeenkomst: dinsdag 11 juni 2024, 15.30 uur"
    assert not any(line.startswith("Volgende bijeenkomst") for line in _lines(tmp_path))


def test_the_adoption_line_comes_last(tmp_path: Path) -> None:
    adopted = meeting(status=MeetingStatus.MINUTES_APPROVED, minutes_approved_on=date(2024, 6, 11))
    lines = _lines(
        tmp_path,
        meeting=adopted,
        adopted_in=date(2024, 6, 11),
        next_meeting=NextMeeting(JUNE_11, ""),
    )
    assert lines[-2:] == [
        "Volgende bijeenkomst: dinsdag 11 juni 2024, 15.30 uur",
        "Vastgesteld in de bijeenkomst van dinsdag 11 juni 2024.",
    ]


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    """m-1 (18 January 2018, concept) and m-2 (15 March 2018 in Zeist) of one table."""
    load(database, two_meetings(), tmp_path)
    return database


def _next(db: Database, path: Path, meeting_id: str = "m-1") -> list[str]:
    lines = report_lines(db, "minutes", meeting_id, path)
    return [line for line in lines if line.startswith("Volgende bijeenkomst")]


def test_a_concept_names_the_next_meeting_as_it_is(db: Database, tmp_path: Path) -> None:
    assert _next(db, tmp_path / "a.docx") == [NEXT]
    assert _next(db, tmp_path / "b.docx", "m-2") == []  # the last one: nothing after it
    sessions = db.session_factory
    editing.update_record(sessions, "meetings", "m-2", {"location": "Amersfoort"})
    assert _next(db, tmp_path / "c.docx") == [
        "Volgende bijeenkomst: donderdag 15 maart 2018, 15.30 uur, Amersfoort"
    ]
    between = {
        "table_id": "tafel-1",
        "title": "Tussendoor",
        "starts_at": datetime(2018, 2, 8, 9, 0, tzinfo=UTC),
        "location": "Utrecht",
        "status": "planned",
    }
    editing.create_record(sessions, "meetings", between)
    assert _next(db, tmp_path / "d.docx") == [
        "Volgende bijeenkomst: donderdag 8 februari 2018, 10.00 uur, Utrecht"
    ]


def test_an_adopted_verslag_names_it_as_it_stood_at_the_adoption(
    db: Database, tmp_path: Path
) -> None:
    sessions = db.session_factory
    adopt(sessions, "m-1", on=date(2018, 3, 15))
    editing.update_record(sessions, "meetings", "m-2", {"location": "Amersfoort"})
    assert _next(db, tmp_path / "a.docx") == [NEXT]


def test_a_verslag_adopted_elsewhere_names_it_as_it_stood_that_day(
    database: Database, tmp_path: Path
) -> None:
    """Imported as adopted on 15 March 2018 (no kept document): made as it stood then."""
    document = two_meetings()
    document["meetings"][0].update(status="minutes_approved", minutes_approved_on="2018-03-15")
    load(database, document, tmp_path)
    sessions = database.session_factory
    editing.update_record(sessions, "meetings", "m-2", {"location": "Amersfoort"})
    later = {"table_id": "tafel-1", "title": "Later", "status": "planned"}
    editing.create_record(
        sessions, "meetings", {**later, "starts_at": datetime(2018, 2, 8, 9, 0, tzinfo=UTC)}
    )
    assert _next(database, tmp_path / "a.docx") == [NEXT]
    editing.delete_record(sessions, "meetings", "m-2")
    assert _next(database, tmp_path / "b.docx") == [NEXT]


def test_an_older_kept_verslag_without_it_is_told_as_it_stood(db: Database, tmp_path: Path) -> None:
    """A verslag kept before the next meeting was kept with it: read as it stood that day."""
    adopt(db.session_factory, "m-1", on=date(2018, 3, 15))
    with db.session_factory.begin() as session:
        kept = json.loads(session.get(Meeting, "m-1").adoption_document)  # type: ignore[union-attr]
        del kept["next_meeting"]
        session.execute(
            update(Meeting).where(Meeting.id == "m-1").values(adoption_document=json.dumps(kept))
        )
    editing.update_record(db.session_factory, "meetings", "m-2", {"location": "Amersfoort"})
    assert _next(db, tmp_path / "a.docx") == [NEXT]


def test_a_stand_alone_meeting_has_no_next(db: Database, tmp_path: Path) -> None:
    sessions = db.session_factory
    alone = {"title": "Los overleg", "status": "held", "location": "Utrecht"}
    made, _ = editing.create_record(
        sessions, "meetings", {**alone, "starts_at": datetime(2018, 1, 1, 9, 0, tzinfo=UTC)}
    )
    editing.create_record(
        sessions, "meetings", {**alone, "starts_at": datetime(2018, 2, 1, 9, 0, tzinfo=UTC)}
    )
    assert _next(db, tmp_path / "a.docx", made) == []

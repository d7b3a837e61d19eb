"""The live mode's arithmetic, its due words, and what its keys store (services/live_*)."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Concern
from ontwikkeltafel.services.editing import delete_record, read_record, restore_snapshot
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.history_view import entries_of
from ontwikkeltafel.services.live_capture import (
    Produced,
    add_practice,
    minutes_with,
    produced,
    raise_concern,
    record_step,
    undo_step,
)
from ontwikkeltafel.services.live_meeting import (
    ClockState,
    ItemTime,
    clock_text,
    due_date,
    item_time,
    live_meeting,
    meeting_time,
)
from ontwikkeltafel.store.database import Database
from tests.live_document import LIVE_MEETING, add_live_meeting

MONDAY = date(2026, 12, 7)
START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # 14.00 in Amsterdam


@pytest.fixture
def live(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    path: Path = write_json(add_live_meeting(document))
    import_file(database.session_factory, path)
    return database


def test_item_clock_turns_orange_at_80_percent_and_red_when_over() -> None:
    assert item_time(10, 7 * 60 + 59) == ItemTime(479, 121, ClockState.NORMAL)
    assert item_time(10, 8 * 60).state == ClockState.WARNING
    assert item_time(10, 10 * 60).state == ClockState.WARNING
    over = item_time(10, 12 * 60 + 5)
    assert (over.remaining, over.state) == (-125, ClockState.OVER)
    assert clock_text(over.remaining or 0) == "2:05"
    assert item_time(None, 90) == ItemTime(90, None, ClockState.NORMAL)
    assert clock_text(3725) == "1:02:05"


def test_meeting_clock_against_the_planned_end(live: Database) -> None:
    meeting = live_meeting(live.session_factory, LIVE_MEETING)
    assert meeting is not None
    assert [i.planned_minutes for i in meeting.items] == [5, 20, 10]
    assert meeting.planned_end == START + timedelta(hours=1)
    # 14.25, item 2 (20 min) has run 20 min and is 0 over: 10 min left after it.
    now = START + timedelta(minutes=25)
    time = meeting_time(meeting, 1, item_time(20, 20 * 60), now)
    assert (time.minutes_left, time.minutes_behind) == (35, -25)
    # 14.40, item 2 started at 14.10 and has 5 min left: ends 14.45, then 10 min: 14.55.
    now = START + timedelta(minutes=40)
    time = meeting_time(meeting, 1, item_time(20, 15 * 60), now)
    assert (time.minutes_left, time.minutes_behind) == (20, -5)
    # 14.55, item 2 over: 10 more minutes after now, 15.05: 5 minutes behind.
    now = START + timedelta(minutes=55)
    time = meeting_time(meeting, 1, item_time(20, 30 * 60), now)
    assert (time.minutes_left, time.minutes_behind) == (5, 5)


def test_a_meeting_without_an_end_ends_after_its_planned_minutes(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    add_live_meeting(document)
    del document["meetings"][-1]["ends_at"]
    import_file(database.session_factory, write_json(document))
    meeting = live_meeting(database.session_factory, LIVE_MEETING)
    assert meeting is not None and meeting.planned_end == START + timedelta(minutes=35)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vr", date(2026, 12, 11)),
        ("Vrijdag", date(2026, 12, 11)),
        ("ma", date(2026, 12, 14)),  # Monday on a Monday: a week on
        ("di.", date(2026, 12, 8)),
        ("morgen", date(2026, 12, 8)),
        ("2 weken", date(2026, 12, 21)),
        ("over 3 dagen", date(2026, 12, 10)),
        ("1 week", date(2026, 12, 14)),
        ("volgende week", date(2026, 12, 14)),
        ("2 maanden", date(2027, 2, 7)),
        ("14-3", date(2027, 3, 14)),
        ("8/12", date(2026, 12, 8)),
        ("7-12", date(2026, 12, 7)),
        ("29-2", date(2028, 2, 29)),
    ],
)
def test_due_words(text: str, expected: date) -> None:
    assert due_date(text, MONDAY) == expected


@pytest.mark.parametrize("text", ["", "straks", "14-3-2027", "31-2", "v", "3 jaar"])
def test_what_is_no_due_word(text: str) -> None:
    assert due_date(text, MONDAY) is None


def test_a_step_records_the_real_start_and_end_with_history_and_undo(live: Database) -> None:
    sessions = live.session_factory
    first = START + timedelta(minutes=1)
    before, change = record_step(sessions, None, "li-1", first)
    assert change.touches("agenda_items")
    second = START + timedelta(minutes=7)
    before_2, _ = record_step(sessions, "li-1", "li-2", second)
    item_1, item_2 = (read_record(sessions, "agenda_items", i) or {} for i in ("li-1", "li-2"))
    assert (item_1["started_at"], item_1["ended_at"]) == (first, second)
    assert (item_2["started_at"], item_2["ended_at"]) == (second, None)
    fields = {e.field for e in entries_of(sessions, "agenda", "li-1")}
    assert {"started_at", "ended_at"} <= fields
    # Back to item 1: it keeps its first start.
    record_step(sessions, "li-2", "li-1", START + timedelta(minutes=9))
    assert (read_record(sessions, "agenda_items", "li-1") or {})["started_at"] == first
    undo_step(sessions, before_2)
    item_1 = read_record(sessions, "agenda_items", "li-1") or {}
    assert item_1["ended_at"] is None
    assert (read_record(sessions, "agenda_items", "li-2") or {})["started_at"] is None
    assert before == [("li-1", {"started_at": None})]


def test_a_concern_and_a_practice_raised_under_an_item(live: Database) -> None:
    sessions = live.session_factory
    concern_id, change = raise_concern(sessions, "li-2", "Hoe bereik je de ouders? ")
    assert change.touches("concerns", "agenda_items")
    concern = read_record(sessions, "concerns", concern_id) or {}
    assert (concern["title"], concern["kind"], concern["table_id"]) == (
        "Hoe bereik je de ouders?",
        "question",
        "tafel-1",
    )
    assert concern["raised_in_meeting_id"] == LIVE_MEETING
    practice_id, _ = add_practice(sessions, "li-2", "Ouderkamer op school")
    item = read_record(sessions, "agenda_items", "li-2") or {}
    assert (item["concern_ids"], item["practice_ids"]) == ([concern_id], [practice_id])
    kinds = [line.kind for line in produced(sessions, "li-2")]
    assert kinds == [Produced.CONCERN, Produced.PRACTICE]
    snapshot, _ = delete_record(sessions, "concerns", concern_id)  # the undo
    assert (read_record(sessions, "agenda_items", "li-2") or {})["concern_ids"] == []
    restore_snapshot(sessions, snapshot)  # the redo
    assert (read_record(sessions, "agenda_items", "li-2") or {})["concern_ids"] == [concern_id]


def test_nothing_is_raised_under_an_adopted_meeting(live: Database) -> None:
    with pytest.raises(UserError):
        raise_concern(live.session_factory, "ai-2", "Nog een vraag")
    with live.session_factory() as session:
        assert (
            session.scalars(select(Concern.id).where(Concern.title == "Nog een vraag")).all() == []
        )


def test_a_line_of_verslag() -> None:
    assert minutes_with("", "  Eerste punt ") == "Eerste punt"
    assert minutes_with("Eerder.\n", "Nog iets") == "Eerder.\nNog iets"

"""The internal verslag says when an item was really discussed (the live mode, issue 14)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.reports.minutes import write_minutes
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.live_capture import record_step
from ontwikkeltafel.services.report_data import minutes_data
from ontwikkeltafel.store.database import Database
from tests.live_document import LIVE_MEETING, add_live_meeting
from tests.reports.report_samples import document_lines

START = datetime(2026, 12, 7, 13, 42, tzinfo=UTC)  # 14.42 in Amsterdam


@pytest.fixture
def led(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The live meeting with its first item led from 14.42 to 15.05, the second begun."""
    import_file(database.session_factory, write_json(add_live_meeting(document)))
    sessions = database.session_factory
    record_step(sessions, None, "li-1", START)
    record_step(sessions, "li-1", "li-2", START + timedelta(minutes=23))
    return database


def _lines(led: Database, tmp_path: Path, internal: bool, lang: str = "nl") -> list[str]:
    path = tmp_path / f"verslag-{internal}-{lang}.docx"
    data = minutes_data(led.session_factory, LIVE_MEETING, internal)
    write_minutes(data, path, lang=lang, template=None)
    return document_lines(path)


def test_the_internal_verslag_says_when_an_item_was_discussed(
    led: Database, tmp_path: Path
) -> None:
    lines = _lines(led, tmp_path, internal=True)
    assert lines[lines.index("1. Opening") + 1] == "besproken 14.42-15.05"
    assert sum(line.startswith("besproken") for line in lines) == 1  # item 2 has no end yet
    english = _lines(led, tmp_path, internal=True, lang="en")
    assert "discussed 14:42-15:05" in english


def test_the_participants_verslag_does_not(led: Database, tmp_path: Path) -> None:
    assert not any("besproken" in line for line in _lines(led, tmp_path, internal=False))

"""The adopt and reopen commands: one line for what was done, one clear line for a refusal.

On a SQLite file and on PostgreSQL (``cli_database``).
"""

from collections.abc import Callable
from typing import Any

import pytest

from ontwikkeltafel.model import MeetingStatus
from tests.cli_database import CliDatabase
from tests.services.meetings import entries
from tests.services.state import stored_state

Cli = Callable[..., Any]


@pytest.fixture
def db(
    cli: Cli, cli_database: CliDatabase, write_json: Any, document: dict[str, Any]
) -> CliDatabase:
    """The small document (m-1 adopted on 15 March 2018) and m-2, a meeting without verslag."""
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-02-15T15:30:00+01:00",
            "status": "held",
            "agenda": [{"id": "ai-21", "position": 1, "title": "Opening"}],
        }
    )
    assert cli(*cli_database.where, "import", write_json(document)).code == 0
    return cli_database


def _state(db_path: CliDatabase) -> dict[str, Any]:
    database = db_path.open()
    try:
        return stored_state(database.session_factory)
    finally:
        database.close()


def _meeting(db_path: CliDatabase, meeting_id: str = "m-1") -> tuple[Any, ...]:
    database = db_path.open()
    try:
        rows = stored_state(database.session_factory)["meetings"]
    finally:
        database.close()
    return next(row for row in rows if row[0] == meeting_id)


def _status_history(db_path: CliDatabase) -> list[Any]:
    database = db_path.open()
    try:
        return entries(database.session_factory, "m-1", "status")
    finally:
        database.close()


def test_reopen_then_adopt_with_a_date_and_changes(cli: Cli, db: CliDatabase) -> None:
    reason = "Naam verkeerd gespeld"
    result = cli(*db.where, "--lang", "nl", "reopen", "m-1", "--reason", reason)
    assert result.code == 0, result.err
    assert result.out == (
        "Verslag van 'Eerste bijeenkomst' heropend: het is weer een conceptverslag.\n"
    )
    assert MeetingStatus.MINUTES_DRAFT in _meeting(db)
    assert _status_history(db)[-1] == ("status", "minutes_approved", "minutes_draft", reason)
    result = cli(
        *db.where, "--lang", "en", "adopt", "m-1", "--on", "2018-03-20", "--changes", "Bakker."
    )
    assert result.code == 0, result.err
    assert result.out == "Minutes of 'Eerste bijeenkomst' adopted on 20 March 2018, with changes.\n"
    assert _status_history(db)[-1] == ("status", "minutes_draft", "minutes_approved", "")


def test_adopt_unchanged_says_so_in_dutch(cli: Cli, db: CliDatabase) -> None:
    cli(*db.where, "reopen", "m-1", "--reason", "Correctie")
    result = cli(*db.where, "--lang", "nl", "adopt", "m-1", "--on", "2018-03-15")
    assert result.code == 0, result.err
    assert result.out == "Verslag van 'Eerste bijeenkomst' vastgesteld op 15 maart 2018.\n"


@pytest.mark.parametrize(
    ("args", "lang", "line"),
    [
        (
            ("adopt", "m-1"),
            "nl",
            "Het verslag van deze bijeenkomst is vastgesteld op 15 maart 2018; "
            "heropen het om iets te wijzigen.",
        ),
        (
            ("adopt", "m-1"),
            "en",
            "The minutes of this meeting were adopted on 15 March 2018; "
            "reopen them to change anything.",
        ),
        (
            ("adopt", "m-2"),
            "nl",
            "Bijeenkomst 'Tweede bijeenkomst' heeft nog geen verslag: schrijf eerst het verslag "
            "bij de agendapunten, stel het daarna vast.",
        ),
        (
            ("adopt", "m-x"),
            "en",
            "There is no meeting with id 'm-x'. Check the id (the export lists it).",
        ),
        (
            ("reopen", "m-2", "--reason", "Correctie"),
            "en",
            "The minutes of this meeting have not been adopted; there is nothing to reopen.",
        ),
        (
            ("reopen", "m-x", "--reason", "Correctie"),
            "nl",
            "Er is geen bijeenkomst met id 'm-x'. Controleer het id (het staat in de export).",
        ),
        (
            ("reopen", "m-1", "--reason", " "),
            "nl",
            "Geef een reden om het verslag te heropenen; die blijft in de geschiedenis bewaard.",
        ),
        (
            ("adopt", "m-2", "--on", "15-03-2018"),
            "nl",
            "'15-03-2018' is geen datum; geef de datum van vaststelling als JJJJ-MM-DD "
            "(bijvoorbeeld 2024-05-14).",
        ),
        (
            ("adopt", "m-2", "--on", "2018-02-30"),
            "en",
            "'2018-02-30' is not a date; give the date of adoption as YYYY-MM-DD "
            "(for example 2024-05-14).",
        ),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    cli: Cli, db: CliDatabase, args: tuple[str, ...], lang: str, line: str
) -> None:
    before = _state(db)
    result = cli(*db.where, "--lang", lang, *args)
    assert result.code == 1
    assert result.out == ""
    assert result.err == line + "\n"
    assert _state(db) == before


def test_a_date_in_the_future_or_before_the_meeting_is_refused(cli: Cli, db: CliDatabase) -> None:
    cli(*db.where, "reopen", "m-1", "--reason", "Correctie")
    before = _state(db)
    future = cli(*db.where, "--lang", "nl", "adopt", "m-1", "--on", "2999-01-01")
    assert future.code == 1 and "1 januari 2999" in future.err and "toekomst" in future.err
    early = cli(*db.where, "--lang", "en", "adopt", "m-1", "--on", "2018-01-17")
    assert early.code == 1 and "before the meeting itself (18 January 2018)" in early.err
    assert _state(db) == before


def test_reopen_needs_a_reason(cli: Cli, db: CliDatabase) -> None:
    result = cli(*db.where, "reopen", "m-1")
    assert result.code == 2
    assert "--reason" in result.err

"""The report and invite commands: what they write, and bad input that writes nothing.

On a SQLite file and on PostgreSQL (``demo_cli_database``).
"""

from pathlib import Path

import pytest
from icalendar import Calendar

from ontwikkeltafel.services.listing import meeting_ids, table_ids
from tests.cli_database import CliDatabase


@pytest.fixture
def demo_db(demo_cli_database: CliDatabase) -> CliDatabase:
    return demo_cli_database


def _first_ids(demo_db: CliDatabase) -> tuple[str, str]:
    database = demo_db.open()
    try:
        return meeting_ids(database.session_factory)[0], table_ids(database.session_factory)[0]
    finally:
        database.close()


@pytest.mark.parametrize(
    ("args", "nl", "en"),
    [
        (
            ("report", "minutes", "geen-id"),
            "Er is geen bijeenkomst met id 'geen-id'.",
            "There is no meeting with id 'geen-id'.",
        ),
        (
            ("report", "agenda", "geen-id"),
            "Er is geen bijeenkomst met id 'geen-id'.",
            "There is no meeting with id 'geen-id'.",
        ),
        (
            ("report", "table", "geen-id"),
            "Er is geen tafel met id 'geen-id'.",
            "There is no table with id 'geen-id'.",
        ),
        (
            ("report", "actions", "geen-id"),
            "Er is geen tafel met id 'geen-id'.",
            "There is no table with id 'geen-id'.",
        ),
        (
            ("invite", "geen-id"),
            "Er is geen bijeenkomst met id 'geen-id'.",
            "There is no meeting with id 'geen-id'.",
        ),
    ],
)
def test_unknown_id_writes_nothing(
    cli, demo_db: CliDatabase, tmp_path: Path, args, nl: str, en: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "uit.docx"
    for lang, expected in (("nl", nl), ("en", en)):
        result = cli(*demo_db.where, "--lang", lang, *args, "-o", out)
        assert result.code == 1
        assert result.err.strip() == expected
    assert not out.exists()


@pytest.mark.parametrize("kind", ["minutes", "agenda", "table", "actions"])
def test_unwritable_output_and_bad_template(
    cli, demo_db: CliDatabase, tmp_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    meeting_id, table_id = _first_ids(demo_db)
    record = table_id if kind in ("table", "actions") else meeting_id
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    result = cli(*demo_db.where, "report", kind, record, "-o", blocker / "uit.docx")
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert blocker.read_text() == "x"
    fake = tmp_path / "briefpapier.docx"
    fake.write_text("geen Word-bestand")
    out = tmp_path / "uit.docx"
    result = cli(*demo_db.where, "report", kind, record, "-o", out, "--template", fake)
    assert result.code == 1
    assert "briefpapier.docx" in result.err and result.err.count("\n") == 1
    assert not out.exists()
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test"))
    assert left == ["bestand", "briefpapier.docx"]


def test_every_report_and_the_invite_are_written(cli, demo_db: CliDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meeting_id, table_id = _first_ids(demo_db)
    for kind, record in (
        ("minutes", meeting_id),
        ("agenda", meeting_id),
        ("table", table_id),
        ("actions", table_id),
    ):
        out = tmp_path / f"{kind}.docx"
        result = cli(*demo_db.where, "report", kind, record, "-o", out)
        assert result.code == 0, result.err
        assert out.read_bytes()[:2] == b"PK"
    ics = tmp_path / "uitnodiging.ics"
    assert cli(*demo_db.where, "invite", meeting_id, "-o", ics).code == 0
    calendar = Calendar.from_ical(ics.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    assert str(events[0]["UID"]).startswith(meeting_id)

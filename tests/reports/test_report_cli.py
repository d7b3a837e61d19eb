"""The report and invite commands: what they write, and bad input that writes nothing."""

from pathlib import Path

import pytest
from icalendar import Calendar

from ontwikkeltafel.services.listing import meeting_ids, table_ids
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path


@pytest.fixture
def demo_db(cli, db_path: Path) -> Path:  # type: ignore[no-untyped-def]
    assert cli("--db", db_path, "demo").code == 0
    return db_path


def _first_ids(db_path: Path) -> tuple[str, str]:
    database = open_database(location_from_path(db_path))
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
    cli, demo_db: Path, tmp_path: Path, args, nl: str, en: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "uit.docx"
    for lang, expected in (("nl", nl), ("en", en)):
        result = cli("--db", demo_db, "--lang", lang, *args, "-o", out)
        assert result.code == 1
        assert result.err.strip() == expected
    assert not out.exists()


@pytest.mark.parametrize("kind", ["minutes", "agenda", "table", "actions"])
def test_unwritable_output_and_bad_template(cli, demo_db: Path, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    meeting_id, table_id = _first_ids(demo_db)
    record = table_id if kind in ("table", "actions") else meeting_id
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    result = cli("--db", demo_db, "report", kind, record, "-o", blocker / "uit.docx")
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert blocker.read_text() == "x"
    fake = tmp_path / "briefpapier.docx"
    fake.write_text("geen Word-bestand")
    out = tmp_path / "uit.docx"
    result = cli("--db", demo_db, "report", kind, record, "-o", out, "--template", fake)
    assert result.code == 1
    assert "briefpapier.docx" in result.err and result.err.count("\n") == 1
    assert not out.exists()
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test"))
    assert left == ["bestand", "briefpapier.docx"]


def test_every_report_and_the_invite_are_written(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meeting_id, table_id = _first_ids(demo_db)
    for kind, record in (
        ("minutes", meeting_id),
        ("agenda", meeting_id),
        ("table", table_id),
        ("actions", table_id),
    ):
        out = tmp_path / f"{kind}.docx"
        result = cli("--db", demo_db, "report", kind, record, "-o", out)
        assert result.code == 0, result.err
        assert out.read_bytes()[:2] == b"PK"
    ics = tmp_path / "uitnodiging.ics"
    assert cli("--db", demo_db, "invite", meeting_id, "-o", ics).code == 0
    calendar = Calendar.from_ical(ics.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    assert str(events[0]["UID"]).startswith(meeting_id)

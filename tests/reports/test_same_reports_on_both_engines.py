"""Every kind of report of the demo, written by the command line on PostgreSQL, is SQLite's.

The same demo on a SQLite file and on a PostgreSQL database; for meetings in each state
(adopted, concept, planned) and two tables, every report, the invitation and the mails,
in Dutch and English, for participants and internal: the files are the same, part for
part, but for the moments they were made. This is why the tests that look at the pages
in LibreOffice (test_chart_pages, the ``*_opens_in_libreoffice`` ones) run on SQLite only.
"""

import io
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.preferences import save_preferences
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows, table_ids
from tests.cli_database import CliDatabase
from tests.conftest import CliResult, PgTemplate
from tests.services.mail_samples import SENDER, attachments, body_of, parse

#: What differs between two runs on one engine: when the file was made, a mail's boundary.
_MADE = re.compile(
    rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>"
    rb"|DTSTAMP:[0-9TZ]+"
    rb'|boundary="[^"]*"'
    rb"|^(Date|Message-ID): .*$",
    re.MULTILINE,
)


@pytest.fixture
def both(
    demo_file_database: Path, demo_pg_template: PgTemplate, tmp_path: Path
) -> Iterator[tuple[CliDatabase, CliDatabase]]:
    """The demo on a SQLite file and on PostgreSQL."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file_database, path)
    url = demo_pg_template.copy()
    try:
        yield CliDatabase(path=path), CliDatabase(url=url)
    finally:
        demo_pg_template.drop(url)


def _parts(name: str, data: bytes) -> dict[str, bytes]:
    """A file's parts (a Word file's zip members, else the whole), the moments made left out."""
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = {f"{name}/{member}": archive.read(member) for member in archive.namelist()}
    else:
        found = {name: data}
    return {part: _MADE.sub(b"", content) for part, content in found.items()}


def _contents(path: Path) -> dict[str, bytes]:
    """What a written file holds; a mail: its headers, body and each attachment's parts."""
    if path.suffix != ".eml":
        return _parts("", path.read_bytes())
    mail = parse(path.read_bytes())
    found = {
        "headers": _MADE.sub(b"", "\n".join(f"{k}: {v}" for k, v in mail.items()).encode()),
        "body": body_of(mail).encode(),
    }
    for name, content in attachments(mail).items():
        found |= _parts(name, content)
    return found


def _commands(sqlite: CliDatabase) -> list[tuple[str, ...]]:
    """The reports to write: each kind, for meetings in each state and two tables."""
    database = sqlite.open()
    try:
        sessions = database.session_factory
        rows = meeting_rows(sessions, meeting_ids(sessions))
        tables = table_ids(sessions)[:2]
    finally:
        database.close()
    tabled = [row for row in rows if row.table_title]
    chosen = [
        next(row for row in tabled if row.status is status)
        for status in (
            MeetingStatus.MINUTES_APPROVED,
            MeetingStatus.MINUTES_DRAFT,
            MeetingStatus.PLANNED,
        )
    ]
    commands: list[tuple[str, ...]] = []
    for meeting in chosen:
        for kind in ("minutes", "agenda"):
            commands += [("report", kind, meeting.id), ("report", kind, meeting.id, "--internal")]
        commands += [("report", "attendance", meeting.id), ("invite", meeting.id)]
        commands += [("mail", kind, meeting.id) for kind in ("agenda", "minutes", "actions")]
    for table in tables:
        for kind in ("table", "actions"):
            commands += [("report", kind, table), ("report", kind, table, "--internal")]
    return commands


def test_every_kind_of_report_is_the_same_on_both_engines(
    cli: Callable[..., CliResult], both: tuple[CliDatabase, CliDatabase], tmp_path: Path
) -> None:
    commands = _commands(both[0])
    save_preferences(SENDER)  # the mails' sender
    assert len(commands) == 35
    for number, command in enumerate(commands):
        lang = "en" if number % 3 == 2 else "nl"
        suffix = {"invite": ".ics", "mail": ".eml"}.get(command[0], ".docx")
        written = []
        for target in both:
            out = tmp_path / f"{number}-{target.engine}{suffix}"
            result = cli(*target.where, "--lang", lang, *command, "-o", out)
            assert result.code == 0, (command, target.engine, result.err)
            written.append((result.err, _contents(out)))
        (sqlite_err, on_sqlite), (pg_err, on_pg) = written
        assert pg_err == sqlite_err, command
        assert on_pg.keys() == on_sqlite.keys(), command
        differing = [name for name in on_sqlite if on_pg[name] != on_sqlite[name]]
        assert differing == [], (command, lang, differing)

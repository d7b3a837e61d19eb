"""A database with a damaged page: whatever reads that page is refused in one clear line.

SQLite keeps no checksums, but a b-tree page whose header is garbage is found out by the
first statement that reads it ("database disk image is malformed"). ``export`` and
``report minutes`` then say in one line, in Dutch or English, that the database is
damaged and what to do: no raw SQLAlchemy text, no traceback, no output file, the
database file untouched.
"""

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ontwikkeltafel.i18n import message
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.failures import DAMAGED, failure_key
from ontwikkeltafel.store.location import location_from_path
from tests.conftest import CliResult, file_digest

SAYS = {"nl": ("beschadigd", "reservekopie"), "en": ("damaged", "backup")}


def damage_table(path: Path, table: str) -> None:
    """Overwrite the b-tree header of ``table``'s root page with bytes no page starts with."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    finally:
        connection.close()
    assert root > 1 and not Path(f"{path}-wal").exists()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xff" * 8)  # page type, first freeblock, cell count, content start


def damage_text(path: Path, text: str) -> None:
    """Overwrite ``text`` wherever the file holds it with bytes that are no UTF-8, same length."""
    data = bytearray(path.read_bytes())
    found = text.encode()
    start = data.find(found)
    assert start > 0 and not Path(f"{path}-wal").exists()
    while start >= 0:
        data[start : start + len(found)] = b"\xff" * len(found)
        start = data.find(found, start)
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(db_path: Path, write_json: Callable[..., Path], document: dict[str, object]) -> Path:
    """A database holding the small document, closed (no WAL left)."""
    database = open_database(location_from_path(db_path))
    try:
        import_file(database.session_factory, write_json(document))
    finally:
        database.close()
    return db_path


def assert_damaged(result: CliResult, path: Path, lang: str, output: Path) -> None:
    """Exit 1, the one line of a damaged database, nothing written beside ``output``."""
    assert result.code == 1, (result.out, result.err)
    assert len(result.err.splitlines()) == 1, result.err
    assert result.err.strip() == message(DAMAGED, lang, where=path)
    for word in SAYS[lang]:
        assert word in result.err
    assert "sqlalchemy" not in result.err.lower() and "malformed" not in result.err
    assert not output.exists()
    assert [p.name for p in output.parent.iterdir() if p.name.startswith(output.stem)] == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("table", ["meetings", "people", "decisions", "history"])
def test_export_of_a_damaged_database_is_refused(
    cli: Callable[..., CliResult], filled: Path, tmp_path: Path, lang: str, table: str
) -> None:
    damage_table(filled, table)
    digest = file_digest(filled)
    output = tmp_path / "uit" / "export.json"
    output.parent.mkdir()
    result = cli("--db", filled, "--lang", lang, "export", "-o", output)
    assert_damaged(result, filled, lang, output)
    assert file_digest(filled) == digest


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("table", ["meetings", "agenda_items", "decisions", "attendance"])
def test_a_report_that_reads_a_damaged_page_is_refused(
    cli: Callable[..., CliResult], filled: Path, tmp_path: Path, lang: str, table: str
) -> None:
    damage_table(filled, table)
    digest = file_digest(filled)
    output = tmp_path / "uit" / "verslag.docx"
    output.parent.mkdir()
    result = cli("--db", filled, "--lang", lang, "report", "minutes", "m-1", "-o", output)
    assert_damaged(result, filled, lang, output)
    assert file_digest(filled) == digest


@pytest.mark.parametrize(
    "code", [sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT | 1 << 8]
)
def test_a_malformed_image_is_classified_as_damaged(code: int) -> None:
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert failure_key(error) == DAMAGED


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("command", ["export", "report"])
def test_a_damaged_text_is_refused_without_quoting_it(
    cli: Callable[..., CliResult], filled: Path, tmp_path: Path, lang: str, command: str
) -> None:
    """A text that is no UTF-8 any more (the app writes none) is damage, not a program fault."""
    damage_text(filled, "bespraken")
    output = tmp_path / "uit" / ("export.json" if command == "export" else "verslag.docx")
    output.parent.mkdir()
    args = ("export",) if command == "export" else ("report", "minutes", "m-1")
    result = cli("--db", filled, "--lang", lang, *args, "-o", output)
    assert_damaged(result, filled, lang, output)
    log = Path(os.environ["XDG_STATE_HOME"], "ontwikkeltafel", "log", "ontwikkeltafel.log")
    assert "vragen" not in result.err + log.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_damaged_schema_is_refused_on_opening(
    cli: Callable[..., CliResult], filled: Path, tmp_path: Path, lang: str
) -> None:
    """SQLite's error about a schema that is no text any more cannot even be decoded."""
    damage_text(filled, "PRIMARY KEY (meeting_id")
    digest = file_digest(filled)
    output = tmp_path / "uit" / "export.json"
    output.parent.mkdir()
    result = cli("--db", filled, "--lang", lang, "export", "-o", output)
    assert result.code == 1
    assert result.err.strip() == message("db.damaged", lang, path=filled)
    assert not output.exists()
    assert file_digest(filled) == digest

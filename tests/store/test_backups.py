"""Backups on request: `ontwikkeltafel backup` and `restore` (SQLite; PostgreSQL refused)."""

import sqlite3
import stat
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CliResult, file_digest


def _themes(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM themes ORDER BY name")]
    connection.close()
    return names


def _filled(
    cli: Callable[..., CliResult], write_json: Callable[..., Path], doc: Any, db: Path
) -> None:
    result = cli("--db", db, "import", write_json(doc))
    assert result.code == 0, result.err


def test_backup_change_restore_gives_the_old_data_back(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
) -> None:
    _filled(cli, write_json, document, db_path)
    before = _themes(db_path)
    made = cli("--lang", "nl", "--db", db_path, "backup")
    assert made.code == 0, made.err
    assert made.out.startswith("Back-up gemaakt: ") and made.out.count("\n") == 1
    backup = Path(made.out.split(": ", 1)[1].strip())
    assert backup.parent == db_path.parent / "test-backups"
    assert backup.name.startswith("test.backup-") and backup.suffix == ".sqlite3"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not [p for p in backup.parent.iterdir() if p.name.startswith(".")]

    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE themes SET name = name || ' (veranderd)'")
    connection.close()
    changed = _themes(db_path)
    assert changed != before

    restored = cli("--lang", "en", "--db", db_path, "restore", backup)
    assert restored.code == 0, restored.err
    assert restored.out.count("\n") == 1 and "restored from" in restored.out
    assert _themes(db_path) == before
    kept = [p for p in backup.parent.iterdir() if p != backup and ".backup-" in p.name]
    assert len(kept) == 1 and kept[0].name in restored.out
    assert _themes(kept[0]) == changed
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    # The restored database opens and works as any other.
    assert cli("--db", db_path, "export", "-o", db_path.parent / "out.json").code == 0


def test_backup_to_a_file_of_ones_choice_is_private(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
    tmp_path: Path,
) -> None:
    _filled(cli, write_json, document, db_path)
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    target.parent.mkdir()
    made = cli("--db", db_path, "backup", "-o", target)
    assert made.code == 0, made.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _themes(target) == _themes(db_path)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


@pytest.mark.parametrize("kind", ["text", "foreign", "empty", "missing", "itself"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_file_that_is_no_backup_is_refused_untouched(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
    tmp_path: Path,
    kind: str,
    lang: str,
) -> None:
    _filled(cli, write_json, document, db_path)
    candidate = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        candidate.write_text("geen database\n")
    elif kind == "foreign":
        with sqlite3.connect(candidate) as connection:
            connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
            connection.execute("INSERT INTO alembic_version VALUES ('0003')")
        connection.close()
    elif kind == "empty":
        candidate.touch()
    elif kind == "itself":
        candidate = db_path
    digest = file_digest(db_path)
    started = time.perf_counter()
    result = cli("--lang", lang, "--db", db_path, "restore", candidate)
    took = time.perf_counter() - started
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert str(candidate) in result.err
    assert ("niets" if lang == "nl" else "nothing") in result.err.lower()
    assert file_digest(db_path) == digest
    made = db_path.parent / "test-backups"  # today's automatic one only
    assert [p.name for p in made.iterdir()] == [f"test.daily-{date.today().isoformat()}.sqlite3"]
    assert took < 1.0


def test_a_backup_of_a_newer_version_is_refused(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
    tmp_path: Path,
) -> None:
    _filled(cli, write_json, document, db_path)
    newer = tmp_path / "newer.sqlite3"
    assert cli("--db", db_path, "backup", "-o", newer).code == 0
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    digest = file_digest(db_path)
    result = cli("--lang", "en", "--db", db_path, "restore", newer)
    assert result.code == 1 and "newer version" in result.err and "9999" in result.err
    assert file_digest(db_path) == digest


def test_on_postgres_backup_exports_and_restore_refuses(
    pg_database_url: str,
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    assert cli("--db-url", pg_database_url, "import", write_json(document)).code == 0
    exchange = tmp_path / "backup.json"
    made = cli("--lang", "en", "--db-url", pg_database_url, "backup", "-o", exchange)
    assert made.code == 0, made.err
    assert "pg_dump" in made.out and exchange.exists()
    assert '"format"' in exchange.read_text(encoding="utf-8")
    for lang in ("nl", "en"):
        refused = cli("--lang", lang, "--db-url", pg_database_url, "restore", exchange)
        assert refused.code == 1 and refused.err.count("\n") == 1
        assert "pg_restore" in refused.err and "pg_dump" in refused.err

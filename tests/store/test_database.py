"""Opening a database: created when missing, refused untouched when foreign, damaged or too new."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from tests.conftest import file_digest

MIGRATIONS = Path(__file__).parents[2] / "src/ontwikkeltafel/store/migrations"


def test_new_file_gets_schema_wal_and_foreign_keys(database: Database, db_path: Path) -> None:
    assert db_path.exists()
    with database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL: edits survive a power cut
        assert pragma("PRAGMA busy_timeout").scalar() == 5000
        assert pragma("SELECT version_num FROM alembic_version").scalar() == SCHEMA_REVISION


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "tafel.sqlite3"
    open_database(location_from_path(path)).close()
    assert path.exists()


def _refused(cli, path: Path, *words: str) -> None:  # type: ignore[no-untyped-def]
    before = file_digest(path)
    for lang in ("en", "nl"):
        result = cli("--db", path, "--lang", lang, "export", "-o", path.with_suffix(".json"))
        assert result.code == 1
        assert len(result.err.strip().splitlines()) == 1
        assert "Traceback" not in result.err
        assert str(path) in result.err
    assert all(word in result.err for word in words), result.err
    assert file_digest(path) == before
    assert not path.with_suffix(".json").exists()
    assert not Path(f"{path}-wal").exists()


def test_text_file_is_not_a_database(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notities.sqlite3"
    path.write_text("Dit is een boodschappenlijstje.\n", encoding="utf-8")
    _refused(cli, path, "geen Ontwikkeltafel-database", "niet aangeraakt")


def test_damaged_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    _refused(cli, path, "beschadigd")


def test_database_of_another_program_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ander.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE klanten (naam TEXT)")
    connection.close()
    _refused(cli, path, "ander programma")


def test_database_from_a_newer_version_is_refused_byte_for_byte(  # type: ignore[no-untyped-def]
    cli, database: Database, db_path: Path
) -> None:
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    connection.close()
    _refused(cli, db_path, "nieuwere versie", "f00dfeed")


def test_unwritable_place_gives_a_clear_message(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "een-bestand"
    blocker.write_text("x")
    for path in (blocker / "tafel.sqlite3", Path("/proc/ontwikkeltafel/tafel.sqlite3")):
        result = cli("--db", path, "export", "-o", tmp_path / "uit.json")
        assert result.code == 1
        assert "Cannot create the database" in result.err
        assert "Traceback" not in result.err
        assert not path.exists()


def test_folder_instead_of_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", tmp_path, "export", "-o", tmp_path / "uit.json")
    assert result.code == 1
    assert "is a folder" in result.err


def test_upgrade_makes_a_backup_first(database: Database, db_path: Path, tmp_path: Path) -> None:
    with database.session_factory.begin() as session:
        session.execute(
            __import__("sqlalchemy").text("INSERT INTO themes (id, name) VALUES ('t', 'Pesten')")
        )
    database.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_notes_on_themes.py").write_text(
        '"""Add notes to themes."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '0099'\ndown_revision = '{SCHEMA_REVISION}'\n"
        "branch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
        "    op.add_column('themes', sa.Column('notes', sa.Text(), nullable=True))\n\n"
        "def downgrade():\n    op.drop_column('themes', 'notes')\n",
        encoding="utf-8",
    )
    upgraded = open_database(location_from_path(db_path), scripts=str(scripts))
    upgraded.close()
    assert upgraded.backup_path is not None
    assert upgraded.backup_path.parent == db_path.parent / "test-backups"  # beside it
    assert upgraded.backup_path.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(upgraded.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )
        assert backup.execute("SELECT name FROM themes").fetchall() == [("Pesten",)]
    backup.close()
    with sqlite3.connect(db_path) as upgraded_file:
        assert upgraded_file.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0099",
        )
        assert upgraded_file.execute("SELECT name, notes FROM themes").fetchall() == [
            ("Pesten", None)
        ]
    upgraded_file.close()


def test_current_database_is_not_backed_up(database: Database, db_path: Path) -> None:
    database.close()
    again = open_database(location_from_path(db_path))
    again.close()
    assert again.backup_path is None
    assert not (db_path.parent / "test-backups").exists()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_missing_import_file(cli, db_path: Path, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", db_path, "--lang", lang, "import", tmp_path / "weg.json")
    assert result.code == 1
    assert "weg.json" in result.err
    assert ("bestaat niet" if lang == "nl" else "does not exist") in result.err


def test_refused_file_with_a_wal_gets_no_shm(cli, database: Database, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    connection.close()
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"")  # as after a crash: a -wal beside the file, no -shm
    before = file_digest(db_path)
    result = cli("--db", db_path, "export", "-o", db_path.with_suffix(".json"))
    assert result.code == 1
    assert file_digest(db_path) == before
    assert not Path(f"{db_path}-shm").exists()


@pytest.mark.sqlite_only("SQLite's BEGIN IMMEDIATE; PostgreSQL locks rows, not the file")
def test_imports_take_the_write_lock_at_once(database: Database) -> None:
    from sqlalchemy import event, text

    from ontwikkeltafel.store.engine import write_transaction

    statements: list[str] = []
    event.listen(
        database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: statements.append(statement),
    )
    with write_transaction(database.session_factory) as session:
        session.execute(text("SELECT 1"))
    with database.session_factory() as session:
        session.execute(text("SELECT 2"))
    assert statements == ["BEGIN IMMEDIATE", "SELECT 1", "BEGIN", "SELECT 2"]

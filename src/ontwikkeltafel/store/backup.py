"""Copies of a SQLite database through SQLite's online backup API."""

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from ontwikkeltafel.store.inspect_file import SQLITE_HEADER


def backup_folder(database_file: Path) -> Path:
    """Where the backups of ``database_file`` go: a folder beside it, ``<name>-backups``."""
    return database_file.parent / f"{database_file.stem}-backups"


def backup_sqlite(source: Path, folder: Path, label: str) -> Path:
    """Copy ``source`` into ``folder`` consistently; returns the new file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite3"
    copy_database(source, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` (mode 0600) with the backup API, atomically.

    The copy is made in a temporary file beside ``target`` and renamed onto it, so
    ``target`` is either the whole copy or not there (or as it was).
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)  # mkstemp makes it 0600; SQLite writes the pages into it
    temporary = Path(name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst)
                # One file, no -wal beside it: the copy stands on its own.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def read_revision(path: Path) -> str | None:
    """The Alembic revision a SQLite file says it has; None for anything else.

    None for a file that is no SQLite database, has no ``alembic_version`` or cannot be
    read. The file is opened read-only and left as it is.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.execute("SELECT count(*) FROM meetings").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def restore_database(source: Path, target: Path) -> None:
    """Put the content of ``source`` into the database file ``target`` with the backup API.

    Written through a connection to ``target`` itself, so its WAL and any process that
    has it open stay consistent.
    """
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=5.0)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()

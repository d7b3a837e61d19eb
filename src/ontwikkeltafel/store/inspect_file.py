"""Look at a SQLite file read-only before anything opens it for writing."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ontwikkeltafel.i18n import UserError

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What is in a SQLite file: whether it has tables, and its Alembic revision if any."""

    exists: bool
    has_tables: bool
    revision: str | None


def inspect_sqlite_file(path: Path) -> FileState:
    """Read the file's state without changing a byte of it.

    Raises a UserError for a folder, a file that is not SQLite, or a damaged one.
    """
    if not path.exists():
        return FileState(exists=False, has_tables=False, revision=None)
    if path.is_dir():
        raise UserError("db.is_folder", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError("db.cannot_read", path=path, reason=exc.strerror or exc) from exc
    if not header:
        return FileState(exists=True, has_tables=False, revision=None)
    if header != SQLITE_HEADER:
        raise UserError("db.not_a_database", path=path)
    try:
        # Without a -wal file every committed page is in the main file: read it as
        # immutable so SQLite creates no -wal/-shm beside a file we may refuse.
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        had_shm = shm.exists()
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
        try:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
            if not had_shm:
                # A read-only look at a file with a -wal makes SQLite add a -shm it does
                # not remove; take it away again so a refused file is left as it was.
                shm.unlink(missing_ok=True)
    except sqlite3.DatabaseError as exc:
        raise UserError("db.damaged", path=path) from exc
    return FileState(exists=True, has_tables=bool(names), revision=revision)

"""Look at a SQLite file before anything opens it for writing, as any other reader would.

The look never deletes or rewrites a file that another process may be using: a second
window or the command line beside the app shares the file's WAL index (``-shm``), and
taking that away from under it loses its commits or damages the file. Nor does it let
SQLite open a file it may not write: SQLite would open it read-only and leave a ``-wal``
and ``-shm`` beside it, with the file's read-only mode, that it cannot remove.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.failures import DAMAGED, READ_ONLY, StoreUnavailable, failure_key

SQLITE_HEADER = b"SQLite format 3\x00"
LOOK_TIMEOUT_S = 5.0  # another process holding a lock (recovering, checkpointing) may take a while


@dataclass(frozen=True)
class FileState:
    """What is in a SQLite file: whether it has tables, and its Alembic revision if any."""

    exists: bool
    has_tables: bool
    revision: str | None


def inspect_sqlite_file(path: Path) -> FileState:
    """Read the file's state without changing its contents.

    Raises a UserError for a folder, a file that is not SQLite, or a damaged one, and a
    ``db.read_only`` :class:`StoreUnavailable` for a SQLite file this process cannot
    write (see :func:`unwritable_part`) before SQLite opens it.
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
    if header and header != SQLITE_HEADER:
        raise UserError("db.not_a_database", path=path)
    unwritable = unwritable_part(path)
    if unwritable is not None:
        raise StoreUnavailable(READ_ONLY, str(unwritable))
    if not header:
        return FileState(exists=True, has_tables=False, revision=None)
    try:
        names, revision = _read_tables(path)
    except UnicodeDecodeError as exc:  # SQLite's own message quotes a damaged schema
        raise UserError("db.damaged", path=path) from exc
    except sqlite3.DatabaseError as exc:
        if failure_key(exc) == DAMAGED:
            raise UserError("db.damaged", path=path) from exc
        raise UserError("db.cannot_read", path=path, reason=exc) from exc
    return FileState(exists=True, has_tables=bool(names), revision=revision)


def unwritable_part(path: Path) -> Path | None:
    """What keeps this process from writing the existing SQLite file ``path``, if anything.

    The file itself, a ``-wal`` or ``-shm`` beside it, or (when one of those is still to
    be made) its folder; the folder is named by the file. Asked with access(2), not by
    opening: closing a descriptor of the file would drop the locks that this process's
    own SQLite connections hold on it.
    """
    sides = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    for part in (path, *sides):
        # Not writable and there: a side file that vanished meanwhile is no obstacle.
        if not os.access(part, os.W_OK) and part.exists():
            return part
    folder_needed = not all(side.exists() for side in sides)
    if folder_needed and not os.access(path.parent, os.W_OK | os.X_OK):
        return path
    return None


def _read_tables(path: Path) -> tuple[set[str], str | None]:
    """The table names and the Alembic revision, read in one read transaction.

    The file is opened as any reader opens it, with SQLite's own locks: never
    ``immutable`` (which reads without locks and can see a half-written file as
    damaged) and never a ``-shm`` removed by hand. Opened for writing (nothing is
    written), so that when this is the only connection SQLite itself takes away the
    ``-wal`` and ``-shm`` it made, and only then. A ``-wal`` with frames in it
    (another process has it open, or one crashed) is read read-only instead, so
    closing does not checkpoint it into a file that may be refused. A ``-wal`` that
    vanishes while we look (another process closed its last connection) has no frames.
    """
    wal = Path(f"{path}-wal")
    try:
        has_frames = wal.exists() and wal.stat().st_size > 0
    except FileNotFoundError:
        has_frames = False
    mode = "ro" if has_frames else "rw"
    connection = sqlite3.connect(
        f"{path.as_uri()}?mode={mode}", uri=True, timeout=LOOK_TIMEOUT_S, isolation_level=None
    )
    try:
        connection.execute("BEGIN")
        names = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        connection.execute("COMMIT")
    finally:
        connection.close()
    return names, revision

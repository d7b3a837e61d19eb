"""A SQLite file's side files (``-wal``, ``-shm``) when the file cannot be written or races.

A read-only file (or a read-only ``-wal``/``-shm`` beside it) is refused with
``db.read_only`` before SQLite touches it: SQLite would otherwise open it read-only and
leave a ``-wal`` and ``-shm`` it cannot remove, with the file's own read-only mode, so
that the database stays read-only after the user fixes the file's permissions.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ontwikkeltafel.i18n import message
from ontwikkeltafel.store import inspect_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.store.inspect_file import inspect_sqlite_file
from ontwikkeltafel.store.location import location_from_path
from tests.conftest import unavailable
from tests.documents import small_document
from tests.store.test_failures import make_database, read_only_file


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-"))


def unprivileged(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """The command line run as a user to whom file modes apply: root without capabilities."""
    if os.geteuid() != 0:
        command = [sys.executable, "-m", "ontwikkeltafel", *map(str, args)]
    else:
        if shutil.which("capsh") is None:
            unavailable("no capsh to drop root's capabilities")
        command = ["capsh", "--drop=all", "--", "-c", 'exec "$0" "$@"', sys.executable]
        command += ["-m", "ontwikkeltafel", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=os.environ)
    if "Operation not permitted" in done.stderr and "capsh" in done.stderr:
        unavailable(f"cannot drop capabilities: {done.stderr.strip()}")
    return done


@contextmanager
def side_files_open(path: Path) -> Iterator[None]:
    """Another connection holding the file open, so its ``-wal`` and ``-shm`` stay."""
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM alembic_version").fetchone()
    try:
        yield
    finally:
        holder.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_read_only_file_is_refused_untouched_and_works_once_writable(
    tmp_path: Path, write_json, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's case: a 0444 file, as uid 0 without capabilities (or any user)."""
    path = tmp_path / "tafels.sqlite3"
    make_database(path)
    path.chmod(0o444)
    refused = unprivileged("--db", path, "--lang", lang, "export", "-o", tmp_path / "uit.json")
    assert refused.returncode == 1, refused.stdout
    assert refused.stderr.strip() == message("db.read_only", lang, where=path)
    assert side_files(path) == []
    path.chmod(0o644)  # what the message says to do
    source = write_json(small_document())
    done = unprivileged("--db", path, "--lang", lang, "import", source)
    assert done.returncode == 0, done.stderr
    assert side_files(path) == []


@pytest.mark.parametrize("side", ["-shm", "-wal"])
def test_a_read_only_side_file_is_named_before_sqlite_opens(tmp_path: Path, side: str) -> None:
    """A ``-wal`` or ``-shm`` left read-only: refused at opening, naming that file."""
    path = tmp_path / "tafels.sqlite3"
    make_database(path)
    with side_files_open(path):
        before = {name: (path.parent / name).read_bytes() for name in side_files(path)}
        side_file = Path(f"{path}{side}")
        with read_only_file(side_file), pytest.raises(StoreUnavailable) as refused:
            open_database(location_from_path(path)).close()
        assert refused.value.key == "db.read_only"
        assert refused.value.where == str(side_file)
        assert {name: (path.parent / name).read_bytes() for name in side_files(path)} == before


def test_a_read_only_side_file_with_a_read_only_holder(tmp_path: Path) -> None:
    """As the reviewer saw it: the file writable again, its ``-shm`` still 0444."""
    path = tmp_path / "tafels.sqlite3"
    make_database(path)
    with side_files_open(path):
        shm = Path(f"{path}-shm")
        shm.chmod(0o444)
        refused = unprivileged("--db", path, "--lang", "en", "export", "-o", tmp_path / "u.json")
        shm.chmod(0o644)
    assert refused.returncode == 1, refused.stdout
    assert refused.stderr.strip() == message("db.read_only", "en", where=shm)


def test_a_wal_that_vanishes_while_looking_is_no_frames(
    database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Another process closing its last connection deletes the ``-wal`` between two looks."""
    database.close()
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"")
    exists = Path.exists

    def vanishing(self: Path) -> bool:
        found = exists(self)
        if self == wal:
            wal.unlink(missing_ok=True)  # the other process closes just now
        return found

    monkeypatch.setattr(Path, "exists", vanishing)
    monkeypatch.setattr(inspect_file.Path, "exists", vanishing)
    state = inspect_sqlite_file(db_path)
    assert state.has_tables and state.revision is not None

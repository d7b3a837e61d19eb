"""A log file that cannot be written, and a report onto a full disk: one line, never a traceback.

A log path that is a folder used to crash every command with a raw traceback (the
delayed open of the log file raised out of the logging call) before its one line was
printed. Now the command logs to a temporary file instead (or, failing that, nowhere)
and says its line. A report written onto a full disk said its line and then "Exception
ignored in ZipFile.__del__" with a traceback: the half-written package is gone quietly.
"""

import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ontwikkeltafel.logs import LOG_NAME, setup_logging
from ontwikkeltafel.paths import log_dir
from ontwikkeltafel.services import exchange_files
from tests.conftest import unavailable


@pytest.fixture(autouse=True)
def own_handlers() -> Iterator[None]:
    """The log handlers a test's commands add are removed (and closed) after it."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where temporary log files go, here and in the processes a test starts."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def log_is_a_folder() -> Path:
    """The log file's path taken by a folder: opening it for appending fails."""
    path = log_dir() / LOG_NAME
    path.mkdir(parents=True)
    return path


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m ontwikkeltafel ARGS`` in a fresh process."""
    command = [sys.executable, "-m", "ontwikkeltafel", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def assert_one_line(err: str, *words: str) -> None:
    """One line on standard error, naming ``words``, and no traceback."""
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "Logging error" not in err
    for word in words:
        assert word in err, err


def test_a_command_says_its_line_when_the_log_is_a_folder(  # type: ignore[no-untyped-def]
    cli, log_is_a_folder: Path, tmp_path: Path
) -> None:
    result = cli("--lang", "en", "--db", tmp_path / "t.sqlite3", "import", tmp_path / "weg.json")
    assert result.code == 1
    assert_one_line(result.err, "weg.json", "does not exist")
    assert list(log_is_a_folder.iterdir()) == []


def test_the_same_in_a_process_of_its_own(
    log_is_a_folder: Path, tmp_path: Path, temporary_folder: Path
) -> None:
    done = run("--lang", "nl", "--db", tmp_path / "t.sqlite3", "import", tmp_path / "weg.json")
    assert done.returncode == 1
    assert_one_line(done.stderr, "weg.json", "bestaat niet")
    (log,) = temporary_folder.iterdir()  # the refusal was logged there
    assert "refused: " in log.read_text(encoding="utf-8")


def test_a_command_that_succeeds_still_does_its_work(log_is_a_folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "t.sqlite3"
    done = run("--lang", "en", "--db", database, "export", "-o", tmp_path / "uit.json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert (tmp_path / "uit.json").is_file()


def test_the_log_folder_being_a_file_is_no_crash_either(tmp_path: Path) -> None:
    log_dir().parent.mkdir(parents=True, exist_ok=True)
    log_dir().write_text("geen map")
    done = run("--lang", "en", "--db", tmp_path / "t.sqlite3", "import", tmp_path / "weg.json")
    assert done.returncode == 1
    assert_one_line(done.stderr, "does not exist")


def test_an_unexpected_failure_names_a_log_that_holds_its_details(  # type: ignore[no-untyped-def]
    cli,
    log_is_a_folder: Path,
    tmp_path: Path,
    temporary_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The details go to a temporary log file, and the line names that file."""

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a fault of the program")

    monkeypatch.setattr(exchange_files, "import_file", broken)
    result = cli("--lang", "en", "--db", tmp_path / "t.sqlite3", "import", tmp_path / "x.json")
    assert result.code == 1
    assert_one_line(result.err, "Something unexpected went wrong: RuntimeError")
    named = Path(result.err.split("Details are in ", 1)[1].strip().removesuffix("."))
    assert named != log_is_a_folder
    assert named.parent == temporary_folder
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = named.read_text(encoding="utf-8")
    assert "Traceback" in text and "a fault of the program" in text
    assert named.stat().st_mode & 0o077 == 0  # a temporary log is the user's own


def test_setting_up_twice_keeps_one_log(log_is_a_folder: Path) -> None:
    """The app sets logging up again after the command line: still one (temporary) file."""
    first, second = setup_logging(), setup_logging()
    assert first == second != log_is_a_folder


@contextmanager
def full_disk(folder: Path, leave: int) -> Iterator[Path]:
    """A 1 MB tmpfs on ``folder`` filled up to ``leave`` bytes (root and mount(8) needed)."""
    if os.geteuid() != 0:
        unavailable("mounting a tmpfs needs root")
    folder.mkdir(parents=True)
    mount = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)]
    mounted = subprocess.run(mount, capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        unavailable(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        room = os.statvfs(folder)
        (folder / "vuller").write_bytes(b"\0" * (room.f_bavail * room.f_frsize - leave))
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_report_onto_a_full_disk_says_one_line_and_nothing_more(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path
) -> None:
    database = tmp_path / "t.sqlite3"
    assert cli("--db", database, "demo").code == 0
    with sqlite3.connect(database) as connection:
        (meeting,) = connection.execute("SELECT id FROM meetings LIMIT 1").fetchone()
    with full_disk(tmp_path / "schijf", leave=8192) as disk:
        out = disk / "verslag.docx"
        done = run("--lang", "en", "--db", database, "report", "minutes", meeting, "-o", out)
        assert done.returncode == 1
        assert_one_line(done.stderr, "Cannot write", "No space left on device")
        assert "Exception ignored" not in done.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["vuller"]


def test_a_log_on_a_full_disk_is_no_reason_for_a_traceback(tmp_path: Path) -> None:
    """The log's own writes fail: the command says its line, and nothing about the log."""
    with full_disk(log_dir(), leave=0):
        done = run("--lang", "en", "--db", tmp_path / "t.sqlite3", "import", tmp_path / "weg.json")
    assert done.returncode == 1
    assert_one_line(done.stderr, "does not exist")

"""Files from outside are bounded: a FIFO, a device or a huge file is refused in a second.

``import`` of a FIFO and ``--db`` naming one used to hang for ever, ``import /dev/zero``
read until memory ran out. What is not a regular file is refused before it is read (and
for ``--db`` before SQLite opens it), and an exchange file over the limit README names
(:data:`~ontwikkeltafel.services.exchange_files.MAX_EXCHANGE_BYTES`) is refused from its
size. The runs that used to hang are subprocesses with a timeout: a hang fails the test.
"""

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel import app
from ontwikkeltafel.services import exchange_files
from ontwikkeltafel.services.exchange_files import MAX_EXCHANGE_BYTES
from tests.conftest import unavailable

HANG = 20  # seconds: far beyond a refusal, short enough that a hang fails rather than waits
SECOND = 1.0

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def run(*args: str | Path, **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m ontwikkeltafel ARGS`` in a fresh process, and how long it took."""
    command = [sys.executable, "-m", "ontwikkeltafel", *map(str, args)]
    started = time.perf_counter()
    done = subprocess.run(
        command, env={**os.environ, **env}, capture_output=True, text=True, timeout=HANG
    )
    return done, time.perf_counter() - started


def timed(cli: Callable[..., Any], *args: str | Path) -> tuple[Any, float]:
    """The command run in this process, and how long its refusal took."""
    started = time.perf_counter()
    result = cli(*args)
    return result, time.perf_counter() - started


def assert_one_line(err: str, *words: str) -> None:
    """One line on standard error, naming ``words``, and no traceback."""
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """A named pipe nobody writes to: reading it waits for ever."""
    path = tmp_path / "pijp.json"
    os.mkfifo(path)
    return path


def test_importing_a_fifo_is_refused_at_once(fifo: Path, tmp_path: Path) -> None:
    done, took = run("--lang", "nl", "--db", tmp_path / "t.sqlite3", "import", fifo)
    assert done.returncode == 1
    assert_one_line(done.stderr, str(fifo), "geen gewoon bestand")
    assert took < HANG / 4  # the process's own start included; the refusal itself below


def test_a_fifo_as_database_is_refused_before_sqlite_opens_it(fifo: Path, tmp_path: Path) -> None:
    done, _took = run("--lang", "en", "--db", fifo, "export", "-o", tmp_path / "uit.json")
    assert done.returncode == 1
    assert_one_line(done.stderr, str(fifo), "not a regular file")
    assert not (tmp_path / "uit.json").exists()
    assert not Path(f"{fifo}-wal").exists()


def test_the_app_refuses_a_fifo_as_database_too(fifo: Path) -> None:
    """Without a sub-command: the frame paints, then the one line, as for any bad file."""
    done, _took = run(
        "--lang", "en", "--db", fifo, QT_QPA_PLATFORM="offscreen", **{app.QUIT_AFTER_PAINT: "1"}
    )
    assert done.returncode == 1
    assert_one_line(done.stderr, str(fifo), "not a regular file")


def test_refusals_in_this_process_take_under_a_second(  # type: ignore[no-untyped-def]
    cli, fifo: Path, tmp_path: Path
) -> None:
    """Now that they are refused, the FIFOs can run here too: each within a second."""
    db = tmp_path / "t.sqlite3"
    for args in (("--db", db, "import", fifo), ("--db", fifo, "export", "-o", tmp_path / "o")):
        result, took = timed(cli, "--lang", "en", *args)
        assert result.code == 1
        assert_one_line(result.err, str(fifo), "not a regular file")
        assert took < SECOND, (args, took)


def test_importing_dev_zero_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, took = timed(cli, "--lang", "en", "--db", tmp_path / "t.sqlite3", "import", "/dev/zero")
    assert result.code == 1
    assert_one_line(result.err, "/dev/zero", "not a regular file")
    assert took < SECOND


def test_a_device_as_database_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, took = timed(cli, "--lang", "nl", "--db", "/dev/zero", "export", "-o", tmp_path / "o")
    assert result.code == 1
    assert_one_line(result.err, "/dev/zero", "geen gewoon bestand")
    assert took < SECOND


def test_a_folder_as_database_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "map"
    folder.mkdir()
    result, took = timed(cli, "--lang", "en", "--db", folder, "export", "-o", tmp_path / "o")
    assert result.code == 1
    assert_one_line(result.err, str(folder), "folder")
    assert took < SECOND
    assert list(folder.iterdir()) == []


def test_an_exchange_file_over_the_limit_is_refused_from_its_size(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path
) -> None:
    """A sparse file one byte over the limit: refused without reading it."""
    huge = tmp_path / "groot.json"
    with huge.open("wb") as stream:
        stream.truncate(MAX_EXCHANGE_BYTES + 1)
    for lang, says in (("nl", "groter dan 512 MB"), ("en", "larger than 512 MB")):
        result, took = timed(cli, "--lang", lang, "--db", tmp_path / "t.sqlite3", "import", huge)
        assert result.code == 1
        assert_one_line(result.err, str(huge), says)
        assert took < SECOND


def test_the_limit_holds_for_what_is_read_not_only_for_the_size_stat_gives(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/proc/self/status is a regular file of size 0 by stat, and longer when read."""
    status = Path("/proc/self/status")
    if not status.is_file() or status.stat().st_size != 0:
        unavailable("no /proc with files whose size stat does not give")
    monkeypatch.setattr(exchange_files, "MAX_EXCHANGE_BYTES", 100)
    result = cli("--lang", "en", "--db", tmp_path / "t.sqlite3", "import", status)
    assert result.code == 1
    assert_one_line(result.err, str(status), "larger than")


def test_a_file_at_the_limit_is_read(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_json
) -> None:
    path = write_json({"a": 1})
    monkeypatch.setattr(exchange_files, "MAX_EXCHANGE_BYTES", path.stat().st_size)
    assert exchange_files.read_exchange_file(path) == {"a": 1}


def test_the_limit_leaves_room_for_the_benchmarks_largest_file() -> None:
    """README: 512 MB; the benchmark's scale-1 file with history is about 82 MB."""
    assert MAX_EXCHANGE_BYTES == 512 * 1024 * 1024

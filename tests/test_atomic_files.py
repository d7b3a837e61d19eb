"""Files are written beside and renamed into place, except where the target is no regular file.

`export -o /dev/null` run as root replaced the device /dev/null with a regular file (a
rename into place swaps whatever is there): after that every program writing to /dev/null
filled a file. A device or a FIFO is written into directly; it is left what it is.
"""

import os
import stat
import threading
from pathlib import Path

import pytest

from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError


def test_a_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "uit.json"
    target.write_bytes(b"oud")
    write_atomically(target, lambda stream: stream.write(b"nieuw"), "export.cannot_write")
    assert target.read_bytes() == b"nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]


def test_a_fifo_stays_a_fifo_and_gets_the_bytes(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomically(fifo, lambda stream: stream.write(b"inhoud"), "export.cannot_write")
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received == [b"inhoud"]
    assert [p.name for p in tmp_path.iterdir()] == ["pijp"]


def test_dev_null_is_written_into_not_replaced() -> None:
    before = os.stat("/dev/null")
    write_atomically(Path("/dev/null"), lambda stream: stream.write(b"weg"), "export.cannot_write")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "uit.json"
    target.write_bytes(b"oud")

    def fail(stream: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError):
        write_atomically(target, fail, "export.cannot_write")
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]

"""Steady typing is stored at least once a second: a crash (SIGKILL) loses at most a second."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path

ROOT = Path(__file__).parents[2]
TEXT = "De GGD start in maart een spreekuur op school voor ouders en leerkrachten. "
TYPING_S = 10.0
MAX_LOST_S = 1.0


def _read_lines(process: subprocess.Popen[str], received: list[tuple[float, str]]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        received.append((time.monotonic(), line.strip()))


def test_sigkill_during_steady_typing_loses_at_most_a_second(
    tmp_path: Path, write_json: Any, document: dict[str, Any]
) -> None:
    db = tmp_path / "tafel.sqlite3"
    database = open_database(location_from_path(db))
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"  # adopted, its verslag would be frozen
    del meeting["minutes_approved_on"]
    import_file(database.session_factory, write_json(document))
    item_id = document["meetings"][0]["agenda"][0]["id"]
    database.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typist", str(db), item_id, TEXT],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    received: list[tuple[float, str]] = []
    reader = threading.Thread(target=_read_lines, args=(process, received), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not any(line == "ready" for _, line in received) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        time.sleep(0.05)
    started = time.monotonic()
    while time.monotonic() - started < TYPING_S:
        assert process.poll() is None
        time.sleep(0.05)
    killed_at = time.monotonic()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(timeout=5)

    keys = [(at, int(line.split()[1])) for at, line in received if line.startswith("typed ")]
    typed = keys[-1][1]
    typed_text = "".join(TEXT[n % len(TEXT)] for n in range(typed))
    typed_in_last_second = sum(1 for at, _ in keys if at > killed_at - MAX_LOST_S)

    reopened = open_database(location_from_path(db))
    stored = read_record(reopened.session_factory, "agenda_items", item_id)
    reopened.close()
    assert stored is not None
    minutes = stored["minutes"]
    assert typed > 60  # ten seconds of steady typing really happened
    assert typed_text.startswith(minutes)
    lost = typed - len(minutes)
    print(f"typed {typed} keys in {TYPING_S:.0f} s, lost {lost} ({typed_in_last_second} in 1 s)")
    assert lost <= typed_in_last_second, (
        f"{lost} keys lost of {typed}; {typed_in_last_second} in 1 s"
    )

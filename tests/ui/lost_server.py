"""A PostgreSQL server of a test's own that the test stops, starts, freezes and thaws.

Shared by the lost-connection tests (a test module imports no other test module).
"""

import gc
import math
import os
import signal
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from tests.conftest import unavailable
from tests.pg_server import PostgresServer, PostgresStartError, find_bindir, start_server

DURABLE = ("-c", "synchronous_commit=on")


def own_server() -> PostgresServer:
    """A throwaway server whose commits are in the WAL when they return.

    Without PostgreSQL installed the test is skipped, or fails where CI runs (``unavailable``).
    """
    bindir = find_bindir()
    if bindir is None:
        unavailable("PostgreSQL is not installed")
    try:
        # A commit is in the WAL when it returns (the throwaway servers' default is off): a
        # server killed at once then loses nothing that was stored, as a real one would.
        return start_server(bindir, extra_options=DURABLE)
    except PostgresStartError as exc:
        pytest.fail(f"cannot start a PostgreSQL server:\n{exc}", pytrace=False)


def stop(server: PostgresServer) -> None:
    """Take the server away as a crash or a network cut would (no goodbye to the clients)."""
    stopped = server.run("pg_ctl", "stop", "-D", str(server.data_dir), "-m", "immediate", "-w")
    assert stopped.returncode == 0, stopped.stderr


def start_again(server: PostgresServer) -> None:
    """Start the same server again: the same data, the same port."""
    options = f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    options += " " + " ".join(DURABLE)
    started = server.run(
        "pg_ctl", "start", "-D", str(server.data_dir), "-l", str(server.log_file), "-o", options
    )
    assert started.returncode == 0, started.stderr + server.read_log()


def _processes(server: PostgresServer) -> list[int]:
    """The postmaster and every process it started (its backends)."""
    postmaster = int((server.data_dir / "postmaster.pid").read_text().splitlines()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return [postmaster, *children]


@contextmanager
def frozen(server: PostgresServer) -> Iterator[None]:
    """The server's processes stopped (SIGSTOP): it accepts connections and never answers."""
    stopped = _processes(server)
    try:
        for pid in stopped:
            os.kill(pid, signal.SIGSTOP)
        yield
    finally:
        for pid in stopped:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def new_database(server: PostgresServer, prefix: str) -> str:
    """A new empty database on ``server``: its URL, password shown."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(server.url).set(database=name).render_as_string(hide_password=False)


class Heartbeat:
    """Notes when the event loop turns (a timer every 20 ms): its longest pause is a freeze.

    A pause of the cycle collector's is left out: after half an hour of tests one full
    collection of everything they left took 1.9 s in CI (a test failed), where the app
    freezes what its start-up made and scans only what came after. A watcher thread notes
    where the UI thread stands while a beat is late: a test that finds a freeze shows it.
    """

    LATE_S = 0.25  # a beat this late: the watcher notes the UI thread's stack
    WATCH_S = 300  # a test that never asks for the gap (it failed first) stops it too

    def __init__(self) -> None:
        self.beats = [time.monotonic()]
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.beats.append(time.monotonic()))
        self.timer.start(20)
        self.ui_thread = threading.get_ident()
        self.collections: list[tuple[float, float]] = []  # the UI thread's, start and end
        gc.callbacks.append(self._collected)
        self.stacks: dict[int, str] = {}  # by the beats counted when the pause was noted
        self.watching = threading.Event()
        self.watcher = threading.Thread(target=self._watch, name="heartbeat", daemon=True)
        self.watcher.start()

    def _collected(self, phase: str, _info: dict[str, int]) -> None:
        if threading.get_ident() != self.ui_thread:
            return
        if phase == "start":
            self.collections.append((time.monotonic(), math.inf))
        elif self.collections:
            self.collections[-1] = (self.collections[-1][0], time.monotonic())

    def _watch(self) -> None:
        """One stack a late pause; ends with the gap asked for, or after WATCH_S at most."""
        ends = time.monotonic() + self.WATCH_S
        while not self.watching.wait(0.05) and time.monotonic() < ends:
            counted = len(self.beats)
            if counted in self.stacks or time.monotonic() - self.beats[-1] <= self.LATE_S:
                continue
            frame = sys._current_frames().get(self.ui_thread)
            if frame is not None:
                self.stacks[counted] = "".join(traceback.format_stack(frame))

    def _collecting_within(self, began: float, ended: float) -> float:
        """How long the cycle collector held the UI thread between ``began`` and ``ended``."""
        return sum(max(0.0, min(end, ended) - max(start, began)) for start, end in self.collections)

    def longest_gap_ms(self) -> float:
        """The longest pause up to now (one just ended counts too), the collector's left out."""
        self.timer.stop()
        self.watching.set()
        self.watcher.join()
        gc.callbacks.remove(self._collected)
        self.beats.append(time.monotonic())
        pauses = zip(self.beats, self.beats[1:], strict=False)
        gap, counted = max(
            (b - a - self._collecting_within(a, b), n) for n, (a, b) in enumerate(pauses, 1)
        )
        stack = self.stacks.get(counted)
        if stack is not None:  # shown with a failing test's output: what held the UI thread
            collected = self._collecting_within(self.beats[counted - 1], self.beats[counted])
            print(f"the UI thread late {len(self.stacks)} times by over {self.LATE_S} s", end="")
            print(f"; the longest (the collector's {collected * 1000:.0f} ms of it) stood at:")
            print(stack)
        return gap * 1000

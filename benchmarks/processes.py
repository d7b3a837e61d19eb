"""Timing whole processes: until exit, or until a line on standard output."""

import os
import queue
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

STDERR_LINES = 12


@dataclass(frozen=True)
class Outcome:
    """Wall time of one process run, or why it failed."""

    seconds: float | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def failure(command: list[str], code: int | None, stderr: str, reason: str = "") -> Outcome:
    """An Outcome naming the command, its exit status and the tail of its stderr."""
    tail = "\n".join(stderr.strip().splitlines()[-STDERR_LINES:]) or "(no output on stderr)"
    status = reason or f"exit status {code}"
    shown = " ".join(Path(part).name if os.sep in part else part for part in command[:6])
    return Outcome(None, f"`{shown} ...` failed: {status}\n{tail}")


def time_until_exit(command: list[str], env: dict[str, str], cwd: Path, timeout: float) -> Outcome:
    """Run `command` to completion; its wall time, from launch to exit."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, timeout=timeout, check=False
        )
    except FileNotFoundError as error:
        return failure(command, None, str(error), "cannot start")
    except subprocess.TimeoutExpired as expired:
        stderr = (expired.stderr or b"").decode("utf-8", "replace")
        return failure(command, None, stderr, f"no exit within {timeout:.0f} s")
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        return failure(command, done.returncode, done.stderr.decode("utf-8", "replace"))
    return Outcome(seconds)


def _pump(stream: IO[bytes], lines: "queue.Queue[bytes | None]") -> None:
    """Move the lines of `stream` into `lines`; None marks the end."""
    for line in stream:
        lines.put(line)
    lines.put(None)


def time_until_line(
    command: list[str], env: dict[str, str], cwd: Path, marker: str, timeout: float
) -> Outcome:
    """Wall time from launching `command` to the line `marker` on its stdout; the process
    must then exit with status 0."""
    return time_until_lines(command, env, cwd, (marker,), timeout)[0]


def time_until_lines(
    command: list[str], env: dict[str, str], cwd: Path, markers: tuple[str, ...], timeout: float
) -> list[Outcome]:
    """Wall times from launching `command` to each of the lines `markers` on its stdout (in
    that order); the process must then exit with status 0."""
    with tempfile.TemporaryFile() as stderr_file:
        started = time.perf_counter()
        try:
            process = subprocess.Popen(
                command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=stderr_file
            )
        except FileNotFoundError as error:
            return [failure(command, None, str(error), "cannot start")] * len(markers)
        lines: queue.Queue[bytes | None] = queue.Queue()
        assert process.stdout is not None
        threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
        seen: dict[str, float] = {}
        timed_out = False
        deadline = started + timeout
        while len(seen) < len(markers):
            try:
                line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                timed_out = True
                break
            if line is None:
                break
            text = line.decode("utf-8", "replace").strip()
            if text in markers and text not in seen:
                seen[text] = time.perf_counter() - started
        if timed_out:
            process.kill()
        try:
            code = process.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
            timed_out = True
        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", "replace")
    return [
        _line_outcome(command, code, stderr, marker, seen, timed_out, timeout) for marker in markers
    ]


def _line_outcome(
    command: list[str],
    code: int | None,
    stderr: str,
    marker: str,
    seen: dict[str, float],
    timed_out: bool,
    timeout: float,
) -> Outcome:
    seconds = seen.get(marker)
    if timed_out:
        return failure(
            command, code, stderr, f"no `{marker}` line and no exit within {timeout:.0f} s"
        )
    if seconds is None:
        return failure(command, code, stderr, f"exit status {code} without a `{marker}` line")
    if code != 0:
        return failure(command, code, stderr, f"exit status {code} after `{marker}`")
    return Outcome(seconds)

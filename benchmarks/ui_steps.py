"""Where the time of opening and sorting the action list goes, step by step (one process).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.ui_steps DB [--repeat N]

Runs ``ui_probe product DB`` (a SQLite file or a server's URL) in N fresh processes, one
after the other: the probe's spans are timed as there, and within each the moments its
steps end,
in ms from the click or the header's sort: the ids read (``action_ids``; on a server off
the UI thread), the rows read (``action_rows``), the ids shown (the model reset or laid out
again, its fitting of columns included), the first paint of the list begun and the paint
the probe waits for done. Each step also shows the process's CPU time up to it. A
diagnostic: the wrapping costs a little, so the totals are ``ui_run``'s and ``run``'s.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from statistics import median
from typing import Any

from PySide6.QtCore import QEvent, QObject

from benchmarks import ui_probe

STEPS = ("ids read", "rows read", "ids shown", "paint begun", "painted")


class Steps:
    """The moments of the span being timed: (step, ms since its start, CPU ms since)."""

    def __init__(self) -> None:
        self.started = 0.0
        self.cpu = 0.0
        self.marks: list[tuple[str, float, float]] = []
        self.spans: list[list[tuple[str, float, float]]] = []
        self.lock = threading.Lock()

    def begin(self) -> None:
        self.marks = []
        self.spans.append(self.marks)
        self.cpu = time.process_time()
        self.started = time.perf_counter()

    def mark(self, step: str) -> None:
        wall = (time.perf_counter() - self.started) * 1000
        with self.lock:
            self.marks.append((step, wall, (time.process_time() - self.cpu) * 1000))


def _wrapped(steps: Steps, step: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = call(*args, **kwargs)
        steps.mark(step)
        return result

    return wrapper


def instrument(steps: Steps) -> None:
    """Mark the steps: the list's query services, the model's showing of ids, the paints."""
    from ontwikkeltafel.ui.lists import kinds
    from ontwikkeltafel.ui.models.lazy_table import LazyTableModel

    kinds.action_ids = _wrapped(steps, "ids read", kinds.action_ids)  # type: ignore[attr-defined]
    kinds.action_rows = _wrapped(steps, "rows read", kinds.action_rows)  # type: ignore[attr-defined]
    for name in ("_reorder", "_replace"):
        setattr(LazyTableModel, name, _wrapped(steps, "ids shown", getattr(LazyTableModel, name)))
    waiter_time = ui_probe.PaintWaiter.time
    event_filter = ui_probe.PaintWaiter.eventFilter
    painted = ui_probe.PaintWaiter._painted

    def time_it(waiter: ui_probe.PaintWaiter, action: Any, ready: Any = None) -> float:
        steps.begin()
        return waiter_time(waiter, action, ready)

    def watch(waiter: ui_probe.PaintWaiter, watched: QObject, event: QEvent) -> bool:
        if waiter.armed and watched is waiter.target and event.type() == QEvent.Type.Paint:
            steps.mark("paint begun")
        return event_filter(waiter, watched, event)

    def done(waiter: ui_probe.PaintWaiter) -> None:
        if waiter.armed and waiter.ready():
            steps.mark("painted")
        painted(waiter)

    ui_probe.PaintWaiter.time = time_it  # type: ignore[method-assign]
    ui_probe.PaintWaiter.eventFilter = watch  # type: ignore[method-assign]
    ui_probe.PaintWaiter._painted = done  # type: ignore[method-assign]


def last(span: list[tuple[str, float, float]], step: str) -> tuple[float, float] | None:
    """When ``step`` last ended in ``span`` (wall and CPU ms), if it did."""
    found = [(wall, cpu) for name, wall, cpu in span if name == step]
    return found[-1] if found else None


def table(runs: list[tuple[list[str], list[list[tuple[str, float, float]]]]]) -> str:
    """Median per span and step over the runs: wall ms (CPU ms)."""
    labels = runs[0][0]
    lines = ["span".ljust(10) + "".join(step.rjust(16) for step in STEPS)]
    for at, label in enumerate(labels):
        cells = []
        for step in STEPS:
            got = [last(spans[at], step) for _labels, spans in runs if at < len(spans)]
            values = [value for value in got if value is not None]
            if not values:
                cells.append("-".rjust(16))
                continue
            wall, cpu = median(v[0] for v in values), median(v[1] for v in values)
            cells.append(f"{wall:7.1f} ({cpu:5.1f})".rjust(16))
        lines.append(label.ljust(10) + "".join(cells))
    return "\n".join(lines)


def one_run(db: str) -> dict[str, Any]:
    """This process: the probe on ``db`` with its steps marked; its spans by label."""
    config = tempfile.TemporaryDirectory(prefix="ui-steps-")
    os.environ["XDG_CONFIG_HOME"] = config.name
    steps = Steps()
    instrument(steps)
    result = ui_probe.product(db)
    labels = ["open", *(f"sort {c}{'d' if d else 'a'}" for c, d, *_ in result["sorts"])]
    spans = [span for span in steps.spans if span][-len(labels) :]
    return {"labels": labels, "spans": spans}


def main(argv: list[str] | None = None) -> int:
    """Run the probe ``--repeat`` times on DB, a process each, and print the table of steps."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ui_steps", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("db")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_run(args.db)), flush=True)
        return 0
    runs = []
    for _ in range(args.repeat):
        command = [sys.executable, "-m", "benchmarks.ui_steps", args.db, "--one"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
        got = json.loads(done.stdout.strip().splitlines()[-1])
        runs.append((got["labels"], got["spans"]))
    print(f"ms from the click (CPU ms of the process), median of {args.repeat} processes")
    print(table(runs))
    print(f"load average: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The benchmarks on PostgreSQL (``--db-url``), beside the same figures on SQLite in one run.

Three figures, each with PostgreSQL and SQLite alternating (which goes first alternates
between repeats), each PostgreSQL side in a fresh database made by ``init``:

- import: ``ontwikkeltafel --db-url DB import FILE`` as a whole process, beside
  ``ontwikkeltafel --db NEW.sqlite3 import FILE``; target within 2x the SQLite import;
- search: the 200 searches of ``search_run`` through the search service, both engines in
  one process (``engines_search.py``); target p95 under 30 ms;
- the action list (20,000 actions at scale 1): opened and sorted in the app's window
  (``ui_probe.py``, one fresh process per side and repeat, one warm-up each not counted);
  target under 100 ms for opening and for every column's slower sort.

Targets apply at scale 1; elsewhere the verdicts read n/a.
"""

import json
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median, quantiles
from typing import TYPE_CHECKING, Any

from benchmarks.processes import Outcome
from benchmarks.server import Server, hidden
from benchmarks.ui_run import run_probe

if TYPE_CHECKING:
    from benchmarks.run import Suite

REPO = Path(__file__).resolve().parents[1]
IMPORT_TIMEOUT = 1800.0
SEARCH_TIMEOUT = 900.0
SIDES = ("postgresql", "sqlite")


@dataclass
class Row:
    """One figure on both engines: the values of each repeat, and the target on PostgreSQL."""

    name: str
    unit: str
    target: str
    passes: Callable[["Row"], bool] | None
    values: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SIDES})
    errors: list[str] = field(default_factory=list)

    def median(self, side: str) -> float:
        return median(self.values[side])

    def ratio(self) -> float | None:
        """PostgreSQL's median over SQLite's."""
        if all(self.values[side] for side in SIDES) and self.median("sqlite") > 0:
            return self.median("postgresql") / self.median("sqlite")
        return None

    def verdict(self, targets_apply: bool) -> str:
        if not self.values["postgresql"]:
            return "ERROR"
        if not targets_apply or self.passes is None:
            return "n/a"
        return "PASS" if self.passes(self) else "FAIL"

    def cell(self, side: str) -> str:
        values = self.values[side]
        if not values:
            return "-"
        if len(values) == 1:
            return f"{values[0]:8.2f} {self.unit}"
        return f"{median(values):8.2f} / {min(values):7.2f} {self.unit}"

    def line(self, targets_apply: bool) -> str:
        ratio = self.ratio()
        cells = (
            self.name,
            self.cell("postgresql"),
            self.cell("sqlite"),
            f"{ratio:.2f}x" if ratio is not None else "-",
            self.target,
        )
        widths = (24, 24, 24, 7, 18)
        text = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
        return f"{text}  {self.verdict(targets_apply)}"


def under(limit: float) -> Callable[[Row], bool]:
    """The PostgreSQL median is under ``limit``."""
    return lambda row: row.median("postgresql") < limit


def within(times: float) -> Callable[[Row], bool]:
    """The PostgreSQL median is within ``times`` the SQLite median."""
    return lambda row: (row.ratio() or float("inf")) <= times


def load() -> str:
    """The load average, to judge how busy the shared machine was."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def python_speed() -> str:
    """A fixed pure-Python loop (2 million additions, best of 3), to compare machines.

    The shared machines' speed for Python differs from day to day by up to 2x (the import's
    C-heavy floor much less): the product's figures follow this one, not the load alone.
    """
    best = float("inf")
    for _ in range(3):
        started, total = time.perf_counter(), 0
        for number in range(2_000_000):
            total += number
        best = min(best, time.perf_counter() - started)
    return f"{best * 1000:.0f} ms"


class EngineRun:
    """The PostgreSQL figures of one run of ``benchmarks.run``."""

    def __init__(self, suite: "Suite", server_url: str):
        self.suite = suite
        self.server = Server(server_url, suite.product, suite.env, REPO)
        self.targets: dict[str, str] = {}  # the kept database of each engine

    def run(self) -> list[Row]:
        """Every figure; the databases this run made are dropped after."""
        print(
            f"PostgreSQL: {hidden(self.server.url)}; load average {load()}; "
            f"Python loop {python_speed()}",
            flush=True,
        )
        try:
            rows = [self.run_import()]
            if len(self.targets) == len(SIDES):
                rows.append(self.run_search())
                rows += self.run_lists()
        finally:
            self.server.drop_all()
            self.forget("sqlite", self.targets.get("sqlite"))
        print(
            f"PostgreSQL figures done; load average {load()}; Python loop {python_speed()}",
            flush=True,
        )
        return rows

    def import_once(self, side: str, index: int) -> Outcome:
        """One product import into a new database of ``side``."""
        if side == "postgresql":
            try:
                where = self.server.new_database()
            except (RuntimeError, OSError, subprocess.SubprocessError) as error:
                return Outcome(None, str(error))
            option = "--db-url"
        else:
            where = str(self.suite.run_dir / f"engines-{index}.sqlite3")
            option = "--db"
        command = [*self.suite.product, option, where, "import", str(self.suite.data)]
        outcome = self.suite.time(command, IMPORT_TIMEOUT)
        if outcome.ok:  # keep the newest database each engine imported; drop the rest
            self.forget(side, self.targets.get(side))
            self.targets[side] = where
        else:
            self.forget(side, where)
        return outcome

    def forget(self, side: str, where: str | None) -> None:
        """Drop a database no longer needed."""
        if where is None:
            return
        if side == "postgresql":
            self.server.drop(where)
        else:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{where}{suffix}").unlink(missing_ok=True)

    def run_import(self) -> Row:
        row = Row("import (whole process)", "s", "<= 2x SQLite", within(2.0))
        for index in range(self.suite.repeat):
            for side in SIDES if index % 2 == 0 else SIDES[::-1]:
                outcome = self.import_once(side, index)
                if outcome.seconds is not None:
                    row.values[side].append(outcome.seconds)
                elif outcome.error and outcome.error not in row.errors:
                    row.errors.append(f"{side}: {outcome.error}")
            got = ", ".join(f"{s} {row.values[s][-1]:.2f} s" for s in SIDES if row.values[s])
            print(f"  import on both engines {index + 1}/{self.suite.repeat}: {got}", flush=True)
        return row

    def run_search(self) -> Row:
        row = Row("search p95", "ms", "< 30 ms", under(30.0))
        command = [
            self.suite.python,
            "-m",
            "benchmarks.engines_search",
            self.targets["sqlite"],
            self.targets["postgresql"],
        ]
        done = subprocess.run(
            command,
            cwd=self.server.cwd,
            env=self.suite.env,
            capture_output=True,
            text=True,
            timeout=SEARCH_TIMEOUT,
        )
        if done.returncode != 0:
            row.errors.append("search: " + "\n".join(done.stderr.strip().splitlines()[-8:]))
            return row
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        for side in SIDES:
            row.values[side].append(quantiles(result[side], n=20)[-1])
        p50 = {side: median(result[side]) for side in SIDES}
        print(
            f"  search: {len(result['sqlite'])} searches, hits per search (median)"
            f" {result['hits']['postgresql']:g} on PostgreSQL, {result['hits']['sqlite']:g} on"
            f" SQLite; p50 {p50['postgresql']:.2f} / {p50['sqlite']:.2f} ms",
            flush=True,
        )
        return row

    def probe(self, side: str) -> dict[str, Any]:
        """One fresh window process on the kept database of ``side`` (ui_probe.py)."""
        try:
            return run_probe("product", self.targets[side], self.suite.run_dir)
        except SystemExit as failed:  # run_probe's report of a failed probe
            raise RuntimeError(f"{side}: {failed}") from None

    def run_lists(self) -> list[Row]:
        opened = Row("open the action list", "ms", "< 100 ms", under(100.0))
        typical = Row("sort, median of all", "ms", "< 100 ms", under(100.0))
        slowest = Row("sort, slowest column", "ms", "< 100 ms", under(100.0))
        rows = [opened, typical, slowest]
        try:
            for side in SIDES:  # warm-up: file and font caches, not counted
                self.probe(side)
            for index in range(self.suite.repeat):
                for side in SIDES if index % 2 == 0 else SIDES[::-1]:
                    got = self.probe(side)
                    sorts = [step[2] for step in got["sorts"]]
                    opened.values[side].append(got["open_ms"])
                    typical.values[side].append(median(sorts))
                    slowest.values[side].append(max(sorts))
                print(
                    f"  action list {index + 1}/{self.suite.repeat}: open"
                    f" {opened.values['postgresql'][-1]:.0f} ms on PostgreSQL,"
                    f" {opened.values['sqlite'][-1]:.0f} ms on SQLite",
                    flush=True,
                )
        except RuntimeError as failed:
            opened.errors.append(str(failed))
        return rows


def engine_table(rows: list[Row], targets_apply: bool) -> str:
    """The PostgreSQL figures beside SQLite's, then the errors in full."""
    header = ("figure", "PostgreSQL median / min", "SQLite median / min", "ratio", "target")
    widths = (24, 24, 24, 7, 18)
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  verdict"]
    lines.append("-" * (sum(widths) + 2 * len(widths) + 7))
    lines += [row.line(targets_apply) for row in rows]
    if not targets_apply:
        lines.append("(targets apply at scale 1: the verdicts are n/a)")
    for row in rows:
        lines += [f"\n{row.name}: {error}" for error in row.errors]
    return "\n".join(lines)

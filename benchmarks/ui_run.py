"""UI benchmark: open and sort the 20,000-action list, and resident memory, vs a bare table.

    python -m benchmarks.ui_run --scale 1 [--repeat 5]

Each repeat runs two fresh processes (``benchmarks/ui_probe.py``), alternating which goes
first: the app's main window on the scale-1 database, and a bare PySide6 window with one
``QTableView`` over a plain in-memory model of as many rows. Each opens its list (the app
makes the action page on that first click, as for a user), sorts it by every column both
ways as a header click does, and reports its resident memory with the list shown. The
start-up figure is ``benchmarks.run``'s (window start-up), not repeated here. The probes
may write bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped for them), so that the
counted runs import compiled modules as an installed app does.
Targets at scale 1: open and every column's sort under 100 ms, memory under 300 MB.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks.cache import ensure_data
from benchmarks.reports_run import database_for
from benchmarks.run import REPO, isolated_env
from ontwikkeltafel.store.revision import SCHEMA_REVISION

TARGET_MS = 100.0
TARGET_MB = 300.0
TIMEOUT = 300.0


@dataclass
class Row:
    """One figure: the product's and the floor's value per repeat, its unit and its limit."""

    name: str
    unit: str
    limit: float | None
    product: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)

    def verdict(self, targets_apply: bool) -> str:
        """PASS or FAIL on the product's median (n/a off scale 1 or without a limit)."""
        if not self.product:
            return "ERROR"
        if not targets_apply or self.limit is None:
            return "n/a"
        return "PASS" if median(self.product) < self.limit else "FAIL"

    def line(self, targets_apply: bool) -> str:
        """The figure as a line of the table."""

        def cell(values: list[float]) -> str:
            if not values:
                return "-"
            return f"{median(values):7.1f} / {min(values):7.1f} {self.unit}"

        ratio = (
            f"{median(self.product) / median(self.floor):5.2f}x"
            if self.product and self.floor and median(self.floor) > 0
            else "-"
        )
        target = f"< {self.limit:g} {self.unit}" if self.limit is not None else "(information)"
        cells = (self.name, cell(self.product), cell(self.floor), ratio, target)
        widths = (30, 22, 22, 7, 14)
        text = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
        return f"{text}  {self.verdict(targets_apply)}"


def run_probe(side: str, argument: str, workdir: Path) -> dict[str, Any]:
    """One fresh probe process with its own empty config, data and state folders."""
    with tempfile.TemporaryDirectory(dir=workdir) as home:
        env = isolated_env(Path(home))
        env["QT_QPA_PLATFORM"] = "offscreen"
        # As installed (pip compiles the modules), not recompiling every module each run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "benchmarks.ui_probe", side, argument]
        done = subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=TIMEOUT
        )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-12:])
        raise SystemExit(f"{side} probe failed (exit status {done.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def collect(
    results: list[tuple[dict[str, Any], dict[str, Any]]], headers: list[str], cpu: bool = False
) -> list[Row]:
    """The table's figures from each repeat's (product, floor) results (wall or CPU time)."""
    suffix, at, limit = (", CPU" if cpu else "", 3 if cpu else 2, None if cpu else TARGET_MS)
    opened = Row("open the list" + suffix, "ms", limit)
    typical = Row("sort, median of all" + suffix, "ms", limit)
    columns = [Row(f"  sort by {name}", "ms", limit) for name in headers]
    memory = Row("resident memory, list shown", "MB", TARGET_MB)
    for product, floor in results:
        for side, target in ((product, "product"), (floor, "floor")):
            getattr(opened, target).append(side["open_cpu_ms" if cpu else "open_ms"])
            getattr(typical, target).append(median(step[at] for step in side["sorts"]))
            for column, row in enumerate(columns):
                times = [step[at] for step in side["sorts"] if step[0] == column]
                if times:
                    getattr(row, target).append(max(times))  # the slower direction
            if side["rss_mb"]:
                getattr(memory, target).append(side["rss_mb"])
    return [opened, typical] if cpu else [opened, typical, *columns, memory]


def load() -> str:
    """The load average, for the reader to judge how busy the machine was."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Run the repeats and print the table; 1 when a target at scale 1 is missed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ui_run", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    default_workdir = Path(tempfile.gettempdir()) / "ontwikkeltafel-bench"
    parser.add_argument("--workdir", type=Path, default=default_workdir)
    args = parser.parse_args(argv)
    data = ensure_data(args.workdir / "data", args.scale, args.seed)
    folder = args.workdir / f"ui-{SCHEMA_REVISION}"
    folder.mkdir(parents=True, exist_ok=True)
    db = str(database_for(data, folder))
    started_load = load()
    warm_up = run_probe("product", db, args.workdir)  # file and font caches: not counted
    rows, headers = warm_up["rows"], warm_up["headers"]
    run_probe("floor", str(rows), args.workdir)
    results = []
    for n in range(args.repeat):
        sides = [("product", db), ("floor", str(rows))]
        got = {side: run_probe(side, arg, args.workdir) for side, arg in sides[:: 1 - 2 * (n % 2)]}
        product, floor = got["product"], got["floor"]
        results.append((product, floor))
        print(
            f"  repeat {n + 1}/{args.repeat}: open {product['open_ms']:.0f} ms "
            f"(floor {floor['open_ms']:.0f}), sort median "
            f"{median(step[2] for step in product['sorts']):.0f} ms, {product['rss_mb']:.0f} MB",
            flush=True,
        )
    figures = collect(results, headers)
    targets_apply = abs(args.scale - 1.0) < 1e-9
    print(f"\n{rows:,} actions; product median / min, floor median / min, ratio of medians")
    for figure in figures:
        print(figure.line(targets_apply))
    print("CPU time of the same spans (the wall time on an idle machine):")
    for figure in collect(results, headers, cpu=True):
        print(figure.line(targets_apply))
    print("window start-up: see python -m benchmarks.run (launch to first paint, < 1 s)")
    print(f"load average at the start: {started_load}; at the end: {load()}")
    verdicts = [f.verdict(targets_apply) for f in figures]
    return 1 if any(v in ("FAIL", "ERROR") for v in verdicts) else 0


if __name__ == "__main__":
    sys.exit(main())

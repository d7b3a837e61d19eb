"""Run the performance suite: product vs raw floors, timed as whole processes, alternating.

python -m benchmarks.run --scale 1 [--seed 1] [--repeat 3] [--skip window reports] [--keep]
                         [--db-url postgresql+psycopg://ROLE@HOST:PORT/postgres]

Targets apply at scale 1 and at scale 0.05 (a real table's size): see benchmarks/targets.py.
With --db-url (a PostgreSQL server whose role may create databases) the import, search
and the action list are also measured on PostgreSQL, beside SQLite: benchmarks/postgres_run.py.
"""

import argparse
import importlib.util
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.cache import ensure_data
from benchmarks.generate import MIN_SCALE
from benchmarks.processes import Outcome, time_until_exit
from benchmarks.report import Figure, table
from benchmarks.report_processes import run_reports
from benchmarks.targets import apply_targets
from benchmarks.window_run import run_window

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
TIMEOUTS = {"import": 600.0, "export": 300.0}
NO_PRODUCT_DB = "not run: there is no product database (the product import failed)"
Run = Callable[[int], Outcome | None]


def remove_database(path: Path | None) -> None:
    """Delete a SQLite file with its -wal, -shm and -journal companions."""
    if path is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def product_command(python: str) -> list[str]:
    """The console script next to the running python, else `python -m ontwikkeltafel`."""
    script = Path(python).parent / ("ontwikkeltafel.exe" if os.name == "nt" else "ontwikkeltafel")
    return [str(script)] if script.exists() else [python, "-m", "ontwikkeltafel"]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of every process: the app's settings, data and logs go under `home`;
    without an installed package, `src/` goes on PYTHONPATH; modules compiled as installed."""
    # PYTHONDONTWRITEBYTECODE is dropped: an installed app runs from compiled modules
    # (pip compiles them); with it, every run would compile every changed module again.
    dropped = ("ONTWIKKELTAFEL_DB", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.split("_")[1].lower())
        Path(env[name]).mkdir(parents=True, exist_ok=True)
    if importlib.util.find_spec("ontwikkeltafel") is None and (REPO / "src").is_dir():
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(REPO / "src"), env.get("PYTHONPATH")])
        )
    return env


def describe(outcome: Outcome | None) -> str:
    """`1.23 s`, `failed` or `skipped`, for the progress lines."""
    if outcome is None:
        return "skipped"
    return "failed" if outcome.seconds is None else f"{outcome.seconds:.2f} s"


class Suite:
    """The benchmarks of one run, sharing the data file, the scratch folder and the databases."""

    def __init__(self, data: Path, run_dir: Path, repeat: int):
        self.data, self.run_dir, self.repeat = data, run_dir, repeat
        self.python = sys.executable
        self.product = product_command(self.python)
        self.env = isolated_env(run_dir / "home")
        self.product_db: Path | None = None
        self.floor_db: Path | None = None

    def time(self, command: list[str], timeout: float) -> Outcome:
        """Wall time of `command` from launch to exit (cwd: the repository)."""
        return time_until_exit(command, self.env, REPO, timeout)

    def pairs(self, figure: Figure, product: Run, floor: Run) -> None:
        """Repeat product and floor, alternating which goes first; after a product failure
        only the floor runs."""
        product_failed = False
        for index in range(self.repeat):
            results: dict[str, Outcome | None] = {}
            for side in ("product", "floor") if index % 2 == 0 else ("floor", "product"):
                if side == "floor":
                    results[side] = floor(index)
                elif not product_failed:
                    outcome = results[side] = product(index)
                    product_failed = outcome is None or not outcome.ok
            figure.record(results.get("product"), results["floor"])
            progress = ", ".join(
                f"{side} {describe(results.get(side))}" for side in ("product", "floor")
            )
            print(f"  {figure.name} {index + 1}/{self.repeat}: {progress}", flush=True)

    def run_import(self) -> Figure:
        """Product import into a new database vs the import floor."""
        figure = Figure("import", "<= 5x floor and < 10 s", 5.0, 10.0)

        def product(index: int) -> Outcome:
            database = self.run_dir / f"product-{index}.sqlite3"
            command = [*self.product, "--db", str(database), "import", str(self.data)]
            outcome = self.time(command, TIMEOUTS["import"])
            self.product_db = self.keep(self.product_db, database, outcome)
            return outcome

        def floor(index: int) -> Outcome:
            database = self.run_dir / f"floor-{index}.sqlite3"
            command = [
                self.python,
                "-m",
                "benchmarks.floors",
                "import",
                str(self.data),
                str(database),
            ]
            outcome = self.time(command, TIMEOUTS["import"])
            self.floor_db = self.keep(self.floor_db, database, outcome)
            return outcome

        self.pairs(figure, product, floor)
        return figure

    @staticmethod
    def keep(previous: Path | None, new: Path, outcome: Outcome) -> Path | None:
        """Keep only the newest database that a successful import wrote."""
        if not outcome.ok:
            remove_database(new)
            return previous
        remove_database(previous)
        return new

    def run_export(self) -> Figure:
        """Product export of the whole database vs the export floor."""
        figure = Figure("export", "<= 3x floor and < 3 s", 3.0, 3.0)
        if self.product_db is None:
            figure.errors.append(NO_PRODUCT_DB)
        out = self.run_dir / "export.json"

        def product(index: int) -> Outcome | None:
            if self.product_db is None:
                return None
            command = [*self.product, "--db", str(self.product_db), "export", "-o", str(out)]
            outcome = self.time(command, TIMEOUTS["export"])
            out.unlink(missing_ok=True)
            return outcome

        def floor(index: int) -> Outcome:
            if self.floor_db is None:
                return Outcome(
                    None, "not run: there is no floor database (the floor import failed)"
                )
            command = [
                self.python,
                "-m",
                "benchmarks.floors",
                "export",
                str(self.floor_db),
                str(out),
            ]
            outcome = self.time(command, TIMEOUTS["export"])
            out.unlink(missing_ok=True)
            return outcome

        self.pairs(figure, product, floor)
        return figure


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line of the runner."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--scale", type=float, default=1.0, help="workload scale (default 1)")
    parser.add_argument("--seed", type=int, default=1, help="workload seed (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (default 3)")
    parser.add_argument("--skip", nargs="+", default=[], choices=("export", "window", "reports"))
    default_workdir = Path(tempfile.gettempdir()) / "ontwikkeltafel-bench"
    parser.add_argument(
        "--workdir", type=Path, default=default_workdir, help="data cache and scratch"
    )
    parser.add_argument("--keep", action="store_true", help="keep this run's databases")
    parser.add_argument(
        "--db-url",
        help="a PostgreSQL server (its role may create databases): measure there too",
    )
    args = parser.parse_args(argv)
    if args.scale < MIN_SCALE or args.repeat < 1:
        parser.error(f"--scale must be at least {MIN_SCALE} and --repeat at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) the data, run the figures, print the table; 1 on any FAIL/ERROR."""
    args = parse_args(argv)
    data = ensure_data(args.workdir / "data", args.scale, args.seed)
    run_dir = args.workdir / "run"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    suite = Suite(data, run_dir, args.repeat)
    print(
        f"Ontwikkeltafel benchmarks: scale {args.scale:g}, seed {args.seed}, {args.repeat} repeats,"
        f" {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}\n"
        f"data: {data} ({data.stat().st_size / 1e6:.1f} MB)\nproduct: {' '.join(suite.product)}",
        flush=True,
    )
    figures = [suite.run_import()]
    if "export" not in args.skip:
        figures.append(suite.run_export())
    if "window" not in args.skip:
        figures += run_window(suite.python, suite.env, suite.product_db, suite.repeat)
    if "reports" not in args.skip:
        figures += run_reports(suite)
    targets_apply = apply_targets(figures, args.scale)
    engine_verdicts: list[str] = []
    engines = ""
    if args.db_url:
        # Imported here: the PostgreSQL figures need psycopg and the app's modules.
        from benchmarks.postgres_run import EngineRun, engine_table

        rows = EngineRun(suite, args.db_url).run()
        at_scale_1 = abs(args.scale - 1.0) < 1e-9
        engines = "\n\nPostgreSQL beside SQLite (this run)\n" + engine_table(rows, at_scale_1)
        engine_verdicts = [row.verdict(at_scale_1) for row in rows]
    print("\n" + table(figures, targets_apply) + engines)
    if args.keep:
        print(f"\nkept: {suite.product_db} (product), {suite.floor_db} (floor)")
    else:
        shutil.rmtree(run_dir, ignore_errors=True)
    verdicts = [f.verdict(targets_apply) for f in figures] + engine_verdicts
    return 0 if all(v in ("PASS", "n/a") for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

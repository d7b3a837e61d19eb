"""Start-up of the bundle: launch to the first painted window, from dist/ against the venv.

python -m benchmarks.bundle_start [--scale 1] [--seed 1] [--repeat 5] [--cold 3]
                                  [--bundle dist/ontwikkeltafel] [--workdir DIR]

Issue 17, point 5: the bundle (``make bundle``) opens the window on the scale-1 database in
under 2 s cold, and within 1.2x the same start from the venv (the console script beside this
Python). Both run offscreen with ONTWIKKELTAFEL_QUIT_AFTER_PAINT, as benchmarks/window_run.py
does: launch to ``first-paint`` (the window's frame has painted) and to ``lists-filled``
(the database opened and the meeting list painted), alternating bundle and venv. Cold: the
page cache is dropped before each run (``sync; echo 3 > /proc/sys/vm/drop_caches``, root
only; otherwise the cold figures are not measured and the output says so). Warm: after a
warm-up run of each. Beside the wall times, the CPU time of each whole start (user and
system, to its exit after the lists): the figure to compare when the machine is loaded.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no CPU times of child processes
    resource = None  # type: ignore[assignment]

from benchmarks.cache import ensure_data
from benchmarks.processes import Outcome, time_until_exit, time_until_lines
from benchmarks.report import Figure, table
from benchmarks.run import isolated_env, product_command

REPO = Path(__file__).resolve().parent.parent
MARKERS = ("first-paint", "lists-filled")
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
TIMEOUT = 120.0


def can_drop_caches() -> bool:
    """Whether this process may empty the page cache (root on Linux)."""
    return DROP_CACHES.exists() and os.access(DROP_CACHES, os.W_OK)


def drop_caches() -> None:
    """Write dirty pages, then drop the page cache, dentries and inodes: the next start is cold."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def scale_database(workdir: Path, scale: float, seed: int, env: dict[str, str]) -> Path:
    """The workload imported once into a SQLite file by the venv's app; reused after."""
    data = ensure_data(workdir / "data", scale, seed)
    database = workdir / f"{data.stem}.sqlite3"
    if not database.exists():
        partial = database.with_suffix(".partial.sqlite3")
        for leftover in workdir.glob(f"{partial.name}*"):
            leftover.unlink()
        print(f"importing {data.name} ...", flush=True)
        command = [*product_command(sys.executable), "--db", str(partial), "import", str(data)]
        outcome = time_until_exit(command, env, REPO, 900.0)
        if not outcome.ok:
            raise SystemExit(f"the import failed: {outcome.error}")
        partial.replace(database)
    return database


def start(command: list[str], env: dict[str, str], cold: bool) -> list[Outcome]:
    """One window start: the times to its frame's first paint and to its lists filled, and
    the CPU time (user + system) of the whole process, which the machine's load hardly moves."""
    if cold:
        drop_caches()
    before = _children_cpu()
    outcomes = time_until_lines(command, env, REPO, MARKERS, TIMEOUT)
    cpu = _children_cpu() - before
    return [*outcomes, Outcome(cpu if cpu > 0 else None, None if cpu > 0 else "no CPU time")]


def _children_cpu() -> float:
    if resource is None:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    bundle: list[str], venv: list[str], env: dict[str, str], repeat: int, cold: bool
) -> list[Figure]:
    """Bundle against venv, alternating which goes first; both figures of every start."""
    kind = "cold" if cold else "warm"
    paint = Figure(f"first paint {kind}", "<= 1.2x venv", 1.2, 2.0 if cold else None)
    if cold:
        paint.target = "< 2 s, <= 1.2x venv"
    lists = Figure(f"lists filled {kind}", "(for information)", None, None)
    cpu = Figure(f"CPU {kind}", "(for information)", None, None)
    lists.applies = cpu.applies = False
    if not cold:
        start(bundle, env, False)  # warm-up: the file cache, the daily backup, fonts
        start(venv, env, False)
    for index in range(repeat):
        pair = [(bundle, "bundle"), (venv, "venv")]
        if index % 2:  # alternate which starts first
            pair.reverse()
        runs = {name: start(command, env, cold) for command, name in pair}
        for figure, at in ((paint, 0), (lists, 1), (cpu, 2)):
            figure.record(runs["bundle"][at], runs["venv"][at])
        shown = ", ".join(
            f"{name} {' / '.join(_seconds(o) for o in runs[name])}" for name in ("bundle", "venv")
        )
        print(
            f"  {kind} {index + 1}/{repeat}: {shown} (first paint / lists filled / CPU)",
            flush=True,
        )
    return [paint, lists, cpu]


def _seconds(outcome: Outcome) -> str:
    return "failed" if outcome.seconds is None else f"{outcome.seconds:.2f} s"


def load_average() -> str:
    """The machine's load over 1, 5 and 15 minutes, to read the figures by."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table; 1 when a target is missed or a start failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="warm starts of each")
    parser.add_argument("--cold", type=int, default=3, help="cold starts of each (root only)")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "ontwikkeltafel")
    default_workdir = Path(tempfile.gettempdir()) / "ontwikkeltafel-bench"
    parser.add_argument("--workdir", type=Path, default=default_workdir)
    args = parser.parse_args(argv)
    program = args.bundle / ("ontwikkeltafel.exe" if os.name == "nt" else "ontwikkeltafel")
    if not program.exists():
        parser.error(f"no bundle at {args.bundle}: run `make bundle` first")
    home = args.workdir / "bundle-start-home"
    env = isolated_env(home)
    database = scale_database(args.workdir, args.scale, args.seed, env)
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "ONTWIKKELTAFEL_QUIT_AFTER_PAINT": "1"}
    bundle = [str(program), "--db", str(database)]
    venv = [*product_command(sys.executable), "--db", str(database)]
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True).stdout
    print(
        f"bundle start-up: {version.strip()} from {args.bundle} against {' '.join(venv[:1])};"
        f" {database.name} ({database.stat().st_size / 1e6:.0f} MB); load {load_average()}",
        flush=True,
    )
    figures: list[Figure] = []
    if args.cold and can_drop_caches():
        figures += measure(bundle, venv, env, args.cold, cold=True)
    else:
        print("  cold starts not measured: dropping the page cache needs root", flush=True)
    figures += measure(bundle, venv, env, args.repeat, cold=False)
    print(f"\n(product: the bundle; floor: the venv; load afterwards {load_average()})")
    print(table(figures, True))
    verdicts = [figure.verdict(True) for figure in figures]
    return 0 if all(v in ("PASS", "n/a") for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

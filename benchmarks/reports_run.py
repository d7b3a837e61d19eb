"""Report benchmarks: the verslag of the largest meeting and the table report of a table with
100 meetings, at scale 1, next to plain python-docx writing the same content (same run).

    python -m benchmarks.reports_run --scale 1 [--repeat 5]

Both sides run in this process, alternating, after one untimed warm-up each. The first
figure of each report is writing it from its data in memory (as the floor writes from
memory); the second is the whole path from the database to the saved file.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.cache import ensure_data
from benchmarks.processes import Outcome
from benchmarks.report import Figure, table
from benchmarks.report_floor import content_of, write_plain
from ontwikkeltafel.services.report_files import report_builders, write_report
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path


def database_for(data: Path, folder: Path) -> Path:
    """A database holding the workload, imported once per workload file."""
    path = folder / f"{data.stem}.sqlite3"
    if not path.exists():
        print(f"importing {data.name} ...", flush=True)
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(f"{partial.name}*"):
            leftover.unlink()
        command = [
            sys.executable,
            "-m",
            "ontwikkeltafel",
            "--db",
            str(partial),
            "import",
            str(data),
        ]
        subprocess.run(command, check=True, capture_output=True)
        partial.replace(path)
    return path


def targets(data: Path) -> tuple[str, str]:
    """The id of the meeting with the most agenda items, and of a table with 100 meetings."""
    doc = json.loads(data.read_bytes())
    largest = max(doc["meetings"], key=lambda m: len(m["agenda"]))
    counts: dict[str, int] = {}
    for meeting in doc["meetings"]:
        if meeting["table_id"]:
            counts[meeting["table_id"]] = counts.get(meeting["table_id"], 0) + 1
    table_id = min(counts, key=lambda t: (abs(counts[t] - 100), t))
    print(
        f"largest meeting: {len(largest['agenda'])} agenda items; table: {counts[table_id]} "
        "meetings",
        flush=True,
    )
    return largest["id"], table_id


def timed(action: Callable[[], None]) -> Outcome:
    start = time.perf_counter()
    action()
    return Outcome(seconds=time.perf_counter() - start)


def measure(
    name: str, limit: float, kind: str, record_id: str, db: Path, out: Path, repeat: int
) -> list[Figure]:
    """Two figures: writing from memory next to the floor, and database to file."""
    writing = Figure(name, f"<= 1.5x floor and < {limit:g} s", ratio_limit=1.5, seconds_limit=limit)
    whole = Figure(f"{name} from db", f"< {limit:g} s", ratio_limit=None, seconds_limit=limit)
    database = open_database(location_from_path(db))
    gather, write = report_builders()[kind]
    product_file, floor_file = out / f"{kind}.docx", out / f"{kind}-floor.docx"
    data = gather(database.session_factory, record_id, False)

    def product() -> None:
        write(data, product_file, lang="nl", template=None)

    def from_database() -> None:
        write_report(
            database.session_factory,
            kind,
            record_id,
            product_file,
            internal=False,
            template=None,
            lang="nl",
        )

    product()
    blocks = content_of(product_file)
    write_plain(blocks, floor_file)  # warm-up of both sides
    for n in range(repeat):
        product_run = timed(product)
        floor_run = timed(lambda: write_plain(blocks, floor_file))
        whole_run = timed(from_database)
        writing.record(product_run, floor_run)
        whole.record(whole_run, None)
        print(
            f"  {name} {n + 1}/{repeat}: write {product_run.seconds:.3f} s, "
            f"floor {floor_run.seconds:.3f} s, from db {whole_run.seconds:.3f} s",
            flush=True,
        )
    database.close()
    return [writing, whole]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reports_run", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    default_workdir = Path(tempfile.gettempdir()) / "ontwikkeltafel-bench"
    parser.add_argument("--workdir", type=Path, default=default_workdir)
    args = parser.parse_args(argv)
    data = ensure_data(args.workdir / "data", args.scale, args.seed)
    db = database_for(data, args.workdir / "data")
    meeting_id, table_id = targets(data)
    out = args.workdir / "reports"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    figures = [
        *measure("verslag", 0.3, "minutes", meeting_id, db, out, args.repeat),
        *measure("table report", 3.0, "table", table_id, db, out, args.repeat),
    ]
    targets_apply = abs(args.scale - 1.0) < 1e-9
    print("\n" + table(figures, targets_apply))
    return 0 if all(f.verdict(targets_apply) in ("PASS", "n/a") for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

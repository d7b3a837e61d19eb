"""The start-up race of issue 8, many times: two processes open one closed SQLite file together.

``python -m benchmarks.open_race --trials 500 --worst 100`` prints how many commits
were lost and how many files were damaged (both must be 0), for trials with random
start offsets of 0-250 ms and for trials where the second process opens the file
while the first is looking at it.
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

from tests.store.open_race import COMMITS, closed_database, run_trial


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=500)
    parser.add_argument("--worst", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = closed_database(folder)
        for number, (label, count, worst, fresh) in enumerate(
            (
                ("existing file, 0-250 ms apart", args.trials, False, False),
                ("existing file, second opens at the worst moment", args.worst, True, False),
                ("missing file, both create it", args.worst, False, True),
            )
        ):
            lost = damaged = errors = 0
            start = time.monotonic()
            for trial in range(count):
                outcome = run_trial(
                    None if fresh else template, folder / f"{number}-{trial}", worst, rng
                )
                lost += outcome.lost
                damaged += outcome.damaged
                errors += bool(outcome.errors)
                if outcome.errors:
                    print("  error:", outcome.errors)
            failed |= bool(lost or damaged or errors)
            print(
                f"{label}: {count} trials of 2 x {COMMITS} commits, {lost} commits lost, "
                f"{damaged} files damaged, {errors} processes failed "
                f"({time.monotonic() - start:.0f} s)"
            )
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()

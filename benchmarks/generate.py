"""Write the seeded workload "municipality, ten years" at a scale as one exchange-v1 file."""

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.workload.build import KINDS, build_document

MIN_SCALE = 0.01


def generate(scale: float, seed: int, out: Path) -> dict[str, int]:
    """Build the document and write it with `json.dumps` and one write; return the counts."""
    document = build_document(scale, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    counts = {kind: len(document[kind]) for kind in KINDS}
    meetings = document["meetings"]
    counts["agenda_items"] = sum(len(m["agenda"]) for m in meetings)
    counts["decisions"] = sum(len(i["decisions"]) for m in meetings for i in m["agenda"])
    counts["attendance"] = sum(len(m["attendance"]) for m in meetings)
    return counts


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: --scale, --seed, -o."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="scale factor (default 1)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .json to write")
    args = parser.parse_args(argv)
    if args.scale < MIN_SCALE:
        parser.error(f"--scale must be at least {MIN_SCALE}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Generate, then print what was written and how long it took."""
    args = parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.scale, args.seed, args.output)
    seconds = time.perf_counter() - started
    size = args.output.stat().st_size
    summary = ", ".join(f"{count:,} {kind}" for kind, count in counts.items())
    print(f"{args.output}: {size / 1e6:.1f} MB in {seconds:.1f} s ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

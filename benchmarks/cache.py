"""The workload cache of the runner: one checked file per scale, seed and generator version."""

import hashlib
import json
from pathlib import Path

from benchmarks.check import Checker
from benchmarks.generate import generate

BENCHMARKS = Path(__file__).resolve().parent


def generator_fingerprint() -> str:
    """A short hash of the generator's source: the cache key changes with the code."""
    digest = hashlib.sha1()
    for path in sorted([BENCHMARKS / "generate.py", *(BENCHMARKS / "workload").glob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def ensure_data(folder: Path, scale: float, seed: int) -> Path:
    """The workload file for (scale, seed): generated and checked once, then reused."""
    stem = f"scale{scale:g}-seed{seed}"
    path = folder / f"{stem}-{generator_fingerprint()}.json"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{stem}-*.json"):
        stale.unlink()
    print(f"generating {path} ...", flush=True)
    partial = path.with_suffix(".partial")
    generate(scale, seed, partial)
    errors = Checker(json.loads(partial.read_bytes())).run()
    if errors:
        raise SystemExit("the generated file breaks the exchange spec:\n" + "\n".join(errors[:20]))
    partial.replace(path)
    return path

"""Search benchmark: 200 searches of Dutch words and prefixes from the workload's phrase pools.

    python -m benchmarks.search_run --scale 1 [--queries 200]

Times ``services.search.search_everything`` (session, FTS5 query, grouping, meeting
lookups) next to a floor: the raw ``sqlite3`` FTS5 MATCH of the same query on the same
file, ranked, with snippets, as many rows as the product may return. The product is asked
what the window's search box asks: ``LIMIT_PER_KIND`` hits of each kind (10; the figures
before session 8 asked 20, which the box never did). Both sides run in this process,
alternating per query (which goes first alternates too), after a warm-up.
Target at scale 1: p95 under 30 ms.
"""

import argparse
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from statistics import median, quantiles

from benchmarks.cache import ensure_data
from benchmarks.reports_run import database_for
from benchmarks.workload import phrases
from ontwikkeltafel.services.search import GROUP_ORDER, LIMIT_PER_KIND, search_everything
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search import MARK_END, MARK_START, query_words

TARGET_P95_MS = 30.0
FLOOR_SQL = (
    "SELECT kind, record_id, title, snippet(search_index, -1, ?, ?, '…', 12) "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
)


def vocabulary() -> list[str]:
    """The content words (five letters or more) of the phrase pools, without slots."""
    words: set[str] = set()
    for name in ("ACTOR", "ISSUE", "TOPIC", "PRACTICE", "CLAUSE", "SENTENCE", "BULLET"):
        for entry in getattr(phrases, name, ()):
            text = re.sub(r"\{\w+\}", " ", entry)
            words.update(w.lower() for w in re.findall(r"[^\W\d_]{5,}", text))
    return sorted(words)


def make_queries(count: int, seed: int) -> list[str]:
    """A mix a user types: whole words, prefixes of 3-6 letters, and two-word searches."""
    words = vocabulary()
    rng = random.Random(seed)
    queries = []
    for n in range(count):
        word = rng.choice(words)
        if n % 3 == 0:
            queries.append(word)
        elif n % 3 == 1:
            queries.append(word[: rng.randint(3, min(6, len(word)))])
        else:
            other = rng.choice(words)
            queries.append(f"{word} {other[: rng.randint(3, len(other))]}")
    return queries


def fts5_query(text: str) -> str:
    """The same MATCH expression the store builds."""
    words = query_words(text)
    return " ".join(f'"{word}"' for word in words) + "*"


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def summary(name: str, times: list[float]) -> str:
    p95 = quantiles(times, n=20)[-1]
    return f"{name:<22} p50 {median(times):7.2f} ms   p95 {p95:7.2f} ms   max {max(times):7.2f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_run", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200)
    default_workdir = Path(tempfile.gettempdir()) / "ontwikkeltafel-bench"
    parser.add_argument("--workdir", type=Path, default=default_workdir)
    args = parser.parse_args(argv)
    data = ensure_data(args.workdir / "data", args.scale, args.seed)
    folder = args.workdir / f"search-{SCHEMA_REVISION}"
    folder.mkdir(parents=True, exist_ok=True)
    db_path = database_for(data, folder)
    database = open_database(location_from_path(db_path))
    raw = sqlite3.connect(db_path)
    limit = LIMIT_PER_KIND * len(GROUP_ORDER)
    queries = make_queries(args.queries, args.seed)
    hits: list[int] = []

    def product(text: str) -> None:
        hits.append(search_everything(database.session_factory, text).count)

    def floor(text: str) -> None:
        raw.execute(FLOOR_SQL, (MARK_START, MARK_END, fts5_query(text), limit)).fetchall()

    for text in queries[:10]:  # warm-up: page cache, statement caches
        product(text)
        floor(text)
    hits.clear()
    product_ms: list[float] = []
    floor_ms: list[float] = []
    for n, text in enumerate(queries):
        pair = [(product, product_ms), (floor, floor_ms)]
        for action, times in pair if n % 2 == 0 else reversed(pair):
            times.append(timed_ms(partial(action, text)))
    raw.close()
    database.close()
    slowest = max(range(len(queries)), key=lambda i: product_ms[i])
    p95 = quantiles(product_ms, n=20)[-1]
    floor_p95 = quantiles(floor_ms, n=20)[-1]
    ratio = median(p / f for p, f in zip(product_ms, floor_ms, strict=True))
    print(f"{len(queries)} searches on {db_path.name}; hits per search: median {median(hits):g}")
    print(summary("search_everything", product_ms))
    print(summary("floor (raw FTS5)", floor_ms))
    print(f"median ratio product/floor: {ratio:.2f}x; p95 ratio: {p95 / floor_p95:.2f}x")
    print(f"slowest search: {queries[slowest]!r}")
    targets_apply = abs(args.scale - 1.0) < 1e-9
    verdict = ("PASS" if p95 < TARGET_P95_MS else "FAIL") if targets_apply else "n/a"
    print(f"target p95 < {TARGET_P95_MS:g} ms: {verdict}")
    return 0 if verdict in ("PASS", "n/a") else 1


if __name__ == "__main__":
    sys.exit(main())

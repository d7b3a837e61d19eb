"""One process timing the search service on SQLite and on PostgreSQL, alternating per query.

    python -m benchmarks.engines_search SQLITE_FILE POSTGRES_URL [--queries 200] [--seed 1]

The same 200 searches as ``benchmarks.search_run`` (Dutch words, prefixes, two-word
searches from the workload's phrase pools) through ``services.search.search_everything``
on both databases of one run, after a warm-up of ten each; which engine goes first
alternates per query. Prints one JSON line: ``{"sqlite": [ms, ...], "postgresql": [ms,
...], "hits": {"sqlite": median, "postgresql": median}}``.
"""

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from statistics import median

from benchmarks.search_run import make_queries, timed_ms
from ontwikkeltafel.services.search import search_everything
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url


def main(argv: list[str] | None = None) -> int:
    """Time the searches on both engines and print the JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engines_search")
    parser.add_argument("sqlite", type=Path)
    parser.add_argument("postgres")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    databases: dict[str, Database] = {
        "sqlite": open_database(location_from_path(args.sqlite)),
        "postgresql": open_database(location_from_url(args.postgres)),
    }
    times: dict[str, list[float]] = {name: [] for name in databases}
    hits: dict[str, list[int]] = {name: [] for name in databases}

    def search(name: str, text: str) -> None:
        hits[name].append(search_everything(databases[name].session_factory, text).count)

    queries = make_queries(args.queries, args.seed)
    try:
        for text in queries[:10]:  # warm-up: page cache, statement caches, connections
            for name in databases:
                search(name, text)
        for values in hits.values():
            values.clear()
        order = list(databases)
        for n, text in enumerate(queries):
            for name in order if n % 2 == 0 else reversed(order):
                times[name].append(timed_ms(partial(search, name, text)))
    finally:
        for database in databases.values():
            database.close()
    medians = {name: median(values) for name, values in hits.items()}
    print(json.dumps({**times, "hits": medians}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

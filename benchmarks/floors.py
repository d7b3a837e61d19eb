"""Raw floors: plain json + sqlite3 import (with FTS5) and plain sqlite3 + json.dump export.

python -m benchmarks.floors import FILE.json DB.sqlite3
python -m benchmarks.floors export DB.sqlite3 OUT.json
"""

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from benchmarks.floor_schema import KINDS, META, SCHEMA, Kind

Rows = dict[str, list[tuple[Any, ...]]]


def collect(
    kind: Kind, records: list[dict[str, Any]], owner: Any, rows: Rows, search: list[Any]
) -> None:
    """Append the rows of `records` (and of their links and children) to `rows`."""
    columns, title_fields, body_fields = kind.columns, *kind.search
    own = rows.setdefault(kind.table, [])
    for record in records:
        get = record.get
        values = tuple(get(c) for c in columns)
        own.append((owner, *values) if kind.nested else values)
        record_id = get("id")
        for name in kind.links:
            rows.setdefault(f"{kind.table}_{name}", []).extend(
                (record_id, t) for t in get(name) or ()
            )
        for name, child in kind.children.items():
            collect(child, get(name) or [], record_id, rows, search)
        if title_fields:
            title = " ".join(filter(None, (get(f) for f in title_fields)))
            body = "\n\n".join(filter(None, (get(f) for f in body_fields)))
            search.append((kind.table, record_id if record_id is not None else owner, title, body))


def import_floor(source: Path, database: Path) -> int:
    """Load the file with `json.load` and write it with `executemany` in one transaction."""
    if database.exists():
        raise SystemExit(f"{database} exists; the import floor wants a new database")
    with source.open(encoding="utf-8") as file:
        document = json.load(file)
    rows: Rows = {}
    search: list[Any] = []
    for name, kind in KINDS.items():
        collect(kind, document.get(name) or [], None, rows, search)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("BEGIN")
    for statement in SCHEMA:
        connection.execute(statement)
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(document.get(k))) for k in META]
    )
    for table, table_rows in rows.items():
        if table_rows:
            marks = ", ".join("?" * len(table_rows[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", table_rows)
    connection.executemany("INSERT INTO search VALUES (?, ?, ?, ?)", search)
    connection.execute("COMMIT")
    connection.close()
    return sum(map(len, rows.values()))


def read(connection: sqlite3.Connection, kind: Kind) -> list[tuple[Any, dict[str, Any]]]:
    """(owner_id, record) for every row of `kind`, in insertion order, fields in exchange order."""
    links = {
        name: grouped(connection, f"SELECT owner_id, target_id FROM {kind.table}_{name}")
        for name in kind.links
    }
    children = {name: grouped_records(connection, child) for name, child in kind.children.items()}
    columns, bools = kind.columns, kind.bools
    records = []
    for row in connection.execute(f"SELECT * FROM {kind.table} ORDER BY rowid"):
        owner, values = (row[0], row[1:]) if kind.nested else (None, row)
        stored = dict(zip(columns, values, strict=True))
        for name in bools:
            stored[name] = bool(stored[name]) if stored[name] is not None else None
        record_id = stored.get("id")
        for name in kind.links:
            stored[name] = links[name].get(record_id, [])
        for name in kind.children:
            stored[name] = children[name].get(record_id if record_id is not None else owner, [])
        records.append((owner, {f: stored[f] for f in kind.fields}))
    return records


def grouped(connection: sqlite3.Connection, query: str) -> dict[Any, list[Any]]:
    """The second column of `query` grouped by the first, in row order."""
    groups: dict[Any, list[Any]] = {}
    for owner, value in connection.execute(query):
        groups.setdefault(owner, []).append(value)
    return groups


def grouped_records(connection: sqlite3.Connection, kind: Kind) -> dict[Any, list[dict[str, Any]]]:
    """The records of a nested kind grouped by their owner's id."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for owner, record in read(connection, kind):
        groups.setdefault(owner, []).append(record)
    return groups


def export_floor(database: Path, target: Path) -> int:
    """Read every record back with plain `sqlite3` into dicts and `json.dump` them to a file."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    document: dict[str, Any] = {
        k: json.loads(v) for k, v in connection.execute("SELECT * FROM meta")
    }
    for name, kind in KINDS.items():
        document[name] = [record for _, record in read(connection, kind)]
    connection.close()
    with target.open("w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False)
    return sum(len(document[name]) for name in KINDS)


def main(argv: list[str] | None = None) -> int:
    """Dispatch `import FILE DB` or `export DB OUT`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3 or args[0] not in ("import", "export"):
        print(__doc__, file=sys.stderr)
        return 2
    if args[0] == "import":
        count = import_floor(Path(args[1]), Path(args[2]))
        print(f"import floor: {count:,} rows into {args[2]}")
    else:
        count = export_floor(Path(args[1]), Path(args[2]))
        print(f"export floor: {count:,} top-level records to {args[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

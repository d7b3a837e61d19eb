"""A second program on one SQLite file: open it as the app does, commit numbered rows, close.

Run as ``python -m tests.store.race_worker DB TAG COUNT [--after MS] [--wait-for FILE]
[--signal FILE] [--hold-inspection FILE --inspecting FILE]``. ``--signal`` touches FILE
once the database is open and the first row is committed; ``--hold-inspection`` keeps
the look at the file (before opening it for real) open until FILE exists, and touches
``--inspecting`` while it waits. Together they make the other process open the database
at the worst moment: while this one is between looking at the file and opening it.
"""

import argparse
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from ontwikkeltafel.store import inspect_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_path

WAIT_S = 20


class HeldConnection:
    """A sqlite3 connection whose close waits until a file exists."""

    def __init__(self, connection: sqlite3.Connection, until: Path, note: Path) -> None:
        self._connection, self._until = connection, until
        note.touch()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def close(self) -> None:
        wait_for(self._until)
        self._connection.close()


def wait_for(path: Path) -> None:
    """Wait until ``path`` exists (at most WAIT_S seconds)."""
    deadline = time.monotonic() + WAIT_S
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.002)


def hold_inspection(until: Path, note: Path) -> None:
    """Make the next read-only look at a file wait, before it closes, until ``until`` exists."""
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        sqlite3.connect = real_connect  # only the first connection: the look at the file
        return HeldConnection(real_connect(*args, **kwargs), until, note)

    inspect_file.sqlite3.connect = connect  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("tag")
    parser.add_argument("count", type=int)
    parser.add_argument("--after", type=int, default=0, help="milliseconds to wait first")
    parser.add_argument("--signal", type=Path)
    parser.add_argument("--wait-for", type=Path, help="a file to wait for first")
    parser.add_argument("--hold-inspection", type=Path)
    parser.add_argument("--inspecting", type=Path)
    args = parser.parse_args()
    if args.hold_inspection:
        hold_inspection(args.hold_inspection, args.inspecting)
    time.sleep(args.after / 1000)
    if args.wait_for:
        wait_for(args.wait_for)
    database = open_database(location_from_path(args.db))
    try:
        for number in range(args.count):
            with write_transaction(database.session_factory) as session:
                session.execute(
                    text("INSERT INTO themes (id, name) VALUES (:id, :name)"),
                    {"id": f"{args.tag}-{number}", "name": f"Thema {args.tag} {number}"},
                )
            if number == 0 and args.signal:
                args.signal.touch()
            time.sleep(0.002)
    finally:
        database.close()
    print("done", args.tag)


if __name__ == "__main__":
    main()

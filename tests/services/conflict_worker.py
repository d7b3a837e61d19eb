"""Another person's program on the same database, editing one minutes text (the conflict tests).

``python -m tests.services.conflict_worker URL ITEM AUTHOR once TEXT --loaded F --go F``
loads the item's minutes and version, touches ``--loaded``, waits for ``--go``, then saves
TEXT with the version it loaded. ``... probe COUNT`` makes COUNT read-modify-write saves,
each adding a line "AUTHOR n" to the text with the version it read; a refused save is
counted and done again on what is stored then; ``blind COUNT`` the same without a
version (the control); ``fields COUNT`` with the text read as the base too; ``touch COUNT``
changes another field COUNT times. Each prints what happened as one JSON line.
"""

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url

WAIT_S = 60
KIND = "agenda_items"


def wait_for(path: Path) -> None:
    """Wait until ``path`` exists (at most WAIT_S seconds)."""
    deadline = time.monotonic() + WAIT_S
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.005)


def refused(conflict: Conflict) -> dict[str, Any]:
    """What a refusal told: both sides, and the message in Dutch."""
    return {
        "theirs": {
            "values": conflict.theirs.values,
            "version": conflict.theirs.version,
            "by": conflict.theirs.by,
            "at": None if conflict.theirs.at is None else conflict.theirs.at.isoformat(),
        },
        "mine": {"values": conflict.mine.values, "version": conflict.mine.version},
        "message": conflict.render("nl"),
    }


def once(sessions: Any, item: str, text: str, loaded: Path, go: Path) -> dict[str, Any]:
    """Load, say so, wait, save ``text`` with the version loaded."""
    values = read_record(sessions, KIND, item)
    assert values is not None
    loaded.touch()
    wait_for(go)
    try:
        saved = update_record(
            sessions, KIND, item, {"minutes": text}, expected_version=values["version"]
        )
    except Conflict as conflict:
        return {"loaded": values["version"], "conflict": refused(conflict)}
    return {"loaded": values["version"], "saved": saved.version}


def probe(
    sessions: Any, item: str, author: str, count: int, blind: bool, fields: bool = False
) -> dict[str, Any]:
    """COUNT read-modify-write saves of one text; refusals counted and done again.

    ``blind``: the saves pass no version (as before versions): the control, losing updates.
    ``fields``: they pass the text read as their base too (the check per field).
    """
    saves = conflicts = silent = 0
    for number in range(count):
        while True:
            values = read_record(sessions, KIND, item)
            assert values is not None
            text = f"{values['minutes']}\n{author} {number}"
            try:
                expected = None if blind else values["version"]
                base = {"minutes": values["minutes"]} if fields else None
                saved = update_record(
                    sessions, KIND, item, {"minutes": text}, expected_version=expected, base=base
                )
            except Conflict as conflict:
                conflicts += 1
                if conflict.theirs.version == values["version"]:
                    silent += 1  # a refusal that names no newer version: should never be
                continue
            saves += 1
            if not blind and not fields and saved.version != values["version"] + 1:
                silent += 1
            break
    return {"saves": saves, "conflicts": conflicts, "odd": silent}


def touch(sessions: Any, item: str, count: int) -> dict[str, Any]:
    """COUNT changes of another field of the item (its planned minutes), as automatic ones."""
    for number in range(count):
        update_record(sessions, KIND, item, {"planned_minutes": number % 50 + 1})
    return {"saves": count}


def main() -> None:
    """Run one of the two modes and print its outcome as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("item")
    parser.add_argument("author")
    parser.add_argument("mode", choices=["once", "probe", "blind", "fields", "touch"])
    parser.add_argument("value")
    parser.add_argument("--loaded", type=Path)
    parser.add_argument("--go", type=Path)
    args = parser.parse_args()
    database = open_database(location_from_url(args.url))
    database.set_author(args.author)
    try:
        sessions = database.session_factory
        if args.mode == "once":
            outcome = once(sessions, args.item, args.value, args.loaded, args.go)
        elif args.mode == "touch":
            outcome = touch(sessions, args.item, int(args.value))
        elif args.mode == "fields":
            outcome = probe(sessions, args.item, args.author, int(args.value), False, True)
        else:
            blind = args.mode == "blind"
            outcome = probe(sessions, args.item, args.author, int(args.value), blind)
    finally:
        database.close()
    sys.stdout.write(json.dumps(outcome, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

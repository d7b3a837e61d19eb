"""Two processes opening one closed SQLite file together: trials and what they left behind."""

import random
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path

ROOT = Path(__file__).parents[2]
COMMITS = 30


@dataclass(frozen=True)
class Outcome:
    """What one trial left: commits missing, whether the file is damaged, worker errors."""

    lost: int
    damaged: bool
    errors: str


def closed_database(folder: Path) -> Path:
    """A migrated database, closed (no -wal, no -shm), as after the app was quit."""
    path = folder / "template.sqlite3"
    open_database(location_from_path(path)).close()
    assert not Path(f"{path}-shm").exists()
    return path


def _worker(db: Path, tag: str, *options: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.store.race_worker", str(db), tag, str(COMMITS)]
    return subprocess.Popen(
        [*command, *options], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def run_trial(template: Path | None, folder: Path, worst: bool, rng: random.Random) -> Outcome:
    """Copy the closed file, let two processes open it and commit, and count what is there.

    ``worst``: the second process opens the file while the first is looking at it;
    otherwise each starts after a random 0-250 ms. Without a ``template`` the file is
    missing: both processes create it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "tafel.sqlite3"
    if template is not None:
        shutil.copyfile(template, db)
    if worst:
        held, inspecting = folder / "b-open", folder / "a-inspecting"
        first = _worker(db, "a", "--hold-inspection", str(held), "--inspecting", str(inspecting))
        second = _worker(db, "b", "--wait-for", str(inspecting), "--signal", str(held))
    else:
        first = _worker(db, "a", "--after", str(rng.randint(0, 250)))
        second = _worker(db, "b", "--after", str(rng.randint(0, 250)))
    errors = ""
    for process in (first, second):
        _out, err = process.communicate(timeout=120)
        if process.returncode:
            # The traceback's end: where a worker found the file busy shows in a failure.
            errors += "\n".join(err.strip().splitlines()[-12:]) or f"exit {process.returncode}"
    return _count(db, errors)


def _count(db: Path, errors: str) -> Outcome:
    try:
        connection = sqlite3.connect(db)
        try:
            healthy = connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = connection.execute("SELECT count(*) FROM themes").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return Outcome(lost=2 * COMMITS, damaged=True, errors=errors)
    return Outcome(lost=2 * COMMITS - stored, damaged=not healthy, errors=errors)

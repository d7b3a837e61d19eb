"""Copies of a SQLite database through SQLite's online backup API."""

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_sqlite(source: Path, folder: Path, label: str) -> Path:
    """Copy ``source`` into ``folder`` consistently; returns the new file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target

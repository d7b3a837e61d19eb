"""Backups of the database: made on request or each day, and put back (restore)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.backup import copy_database, read_revision, restore_database
from ontwikkeltafel.store.failures import classify

if TYPE_CHECKING:
    from ontwikkeltafel.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file put back, and the copy kept of the file as it was."""

    source: Path
    kept: Path


def backup_folder(database_file: Path) -> Path:
    """Where the backups of ``database_file`` go: a folder beside it, ``<name>-backups``."""
    return database_file.parent / f"{database_file.stem}-backups"


def default_backup_path(database_file: Path, now: datetime) -> Path:
    """The name of a backup made now: ``<name>.backup-YYYY-MM-DD-HHMMSS.sqlite3``."""
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    return backup_folder(database_file) / f"{database_file.stem}.backup-{stamp}.sqlite3"


def _free_name(path: Path) -> Path:
    """``path``, or with ``-2``, ``-3``... added when a backup of that second exists."""
    number, candidate = 1, path
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _copy(source: Path, target: Path) -> Path:
    try:
        copy_database(source, target)
    except (OSError, sqlite3.Error) as exc:
        failure = classify(exc, str(target))
        if failure is not None:
            raise failure from exc
        reason = getattr(exc, "strerror", None) or exc
        raise UserError("backup.cannot_write", path=target, reason=reason) from exc
    return target


def make_backup(database: Database, output: Path | None = None) -> Path:
    """Make a backup of the open database; returns the file written.

    SQLite: a copy through the online backup API (mode 0600), by default in the
    backups folder beside the database. A server database: an exchange file (the export).
    """
    path = database.location.sqlite_path
    now = datetime.now()
    if path is None:
        from ontwikkeltafel.services.exchange_files import export_file

        target = output or Path(f"ontwikkeltafel-backup-{now:%Y-%m-%d-%H%M%S}.json")
        return export_file(database.session_factory, target).path
    target = output if output is not None else _free_name(default_backup_path(path, now))
    if target.resolve() == path.resolve():
        raise UserError("backup.onto_itself", path=target)
    return _copy(path, target)


def restore_backup(database: Database, source: Path) -> Restored:
    """Put the backup ``source`` in place of the open database, keeping a copy first.

    Refused (nothing touched) on a server database, and for a file that is not a
    backup of an Ontwikkeltafel database of a known schema revision.
    """
    path = database.location.sqlite_path
    if path is None:
        raise UserError("backup.restore_server", url=database.location.display)
    if not source.is_file():
        raise UserError("backup.not_found", path=source)
    if source.resolve() == path.resolve():
        raise UserError("backup.onto_itself", path=source)
    revision = read_revision(source)
    if revision is None:
        raise UserError("backup.not_ours", path=source)
    from ontwikkeltafel.store.migrate import is_known_revision

    if not is_known_revision(revision):
        raise UserError("backup.too_new", path=source, revision=revision)
    kept = _copy(path, _free_name(default_backup_path(path, datetime.now())))
    database.close()  # this process's own connections let go of the file first
    try:
        restore_database(source, path)
    except (OSError, sqlite3.Error) as exc:
        failure = classify(exc, str(path))
        if failure is not None:
            raise failure from exc
        raise
    log.info("restored %s from %s; the file as it was is kept in %s", path, source, kept)
    return Restored(source, kept)

"""Backups of the database: made on request or each day, and put back (restore)."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.backup import (
    backup_folder as backup_folder,  # the window asks where backups go
)
from ontwikkeltafel.store.backup import (
    copy_database,
    read_revision,
    restore_database,
)
from ontwikkeltafel.store.failures import classify

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlalchemy import Engine

    from ontwikkeltafel.store.database import Database

log = logging.getLogger(__name__)

#: How many automatic backups are kept: one a day for the newest 7 days, the newest of
#: each of the newest 4 weeks and the newest of each of the newest 12 months.
DAILY, WEEKLY, MONTHLY = 7, 4, 12
_DAILY_MARK = ".daily-"


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file put back, and the copy kept of the file as it was."""

    source: Path
    kept: Path


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
    return _backup(database.location.sqlite_path, database.session_factory, output)


def backup_of(sessions: SessionFactory, output: Path | None = None) -> Path:
    """:func:`make_backup` for the database behind ``sessions`` (the window's)."""
    return _backup(database_file(sessions), sessions, output)


def restore_backup(database: Database, source: Path) -> Restored:
    """Put the backup ``source`` in place of the open database, keeping a copy first.

    Refused (nothing touched) on a server database, and for a file that is not a
    backup of an Ontwikkeltafel database of a known schema revision.
    """
    path = database.location.sqlite_path
    if path is None:
        raise UserError("backup.restore_server", url=database.location.display)
    return _restore(path, source, database.close)


def restore_into(sessions: SessionFactory, source: Path) -> Restored:
    """:func:`restore_backup` for the database behind ``sessions`` (the window's)."""
    engine = _engine(sessions)
    path = database_file(sessions)
    if path is None:
        from ontwikkeltafel.store.location import url_display

        raise UserError("backup.restore_server", url=url_display(engine.url))
    return _restore(path, source, engine.dispose)


def _engine(sessions: SessionFactory) -> Engine:
    from sqlalchemy import Engine  # here: a command's daily backup loads no SQLAlchemy

    engine = sessions.kw.get("bind")
    assert isinstance(engine, Engine)
    return engine


def database_file(sessions: SessionFactory) -> Path | None:
    """The SQLite file behind ``sessions``; None for a server database (or one in memory)."""
    url = _engine(sessions).url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def _backup(path: Path | None, sessions: SessionFactory, output: Path | None) -> Path:
    now = datetime.now()
    if path is None:
        from ontwikkeltafel.services.exchange_files import export_file

        target = output or Path(f"ontwikkeltafel-backup-{now:%Y-%m-%d-%H%M%S}.json")
        return export_file(sessions, target).path
    target = output if output is not None else _free_name(default_backup_path(path, now))
    if target.resolve() == path.resolve():
        raise UserError("backup.onto_itself", path=target)
    return _copy(path, target)


def _restore(path: Path, source: Path, let_go: Callable[[], None]) -> Restored:
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
    let_go()  # this process's own connections let go of the file first
    try:
        restore_database(source, path)
    except (OSError, sqlite3.Error) as exc:
        failure = classify(exc, str(path))
        if failure is not None:
            raise failure from exc
        raise
    log.info("restored %s from %s; the file as it was is kept in %s", path, source, kept)
    return Restored(source, kept)


def backups_to_keep(days: Iterable[date]) -> set[date]:
    """Which of the automatic backups (one per day in ``days``) the rotation keeps.

    The newest 7 days; of each of the newest 4 ISO weeks its newest day; of each of
    the newest 12 months its newest day. A pure rule: the rest may be removed.
    """
    newest_first = sorted(set(days), reverse=True)
    weeks: dict[tuple[int, int], date] = {}
    months: dict[tuple[int, int], date] = {}
    for day in newest_first:  # the first day met in a week or month is its newest
        year, week, _ = day.isocalendar()
        weeks.setdefault((year, week), day)
        months.setdefault((day.year, day.month), day)
    keep = set(newest_first[:DAILY])
    keep.update(list(weeks.values())[:WEEKLY])
    keep.update(list(months.values())[:MONTHLY])
    return keep


def daily_backup_path(database_file: Path, day: date) -> Path:
    """The automatic backup of ``day``: ``<name>-backups/<name>.daily-YYYY-MM-DD.sqlite3``."""
    name = f"{database_file.stem}{_DAILY_MARK}{day.isoformat()}.sqlite3"
    return backup_folder(database_file) / name


def _daily_backups(database_file: Path) -> dict[date, Path]:
    """The automatic backups beside ``database_file``, by day (other files left out)."""
    found: dict[date, Path] = {}
    prefix = f"{database_file.stem}{_DAILY_MARK}"
    for path in backup_folder(database_file).iterdir():
        if not (path.name.startswith(prefix) and path.name.endswith(".sqlite3")):
            continue
        try:
            found[date.fromisoformat(path.name[len(prefix) : -len(".sqlite3")])] = path
        except ValueError:
            continue
    return found


def rotate_backups(database_file: Path) -> list[Path]:
    """Remove the automatic backups the rotation no longer keeps; returns those removed."""
    found = _daily_backups(database_file)
    keep = backups_to_keep(found)
    removed = [path for day, path in sorted(found.items()) if day not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup(database_file: Path, today: date | None = None) -> Path | None:
    """Today's automatic backup of ``database_file``, made if not there yet, then rotated.

    When today's backup exists this costs one stat and makes nothing (None). A backup
    that cannot be made (a full disk, a read-only folder) is logged and skipped: it
    never keeps the database from opening.
    """
    target = daily_backup_path(database_file, today or date.today())
    if target.exists():
        return None
    folder_made = not target.parent.exists()
    try:
        copy_database(database_file, target)
        removed = rotate_backups(database_file)
    except (OSError, sqlite3.Error):
        log.warning("cannot make the daily backup %s", target, exc_info=True)
        if folder_made:
            with contextlib.suppress(OSError):
                target.parent.rmdir()  # only when empty
        return None
    log.info("made the daily backup %s; removed %d old ones", target, len(removed))
    return target

"""Open a database safely: refuse what is not ours or too new, back up, migrate, then connect."""

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import backup_dir
from ontwikkeltafel.store.backup import backup_sqlite
from ontwikkeltafel.store.engine import make_engine, make_session_factory
from ontwikkeltafel.store.inspect_file import inspect_sqlite_file
from ontwikkeltafel.store.location import DatabaseLocation
from ontwikkeltafel.store.revision import SCHEMA_REVISION, SCRIPT_LOCATION

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open database: its location, engine and the factory of sessions for services."""

    location: DatabaseLocation
    engine: Engine
    session_factory: sessionmaker[Session]
    backup_path: Path | None = None

    def close(self) -> None:
        """Release every connection (and so the SQLite WAL files)."""
        self.engine.dispose()


def _check_revision(revision: str | None, has_tables: bool, where: str, scripts: str) -> bool:
    """Whether the database needs an upgrade; raise for a foreign or too new one."""
    if revision is None:
        if has_tables:
            raise UserError("db.foreign", path=where)
        return True
    if revision == SCHEMA_REVISION and scripts == SCRIPT_LOCATION:
        return False
    from ontwikkeltafel.store.migrate import head_revision, is_known_revision

    if not is_known_revision(revision, scripts):
        raise UserError("db.too_new", path=where, revision=revision)
    return revision != head_revision(scripts)


def _upgrade(engine: Engine, scripts: str) -> None:
    from ontwikkeltafel.store.migrate import upgrade_to_head

    upgrade_to_head(engine, scripts)


def _open_sqlite(location: DatabaseLocation, scripts: str) -> Database:
    path = location.sqlite_path
    assert path is not None
    state = inspect_sqlite_file(path)
    needs_upgrade = _check_revision(state.revision, state.has_tables, str(path), scripts)
    backup_path = None
    if needs_upgrade and state.revision is not None:
        backup_path = backup_sqlite(path, backup_dir(), state.revision)
        log.info("backed up %s to %s before upgrading", path, backup_path)
    if not state.exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError("db.cannot_create", path=path, reason=exc.strerror or exc) from exc
    engine = make_engine(location)
    try:
        if needs_upgrade:
            _upgrade(engine, scripts)
        else:
            with engine.connect():
                pass
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        log.exception("cannot open %s", path)
        key = "db.cannot_create" if not state.exists else "db.cannot_open"
        raise UserError(key, path=path, reason=getattr(exc, "orig", exc)) from exc
    return Database(location, engine, make_session_factory(engine), backup_path)


def _open_server(location: DatabaseLocation, scripts: str) -> Database:
    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            revision = None
            if "alembic_version" in tables:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
        if _check_revision(revision, bool(tables), location.display, scripts):
            _upgrade(engine, scripts)
    except SQLAlchemyError as exc:
        engine.dispose()
        log.exception("cannot open %s", location.display)
        reason = getattr(exc, "orig", None) or exc
        raise UserError("db.cannot_connect", url=location.display, reason=reason) from exc
    except UserError:
        engine.dispose()
        raise
    return Database(location, engine, make_session_factory(engine))


def open_database(location: DatabaseLocation, scripts: str = SCRIPT_LOCATION) -> Database:
    """Open (creating or upgrading when needed) the database at ``location``.

    A file that is not a database, a foreign database, or one made by a newer
    version of the app is refused with a UserError and left untouched.
    """
    if location.sqlite_path is not None:
        return _open_sqlite(location, scripts)
    return _open_server(location, scripts)

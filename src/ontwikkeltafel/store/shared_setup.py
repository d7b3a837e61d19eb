"""A shared database set up by its owner: ``init`` makes the schema, ``upgrade`` migrates it.

On PostgreSQL the app never makes or migrates the schema itself: :func:`refuse_unready`
(used when the app or a command opens a server) refuses an empty or out-of-date database
and names who must act. The role that owns the schema runs ``init`` once and ``upgrade``
after each new version, after a backup of the server that is theirs to make; the app's
role only reads and writes data. A SQLite file still makes and upgrades itself when it is
opened (after a backup); ``init`` and ``upgrade`` do the same there and say what they did.
No message here shows a password: a server is always named by ``location.display``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.store.location import DatabaseLocation, is_secret_key, url_display
from ontwikkeltafel.store.revision import SCHEMA_REVISION, SCRIPT_LOCATION, UPGRADE_LOCK_KEY

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

#: What :func:`init_database` and :func:`upgrade_database` found or did.
MADE, PRESENT, UPGRADED, CURRENT = "made", "present", "upgraded", "current"
#: PostgreSQL's insufficient_privilege: a role without the right to what it asked.
_NO_PRIVILEGE = "42501"


@dataclass(frozen=True)
class ServerSchema:
    """What a server database holds: whether it has tables, our revision, who owns it."""

    has_tables: bool
    revision: str | None
    owner: str | None  # the role that owns the schema (its alembic_version), else the database
    role: str  # the role connected (current_user)
    may_change: bool  # whether ``role`` is (a member of) ``owner``, or a superuser


@dataclass(frozen=True)
class Setup:
    """What ``init`` or ``upgrade`` did: ``outcome`` (MADE, PRESENT, UPGRADED or CURRENT)."""

    outcome: str
    revision: str  # the database's revision now
    before: str | None = None  # its revision before an upgrade
    owner: str | None = None
    backup_path: Path | None = None


def command_for(location: DatabaseLocation, command: str, role: str | None = None) -> str:
    """The command line that runs ``command`` on ``location`` (as ``role``), without a password."""
    if location.sqlite_path is not None:
        return f"ontwikkeltafel --db {location.sqlite_path} {command}"
    url = location.url
    if role not in (None, url.username):  # another role's: not this one's password, even masked
        url = url._replace(username=role, password=None)
        url = url.difference_update_query([name for name in url.query if is_secret_key(name)])
    return f"ontwikkeltafel --db-url {url_display(url)} {command}"


def _denied(exc: BaseException) -> bool:
    """Whether a driver error says the role may not do what it asked (SQLSTATE 42501)."""
    original = getattr(exc, "orig", exc)
    return getattr(original, "sqlstate", None) == _NO_PRIVILEGE


def read_schema(connection: Connection, location: DatabaseLocation) -> ServerSchema:
    """What the server database behind ``connection`` holds (a role without rights: refused)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    tables = inspect(connection).get_table_names()
    role = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
    if "alembic_version" not in tables:  # no schema of ours: the database's owner makes it
        owner = connection.exec_driver_sql(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).scalar()
        return ServerSchema(bool(tables), None, str(owner), role, True)
    # the table the search path finds, as the statements do: current_schema() may be an
    # empty schema named after the role ("$user", before public)
    owner, may_change = connection.exec_driver_sql(
        "SELECT pg_get_userbyid(relowner), pg_has_role(current_user, relowner, 'USAGE') "
        "FROM pg_class WHERE oid = to_regclass('alembic_version')"
    ).one()
    try:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError as exc:
        if not _denied(exc):
            raise
        raise UserError("shared.no_rights", url=location.display, role=role, owner=owner) from None
    return ServerSchema(True, revision, str(owner), role, bool(may_change))


def is_current(
    revision: str | None, has_tables: bool, where: str, scripts: str, *, server: bool = True
) -> bool | None:
    """Whether our schema is at the newest revision (None: no tables at all, so none yet).

    A database of another program, or of a newer version of the app, is refused.
    """
    if revision is None:
        if has_tables:
            raise UserError("shared.foreign" if server else "db.foreign", path=where)
        return None
    if revision == SCHEMA_REVISION and scripts == SCRIPT_LOCATION:
        return True
    from ontwikkeltafel.store.migrate import head_revision, is_known_revision

    if not is_known_revision(revision, scripts):
        raise UserError("db.too_new", path=where, revision=revision)
    return revision == head_revision(scripts)


def newest_revision(scripts: str) -> str:
    """The revision ``upgrade`` brings a database to."""
    if scripts == SCRIPT_LOCATION:
        return SCHEMA_REVISION
    from ontwikkeltafel.store.migrate import head_revision

    return head_revision(scripts)


def refuse_unready(location: DatabaseLocation, schema: ServerSchema, scripts: str) -> None:
    """Refuse a server database the app cannot use as it is: empty, foreign, too new, or old."""
    current = is_current(schema.revision, schema.has_tables, location.display, scripts)
    if current is None:
        command = command_for(location, "init", schema.owner)
        raise UserError(
            "shared.not_initialised", url=location.display, owner=schema.owner, command=command
        )
    if not current:
        raise UserError(
            "shared.needs_upgrade",
            url=location.display,
            revision=schema.revision,
            newest=newest_revision(scripts),
            owner=schema.owner,
            command=command_for(location, "upgrade", schema.owner),
        )


@contextmanager
def server_errors(location: DatabaseLocation) -> Iterator[None]:
    """Say a server that cannot be reached, or refuses us, in one line naming it (no password)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        log.exception("cannot open %s", location.display)
        reason = getattr(exc, "orig", None) or exc
        raise UserError("db.cannot_connect", url=location.display, reason=reason) from exc
    except StoreUnavailable as exc:
        if exc.key != CONNECTION_LOST:
            raise
        # Not reached at all, rather than lost: the server's own reason says why.
        log.exception("cannot open %s", location.display)
        reason = exc.__cause__ or exc
        raise UserError("db.cannot_connect", url=location.display, reason=reason) from exc


@contextmanager
def _server(location: DatabaseLocation) -> Iterator[Engine]:
    from ontwikkeltafel.store.engine import make_engine

    engine = make_engine(location)
    try:
        with server_errors(location):
            yield engine
    finally:
        engine.dispose()


def _locked(connection: Connection) -> None:
    """Take the lock every making and upgrading of the database takes, for the transaction."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})")


def init_database(location: DatabaseLocation, scripts: str = SCRIPT_LOCATION) -> Setup:
    """Give an empty database the newest schema, owned by the role connected (``init``).

    A database that has our schema already is left as it is (PRESENT, at its revision);
    one of another program is refused. A SQLite file is made as opening it makes it.
    """
    if location.sqlite_path is not None:
        return _init_sqlite(location, scripts)
    from ontwikkeltafel.store.creation import create_schema, is_empty

    with _server(location) as engine, engine.connect() as connection, connection.begin():
        _locked(connection)
        if not is_empty(connection):
            schema = read_schema(connection, location)
            is_current(schema.revision, True, location.display, scripts)
            assert schema.revision is not None
            return Setup(PRESENT, schema.revision, owner=schema.owner)
        role = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
        try:
            create_schema(connection)
        except Exception as exc:
            if not _denied(exc):
                raise
            log.info("role %s may not create the schema: %s", role, exc)
            raise UserError("shared.init_denied", url=location.display, role=role) from None
    log.info("made the schema of %s at revision %s", location.display, SCHEMA_REVISION)
    return Setup(MADE, SCHEMA_REVISION, owner=role)


def _init_sqlite(location: DatabaseLocation, scripts: str) -> Setup:
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.inspect_file import inspect_sqlite_file

    assert location.sqlite_path is not None
    state = inspect_sqlite_file(location.sqlite_path)
    where = str(location.sqlite_path)
    if is_current(state.revision, state.has_tables, where, scripts, server=False) is not None:
        assert state.revision is not None
        return Setup(PRESENT, state.revision)
    open_database(location, scripts).close()
    return Setup(MADE, newest_revision(scripts))


def upgrade_database(
    location: DatabaseLocation,
    scripts: str = SCRIPT_LOCATION,
    before: Callable[[str, str], None] = lambda _old, _new: None,
) -> Setup:
    """Migrate our schema to the newest revision (``upgrade``), as the role that owns it.

    ``before(old, new)`` is called just before migrating (to remind of the backup). A
    SQLite file is backed up first, as opening it does; on a server the backup is the
    owner's to make. An empty database, or a role that does not own the schema, is
    refused and nothing is changed; one at the newest revision is left as it is (CURRENT).
    """
    if location.sqlite_path is not None:
        return _upgrade_sqlite(location, scripts, before)
    from ontwikkeltafel.store.migrate import upgrade_to_head

    with _server(location) as engine:
        with engine.connect() as connection:
            schema = read_schema(connection, location)
        current = is_current(schema.revision, schema.has_tables, location.display, scripts)
        if current is None:
            command = command_for(location, "init", schema.owner)
            raise UserError("shared.upgrade_empty", url=location.display, command=command)
        assert schema.revision is not None
        if current:
            return Setup(CURRENT, schema.revision, owner=schema.owner)
        if not schema.may_change:
            raise _not_owner(location, schema)
        newest = newest_revision(scripts)
        before(schema.revision, newest)
        try:
            upgrade_to_head(engine, scripts)
        except Exception as exc:
            if not _denied(exc):
                raise
            log.info("role %s may not upgrade %s: %s", schema.role, location.display, exc)
            raise _not_owner(location, schema) from None
    log.info("upgraded %s from %s to %s", location.display, schema.revision, newest)
    return Setup(UPGRADED, newest, schema.revision, schema.owner)


def _not_owner(location: DatabaseLocation, schema: ServerSchema) -> UserError:
    return UserError(
        "shared.upgrade_not_owner",
        url=location.display,
        role=schema.role,
        owner=schema.owner,
        command=command_for(location, "upgrade", schema.owner),
    )


def _upgrade_sqlite(
    location: DatabaseLocation, scripts: str, before: Callable[[str, str], None]
) -> Setup:
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.inspect_file import inspect_sqlite_file

    assert location.sqlite_path is not None
    state = inspect_sqlite_file(location.sqlite_path)
    where = str(location.sqlite_path)
    current = is_current(state.revision, state.has_tables, where, scripts, server=False)
    if current is None:
        raise UserError("shared.upgrade_empty", url=where, command=command_for(location, "init"))
    assert state.revision is not None
    if current:
        return Setup(CURRENT, state.revision)
    newest = newest_revision(scripts)
    before(state.revision, newest)
    database = open_database(location, scripts)  # backs the file up, then migrates it
    database.close()
    return Setup(UPGRADED, newest, state.revision, backup_path=database.backup_path)

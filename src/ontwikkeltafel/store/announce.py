"""Committed changes announce themselves on PostgreSQL, so other windows refresh (NOTIFY).

Each transaction that changes records sends ``NOTIFY ontwikkeltafel, '<kind>:<ids>'``
(one payload per kind of record; the kinds are those of services/changes.py) in the
transaction itself: PostgreSQL delivers it at the commit and never for a rollback. A
payload over :data:`MAX_PAYLOAD` bytes is announced as :data:`EVERYTHING` instead.
Sessions of the app collect what they change (:func:`install`: ORM flushes, Core writes
through the session, rows of the history) and send it just before their commit; plain
SQL (the import) calls :func:`announce` itself. On SQLite nothing is sent: the window
there reads ``PRAGMA data_version`` (:func:`data_version`).

This module does not import SQLAlchemy at module level: the quick commands use it too.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker
    from sqlalchemy.pool import Pool

CHANNEL = "ontwikkeltafel"
EVERYTHING = "everything"
MAX_PAYLOAD = 8000  # PostgreSQL refuses payloads from 8,000 bytes on

#: Database table -> the kind of record (services/changes.py KINDS) its rows are.
KIND_OF_TABLE = {
    "organisations": "organisations",
    "people": "people",
    "themes": "themes",
    "tables": "tables",
    "meetings": "meetings",
    "concerns": "concerns",
    "practices": "practices",
    "development_points": "development_points",
    "actions": "actions",
    "agenda_items": "agenda_items",
    "decisions": "decisions",
    "attendance": "attendance",
    "table_members": "members",
    "agenda_template_items": "agenda_template",
}

#: The history's list names (store/history.py LIST_OF_TABLE) that differ from the kind.
_KIND_OF_LIST = {"agenda": "agenda_items"}

#: Rows without an id of their own: both ids they join are named.
_PAIR_KEYS = {"attendance": ("meeting_id", "person_id"), "table_members": ("table_id", "person_id")}

_PENDING = "announce_pending"  # key in Session.info: kind -> ids changed in the transaction

#: The backend pids that announced through each connection pool: a window ignores its own.
_SENDERS: weakref.WeakKeyDictionary[Pool, set[int]] = weakref.WeakKeyDictionary()


def kind_of_list(list_name: str) -> str:
    """The kind of record of a history list name (``agenda`` -> ``agenda_items``)."""
    return _KIND_OF_LIST.get(list_name, list_name)


def _quote(record_id: str) -> str:
    return record_id.replace("%", "%25").replace(",", "%2C")


def _unquote(text: str) -> str:
    return text.replace("%2C", ",").replace("%25", "%")


def payloads(changes: Mapping[str, Iterable[str]]) -> list[str]:
    """The payloads announcing ``changes`` (kind -> ids): one per kind, or ``everything``.

    Ids are separated by commas (a comma or percent sign inside an id is escaped).
    """
    if EVERYTHING in changes:
        return [EVERYTHING]
    found = []
    for kind in sorted(changes):
        text = f"{kind}:{','.join(sorted(_quote(i) for i in changes[kind]))}"
        if len(text.encode("utf-8")) >= MAX_PAYLOAD:
            return [EVERYTHING]
        found.append(text)
    return found


def parse(payload: str) -> tuple[str, frozenset[str]] | None:
    """The kind and ids of a payload; None for ``everything`` (or one not understood)."""
    kind, colon, ids = payload.partition(":")
    if not colon or not kind or kind == EVERYTHING:
        return None
    return kind, frozenset(_unquote(i) for i in ids.split(",") if i)


def own_backends(pool: Pool) -> set[int]:
    """The backend pids through which sessions on ``pool`` announced changes (live set)."""
    return _SENDERS.setdefault(pool, set())


def _remember_sender(connection: Connection) -> None:
    driver = connection.connection.dbapi_connection
    pid = getattr(getattr(driver, "info", None), "backend_pid", None)
    if isinstance(pid, int):
        own_backends(connection.engine.pool).add(pid)


def _send(connection: Connection, changes: Mapping[str, Iterable[str]]) -> None:
    from sqlalchemy import text

    sent = payloads(changes)
    if sent:
        _remember_sender(connection)
        statement = "SELECT pg_notify(:channel, p) FROM unnest(CAST(:payloads AS text[])) AS p"
        connection.execute(text(statement), {"channel": CHANNEL, "payloads": sent})


def announce(target: Any, kinds: Iterable[str], ids: Iterable[str] = ()) -> None:
    """Announce in ``target``'s transaction that records of ``kinds`` changed (PostgreSQL).

    ``target`` is a Plain (store/plain.py) or a SQLAlchemy connection; on SQLite nothing
    happens. ``ids`` name the records (of any of the kinds); many or none: the kinds alone.
    ``kinds`` may be ``[EVERYTHING]`` (an import: every list reads again). The
    announcement goes out when the transaction commits.
    """
    dialect = getattr(target, "dialect", None)
    if isinstance(dialect, str):  # a Plain: on sqlite3, or on a SQLAlchemy connection
        if dialect != "postgresql":
            return
        connection = target.connection
    else:
        connection = target
        if connection.dialect.name != "postgresql":
            return
    wanted = set(ids)
    _send(connection, {kind: wanted for kind in kinds})


def _postgresql(session: Session) -> bool:
    bind = session.get_bind()
    return bool(bind.dialect.name == "postgresql")


def note(session: Session, kind: str, ids: Iterable[str] = ()) -> None:
    """Remember that ``session`` changed records of ``kind`` (announced at its commit)."""
    if not _postgresql(session):
        return
    pending: dict[str, set[str]] = session.info.setdefault(_PENDING, {})
    pending.setdefault(kind, set()).update(ids)


def note_history(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    """Remember the records named by history rows ``rows`` (store/history.py ``write``)."""
    if not _postgresql(session):
        return
    pending: dict[str, set[str]] = session.info.setdefault(_PENDING, {})
    for row in rows:
        kind = kind_of_list(str(row["list"]))
        pending.setdefault(kind, set()).update(str(row["record_id"]).split("/"))


def _ids_of(obj: Any) -> list[str]:
    pair = _PAIR_KEYS.get(str(obj.__tablename__))
    names = pair or ("id",)
    return [str(value) for name in names if (value := getattr(obj, name, None)) is not None]


def _after_flush(session: Session, _context: object) -> None:
    """Note the records the ORM just wrote: new, changed and deleted objects."""
    if not _postgresql(session):
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = KIND_OF_TABLE.get(str(getattr(obj, "__tablename__", "")))
        if kind is not None:
            note(session, kind, _ids_of(obj))


def _kind_of_table(table: Any) -> str | None:
    """The kind of a table's rows; a link table's is that of the records it links from."""
    name = str(getattr(table, "name", ""))
    if name in KIND_OF_TABLE:
        return KIND_OF_TABLE[name]
    for column in getattr(table, "columns", ()):
        for key in column.foreign_keys:
            return KIND_OF_TABLE.get(key.column.table.name)
    return None


def _on_execute(state: ORMExecuteState) -> None:
    """A Core insert, update or delete through the session: note the kind it writes."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    kind = _kind_of_table(getattr(state.statement, "table", None))
    if kind is not None:
        note(state.session, kind)


def _before_commit(session: Session) -> None:
    """Send what the transaction changed, in it: out at the commit, never on a rollback."""
    if not _postgresql(session):
        return
    session.flush()  # what the commit would flush, noted first
    pending = session.info.pop(_PENDING, None)
    if pending:
        _send(session.connection(), pending)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # a rolled-back transaction's changes are forgotten
        session.info.pop(_PENDING, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Announce the changes of every session ``sessions`` makes (on PostgreSQL)."""
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_transaction_end", _after_transaction_end)


def data_version(dbapi_connection: Any) -> int:
    """SQLite's ``PRAGMA data_version`` of a connection: differs once another commits."""
    return int(dbapi_connection.execute("PRAGMA data_version").fetchone()[0])


def engine_of(sessions: Any) -> Any:
    """The engine a sessionmaker's sessions are bound to (None if there is none)."""
    return getattr(sessions, "kw", {}).get("bind")


def listening_connection(engine: Any) -> Any:
    """A connection of its own to ``engine``'s server, out of the pool, that LISTENs.

    In autocommit, so every notification is delivered as it arrives; made with the
    engine's own URL and options. The caller closes it.
    """
    raw = engine.raw_connection()
    driver = raw.driver_connection
    raw.detach()  # never back into the pool: it stays in autocommit, listening
    driver.rollback()
    driver.autocommit = True
    driver.execute(f"LISTEN {CHANNEL}")
    return driver


def notifications(connection: Any, timeout: float) -> Iterator[tuple[str, int]]:
    """The payloads and sending backend pids heard on ``connection`` within ``timeout`` s."""
    for notify in connection.notifies(timeout=timeout):
        yield notify.payload, notify.pid


def own_connection(engine: Any) -> Any:
    """A DBAPI connection of its own to ``engine``'s database, out of the pool (SQLite)."""
    raw = engine.raw_connection()
    driver = raw.driver_connection
    raw.detach()
    return driver

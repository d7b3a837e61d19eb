"""Committed changes announce themselves on PostgreSQL (NOTIFY), rolled-back ones never."""

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Meeting
from ontwikkeltafel.services.changes import KINDS
from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import announce
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url


def test_payloads_name_each_kind_and_escape_commas() -> None:
    sent = announce.payloads({"tables": {"t-2", "t,1"}, "meetings": {"m-1"}})
    assert sent == ["meetings:m-1", "tables:t%2C1,t-2"]
    assert announce.parse(sent[1]) == ("tables", frozenset({"t,1", "t-2"}))
    assert announce.parse("actions:") == ("actions", frozenset())
    assert announce.parse("everything") is None
    assert set(announce.KIND_OF_TABLE.values()) <= KINDS


def test_a_payload_over_8000_bytes_says_everything() -> None:
    ids = [f"actie-{n:05d}" for n in range(800)]  # 800 x 11 bytes
    assert announce.payloads({"actions": ids}) == ["everything"]
    assert announce.payloads({"actions": ids[:100]}) != ["everything"]


@pytest.fixture
def pg(pg_database_url: str, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document on a new PostgreSQL database."""
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


@pytest.fixture
def listening(pg_database_url: str) -> Iterator[psycopg.Connection[Any]]:
    """Another connection (as another program's) that LISTENs on the channel."""
    url = make_url(pg_database_url).set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {announce.CHANNEL}")
    yield connection
    connection.close()


def _heard(connection: psycopg.Connection[Any], timeout: float = 1.0) -> list[psycopg.Notify]:
    return list(connection.notifies(timeout=timeout))


def test_a_service_change_arrives_with_its_kind_and_id(
    pg: Database, listening: psycopg.Connection[Any]
) -> None:
    update_record(pg.session_factory, "tables", "tafel-1", {"title": "Tafel van de wijk"})
    heard = _heard(listening)
    assert "tables:tafel-1" in [n.payload for n in heard]
    assert {n.channel for n in heard} == {"ontwikkeltafel"}
    # the sender's backend is known as the window's own: it ignores its own changes
    assert {n.pid for n in heard} <= announce.own_backends(pg.engine.pool)


OTHER_PROGRAM = """
import sys
from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url
database = open_database(location_from_url(sys.argv[1]))
update_record(database.session_factory, "people", "p-anna", {"first_name": "Anne"})
database.close()
"""


def test_another_programs_change_arrives(
    pg: Database, pg_database_url: str, listening: psycopg.Connection[Any]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, pg_database_url], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    heard = _heard(listening)
    assert "people:p-anna" in [n.payload for n in heard]
    assert not {n.pid for n in heard} & announce.own_backends(pg.engine.pool)


def test_a_rolled_back_change_is_never_announced(
    pg: Database, listening: psycopg.Connection[Any]
) -> None:
    with pytest.raises(UserError):
        update_record(pg.session_factory, "tables", "tafel-1", {"title": ""})
    with pytest.raises(RuntimeError), write_transaction(pg.session_factory) as session:
        meeting = session.get(Meeting, "m-1")
        assert meeting is not None
        meeting.location = "Ergens anders"
        session.flush()
        raise RuntimeError("given up")
    assert _heard(listening, 0.5) == []
    update_record(pg.session_factory, "tables", "tafel-1", {"title": "Daarna wel"})
    assert [n.payload for n in _heard(listening)] == ["tables:tafel-1"]


def test_a_large_change_announces_everything(
    pg: Database, listening: psycopg.Connection[Any]
) -> None:
    with write_transaction(pg.session_factory) as session:
        announce.note(session, "actions", [f"actie-{n:05d}" for n in range(800)])
    assert [n.payload for n in _heard(listening)] == ["everything"]


def test_plain_sql_announces_through_announce(
    pg: Database, listening: psycopg.Connection[Any]
) -> None:
    with pg.plain(write=True) as plain:
        announce.announce(plain, ["people", "organisations"], ["p-1"])
    assert sorted(n.payload for n in _heard(listening)) == ["organisations:p-1", "people:p-1"]
    with pg.engine.begin() as connection:  # a SQLAlchemy connection, everything at once
        announce.announce(connection, [announce.EVERYTHING])
    assert [n.payload for n in _heard(listening)] == ["everything"]


@pytest.mark.sqlite_only("that SQLite, which has no NOTIFY, sends nothing")
def test_nothing_is_sent_on_sqlite(database: Database) -> None:
    with write_transaction(database.session_factory) as session:
        announce.note(session, "actions", ["a-1"])
        assert announce._PENDING not in session.info
    with database.plain(write=True) as plain:
        announce.announce(plain, ["people"], ["p-1"])  # no error: nothing to send

"""A server that stops answering (its processes stopped) is lost within seconds, not for ever."""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import engine as store_engine
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import init_database
from tests.pg_server import PostgresServer
from tests.ui.lost_server import frozen, new_database, own_server

LIMIT_MS = 1000  # the statement timeouts, made short for the test


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server of this test's own: the test freezes and thaws it."""
    own = own_server()
    yield own
    own.stop()


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """A filled database on the server."""
    url = new_database(server, "hung")
    init_database(location_from_url(url))
    database = open_database(location_from_url(url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


@pytest.fixture
def short(monkeypatch: pytest.MonkeyPatch) -> None:
    """Statement timeouts of a second: the client gives up a second after them."""
    monkeypatch.setattr(store_engine, "PG_READ_STATEMENT_TIMEOUT_MS", LIMIT_MS)
    monkeypatch.setattr(store_engine, "PG_WRITE_STATEMENT_TIMEOUT_MS", LIMIT_MS)


def test_the_windows_reads_and_writes_give_up_on_a_server_that_stops_answering(
    filled: Database, server: PostgresServer, short: None
) -> None:
    sessions = window_sessions(filled)
    assert read_record(sessions, "people", "p-anna") is not None  # a pooled connection, in use
    with frozen(server):
        began = time.monotonic()
        with pytest.raises(StoreUnavailable) as written, write_transaction(sessions) as saving:
            saving.execute(text("SELECT 1"))
        assert written.value.key == CONNECTION_LOST
        # The pooled connection's check gives up after its limit and a second, the new
        # connection the pool then tries after the connect timeout: seconds, not for ever.
        assert time.monotonic() - began < 2 + store_engine.PG_CONNECT_TIMEOUT_S + 1
        began = time.monotonic()
        with pytest.raises(StoreUnavailable) as read:
            read_record(sessions, "people", "p-anna")  # a new connection: no answer to it either
        assert read.value.key == CONNECTION_LOST
        assert time.monotonic() - began < store_engine.PG_CONNECT_TIMEOUT_S + 2
    # Thawed: the closed connections are gone from the pool, the next one answers.
    assert read_record(sessions, "people", "p-anna") is not None


def test_the_command_line_waits_for_its_work_as_long_as_it_takes(
    filled: Database, short: None
) -> None:
    window = window_sessions(filled)
    with window() as session:
        session.connection().exec_driver_sql("SELECT 1")
        assert session.connection().connection.dbapi_connection.answer_within_s == 2.0
    with filled.session_factory() as session:  # the same pool: no limit for an import
        session.connection().exec_driver_sql("SELECT pg_sleep(2.5)")
        assert session.connection().connection.dbapi_connection.answer_within_s is None


def test_a_dropped_network_is_noticed_by_keepalives(filled: Database) -> None:
    with filled.session_factory() as session:
        shown = {
            name: session.connection().exec_driver_sql(f"SHOW {name}").scalar()
            for name in ("tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count")
        }
    # The server's side of the same TCP connection says what the client asked for.
    assert shown == {
        "tcp_keepalives_idle": "0",  # unix socket or server default: the client's own count
        "tcp_keepalives_interval": "0",
        "tcp_keepalives_count": "0",
    } or shown["tcp_keepalives_idle"] in {"5", "7200"}
    driver = filled.engine.raw_connection().dbapi_connection
    assert driver is not None
    params = driver.info.get_parameters()
    assert params["keepalives_idle"] == "5" and params["connect_timeout"] == "5"

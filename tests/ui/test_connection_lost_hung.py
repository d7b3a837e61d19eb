"""A server that stops answering (its processes stopped) is lost within seconds, not for ever."""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store import engine as store_engine
from ontwikkeltafel.store.answering import AnsweringConnection
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.saves import SAVE_WAIT_LIMIT_MS
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on, open_page, practice_region
from tests.ui.lost_server import Heartbeat, frozen

FROZEN_MS = 500  # an event loop that did not turn for this long: a frozen window
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """A filled database on the server."""
    yield from filled_on(server, "hung", write_json, document)


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


def _limit(session: Any) -> float | None:
    """How long the session's connection waits for the server's answer (None: no limit)."""
    driver = session.connection().connection.dbapi_connection
    assert isinstance(driver, AnsweringConnection)
    return driver.answer_within_s


def test_the_command_line_waits_for_its_work_as_long_as_it_takes(
    filled: Database, short: None
) -> None:
    window = window_sessions(filled)
    with window() as session:
        session.connection().exec_driver_sql("SELECT 1")
        assert _limit(session) == 2.0
    with filled.session_factory() as session:  # the same pool: no limit for an import
        session.connection().exec_driver_sql("SELECT pg_sleep(2.5)")
        assert _limit(session) is None


def test_a_dropped_network_is_noticed_by_keepalives(filled: Database) -> None:
    driver = filled.engine.raw_connection().dbapi_connection
    assert driver is not None
    params = driver.info.get_parameters()
    assert params["keepalives"] == "1" and params["keepalives_idle"] == "5"
    assert params["tcp_user_timeout"] == "10000" and params["connect_timeout"] == "5"


def test_a_form_keeps_its_input_and_the_window_answers_while_the_server_is_frozen(
    server: PostgresServer, filled: Database, short: None, qtbot: Any
) -> None:
    window = MainWindow(window_sessions(filled), filled.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    with frozen(server):
        region.setFocus()
        began = time.monotonic()
        with qtbot.waitSignal(page.form.binder.waiting, timeout=15_000):
            qtbot.keyClicks(region, "Utrecht centrum")
        assert time.monotonic() - began < 2 + store_engine.PG_CONNECT_TIMEOUT_S + 2
        assert window.connection.banner.isVisible() and not window.connection.connected
        beats = Heartbeat()
        qtbot.keyClicks(region, " oost")  # typed on: kept, not tried while the server is away
        region.clearFocus()  # leaving the field tries nothing either
        qtbot.wait(6000)  # the window's probe asks, off the UI thread, and waits in vain
        assert beats.longest_gap_ms() < FROZEN_MS  # the window went on answering meanwhile
        assert page.form.binder.pending() == {"region": "Utrecht centrum oost"}
        assert window.connection.banner.isVisible()
    qtbot.waitUntil(lambda: not page.form.binder.pending(), timeout=BACK_WITHIN_MS)
    stored = read_record(filled.session_factory, "practices", "pr-consulent")
    assert stored is not None and stored["region"] == "Utrecht centrum oost"
    qtbot.waitUntil(lambda: window.connection.connected, timeout=2000)
    assert not window.connection.banner.isVisible()


def test_an_undo_on_a_frozen_server_never_holds_the_window_and_is_stored_once_thawed(
    server: PostgresServer, filled: Database, short: None, qtbot: Any
) -> None:
    window, form, region = practice_region(qtbot, filled)
    before = region.text()
    region.setFocus()
    qtbot.keyClicks(region, " oost")
    assert form.binder.flush()
    refused: list[object] = []
    window.notifier.failed.connect(refused.append)  # the message box the window would show
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        window.undo_stack.undo()  # the saves' thread waits on the server, the window does not
        assert time.monotonic() - began < SAVE_WAIT_LIMIT_MS / 1000 + 1
        assert beats.longest_gap_ms() < FROZEN_MS
        qtbot.waitUntil(window.connection.banner.isVisible, timeout=2000)
        qtbot.waitUntil(lambda: window.undo_stack.index() == 1, timeout=2000)  # the step stays
        assert not refused  # the banner only
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0, timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: _region(filled) == before, timeout=5000)
    assert not refused


def _region(database: Database) -> str:
    stored = read_record(database.session_factory, "practices", "pr-consulent")
    assert stored is not None
    return str(stored["region"])

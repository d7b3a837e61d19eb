"""A lost connection loses nothing: two windows on one PostgreSQL server that stops and starts."""

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import engine as store_engine
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import init_database
from ontwikkeltafel.ui.core.crash_reporting import CrashReporter
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.connection import ConnectionWatch
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.status_bar import ConnectionLabel, DatabaseLabel
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, open_page, sized_window
from tests.ui.lost_server import Heartbeat, new_database, start_again, stop

MINE = "Verslag getypt terwijl de server weg is."
THEIRS = "Ook in het andere venster getypt."
BACK_WITHIN_MS = 15_000  # the longest wait between tries (10 s) and a little more
FROZEN_MS = 500  # an event loop that did not turn for this long: a frozen window


@pytest.fixture
def shared(
    server: PostgresServer, write_json: Any, document: dict[str, Any]
) -> Iterator[tuple[str, Database, Database]]:
    """One filled database on the server, opened twice (two people's programs), and its URL."""
    url = new_database(server, "lost")
    init_database(location_from_url(url))
    first = open_database(location_from_url(url))
    import_file(first.session_factory, write_json(document))
    reopen(first.session_factory, "m-1", "de tests wijzigen het verslag")
    second = open_database(location_from_url(url))
    yield url, first, second
    first.close()
    second.close()


def _meeting(window: MainWindow, item_id: str) -> MeetingPage:
    window.open_record("meetings", "m-1")
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    page.select_item(item_id)
    return page


def _type_while_gone(qtbot: Any, window: MainWindow, page: MeetingPage, typed: str) -> None:
    """Type into the minutes and wait until autosave finds the server gone."""
    activate(qtbot, window)
    minutes = page.editor_panel.minutes
    minutes.setFocus()
    minutes.selectAll()
    with qtbot.waitSignal(page.editor_panel.text.waiting, timeout=10_000):
        qtbot.keyClicks(minutes, typed)


def _status_labels(window: MainWindow) -> tuple[str, str]:
    bar = window.statusBar()
    named, connected = bar.findChild(DatabaseLabel), bar.findChild(ConnectionLabel)
    assert named is not None and connected is not None and connected.isVisible()
    return named.text(), connected.text()


def _region(database: Database) -> str:
    stored = read_record(database.session_factory, "practices", "pr-consulent")
    assert stored is not None
    return str(stored["region"])


def _minutes(database: Database, item_id: str) -> str:
    stored = read_record(database.session_factory, "agenda_items", item_id)
    assert stored is not None
    return str(stored["minutes"])


def test_the_server_stops_and_starts_again_and_nothing_typed_is_lost(
    server: PostgresServer,
    shared: tuple[str, Database, Database],
    qtbot: Any,  # after the server: the windows close before it goes
    capfd: pytest.CaptureFixture[str],
) -> None:
    url, first, second = shared
    mine, theirs = sized_window(qtbot, first), sized_window(qtbot, second)
    mine_page, their_page = _meeting(mine, "ai-2"), _meeting(theirs, "ai-1")
    where = f"127.0.0.1:{server.port}/{make_url(url).database}"
    assert _status_labels(mine) == (f"Database: {where}", "verbonden")
    assert not mine.connection.banner.isVisible()

    stop(server)
    _type_while_gone(qtbot, mine, mine_page, MINE)
    _type_while_gone(qtbot, theirs, their_page, THEIRS)
    for window, page, typed in ((mine, mine_page, MINE), (theirs, their_page, THEIRS)):
        banner = window.connection.banner
        assert banner.isVisible()
        assert banner.text.text().startswith("Verbinding met de database verbroken.")
        assert "Opnieuw proberen over" in banner.text.text()
        assert banner.button.text() == "Nu opnieuw proberen"
        assert page.editor_panel.minutes.toPlainText() == typed  # kept in the field
        assert page.editor_panel.text.pending() == {"minutes": typed}  # not stored
        assert page.notice.isVisible() and "Nog niet opgeslagen" in page.notice.text()
        assert _status_labels(window) == (f"Database: {where}", "verbinding verbroken")
    beats = Heartbeat()
    mine.connection.banner.button.click()  # tried now: still gone, nothing breaks
    qtbot.wait(2500)  # a few tries more, with a growing wait
    assert mine.connection.banner.isVisible() and mine_page.editor_panel.text.pending()
    assert beats.longest_gap_ms() < FROZEN_MS  # the window went on answering meanwhile

    said: dict[MainWindow, list[str]] = {mine: [], theirs: []}
    for window, messages in said.items():
        window.statusBar().messageChanged.connect(messages.append)
    start_again(server)
    binders = (mine_page.editor_panel.text, their_page.editor_panel.text)
    qtbot.waitUntil(lambda: not any(b.pending() for b in binders), timeout=BACK_WITHIN_MS)
    for window in (mine, theirs):
        qtbot.waitUntil(lambda w=window: w.connection.connected, timeout=2000)
        assert not window.connection.banner.isVisible()
        assert _status_labels(window)[1] == "verbonden"
        # (a colleague's change heard live may say its own word after it)
        assert any(message.startswith("Verbinding hersteld") for message in said[window])
    assert not mine_page.notice.isVisible()
    assert (_minutes(first, "ai-2"), _minutes(second, "ai-1")) == (MINE, THEIRS)
    assert "Traceback" not in capfd.readouterr().err


def test_a_form_keeps_its_input_in_a_window_of_1280_by_720(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    stop(server)
    region.setFocus()
    with qtbot.waitSignal(page.form.binder.waiting, timeout=10_000):
        qtbot.keyClicks(region, "Utrecht centrum")
    for _round in range(3):  # the layouts settle through posted events
        QApplication.processEvents()
    assert window.connection.banner.isVisible()
    assert window.size() == QSize(1280, 720)  # the banner fits: the window is not pushed larger
    assert "Nog niet opgeslagen" in page.form.error.text()
    if os.environ.get("CONNECTION_SCREENSHOT"):
        window.grab().save(os.environ["CONNECTION_SCREENSHOT"])
    start_again(server)
    qtbot.waitUntil(lambda: not page.form.binder.pending(), timeout=BACK_WITHIN_MS)
    stored = read_record(first.session_factory, "practices", "pr-consulent")
    assert stored is not None and stored["region"] == "Utrecht centrum"
    qtbot.waitUntil(lambda: not window.connection.banner.isVisible(), timeout=2000)


def test_the_button_stores_at_once_when_the_server_is_back(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    stop(server)
    region.setFocus()
    with qtbot.waitSignal(page.form.binder.waiting, timeout=10_000):
        qtbot.keyClicks(region, "Utrecht centrum")
    qtbot.wait(2000)  # the wait has grown past a second
    start_again(server)
    assert page.form.binder.pending()
    window.connection.banner.button.click()
    assert not page.form.binder.pending()
    assert window.connection.connected and not window.connection.banner.isVisible()
    stored = read_record(first.session_factory, "practices", "pr-consulent")
    assert stored is not None and stored["region"] == "Utrecht centrum"


def test_a_list_read_while_the_server_is_away_shows_the_banner_not_a_crash(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any, tmp_path: Path
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    reporter = CrashReporter(tmp_path / "ontwikkeltafel.log", window)  # the app's excepthook
    stop(server)
    with pytest.raises(StoreUnavailable) as lost:  # as a list opened now would, in a slot
        read_record(window.sessions, "people", "p-1")
    reporter.excepthook(StoreUnavailable, lost.value, lost.value.__traceback__)
    assert reporter.box is None  # no "Er ging iets mis"
    assert window.connection.banner.isVisible() and not window.connection.connected
    start_again(server)
    qtbot.waitUntil(lambda: window.connection.connected, timeout=BACK_WITHIN_MS)
    assert not window.connection.banner.isVisible()


def test_a_sqlite_window_names_its_file_and_shows_no_connection(
    qtbot: Any, database: Database
) -> None:
    window = MainWindow(window_sessions(database), str(database.location.display))
    qtbot.addWidget(window)
    labels = [label for label in window.statusBar().findChildren(QLabel) if label.isVisible()]
    assert isinstance(window.connection, ConnectionWatch) and not window.connection.server
    assert not any(isinstance(label, ConnectionLabel) for label in labels)
    assert not window.connection.banner.isVisible()


def test_the_windows_statements_give_up_within_seconds_the_command_lines_do_not(
    server: PostgresServer,
    shared: tuple[str, Database, Database],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, first, _second = shared
    monkeypatch.setattr(store_engine, "PG_READ_STATEMENT_TIMEOUT_MS", 1000)
    monkeypatch.setattr(store_engine, "PG_WRITE_STATEMENT_TIMEOUT_MS", 1000)
    sessions = window_sessions(first)
    holder = create_engine(url)
    try:
        with holder.connect() as connection:
            # A colleague's long migration, say: every read of the table waits for it.
            connection.exec_driver_sql("LOCK TABLE agenda_items IN ACCESS EXCLUSIVE MODE")
            began = time.monotonic()
            with pytest.raises(StoreUnavailable) as read:
                read_record(sessions, "agenda_items", "ai-2")
            assert read.value.key == CONNECTION_LOST and time.monotonic() - began < 4
            began = time.monotonic()
            with pytest.raises(StoreUnavailable) as written, write_transaction(sessions) as saving:
                saving.execute(text("SELECT pg_sleep(10)"))  # a save that hangs
            assert written.value.key == CONNECTION_LOST and time.monotonic() - began < 4
            connection.rollback()
    finally:
        holder.dispose()
    with first.session_factory() as session:  # imports, exports, upgrade: no limit
        assert session.connection().exec_driver_sql("SHOW statement_timeout").scalar() == "0"
    with sessions() as session:
        timeout = session.connection().exec_driver_sql("SHOW statement_timeout").scalar()
        assert timeout == "1s"


def test_a_list_opened_while_the_server_is_away_fills_when_it_is_back(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    stop(server)
    page = window.show_page("practices")  # its frame, at once: no crash, no waiting
    assert isinstance(page, EditingPage) and window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.unread, timeout=10_000)
    assert page.count_label.text() == "niet geladen"
    assert page.hint.text().startswith("Niet geladen: de server is niet bereikbaar.")
    assert page.body.currentWidget() is page.hint
    qtbot.waitUntil(window.connection.banner.isVisible, timeout=2000)
    start_again(server)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=BACK_WITHIN_MS)
    assert page.count_label.text() == "1 goed voorbeeld" and page.body.currentWidget() is page.view
    qtbot.waitUntil(lambda: window.connection.connected, timeout=2000)


def test_a_list_with_filter_choices_opens_while_the_server_is_away(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    stop(server)
    page = window.show_page("actions")  # its choices of tables and states: read later
    assert isinstance(page, EditingPage) and window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.unread, timeout=10_000)
    assert window.connection.banner.isVisible()
    start_again(server)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=BACK_WITHIN_MS)
    combo = page.combos[-1][0]
    combo.load()  # as opening the box or giving it focus does: its choices read now
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=5000)  # (off the UI thread)


def test_an_undo_while_the_server_is_away_shows_the_banner_only_and_is_stored_when_back(
    server: PostgresServer, shared: tuple[str, Database, Database], qtbot: Any
) -> None:
    _url, first, _second = shared
    window = sized_window(qtbot, first)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    assert isinstance(region, QLineEdit)
    before = region.text()
    region.setFocus()
    qtbot.keyClicks(region, " oost")
    assert page.form.binder.flush()
    refused: list[object] = []
    window.notifier.failed.connect(refused.append)  # the message box the window would show
    stop(server)
    window.undo_stack.undo()
    qtbot.waitUntil(window.connection.banner.isVisible, timeout=10_000)
    assert not refused  # the banner only: no message of the step's own
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1, timeout=2000)  # the step stays
    assert window.undo_stack.canUndo()
    start_again(server)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0, timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: _region(first) == before, timeout=5000)
    assert not refused

"""Closing the window while the server is away asks: wait (the default) or close and lose it.

Issue 15, point 3: input "not stored yet" because the PostgreSQL server cannot be reached
is lost when the window closes. Closing then asks a clear question instead of refusing
with a status-bar line: "Wachten" keeps the window open and the retry going, "Toch
afsluiten" closes it.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import engine as store_engine
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import init_database
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, open_page
from tests.ui.lost_server import new_database, own_server, start_again, stop

LIMIT_MS = 1000  # the statement timeouts, made short for the test
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more
QUESTION = (
    "Niet alles is opgeslagen: de server is niet bereikbaar. "
    "Wat u typte gaat verloren als u nu afsluit."
)


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server of this test's own: the test stops and starts it."""
    own = own_server()
    yield own
    own.stop()


@pytest.fixture
def filled(
    server: PostgresServer,
    write_json: Any,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Database]:
    """A filled database on the server (statement timeouts of a second)."""
    monkeypatch.setattr(store_engine, "PG_READ_STATEMENT_TIMEOUT_MS", LIMIT_MS)
    monkeypatch.setattr(store_engine, "PG_WRITE_STATEMENT_TIMEOUT_MS", LIMIT_MS)
    url = new_database(server, "closing")
    init_database(location_from_url(url))
    database = open_database(location_from_url(url))
    import_file(database.session_factory, write_json(document))
    yield database
    database.close()


def _typed_while_away(
    qtbot: Any, server: PostgresServer, database: Database
) -> tuple[MainWindow, Any, QLineEdit]:
    """A window whose practice form holds 'Utrecht', not stored: the server is away."""
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    page = open_page(window, "practices")
    assert page.open_record("pr-consulent")
    region = page.form.field("region")
    assert isinstance(region, QLineEdit)
    stop(server)
    region.setFocus()
    region.selectAll()
    qtbot.keyClicks(region, "Utrecht")
    binder = page.form.binder
    qtbot.waitUntil(binder.server_away, timeout=15_000)  # the banner: not stored yet
    assert binder.is_waiting and binder.pending() == {"region": "Utrecht"}
    return window, binder, region


def _answer(button: str, seen: list[QMessageBox]) -> None:
    """Click ``button`` on the question as soon as it shows (the close waits for it)."""

    tries = iter(range(250))  # five seconds at most: no stray timer outlives the test

    def look() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            if next(tries, None) is not None:
                QTimer.singleShot(20, look)
            return
        box = boxes[0]
        seen.append(box)
        texts = {b.text(): b for b in box.buttons()}
        assert box.defaultButton() is texts["Wachten"]
        texts[button].click()

    QTimer.singleShot(20, look)


def _question_seen(seen: list[QMessageBox]) -> None:
    assert len(seen) == 1  # before: no question, a line in the status bar
    assert seen[0].text() == QUESTION
    assert sorted(b.text() for b in seen[0].buttons()) == ["Toch afsluiten", "Wachten"]


def test_waiting_keeps_the_window_open_and_the_input_is_stored_once_back(
    server: PostgresServer, filled: Database, qtbot: Any
) -> None:
    window, binder, region = _typed_while_away(qtbot, server, filled)
    seen: list[QMessageBox] = []
    _answer("Wachten", seen)
    assert not window.close()
    _question_seen(seen)
    assert window.isVisible() and region.text() == "Utrecht"
    assert binder.is_waiting  # the retry goes on
    start_again(server)
    qtbot.waitUntil(lambda: not binder.pending(), timeout=BACK_WITHIN_MS)
    values = read_record(filled.session_factory, "practices", "pr-consulent")
    assert values is not None and values["region"] == "Utrecht"


def test_closing_anyway_closes_the_window_and_stops_trying(
    server: PostgresServer, filled: Database, qtbot: Any
) -> None:
    window, binder, _region = _typed_while_away(qtbot, server, filled)
    seen: list[QMessageBox] = []
    _answer("Toch afsluiten", seen)
    assert window.close()  # before: refused, the window stayed open
    _question_seen(seen)
    assert not window.isVisible()
    assert not binder.is_waiting  # no retry after the window is gone

"""The list pages' filter boxes read their choices off the UI thread on PostgreSQL (issue 15, 3).

Tables, themes and owners come from the database: on a server a box says "laden…" until
they come (the list itself is not held), opens when they come if it was opened before,
says "niet geladen" while the server is away and is filled when it is back; a frozen
server never holds the window. Fixed choices (periods, statuses) and a SQLite file: at once.
"""

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists import filters, kinds
from ontwikkeltafel.ui.lists.choice_box import ChoiceBox, LazyChoices, reads_database
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on
from tests.ui.held_calls import FROZEN_MS, WAIT_S
from tests.ui.lost_server import Heartbeat, frozen, start_again, stop

BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more


class Gate:
    """A choices function that waits for the test to open its gate (registered as reading)."""

    def __init__(self, load: Callable[..., Any]) -> None:
        self.load = load
        self.opened = threading.Event()
        reads_database(self)

    def __call__(self, *arguments: Any) -> Any:
        self.opened.wait(WAIT_S)
        return self.load(*arguments)


def _page(qtbot: Any, database: Database, spec: Any) -> RecordListPage:
    began = time.monotonic()
    page = RecordListPage(window_sessions(database), spec)
    assert time.monotonic() - began < 1  # the page did not wait for its choices
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    return page


def _labels(combo: ChoiceBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_box_of_tables_on_a_server_says_laden_until_they_come(
    qtbot: Any, server_database: Database
) -> None:
    gate = Gate(filters.table_choices)
    spec = kinds.meetings()
    page = _page(qtbot, server_database, replace(spec, filters=[gate, filters.period_choices]))
    tables, periods = (combo for combo, _choices in page.combos)
    assert _labels(tables) == ["laden…"] and (tables.waiting or tables.reading)
    assert periods.count() == 5 and periods.itemText(0) == "Alle perioden"  # fixed: at once
    assert page.filters() == {}  # "laden…" filters nothing
    gate.opened.set()
    qtbot.waitUntil(lambda: not (tables.waiting or tables.reading), timeout=WAIT_S * 1000)
    assert _labels(tables) == ["Alle tafels", "Onderwijs en zorg vinden elkaar!"]
    assert tables.currentIndex() == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_S * 1000)
    tables.setCurrentIndex(1)  # the choice filters the list
    assert page.filters() == {"table_id": "tafel-1"}


def test_a_page_s_boxes_read_their_choices_once_its_list_is_in(
    qtbot: Any, server_database: Database
) -> None:
    """Opening a list on a server: its own reading goes first, alone (quicker, issue 15, 8).

    The table box's reading ran beside the list's first one and slowed it (the action
    list's opening 102 -> 87 ms without it, ui_steps, five processes).
    """
    calls: list[str] = []
    spec = kinds.actions()
    ids_gate = threading.Event()

    def fetch_ids(*arguments: Any, **filters: Any) -> list[str]:
        ids_gate.wait(WAIT_S)
        calls.append("ids")
        return spec.fetch_ids(*arguments, **filters)

    def table_choices(sessions: Any) -> Any:
        calls.append("tables")
        return filters.table_choices(sessions)

    reads_database(table_choices)
    boxes = [filters.action_state_choices, table_choices]
    gated = replace(spec, fetch_ids=fetch_ids, filters=boxes)
    page = _page(qtbot, server_database, gated)
    tables = page.combos[-1][0]
    assert _labels(tables) == ["laden…"] and tables.waiting
    assert tables.background is not None and tables.background.busy == 0  # not begun
    assert page.model.loading
    ids_gate.set()
    qtbot.waitUntil(lambda: tables.count() > 1, timeout=WAIT_S * 1000)
    assert calls == ["ids", "tables"]
    assert _labels(tables)[0] == "Alle tafels" and not tables.waiting


def test_a_box_used_before_the_list_is_in_reads_its_choices_at_once(
    qtbot: Any, server_database: Database
) -> None:
    ids_gate = threading.Event()
    spec = kinds.meetings()

    def fetch_ids(*arguments: Any, **filters: Any) -> list[str]:
        ids_gate.wait(WAIT_S)
        return spec.fetch_ids(*arguments, **filters)

    page = _page(qtbot, server_database, replace(spec, fetch_ids=fetch_ids))
    tables = page.combos[0][0]
    assert tables.waiting
    tables.setFocus()
    tables.load()  # as its focus or its popup does
    assert not tables.waiting
    qtbot.waitUntil(lambda: tables.count() > 1, timeout=WAIT_S * 1000)
    assert page.model.loading  # the list still on its way
    ids_gate.set()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT_S * 1000)


def test_a_lazy_box_opened_before_its_choices_came_opens_when_they_come(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []  # the popup (offscreen it would only warn): how many choices then
    monkeypatch.setattr(QComboBox, "showPopup", lambda box: opened.append(box.count()))
    gate = Gate(filters.owner_choices)
    spec = kinds.actions()
    first = spec.filters[1]
    assert isinstance(first, LazyChoices)
    page = _page(qtbot, server_database, replace(spec, filters=[LazyChoices(first.first, gate)]))
    owners = page.combos[0][0]
    assert _labels(owners) == ["Iedereen"]
    owners.showPopup()  # before: read on the UI thread, the window waiting
    assert owners.reading and opened == []
    gate.opened.set()
    qtbot.waitUntil(lambda: opened != [], timeout=WAIT_S * 1000)
    assert opened == [owners.count()] and owners.count() > 1
    assert owners.itemText(0) == "Iedereen" and owners.currentIndex() == 0


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The test data on a server of the test's own (it stops, starts and freezes it)."""
    yield from filled_on(server, "choices", write_json, document)


def _window(qtbot: Any, database: Database) -> MainWindow:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    return window


def test_a_box_read_while_the_server_is_away_is_filled_when_it_is_back(
    qtbot: Any, server: PostgresServer, filled: Database
) -> None:
    window = _window(qtbot, filled)
    stop(server)
    page = window.show_page("concerns")  # themes and tables: not read
    assert isinstance(page, RecordListPage)
    themes = page.combos[1][0]
    qtbot.waitUntil(lambda: themes.unread, timeout=10_000)
    assert _labels(themes) == ["niet geladen"]
    qtbot.waitUntil(window.connection.banner.isVisible, timeout=2000)
    start_again(server)
    qtbot.waitUntil(lambda: themes.count() > 1, timeout=BACK_WITHIN_MS)
    assert themes.itemText(0) == "Alle thema's" and not themes.unread


def test_a_frozen_server_never_holds_the_window_when_a_page_reads_its_choices(
    qtbot: Any, server: PostgresServer, filled: Database, short: None
) -> None:
    window = _window(qtbot, filled)
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        page = window.show_page("actions")  # before: its tables read on the UI thread
        assert time.monotonic() - began < 0.5
        assert isinstance(page, RecordListPage)
        tables = page.combos[-1][0]
        assert _labels(tables) == ["laden…"]
        qtbot.wait(3000)  # past the read's limit (a second here) and a second more
        assert beats.longest_gap_ms() < FROZEN_MS
    qtbot.waitUntil(lambda: tables.count() > 1, timeout=BACK_WITHIN_MS)


def test_the_boxes_on_a_sqlite_file_are_read_at_once(qtbot: Any, filled_sqlite: Database) -> None:
    page = _page(qtbot, filled_sqlite, kinds.concerns())
    assert all(combo.background is None for combo, _choices in page.combos)
    assert [combo.itemText(0) for combo, _choices in page.combos] == [
        "Alle statussen",
        "Alle thema's",
        "Vragen, zorgen en knelpunten",
        "Alle tafels",
    ]


@pytest.fixture
def filled_sqlite(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The test data in a SQLite file."""
    from ontwikkeltafel.services.exchange_files import import_file

    import_file(database.session_factory, write_json(document))
    return database

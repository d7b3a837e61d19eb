"""Lists on a PostgreSQL server are read off the UI thread: "laden…", stale results dropped."""

import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.kinds import people
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from tests.ui.held_calls import WAIT_S, Gates


def _page(qtbot: Any, database: Database, gates: Gates) -> RecordListPage:
    spec = replace(people(), fetch_ids=gates)
    began = time.monotonic()
    page = RecordListPage(window_sessions(database), spec)
    assert time.monotonic() - began < 1  # the page did not wait for its ids
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    return page


def test_a_list_on_a_server_says_laden_until_its_rows_come(
    qtbot: Any, qtmodeltester: Any, server_database: Database
) -> None:
    gates = Gates(people().fetch_ids)
    page = _page(qtbot, server_database, gates)
    assert page.model.loading and page.count_label.text() == "laden…"
    assert page.body.currentWidget() is page.hint and page.hint.text() == "Laden…"
    gates.open(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_S * 1000)
    assert page.count_label.text() == "3 personen"
    assert page.body.currentWidget() is page.view
    # The rows themselves come off the UI thread too: the names show once they are read.
    qtbot.waitUntil(lambda: page.model.cached_rows == 3, timeout=WAIT_S * 1000)
    names = {page.model.index(row, 0).data() for row in range(3)}
    assert names == {"Anna de Vries", "Bas Bakker", "IJsbrand van der Berg"}
    qtmodeltester.check(page.model)


def test_ids_read_for_a_list_since_refiltered_are_dropped(
    qtbot: Any, server_database: Database
) -> None:
    gates = Gates(people().fetch_ids)
    page = _page(qtbot, server_database, gates)
    page.search.setText("Anna")
    page.apply_filters()  # a second reading, for the filter
    qtbot.waitUntil(lambda: len(gates.gates) == 2, timeout=WAIT_S * 1000)
    gates.open(1)  # the filtered one comes first ...
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_S * 1000)
    assert not page.model.loading
    gates.open(0)  # ... and the first reading, come late, changes nothing
    qtbot.wait(300)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 persoon"


def test_sorting_a_list_on_a_server_keeps_the_chosen_row_chosen(
    qtbot: Any, server_database: Database
) -> None:
    gates = Gates(people().fetch_ids)
    page = _page(qtbot, server_database, gates)
    gates.open(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_S * 1000)
    page.view.selectRow(0)
    chosen = page.model.row_id(0)
    page.model.sort(0, Qt.SortOrder.DescendingOrder)  # as a click on the header asks
    qtbot.waitUntil(lambda: len(gates.gates) == 2, timeout=WAIT_S * 1000)
    assert page.model.row_id(0) == chosen  # the old order stays until the new one comes
    gates.open(1)
    qtbot.waitUntil(lambda: page.model.row_id(2) == chosen, timeout=WAIT_S * 1000)
    assert [i.row() for i in page.view.selectionModel().selectedRows()] == [2]


def test_a_list_on_a_sqlite_file_is_read_at_once(qtbot: Any, filled: Database) -> None:
    page = RecordListPage(window_sessions(filled), people())
    qtbot.addWidget(page)
    assert page.model.background is None and not page.model.loading
    assert page.model.rowCount() == 3 and page.count_label.text() == "3 personen"

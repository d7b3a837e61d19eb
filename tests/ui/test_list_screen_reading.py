"""On a server a list reads the rows in view with its ids, in one call off the UI thread.

Opening or sorting the list so shows its rows at once, without a second trip for them
after the ids (and a paint of empty rows between).
"""

import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.model import Person
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.ui.lists.kinds import people
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.models.lazy_table import SCREEN

WAIT_MS = 5000


class RowReads:
    """The people list's rows, read as the list asks; each call kept: (on the UI thread, ids)."""

    def __init__(self) -> None:
        self.calls: list[tuple[bool, list[str]]] = []

    def __call__(self, sessions: SessionFactory, ids: Sequence[str]) -> Sequence[Any]:
        on_ui_thread = threading.current_thread() is threading.main_thread()
        self.calls.append((on_ui_thread, list(ids)))
        return people().fetch_rows(sessions, ids)


def _page(qtbot: Any, database: Database, reads: RowReads) -> RecordListPage:
    page = RecordListPage(window_sessions(database), replace(people(), fetch_rows=reads))
    qtbot.addWidget(page)
    page.resize(900, 500)
    return page


def _in_view(page: RecordListPage) -> list[int]:
    view = page.view
    top, bottom = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    return list(range(top, (bottom if bottom >= 0 else page.model.rowCount() - 1) + 1))


def test_the_rows_come_with_the_ids(
    qtbot: Any, qtmodeltester: Any, server_database: Database
) -> None:
    reads = RowReads()
    page = _page(qtbot, server_database, reads)
    cached_when_shown: list[int] = []
    page.model.modelReset.connect(lambda: cached_when_shown.append(page.model.cached_rows))
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    assert cached_when_shown == [3]  # the rows were there as the ids were shown
    assert [on_ui for on_ui, _ids in reads.calls] == [False]  # one read, off the UI thread
    page.view.viewport().repaint()
    assert not page.model.pending  # nothing more to read for the rows in view
    qtmodeltester.check(page.model)
    # A sort: the new order and its rows in view in one reading again.
    cached_when_sorted: list[bool] = []
    page.model.layoutChanged.connect(
        lambda: cached_when_sorted.append(page.model.index(0, 0).data() is not None)
    )
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: bool(cached_when_sorted), timeout=WAIT_MS)
    assert cached_when_sorted == [True]
    assert len(reads.calls) == 2 and not reads.calls[1][0]
    names = [page.model.index(row, 0).data() for row in range(3)]
    assert names == ["Anna de Vries", "IJsbrand van der Berg", "Bas Bakker"]
    assert not page.model.pending
    qtmodeltester.check(page.model)


def test_a_long_list_reads_the_screen_in_view_and_no_more(
    qtbot: Any, server_database: Database
) -> None:
    with write_transaction(server_database.session_factory) as session:
        session.add_all(
            Person(id=f"lang-{n:04d}", last_name=f"Persoon {n:04d}") for n in range(600)
        )
    reads = RowReads()
    page = _page(qtbot, server_database, reads)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 603, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.model.pending, timeout=WAIT_MS)
    first = reads.calls[0][1]
    assert len(first) == SCREEN and page.model.row_id(0) in first
    shown = {page.model.row_id(row) for row in _in_view(page)}
    assert shown <= set(first)  # every row in view came with the ids
    assert len(reads.calls) == 1
    # Scrolled down, then sorted: the rows now in view are read with the new order.
    page.view.scrollTo(page.model.index(300, 0))
    # painted there: the rows in view read (lazily, as a view asks for them)
    qtbot.waitUntil(lambda: len(reads.calls) == 2 and not page.model.pending, timeout=WAIT_MS)
    before = len(reads.calls)
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: len(reads.calls) > before and not page.model.pending, timeout=WAIT_MS)
    page.view.viewport().repaint()  # a paint of the new order asks for every row in view ...
    assert not page.model.pending  # ... and finds each read already
    assert len(reads.calls) == before + 1
    shown = {page.model.row_id(row) for row in _in_view(page)}
    assert 300 in _in_view(page) and shown <= set(reads.calls[-1][1])

"""The window prepares every list's reading of its rows while the user reads the first page.

Issue 15, point 8 (the list under 100 ms): the first click on a list waited for SQLAlchemy
to compile the statement of its rows (the action list's on PostgreSQL: 12 of the first
read's 20 ms; the next reads take 8). Soon after it shows, the window now reads each list's
rows once, for no records, off the UI thread, so the statement is compiled and cached
before the click. A reading that fails then (a server away) is left to the list itself.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine.interfaces import CacheStats

from ontwikkeltafel.store.announce import engine_of
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.kinds import PAGES
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.window import warm_up
from tests.conftest import POSTGRESQL, SQLITE
from tests.ui.conftest import make_window

Executed = list[tuple[str, CacheStats]]


class Statements:
    """The statements run on an engine (as compiled, before their values), and their cache."""

    def __init__(self, database: Database) -> None:
        self.engine = engine_of(database.session_factory)
        self.runs: Executed = []
        event.listen(self.engine, "after_cursor_execute", self._ran)

    def _ran(self, _conn: Any, _cur: Any, _sql: str, _args: Any, context: Any, _many: Any) -> None:
        if context.compiled is not None:
            self.runs.append((context.compiled.string, context.cache_hit))

    def close(self) -> None:
        event.remove(self.engine, "after_cursor_execute", self._ran)


@pytest.fixture
def statements(filled: Database) -> Iterator[Statements]:
    """What the window's engine runs from now on."""
    watched = Statements(filled)
    yield watched
    watched.close()


def _rows_statements(filled: Database, kind: str, statements: Statements) -> set[str]:
    """The statements (as compiled) by which the list ``kind`` reads its rows."""
    before = len(statements.runs)
    PAGES[kind]().fetch_rows(filled.session_factory, ["not-a-record"])
    return {sql for sql, _hit in statements.runs[before:]}


@pytest.mark.parametrize("database", [SQLITE, POSTGRESQL], indirect=True)
def test_every_list_reads_its_first_rows_by_a_statement_compiled_before(
    qtbot: Any, filled: Database, statements: Statements
) -> None:
    window = make_window(qtbot, filled)
    with qtbot.waitSignal(window.warmed_up, timeout=10_000):
        pass
    assert set(PAGES) == set(window.keys[1:])  # every list of the navigation is prepared
    for kind in PAGES:
        opened = len(statements.runs)
        page = window.show_page(kind)
        assert isinstance(page, RecordListPage)
        model = page.model
        qtbot.waitUntil(lambda m=model: m.cached_rows > 0 and not m.pending, timeout=10_000)
        runs = statements.runs[opened:]
        rows = _rows_statements(filled, kind, statements)
        first_rows = [hit for sql, hit in runs if sql in rows]
        assert first_rows, f"the {kind} list read no rows"
        assert first_rows[0] == CacheStats.CACHE_HIT, f"the {kind} list compiled its rows' read"


def test_a_failing_preparation_is_logged_briefly_and_the_rest_still_prepared(
    caplog: pytest.LogCaptureFixture,
) -> None:
    prepared: list[str] = []

    def broken(_sessions: Any, _ids: Any) -> list[Any]:
        raise ConnectionError("the server is away")

    def fine(_sessions: Any, ids: Any) -> list[Any]:
        prepared.append(ids)
        return list(ids)

    caplog.set_level("DEBUG", logger=warm_up.__name__)
    assert warm_up.prepare_reads(object(), [broken, fine]) == 1
    assert prepared == [warm_up.NO_RECORD] * warm_up.RUNS
    assert [record.levelname for record in caplog.records] == ["DEBUG"]
    assert "ConnectionError" in caplog.text and "Traceback" not in caplog.text

"""On a server, a search's kinds are looked for in two parts at once, each on its own connection.

The parts find what one statement over every kind finds, on both engines; on PostgreSQL
they run at the same time (a barrier both must reach) and an error in either reaches the
caller.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from ontwikkeltafel.services import search as search_service
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.search import GROUP_ORDER, KIND_GROUPS, search_everything
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.search import KINDS, search

TEXTS = ("school", "schoolconsulent", "vertrouwelijk", "de", "blijft", "be", "Met de")


@pytest.fixture
def searched(write_json: Callable[..., Path], document: dict[str, Any]) -> Path:
    """The small document with "schoolconsulent" in an item, a decision, a practice, an action."""
    document["meetings"][0]["agenda"][1]["minutes"] = "Met de schoolconsulent besproken."
    document["meetings"][0]["agenda"][1]["decisions"][0]["text"] = "De schoolconsulent blijft."
    return write_json(document)


def test_the_parts_hold_every_kind_once() -> None:
    kinds = [kind for group in KIND_GROUPS for kind in group]
    assert sorted(kinds) == sorted(KINDS)
    assert len(KIND_GROUPS) == 2
    # The kinds that name their meeting are in one part: the other reads no meetings.
    assert set(search_service._IN_MEETINGS) <= set(KIND_GROUPS[0])


def test_a_search_of_some_kinds_finds_only_those(database: Database, searched: Path) -> None:
    import_file(database.session_factory, searched)
    with database.session_factory() as session:
        every = search(session, "schoolconsulent")
        some = search(session, "schoolconsulent", kinds=("practice", "action"))
    assert {hit.kind for hit in every} == {"agenda_item", "decision", "practice", "action"}
    assert some == [hit for hit in every if hit.kind in ("practice", "action")]


def test_the_parts_find_what_one_search_of_every_kind_finds(
    database: Database, searched: Path
) -> None:
    import_file(database.session_factory, searched)
    for text in TEXTS:
        with database.session_factory() as session:
            expected = search(session, text, 10)
        results = search_everything(database.session_factory, text)
        found = [
            (hit.kind, hit.id, hit.title, hit.marked_title, hit.snippet, hit.confidential)
            for group in results.groups
            for hit in group.hits
        ]
        by_kind = sorted(expected, key=lambda hit: GROUP_ORDER.index(hit.kind))
        assert found == [
            (
                hit.kind,
                hit.record_id,
                hit.title,
                hit.marked_title or hit.title,
                hit.snippet,
                hit.confidential,
            )
            for hit in by_kind
        ], text
        assert results.count > 0


@contextmanager
def _at_every_search(engine: Engine, action: Callable[[Any], None]) -> Iterator[None]:
    """``action(connection)`` before each statement that reads the search index."""

    def before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "search.search_index" in statement and "ts_headline" in statement:
            action(conn)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)


@pytest.fixture
def server_database(pg_database_url: str, searched: Path) -> Iterator[Database]:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, searched)
    yield database
    database.close()


def test_on_a_server_the_parts_run_at_once_on_connections_of_their_own(
    server_database: Database,
) -> None:
    engine = server_database.session_factory.kw["bind"]
    both = threading.Barrier(len(KIND_GROUPS), timeout=10)
    backends: set[int] = set()
    threads: set[int] = set()

    def meet(conn: Any) -> None:
        backends.add(conn.connection.dbapi_connection.info.backend_pid)
        threads.add(threading.get_ident())
        both.wait()  # one part alone, or the parts one after the other, would break it

    with _at_every_search(engine, meet):
        results = search_everything(server_database.session_factory, "schoolconsulent")
    assert [group.kind for group in results.groups] == [
        "agenda_item",
        "decision",
        "practice",
        "action",
    ]
    assert len(backends) == 2
    assert len(threads) == 2
    assert threading.get_ident() in threads  # one part in the caller's own thread


@pytest.mark.parametrize("failing", [0, 1])
def test_on_a_server_an_error_in_either_part_reaches_the_caller(
    server_database: Database, failing: int
) -> None:
    engine = server_database.session_factory.kw["bind"]
    caller = threading.get_ident()

    def fail(_conn: Any) -> None:
        if (threading.get_ident() == caller) == (failing == 0):
            raise OperationalError("SELECT", {}, ConnectionError("the server went away"))

    with _at_every_search(engine, fail), pytest.raises(OperationalError):
        search_everything(server_database.session_factory, "schoolconsulent")
    # Nothing was left behind: the next search finds as before.
    assert search_everything(server_database.session_factory, "schoolconsulent").count == 4

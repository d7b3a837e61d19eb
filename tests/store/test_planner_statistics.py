"""A large import on PostgreSQL leaves its tables analysed and vacuumed, where the role may.

Without it the planner knows nothing of the new rows until autovacuum comes by, and
sorts the action list instead of reading its index (store/planner_statistics.py).
"""

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from ontwikkeltafel.services import exchange_files
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.planner_statistics import refresh_statistics
from ontwikkeltafel.store.shared_setup import MADE, init_database
from tests.store.shared_roles import Shared, grant

#: What the planner knows of a table: rows counted (-1: never), pages all-visible.
_KNOWN = "SELECT reltuples, relallvisible FROM pg_class WHERE oid = CAST(:t AS regclass)"


def _known(database: Database, table: str) -> tuple[float, int]:
    with database.plain() as plain:
        row = plain.first(_KNOWN, {"t": table})
    assert row is not None
    return float(row["reltuples"]), int(row["relallvisible"])


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The engines refresh_statistics is called with by import_file."""
    seen: list[Any] = []
    original = exchange_files.refresh_statistics

    def spy(engine: Any) -> list[str]:
        seen.append(engine)
        return original(engine)

    monkeypatch.setattr(exchange_files, "refresh_statistics", spy)
    return seen


def test_a_large_import_leaves_the_planner_knowing_the_rows(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    calls: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exchange_files, "BULK_MIN_RECORDS", 10)  # the small document is large
    import_file(database, write_json(document))
    if database.location.sqlite_path is not None:
        assert calls == []  # a file needs nothing (and its quick import loads no SQLAlchemy)
        return
    assert len(calls) == 1
    rows, visible = _known(database, "people")
    assert rows == len(document["people"])  # -1: never counted
    # Its pages visible to all, which index-only scans need: so the import's commit is on
    # disk before the VACUUM, even where the server commits asynchronously (as the test
    # server does): until then VACUUM may not mark the rows it wrote as committed.
    assert visible > 0
    assert _known(database, "search.search_index")[0] > 0
    with database.plain() as plain:
        analysed = {
            str(row["attname"])
            for row in plain.rows("SELECT attname FROM pg_stats WHERE tablename = 'people'")
        }
    assert "id" in analysed and "organisation_id" in analysed  # keys the planner joins on
    assert "email" not in analysed  # other columns: autovacuum's full ANALYZE, later


def test_a_small_import_leaves_it_to_autovacuum(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], calls: list[Any]
) -> None:
    import_file(database, write_json(document))
    assert calls == []
    if database.location.sqlite_path is None:
        assert _known(database, "people")[0] == -1  # never analysed


def test_the_app_role_owns_nothing_and_refreshes_nothing(shared: Shared) -> None:
    assert init_database(location_from_url(shared.owner_url)).outcome == MADE
    grant(shared)
    app = create_engine(shared.app_url)
    owner = create_engine(shared.owner_url)
    try:
        assert refresh_statistics(app) == []  # no error: an owner's job, or autovacuum's
        tables = refresh_statistics(owner)
        assert "public.actions" in tables and "search.search_index" in tables
    finally:
        app.dispose()
        owner.dispose()


def test_a_server_gone_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    nowhere = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert refresh_statistics(nowhere) == []
    assert "statistics not refreshed" in caplog.text


def test_a_sqlite_engine_is_left_alone(tmp_path: Path) -> None:
    database = open_database(location_from_url(f"sqlite:///{tmp_path / 'x.sqlite3'}"))
    try:
        assert refresh_statistics(database.engine) == []
    finally:
        database.close()


def test_a_server_gone_is_logged_not_raised_through_the_apps_engine(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The app's engine turns a lost server into StoreUnavailable (a UserError): the import
    # it follows is committed, so that is logged too, not reported as a failed import.
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    engine = make_engine(location_from_url(f"postgresql+psycopg://nobody@127.0.0.1:{port}/x"))
    try:
        assert refresh_statistics(engine) == []
    finally:
        engine.dispose()
    assert "statistics not refreshed" in caplog.text

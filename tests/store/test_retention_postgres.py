"""Retention on PostgreSQL: the same records removed, one history entry each left, vacuumed."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.retention import RETENTION_NOTE, apply_retention, retention_overview
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from tests.retention_document import UNIQUE, retention_document


def test_apply_on_postgresql(
    pg_database_url: str, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        sessions = database.session_factory
        import_file(sessions, write_json(retention_document(document)))
        day = date(2026, 7, 1)
        before = retention_overview(sessions, 5, day)
        assert [r.record_id for r in before.records] == ["m-los", "tafel-1", "tafel-oud"]

        assert _naming(database) > 0

        applied = apply_retention(sessions, 5, day)

        assert applied.scrubbed.complete and applied.history_entries > 0
        with database.engine.connect() as connection:
            tables = connection.execute(text("SELECT id FROM tables ORDER BY id")).scalars()
            assert list(tables) == ["tafel-nieuw", "tafel-open"]
            left = connection.execute(
                text("SELECT record_id, note FROM history WHERE record_id IN ('m-los', 'tafel-1')")
            ).all()
            assert sorted(left) == [("m-los", RETENTION_NOTE), ("tafel-1", RETENTION_NOTE)]
        assert _naming(database) == 0
        assert retention_overview(sessions, 5, day).records == ()
    finally:
        database.close()


def _naming(database: Database) -> int:
    """History entries whose values hold the word only the removed records have."""
    query = text(
        "SELECT count(*) FROM history WHERE coalesce(old, '') || coalesce(new, '') LIKE :w"
    )
    with database.engine.connect() as connection:
        return int(connection.execute(query, {"w": f"%{UNIQUE}%"}).scalar() or 0)

"""Deleting and putting back records on a real PostgreSQL server, search index included."""

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import HistoryEntry
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import delete_record, restore_snapshot, update_record
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.services.search import search_everything
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.store.location import location_from_url


def _body(path: Path) -> Any:
    """The exported records; the history is left out: it gains the delete and its undo."""
    document = json.loads(path.read_text())
    document.pop("exported_at"), document.pop("history")
    return document


def test_delete_and_restore_a_table_on_postgres(
    pg_database_url: str, write_json: Any, document: dict[str, Any], tmp_path: Path
) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        sessions = database.session_factory
        import_file(sessions, write_json(document))
        before, after = tmp_path / "before.json", tmp_path / "after.json"
        export_file(sessions, before)
        snapshot, change = delete_record(sessions, "tables", "tafel-1")
        assert change.touches("tables", "meetings", "concerns", "actions")
        assert search_everything(sessions, "Eerste bijeenkomst").count == 0
        restore_snapshot(sessions, snapshot)
        export_file(sessions, after)
        assert _body(before) == _body(after)
        assert search_everything(sessions, "Eerste bijeenkomst").count >= 1
        reopen(sessions, "m-1", "Titel aanpassen")  # an adopted verslag's meeting is frozen
        update_record(sessions, "meetings", "m-1", {"title": "Startbijeenkomst"})
        assert search_everything(sessions, "Startbijeenkomst").count >= 1
    finally:
        database.close()


def test_history_is_written_with_the_change_on_postgres(
    pg_database_url: str, write_json: Any, document: dict[str, Any]
) -> None:
    database = open_database(location_from_url(pg_database_url))
    try:
        sessions = database.session_factory
        set_author(sessions, "Secretaris Tafel")
        import_file(sessions, write_json(document))
        reopen(sessions, "m-1", "Andere zaal")  # an adopted verslag's meeting is frozen
        update_record(sessions, "meetings", "m-1", {"location": "Stadhuis, zaal 2"})
        with pytest.raises(UserError):
            update_record(sessions, "meetings", "m-1", {"title": ""})
        with sessions() as session:
            query = select(HistoryEntry).where(HistoryEntry.record_id == "m-1")
            found = [
                (e.field, e.by, e.new) for e in session.scalars(query.order_by(HistoryEntry.seq))
            ]
        assert found[-1] == ("location", "Secretaris Tafel", '"Stadhuis, zaal 2"')
        assert all(field != "title" for field, _by, _new in found)
    finally:
        database.close()

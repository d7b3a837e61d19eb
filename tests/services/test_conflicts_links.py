"""A delete and its undo raise the version of every record whose links they take or put back.

Issue 15 review, finding 2: a theme's delete removes its link rows (a table's themes) by
cascade, and the undo puts them back; the table on the other side must go up one version both
times, or a colleague's save of the table's themes, made against what it read in between,
silently drops the restored link (stored without a conflict).
"""

import pytest

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import (
    create_record,
    delete_record,
    read_record,
    restore_snapshot,
    update_record,
)
from ontwikkeltafel.store.database import Database


def _table(sessions: SessionFactory, table_id: str) -> tuple[list[str], int]:
    values = read_record(sessions, "tables", table_id)
    assert values is not None
    return list(values["theme_ids"]), int(values["version"])


def test_restored_links_are_not_dropped_by_a_save_read_before(database: Database) -> None:
    sessions = database.session_factory
    een, _ = create_record(sessions, "themes", {"name": "Een"})
    twee, _ = create_record(sessions, "themes", {"name": "Twee"})
    drie, _ = create_record(sessions, "themes", {"name": "Drie"})
    table, _ = create_record(sessions, "tables", {"title": "Tafel X", "theme_ids": [een, twee]})
    _, version_before = _table(sessions, table)

    snapshot, _ = delete_record(sessions, "themes", twee)  # B deletes theme Twee
    shown, version_shown = _table(sessions, table)  # A's page reads the table
    assert shown == [een]
    assert version_shown == version_before + 1  # the delete took one of its links

    restore_snapshot(sessions, snapshot)  # B undoes the delete
    restored, version_restored = _table(sessions, table)
    assert sorted(restored) == sorted([een, twee])
    assert version_restored == version_shown + 1  # the undo put one back

    # A adds Drie to what its page shows: refused, B's restored link stays.
    with pytest.raises(Conflict):
        update_record(
            sessions,
            "tables",
            table,
            {"theme_ids": [*shown, drie]},
            expected_version=version_shown,
            base={"theme_ids": shown},
        )
    assert sorted(_table(sessions, table)[0]) == sorted([een, twee])


def test_a_restored_record_comes_back_at_its_version(database: Database) -> None:
    """Only the records on the other side go up: the theme put back keeps its own version."""
    sessions = database.session_factory
    een, _ = create_record(sessions, "themes", {"name": "Een"})
    create_record(sessions, "tables", {"title": "Tafel X", "theme_ids": [een]})
    before = read_record(sessions, "themes", een)
    assert before is not None
    snapshot, _ = delete_record(sessions, "themes", een)
    restore_snapshot(sessions, snapshot)
    after = read_record(sessions, "themes", een)
    assert after is not None
    assert after["version"] == before["version"]

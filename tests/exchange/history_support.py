"""Shared pieces of the history and adoption exchange tests: entries, fresh databases, exports."""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.store.location import location_from_path
from tests.cli_database import CliDatabase

AUTHOR = "Marieke de Vries"


def history_entries() -> list[dict[str, Any]]:
    """A history as another installation of the app wrote it (not in time order on purpose)."""
    return [
        {
            "id": "h-1",
            "at": "2018-01-10T09:00:00+01:00",
            "by": "Anna de Vries",
            "list": "tables",
            "record_id": "tafel-1",
            "field": None,
            "old": None,
            "new": {"title": "Onderwijs en zorg", "status": "active", "theme_ids": []},
            "note": "",
        },
        {
            "id": "h-2",
            "at": "2018-07-02T14:15:30.250000+02:00",
            "by": "Bas Bakker",
            "list": "agenda",
            "record_id": "ai-2",
            "field": "minutes",
            "old": "",
            "new": "Eerste versie – met één regel\n\n- een punt",
            "note": "",
        },
        {
            "id": "h-3",
            "at": "2018-01-11T08:00:00+01:00",
            "by": "Bas Bakker",
            "list": "attendance",
            "record_id": "m-1/p-ijs",
            "field": "status",
            "old": "present",
            "new": "excused",
            "note": "afgemeld per mail",
        },
        {
            "id": "h-4",
            "at": "2018-03-15T20:00:00+01:00",
            "by": "Anna de Vries",
            "list": "meetings",
            "record_id": "m-1",
            "field": "status",
            "old": "minutes_draft",
            "new": "minutes_approved",
            "note": "",
        },
        {
            "id": "h-5",
            "at": "2018-03-16T10:00:00+01:00",
            "by": "Anna de Vries",
            "list": "members",
            "record_id": "tafel-1/p-bas",
            "field": "role",
            "old": {"nested": [1, 2.5, True, None, {"a": "b"}]},
            "new": ["x", 3],
            "note": "",
        },
        {
            "id": "h-6",
            "at": "2018-03-17T10:00:00+01:00",
            "by": "Anna de Vries",
            "list": "decisions",
            "record_id": "d-1",
            "field": "text",
            "old": "Oud besluit",
            "new": "De tafel verzamelt goede voorbeelden.",
            "note": "",
        },
    ]


@contextmanager
def opened(where: Path | Database) -> Iterator[Database]:
    """A database whose changes are by :data:`AUTHOR`: the test's own (the ``database``
    fixture, on either engine, closed by it), or a SQLite file at a path (made when new)."""
    if isinstance(where, Database):
        set_author(where.session_factory, AUTHOR)
        yield where
        return
    database = open_database(location_from_path(where))
    set_author(database.session_factory, AUTHOR)
    try:
        yield database
    finally:
        database.close()


def write_document(document: dict[str, Any], path: Path) -> Path:
    """``document`` as a UTF-8 JSON file at ``path``."""
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def export_of(database: Database, path: Path, table_id: str | None = None) -> dict[str, Any]:
    """Export to ``path`` and read it back, without ``exported_at``."""
    export_file(database.session_factory, path, table_id)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def import_into_new(
    document: dict[str, Any], folder: Path, name: str, new: Callable[[], CliDatabase] | None = None
) -> dict[str, Any]:
    """Import ``document`` (as ``<name>.json``) into a new database; its export.

    The database is a SQLite file ``<name>.sqlite3`` in ``folder``, or one that ``new`` makes
    (``new_cli_database``: a SQLite file or a PostgreSQL copy, as the test's engine says).
    """
    source = write_document(document, folder / f"{name}.json")
    target = new() if new is not None else CliDatabase(path=folder / f"{name}.sqlite3")
    made = target.open()
    try:
        with opened(made) as database:
            import_file(database.session_factory, source)
            return export_of(database, folder / f"{name}.out.json")
    finally:
        made.close()

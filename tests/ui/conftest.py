"""Fixtures of the UI tests: a database filled with the small document, offscreen Qt."""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def filled(database: Database, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The test database with the small document and a second table imported."""
    document["tables"].append({"id": "tafel-2", "title": "All-in De Zuidwester"})
    document["meetings"] += [
        {
            "id": f"z-{n}",
            "table_id": "tafel-2",
            "kind": "consultation",
            "title": f"Overleg {n}",
            "starts_at": f"2023-0{n}-10T09:00:00+01:00",
            "status": "held",
        }
        for n in range(1, 4)
    ]
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    yield database

"""What an import would do, counted before it is done: new records and records stored already."""

from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.import_preview import preview_import
from ontwikkeltafel.store.database import Database


def test_a_new_database_holds_none_of_the_files_records(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    preview = preview_import(database, write_json(document))
    assert preview.holds["tables"] == 1 and preview.holds["decisions"] == 2
    assert preview.existing == dict.fromkeys(preview.holds, 0)
    assert (preview.new, preview.overwritten) == (preview.total, 0)


def test_records_already_stored_are_counted_per_kind(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    import_file(database, write_json(document))
    document["people"].append({"id": "p-nieuw", "first_name": "Nieuw", "last_name": "Lid"})
    steps: list[tuple[int, int]] = []
    preview = preview_import(database, write_json(document), lambda n, of: steps.append((n, of)))
    assert preview.holds["people"] == 4 and preview.existing["people"] == 3
    assert preview.existing["agenda"] == 3 and preview.existing["decisions"] == 2
    assert (preview.new, preview.overwritten) == (1, preview.total - 1)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_refused_file_gets_the_imports_own_error(database: Database, write_json: Any) -> None:
    with pytest.raises(UserError) as refused:
        preview_import(database, write_json({"format": "iets anders", "version": 1}))
    assert refused.value.key == "exchange.bad_format"

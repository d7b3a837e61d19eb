"""The README's app role imports in bulk on PostgreSQL; without temporary tables, row by row."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store import bulk
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import MADE, init_database
from tests.store.conftest import find, keys
from tests.store.shared_roles import Shared, grant


@pytest.mark.parametrize("temporary", [True, False])
def test_the_app_role_imports_and_the_index_is_complete(
    shared: Shared, write_json: Callable[..., Path], document: dict[str, Any], temporary: bool
) -> None:
    assert init_database(location_from_url(shared.owner_url)).outcome == MADE
    grant(shared)
    if not temporary:  # a stricter set-up than the README's: no temporary tables for anyone
        admin = create_engine(shared.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                name = make_url(shared.admin_url).database
                connection.exec_driver_sql(f'REVOKE TEMPORARY ON DATABASE "{name}" FROM PUBLIC')
        finally:
            admin.dispose()
    database = open_database(location_from_url(shared.app_url))
    try:
        with database.plain() as plain:
            may = plain.scalar("SELECT has_database_privilege(current_database(), 'TEMPORARY')")
        assert may is temporary
        import_file(database, write_json(document))
        with database.plain() as plain:
            indexed = plain.scalar("SELECT count(*) FROM search.search_index")
        assert indexed == 18  # every indexed record of the small document
        assert ("practice", "pr-consulent") in keys(find(database, "schoolconsulent"))
        assert ("theme", "th-geweld") in keys(find(database, "gezin"))
    finally:
        database.close()


def test_the_app_role_checks_a_large_import_row_by_row(
    shared: Shared,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Into a new database the owner's import checks the keys and builds the search's
    # indexes after the rows (store/bulk_after.py); the app role may not change the
    # tables, and imports as before.
    monkeypatch.setattr(bulk, "BULK_MIN_RECORDS", 10)  # the small document is large
    assert init_database(location_from_url(shared.owner_url)).outcome == MADE
    grant(shared)
    database = open_database(location_from_url(shared.app_url))
    try:
        import_file(database, write_json(document))
        with database.plain() as plain:
            assert plain.scalar("SELECT count(*) FROM search.search_index") == 18
            keys_left = plain.scalar("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")
        assert keys_left > 30
        assert ("theme", "th-geweld") in keys(find(database, "gezin"))
    finally:
        database.close()

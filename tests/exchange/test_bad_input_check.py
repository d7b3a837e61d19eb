"""The bad-input tests' "nothing written" sees any write, on a SQLite file and on PostgreSQL."""

from ontwikkeltafel.services import plain_of
from tests.exchange.bad_input_support import Importer, base_document


def test_an_import_changes_the_fingerprint(importer: Importer) -> None:
    before = importer.target.fingerprint()
    importer.accept(importer.write(base_document()))
    after = importer.target.fingerprint()
    assert after != before
    if importer.target.engine == "postgresql":  # each table apart: the changed ones named
        changed = {table for table, held in after.items() if before[table] != held}
        assert {"public.people", "public.history", "search.search_index"} <= changed
        assert "public.alembic_version" not in changed


def test_one_version_number_changes_the_fingerprint(importer: Importer) -> None:
    """A write the export would not show (the version is not exchanged) is seen too."""
    before = importer.target.fingerprint()
    exported = importer.export()
    database = importer.target.open()
    try:
        with plain_of(database, write=True) as plain:
            plain.run("UPDATE themes SET version = version + 1 WHERE id = 'th-seed'")
    finally:
        database.close()
    assert importer.export() == exported
    assert importer.target.fingerprint() != before

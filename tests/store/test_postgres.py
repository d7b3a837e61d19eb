"""The store on a real PostgreSQL server: migrations, the CLI, atomic imports, refusals, themes.

The server is started once per session (tests/pg_server.py); every test gets
its own fresh database on it.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from ontwikkeltafel.model import Base
from ontwikkeltafel.model.parties import Theme
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.list_keys import POSTGRES_ONLY
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.migrate import head_revision, upgrade_to_head

FUTURE_REVISION = "9999_from_the_future"


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (sorted) in the database at ``url``, alembic_version included."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            names = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            return {
                name: sorted(
                    tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"')
                )
                for name in sorted(names)
            }
    finally:
        engine.dispose()


def row_counts(connection: Connection) -> dict[str, int]:
    """The number of rows in each of the model's tables."""
    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }


def without_stamp(path: Path) -> dict[str, Any]:
    """An exported document without its ``exported_at`` moment."""
    document = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    document.pop("exported_at")
    for entry in document["history"]:  # each import enters its changes with its own ids, moments
        entry.pop("id"), entry.pop("at")
    return document


def _in_the_model(item: Any, name: str | None, *_: Any) -> bool:
    """Whether the comparison looks at ``name``: not at PostgreSQL's own list keys (0013)."""
    return name not in POSTGRES_ONLY


def test_migrations_on_postgres_make_the_model_schema(empty_pg_database_url: str) -> None:
    # Every migration run (a new database opened is made without them: test_creation.py).
    engine = make_engine(location_from_url(empty_pg_database_url))
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            options = {"compare_type": True, "include_object": _in_the_model}
            context = MigrationContext.configure(connection, opts=options)
            differences = compare_metadata(context, Base.metadata)
            revision = context.get_current_revision()
    finally:
        engine.dispose()
    assert differences == []
    assert revision == head_revision()


def test_cli_round_trip_on_postgres_equals_sqlite(
    pg_database_url: str,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    source = write_json(document)
    on_postgres, on_sqlite = tmp_path / "postgres.json", tmp_path / "sqlite.json"
    sqlite_db = tmp_path / "reference.sqlite3"

    imported = cli("--db-url", pg_database_url, "import", source)
    assert imported.code == 0, imported.err
    exported = cli("--db-url", pg_database_url, "export", "-o", on_postgres)
    assert exported.code == 0, exported.err
    for args in (("import", source), ("export", "-o", on_sqlite)):
        result = cli("--db", sqlite_db, *args)
        assert result.code == 0, result.err

    from_postgres = without_stamp(on_postgres)
    assert from_postgres == without_stamp(on_sqlite)
    assert [m["id"] for m in from_postgres["meetings"]] == ["m-1"]
    assert len(from_postgres["actions"]) == len(document["actions"])


def test_importing_again_on_postgres_changes_nothing(
    pg_database_url: str,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    source = write_json(document)
    first = cli("--db-url", pg_database_url, "import", source)
    assert first.code == 0, first.err
    before = snapshot(pg_database_url)

    again = cli("--db-url", pg_database_url, "--lang", "en", "import", source)

    assert again.code == 0, again.err
    counts = again.out.splitlines()[1:]
    assert counts, again.out
    assert all(": 0 added" in line for line in counts), again.out
    assert snapshot(pg_database_url) == before


def test_bad_import_on_postgres_writes_nothing(
    pg_database_url: str,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    last = len(document["actions"]) - 1
    document["actions"][last]["owner_id"] = "p-unknown"
    source = write_json(document)

    result = cli("--db-url", pg_database_url, "--lang", "en", "import", source)

    assert result.code == 1
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert f"actions[{last}].owner_id" in lines[0]
    assert "Nothing imported" in lines[0]
    assert "Traceback" not in result.err
    engine = create_engine(pg_database_url)
    try:
        with engine.connect() as connection:
            counts = row_counts(connection)
    finally:
        engine.dispose()
    assert counts == dict.fromkeys(counts, 0)


def test_postgres_database_of_a_newer_version_is_refused_untouched(
    pg_database_url: str,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    imported = cli("--db-url", pg_database_url, "import", write_json(document))
    assert imported.code == 0, imported.err
    engine = create_engine(pg_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :revision"),
                {"revision": FUTURE_REVISION},
            )
    finally:
        engine.dispose()
    before = snapshot(pg_database_url)
    output = tmp_path / "out.json"

    for args in (("export", "-o", output), ("import", write_json(document, "again.json"))):
        result = cli("--db-url", pg_database_url, "--lang", "en", *args)
        assert result.code == 1, args
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, result.err
        assert "made by a newer version" in lines[0]
        assert FUTURE_REVISION in lines[0]
        assert result.out == ""

    assert not output.exists()
    after = snapshot(pg_database_url)
    assert after == before
    assert after["alembic_version"] == [(FUTURE_REVISION,)]


def test_theme_names_are_unique_ignoring_case_on_postgres(pg_database_url: str) -> None:
    database = open_database(location_from_url(pg_database_url))
    themes = Theme.__table__
    try:
        with database.engine.begin() as connection:
            connection.execute(insert(themes).values(id="th-1", name="Pesten"))
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.execute(insert(themes).values(id="th-2", name="pesten"))
        with database.engine.connect() as connection:
            names = connection.execute(select(themes.c.name)).scalars().all()
    finally:
        database.close()
    assert names == ["Pesten"]

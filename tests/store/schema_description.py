"""Describe a database's whole schema as plain data, to compare two databases."""

import warnings
from typing import Any

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import SAWarning


def _parts(sql: str) -> list[str]:
    """The top-level comma-separated parts of a CREATE TABLE, whitespace normalised, sorted.

    Alembic's batch mode writes a table's constraints in another order than
    ``create_all``; what they say is what counts.
    """
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    parts, depth, current = [], 0, ""
    for char in body:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return sorted(" ".join(part.split()) for part in parts)


def _sqlite_tables(connection: Connection) -> dict[str, Any]:
    inspector = inspect(connection)
    tables: dict[str, Any] = {}
    for name in sorted(inspector.get_table_names()):
        columns = [
            (c["name"], str(c["type"]), c["nullable"], c["default"], c.get("autoincrement"))
            for c in inspector.get_columns(name)
        ]
        tables[name] = {
            "columns": columns,
            "primary key": inspector.get_pk_constraint(name),
            "foreign keys": sorted(map(repr, inspector.get_foreign_keys(name))),
            "unique": sorted(map(repr, inspector.get_unique_constraints(name))),
            "checks": sorted(map(repr, inspector.get_check_constraints(name))),
            # name, unique, origin, partial (without the order they were made in)
            "indexes": sorted(
                tuple(row)[1:] for row in connection.exec_driver_sql(f'PRAGMA index_list("{name}")')
            ),
        }
    return tables


def _sqlite(connection: Connection) -> dict[str, Any]:
    with warnings.catch_warnings():
        # The expression index uq_themes_name_nocase is compared in sqlite_master below.
        warnings.simplefilter("ignore", SAWarning)
        tables = _sqlite_tables(connection)
    master = connection.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
    objects = []
    for kind, name, table, sql in master:
        if kind == "table" and sql is not None and sql.upper().startswith("CREATE TABLE"):
            objects.append((kind, name, table, tuple(_parts(sql))))
        else:
            objects.append((kind, name, table, sql and " ".join(sql.split())))
    config = connection.exec_driver_sql("SELECT k, v FROM search_index_config ORDER BY k").all()
    return {"tables": tables, "objects": sorted(objects), "search config": config}


_PG_QUERIES = {
    "schemas": "SELECT nspname FROM pg_namespace WHERE nspname IN ('public', 'search')",
    "columns": (
        "SELECT table_schema, table_name, ordinal_position, column_name, data_type, udt_name, "
        "character_maximum_length, is_nullable, column_default, is_identity, is_generated, "
        "generation_expression FROM information_schema.columns "
        "WHERE table_schema IN ('public', 'search')"
    ),
    "constraints": (
        "SELECT n.nspname, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE n.nspname IN ('public', 'search')"
    ),
    "indexes": (
        "SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes "
        "WHERE schemaname IN ('public', 'search')"
    ),
    "triggers": (
        "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE NOT tgisinternal"
    ),
    "functions": (
        "SELECT n.nspname, p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('public', 'search')"
    ),
    "storage": (
        "SELECT n.nspname, c.relname, array_to_string(c.reloptions, ','), "
        "array_to_string(ARRAY(SELECT a.attname || ':' || a.attstorage::text FROM pg_attribute a "
        "WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "ORDER BY a.attname), ',') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname IN ('public', 'search') AND c.relkind = 'r'"
    ),
    "sequences": (
        "SELECT sequence_schema, sequence_name, data_type, start_value, increment "
        "FROM information_schema.sequences WHERE sequence_schema IN ('public', 'search')"
    ),
    "types": (
        "SELECT n.nspname, t.typname, t.typtype, "
        "array_to_string(ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid "
        "ORDER BY e.enumsortorder), ',') FROM pg_type t "
        "JOIN pg_namespace n ON n.oid = t.typnamespace "
        "WHERE n.nspname IN ('public', 'search') AND t.typtype IN ('e', 'd', 'c') "
        "AND t.typrelid = 0"
    ),
}


def _postgres(connection: Connection) -> dict[str, Any]:
    described: dict[str, Any] = {}
    for name, query in _PG_QUERIES.items():
        rows = connection.exec_driver_sql(query).all()
        described[name] = sorted(tuple(row) for row in rows)
    return described


def describe(connection: Connection) -> dict[str, Any]:
    """Everything a migration can make: tables, columns, keys, indexes, triggers, the index.

    Plus the revision stamp. The result compares equal for two databases with the same
    schema, whatever order the statements that made them ran in.
    """
    if connection.dialect.name == "sqlite":
        described = _sqlite(connection)
    else:
        described = _postgres(connection)
    described["revision"] = connection.exec_driver_sql(
        "SELECT version_num FROM alembic_version"
    ).all()
    return described

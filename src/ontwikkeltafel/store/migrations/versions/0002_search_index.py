"""Full-text search index over every record's texts, kept up to date by triggers.

SQLite: an FTS5 table ``search_index`` (its rowids held in ``search_keys``, so a
record's entry is found without scanning). PostgreSQL: a table
``search.search_index`` with a GIN-indexed tsvector, maintained by PL/pgSQL
triggers; it lives in its own schema, outside the ORM's.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:50:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import (
    SOURCES,
    SQLITE_KEYS_TABLE,
    postgres_search,
    sqlite_fill,
    sqlite_follow,
    sqlite_triggers,
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _sqlite_upgrade() -> None:
    op.execute(SQLITE_KEYS_TABLE)
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, "
        "confidential UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2', "
        "prefix='2 3')"
    )
    op.execute(
        "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0, 0, 0, 10, 1)')"
    )
    for table, (kind, title, body, secret) in SOURCES.items():
        for statement in [*sqlite_fill(table), *sqlite_triggers(table, kind, title, body, secret)]:
            op.execute(statement)
    op.execute(sqlite_follow())


def _sqlite_downgrade() -> None:
    op.execute("DROP TRIGGER search_agenda_items_secret")
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER search_{table}_{event}")
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_keys")


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_upgrade() -> None:
    for statement in postgres_search(fill=True):
        op.execute(statement)


def _pg_downgrade() -> None:
    for table in SOURCES:
        op.execute(f"DROP TRIGGER search_index ON {table}")
    op.execute("DROP SCHEMA search CASCADE")


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_downgrade()
    else:
        _pg_downgrade()

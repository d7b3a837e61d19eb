"""PostgreSQL's search documents are computed by their writers, through ``search.document``.

The document of each entry (the tsvector the GIN index holds) was a generated column:
PostgreSQL computes those in the process that inserts, one row after another. Parsing the
texts twice (Dutch stems and the words as written) is most of a large import's time (about
10 s of the server's CPU at the benchmark's scale 1). As a plain column, filled by the
trigger functions and the bulk fill through the function ``search.document`` (the same
expression, IMMUTABLE and PARALLEL SAFE), a bulk write into an empty index computes the
documents with PostgreSQL's parallel workers first (store/search_bulk.py). The documents
are the same, so is every search.

The column keeps its values and place (DROP EXPRESSION); downgrading computes them anew.
SQLite needs nothing: FTS5 holds no documents of ours.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 21:40:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import (
    postgres_generated_document,
    postgres_plain_document,
)

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_plain_document():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_generated_document():
        op.execute(statement)

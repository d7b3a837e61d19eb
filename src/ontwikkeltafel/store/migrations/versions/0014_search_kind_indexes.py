"""PostgreSQL's search reads each kind's matches from an index of its own, newest first.

A GIN index of each kind's documents (partial) instead of one of all, and the kinds'
entries in written order: a search no longer reads every match of every kind to find
each kind's newest (store/search_kind_indexes.py). SQLite needs nothing: FTS5 walks each
kind's rowid range backwards already (store/search.py).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 04:30:00
"""

from alembic import op

from ontwikkeltafel.store.search_kind_indexes import (
    postgres_drop_kind_indexes,
    postgres_kind_indexes,
)

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_kind_indexes():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_drop_kind_indexes():
        op.execute(statement)

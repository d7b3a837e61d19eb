"""PostgreSQL keeps each search entry's document in its row: read there, not from TOAST.

Rows of up to a page keep their values whole (``toast_tuple_target``), and the entries
already there are written anew into their rows (store/search_whole_rows.py). The search
reads the document of every entry it walks: a third as long from the row. SQLite needs
nothing: FTS5 keeps its own index.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 10:00:00
"""

from alembic import op

from ontwikkeltafel.store.search_whole_rows import (
    postgres_entries_apart,
    postgres_entries_into_rows,
)

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_entries_into_rows():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_entries_apart():
        op.execute(statement)

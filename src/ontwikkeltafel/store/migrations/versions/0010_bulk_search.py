"""PostgreSQL's search triggers step aside while a bulk write says so; it indexes at the end.

Each trigger indexed its record as it was written, a statement per row: the scale-1
import (61,000 indexed records) ran 61,000 of them. A transaction that
sets ``ontwikkeltafel.bulk`` to ``on`` (``set_config(..., true)``, for that transaction
only; any role may) now has its triggers only note what it inserts and updates, in a
temporary table it makes (a deleted record's entry still goes at once), and indexes
those records in one statement before it commits, in the order they were written
(store/search_bulk.py). Every other write indexes as before.

SQLite needs nothing: its bulk write drops and remakes the triggers in its transaction.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 19:00:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import postgres_functions

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_functions(bulk=True):
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_functions(bulk=False):
        op.execute(statement)

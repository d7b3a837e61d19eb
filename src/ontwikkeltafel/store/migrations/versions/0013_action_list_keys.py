"""The action list sorts by description and descending by number from indexes (PostgreSQL).

Sorting 20,000 actions by description folded every description (search.fold, unaccent)
and sorted them: 60-100 ms of the server's time each sort. The folded description is now
a column the server keeps (generated, STORED; search.fold is IMMUTABLE) with an index for
each direction, and the number an index for descending: each of these sorts reads its
order from an index (description: about 30 ms, most of it the aggregate's check of the
order). The order is the same as before. SQLite needs nothing: its fold is the app's
(ot_fold), which a generated column or an index may not call where the app is not.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 00:40:00
"""

from alembic import op

from ontwikkeltafel.store.list_keys import postgres_drop_list_keys, postgres_list_keys

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_list_keys():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_drop_list_keys():
        op.execute(statement)

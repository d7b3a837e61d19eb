"""The action list sorts by owner, status, due date and table from indexes (PostgreSQL).

Each of these sorts made the server sort all 20,000 actions (40-80 ms of its time at
scale 1); an index reads the order in 6-15 ms. The status's rank is a generated column,
the owner's folded name and the table's folded title are columns kept by triggers, and
each sort has an index for each direction (store/action_sort_keys.py). The order is the
same as before. SQLite needs nothing: its fold is the app's (ot_fold), which an index
there may not call where the app is not.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 13:30:00
"""

from alembic import op

from ontwikkeltafel.store.action_sort_keys import postgres_drop_sort_keys, postgres_sort_keys

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_sort_keys():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_drop_sort_keys():
        op.execute(statement)

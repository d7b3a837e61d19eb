"""When agenda items were really discussed (the live mode), and the documents made per meeting.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 12:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN: a batch copy of the tables would drop their search triggers.
    op.add_column("agenda_items", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column("agenda_items", sa.Column("ended_at", sa.DateTime(), nullable=True))
    op.add_column("meetings", sa.Column("documents_sent", sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("meetings", "documents_sent")
    op.drop_column("agenda_items", "ended_at")
    op.drop_column("agenda_items", "started_at")

"""One history of every change, and how a verslag was adopted.

The ``history`` table keeps an entry per changed field, created or deleted record (who,
when, old and new value as JSON); ``meetings`` gains the corrections made at adoption
and the document the adopted verslag is made from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 07:00:00
"""

import sqlalchemy as sa
from alembic import op

from ontwikkeltafel.model.base import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "history",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("by", sa.Text(), server_default="", nullable=False),
        sa.Column("list", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_history")),
        sa.UniqueConstraint("id", name=op.f("uq_history_id")),
    )
    op.create_index("ix_history_at", "history", ["at"])
    op.create_index("ix_history_record", "history", ["list", "record_id", "seq"])
    # Plain ADD COLUMN: a batch copy of ``meetings`` would drop its search triggers.
    op.add_column(
        "meetings", sa.Column("adoption_changes", sa.Text(), server_default="", nullable=False)
    )
    op.add_column("meetings", sa.Column("adoption_document", sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    # DROP COLUMN itself (SQLite 3.35+), not a batch copy: that would drop the triggers.
    op.execute("ALTER TABLE meetings DROP COLUMN adoption_document")
    op.execute("ALTER TABLE meetings DROP COLUMN adoption_changes")
    op.drop_index("ix_history_record", table_name="history")
    op.drop_index("ix_history_at", table_name="history")
    op.drop_table("history")

"""A version on every editable record: a save refuses to overwrite a colleague's change.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The tables of the records forms edit; every row they hold starts at version 1.
TABLES = (
    "organisations",
    "people",
    "themes",
    "tables",
    "table_members",
    "agenda_template_items",
    "meetings",
    "attendance",
    "agenda_items",
    "decisions",
    "practices",
    "concerns",
    "development_points",
    "actions",
)


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN: a batch copy of the tables would drop their search triggers.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    """Revert this revision."""
    for table in reversed(TABLES):
        op.drop_column(table, "version")

"""An organisation's short name, for reports: "KUS" for Kennisplatform Utrecht Sociaal.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN: a batch copy of ``organisations`` would drop its search triggers.
    op.add_column(
        "organisations", sa.Column("short_name", sa.Text(), server_default="", nullable=False)
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("organisations", "short_name")

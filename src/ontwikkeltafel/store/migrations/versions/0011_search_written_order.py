"""PostgreSQL's search entries are numbered as written; "newest" no longer reads their place.

Among equal matches the search takes the entry written last as the newest. It read that off
the entry's place in the table (its ctid): every save writes its record's entry anew, so
the table fills with dead entries, and after a VACUUM new entries go into the freed early
places, where the search took them for the oldest (a record just edited dropped out of a
long list of matches). Each entry now takes the next number of a sequence as it is written
(``written``); the entries there at the upgrade are numbered in their table order, so
nothing the search lists changes at the upgrade.

SQLite needs nothing: its newest is the record's search key (an INTEGER PRIMARY KEY of
search_keys, given as the record is made), which VACUUM keeps.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 19:30:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import (
    postgres_drop_written_order,
    postgres_written_order,
)

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_written_order():
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in postgres_drop_written_order():
        op.execute(statement)

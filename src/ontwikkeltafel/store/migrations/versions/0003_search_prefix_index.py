"""Search while typing stays quick: the SQLite index gets FTS5 prefix indexes of 2 to 6 letters.

FTS5 answers a prefix query (``scho*``) from a prefix index of exactly that length
by seeking; without one it first merges the lists of every word so beginning, for
the whole index, on each query. The search asks per kind of record for its newest
matches (22 queries in one statement), so that merge would be done 22 times. Two and
three letters had an index (0002); four to six letters, what people type on the way
to a word, get one now. Longer prefixes match few words and stay cheap.

FTS5 may now gather 64 MB of new entries before writing them out: a rebuild (here, or
after a large import) then writes the index in two or three segments instead of a
dozen, which is quicker to write and to search, and offsets the extra prefix indexes.

The SQLite index is made anew and filled from the records (a few seconds for a large
database). PostgreSQL needs nothing: its GIN index serves prefixes of any length.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import sqlite_rebuild

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        for statement in sqlite_rebuild("2 3 4 5 6", hash_size=64 * 1024 * 1024):
            op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        for statement in sqlite_rebuild("2 3"):
            op.execute(statement)

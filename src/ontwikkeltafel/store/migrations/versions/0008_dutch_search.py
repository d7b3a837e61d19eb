"""PostgreSQL's search index stems Dutch words and ignores accents through unaccent.

The index kept each word lower case with a fixed list of accents taken off (the
``simple`` configuration): "gezinnen" did not find "gezin", nor "scholen" "school".
Now each word is indexed twice, stemmed (the ``dutch`` configuration) and as written,
both passed through the unaccent extension first (configurations ``search.dutch`` and
``search.words``): a whole word finds its other forms, and what is being typed still
finds the words it begins, as before. ``search.fold`` (the lists' filters and sorting)
becomes lower(unaccent(...)). The index is made anew and filled from the records.

SQLite needs nothing: its FTS5 index has no Dutch stemmer and folds accents already.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:00:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import (
    postgres_drop_search,
    postgres_dutch_search,
    postgres_search,
)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in [
        *postgres_drop_search(),
        *postgres_dutch_search(fill=True, bulk=False, written=False, plain=False),
    ]:
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision (the unaccent extension goes with the schema search, if made there)."""
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in [*postgres_drop_search(), *postgres_search(fill=True)]:
        op.execute(statement)

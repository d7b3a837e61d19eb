"""Alembic environment: runs on the connection the app hands over in ``config.attributes``."""

from alembic import context

from ontwikkeltafel.model import Base
from ontwikkeltafel.store.search import include_in_schema_comparison

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_in_schema_comparison,
)
with context.begin_transaction():
    context.run_migrations()

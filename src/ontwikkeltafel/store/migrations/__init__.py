"""Alembic migrations of the schema, shipped inside the package (no alembic.ini needed)."""

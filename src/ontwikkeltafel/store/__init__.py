"""Storage: where the database is, opening it safely, migrations (Alembic) and backups."""

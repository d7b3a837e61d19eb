"""A new database's schema made at once, without loading Alembic, as the migrations leave it.

The ORM's tables (the model holds every column, key, index and check the migrations
made), the search index of the engine, and Alembic's revision stamp. A test keeps the
result equal to a database made by running every migration, on SQLite and PostgreSQL.
"""

from sqlalchemy import Connection, inspect

from ontwikkeltafel.model import Base
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search_schema import postgres_search, sqlite_search

#: Alembic's own table, as Alembic makes it.
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def is_empty(connection: Connection) -> bool:
    """Whether the database holds no tables at all (of ours or anyone's)."""
    if connection.dialect.name == "sqlite":
        found = connection.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first()
        return found is None
    return not inspect(connection).get_table_names()


def create_schema(connection: Connection) -> None:
    """Give the empty database behind ``connection`` the newest schema, in its transaction."""
    Base.metadata.create_all(connection, checkfirst=False)
    sqlite = connection.dialect.name == "sqlite"
    for statement in sqlite_search() if sqlite else postgres_search(fill=False):
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(_VERSION_TABLE)
    connection.exec_driver_sql(f"INSERT INTO alembic_version VALUES ('{SCHEMA_REVISION}')")

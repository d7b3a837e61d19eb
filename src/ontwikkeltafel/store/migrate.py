"""Run the packaged Alembic migrations programmatically."""

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ontwikkeltafel.store.engine import WRITE_OPTION
from ontwikkeltafel.store.revision import SCRIPT_LOCATION, UPGRADE_LOCK_KEY


def alembic_config(script_location: str = SCRIPT_LOCATION) -> Config:
    """An Alembic config that needs no alembic.ini."""
    config = Config()
    config.set_main_option("script_location", script_location)
    return config


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    """The newest revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def is_known_revision(revision: str, script_location: str = SCRIPT_LOCATION) -> bool:
    """Whether this app's migrations contain ``revision``."""
    script = ScriptDirectory.from_config(alembic_config(script_location))
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade_to_head(engine: Engine, script_location: str = SCRIPT_LOCATION) -> None:
    """Upgrade the database to the newest revision in one transaction.

    The transaction takes the write lock before Alembic reads the revision, so a
    second process upgrading (or creating) the same file at the same moment waits,
    then finds it at head and does nothing.
    """
    config = alembic_config(script_location)
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})  # SQLite: BEGIN IMMEDIATE
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

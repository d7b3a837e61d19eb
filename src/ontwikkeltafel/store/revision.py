"""The schema revision this version of the app writes; a test keeps it equal to Alembic's head.

Knowing it without loading Alembic keeps start-up quick when nothing needs migrating.
"""

SCHEMA_REVISION = "0016"

#: Where the migrations live, as an Alembic package resource location.
SCRIPT_LOCATION = "ontwikkeltafel.store:migrations"

#: One PostgreSQL advisory lock: upgrades (and the making) of a database take turns.
UPGRADE_LOCK_KEY = 0x0D7AFE1

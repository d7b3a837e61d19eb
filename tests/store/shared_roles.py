"""The README's shared-database set-up on a test server: an owner role, an app role, a database.

Used as a fixture (``shared``) by the tests of init/upgrade and of the scrub under the
app's role; the SQL is read from README.md itself, so the README's steps are what is tested.
"""

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

README = Path(__file__).parents[2] / "README.md"
OWNER, APP = "tafel_eigenaar", "tafel_app"


def readme_sql() -> list[list[str]]:
    """The statements of the README's section on a shared database: one list a block."""
    section = README.read_text(encoding="utf-8").split("## Een gedeelde database")[1]
    section = section.split("\n## ")[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 2, "the superuser's block and the owner's grants"
    return [[s.strip() for s in block.split(";") if s.strip()] for block in blocks]


@dataclass
class Shared:
    """One database of the README's set-up: its owner's and the app's URLs."""

    owner_url: str
    app_url: str
    admin_url: str

    def tables(self) -> list[tuple[Any, ...]]:
        """Every table and column with its type, and the revision: to see nothing changed."""
        engine = create_engine(self.admin_url)
        try:
            with engine.connect() as connection:
                columns = connection.execute(
                    text(
                        "SELECT table_schema, table_name, column_name, data_type "
                        "FROM information_schema.columns "
                        "WHERE table_schema IN ('public', 'search') ORDER BY 1, 2, 3"
                    )
                ).all()
                revision = connection.execute(text("SELECT version_num FROM alembic_version"))
                return [*columns, *revision.all()]
        finally:
            engine.dispose()


@pytest.fixture
def shared(pg_url: str) -> Iterator[Shared]:
    """The README's steps 1 (as the superuser) on the test server, with names of this test."""
    suffix = uuid.uuid4().hex[:8]
    owner, app, name = f"{OWNER}_{suffix}", f"{APP}_{suffix}", f"tafels_{suffix}"
    superuser = readme_sql()[0]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    server = make_url(pg_url)
    try:
        with admin.connect() as connection:
            for statement in superuser:
                statement = statement.replace(OWNER, owner).replace(APP, app)
                connection.exec_driver_sql(statement.replace("tafels", name))
        urls = [
            server.set(username=user, database=name).render_as_string(hide_password=False)
            for user in (owner, app, "postgres")
        ]
        yield Shared(*urls)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'DROP ROLE "{app}"')
            connection.exec_driver_sql(f'DROP ROLE "{owner}"')
    finally:
        admin.dispose()


def grant(shared: Shared) -> None:
    """The README's step 3: the owner grants the app's role the rights to the data."""
    owner, app = make_url(shared.owner_url).username, make_url(shared.app_url).username
    assert owner is not None and app is not None
    engine = create_engine(shared.owner_url)
    try:
        with engine.begin() as connection:
            for statement in readme_sql()[1]:
                connection.exec_driver_sql(statement.replace(OWNER, owner).replace(APP, app))
    finally:
        engine.dispose()

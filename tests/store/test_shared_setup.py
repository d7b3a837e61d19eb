"""A shared PostgreSQL database: its owner runs init and upgrade, the app's role only uses data.

On a real server (tests/pg_server.py, trust authentication): the app refuses an empty
or out-of-date database and names who must act; ``init`` makes the schema once and
leaves it alone after; the README's grants let a role read and write data (an import,
an edit, a search) and nothing more: its ``upgrade`` is refused and changes nothing,
the owner's ``upgrade`` migrates. On SQLite init and upgrade do what opening does.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.store.migrate import alembic_config, head_revision
from ontwikkeltafel.store.shared_setup import (
    CURRENT,
    MADE,
    PRESENT,
    UPGRADED,
    init_database,
    upgrade_database,
)
from tests.store.conftest import find, keys
from tests.store.shared_roles import Shared, grant


def step_back(url: str) -> str:
    """Take the schema one revision back, as if made by the version before; that revision."""
    engine = make_engine(location_from_url(url))
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
            return str(
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            )
    finally:
        engine.dispose()


def refused(call: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def test_an_empty_server_database_is_refused_until_its_owner_runs_init(shared: Shared) -> None:
    empty = refused(lambda: open_database(location_from_url(shared.app_url)))
    assert empty.key == "shared.not_initialised"
    line = empty.render("en")
    assert "init" in line and make_url(shared.app_url).database in line
    assert refused(lambda: upgrade_database(location_from_url(shared.owner_url))).key == (
        "shared.upgrade_empty"
    )
    denied = refused(lambda: init_database(location_from_url(shared.app_url)))
    assert denied.key == "shared.init_denied"
    assert make_url(shared.app_url).username in denied.render("en")
    engine = create_engine(shared.admin_url)
    with engine.connect() as connection:
        ours = "SELECT count(*) FROM pg_tables WHERE schemaname IN ('public', 'search')"
        assert connection.execute(text(ours)).scalar() == 0  # refusing made nothing
    engine.dispose()

    made = init_database(location_from_url(shared.owner_url))
    assert (made.outcome, made.revision, made.owner) == (
        MADE,
        head_revision(),
        make_url(shared.owner_url).username,
    )
    before = shared.tables()
    again = init_database(location_from_url(shared.owner_url))
    assert (again.outcome, again.revision) == (PRESENT, head_revision())
    assert shared.tables() == before
    open_database(location_from_url(shared.owner_url)).close()


def test_init_refuses_a_database_of_another_program(shared: Shared) -> None:
    engine = create_engine(shared.owner_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE boekhouding (id integer)")
    engine.dispose()
    foreign = refused(lambda: init_database(location_from_url(shared.owner_url)))
    assert foreign.key == "shared.foreign"
    assert refused(lambda: open_database(location_from_url(shared.app_url))).key == (
        "shared.foreign"
    )


def test_the_app_role_uses_data_and_only_the_owner_upgrades(
    shared: Shared, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    assert init_database(location_from_url(shared.owner_url)).outcome == MADE
    grant(shared)

    database = open_database(location_from_url(shared.app_url))
    try:
        import_file(database.session_factory, write_json(document))
        update_record(
            database.session_factory, "practices", "pr-consulent", {"title": "De zeldzaamwoord"}
        )
        with database.session_factory() as session:  # the index, written by the app's role
            indexed = "SELECT title FROM search.search_index WHERE record_id = 'pr-consulent'"
            assert "zeldzaamwoord" in str(session.execute(text(indexed)).scalar())
        assert ("practice", "pr-consulent") in keys(find(database, "zeldzaamwoord"))
    finally:
        database.close()
    with pytest.raises(ProgrammingError, match="must be owner"):
        engine = create_engine(shared.app_url)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("ALTER TABLE themes ADD COLUMN extra text")
        finally:
            engine.dispose()

    old = step_back(shared.owner_url)
    outdated = refused(lambda: open_database(location_from_url(shared.app_url)))
    assert outdated.key == "shared.needs_upgrade"
    owner = make_url(shared.owner_url).username
    assert owner is not None
    line = outdated.render("en")
    assert owner in line and old in line and head_revision() in line
    assert f"postgresql+psycopg://{owner}@" in line and line.endswith(" upgrade")

    before = shared.tables()
    denied = refused(lambda: upgrade_database(location_from_url(shared.app_url)))
    assert denied.key == "shared.upgrade_not_owner"
    assert owner in denied.render("nl") and "niets veranderd" in denied.render("nl")
    assert shared.tables() == before

    steps: list[tuple[str, str]] = []
    done = upgrade_database(location_from_url(shared.owner_url), before=lambda *s: steps.append(s))
    assert (done.outcome, done.before, done.revision) == (UPGRADED, old, head_revision())
    assert steps == [(old, head_revision())]
    assert upgrade_database(location_from_url(shared.owner_url)).outcome == CURRENT
    database = open_database(location_from_url(shared.app_url))  # the default privileges
    try:
        assert ("practice", "pr-consulent") in keys(find(database, "zeldzaamwoord"))
        update_record(database.session_factory, "themes", "th-geweld", {"name": "Na de upgrade"})
    finally:
        database.close()


def test_on_sqlite_init_makes_the_file_and_upgrade_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "tafels.sqlite3"
    location = location_from_path(path)
    assert refused(lambda: upgrade_database(location)).key == "shared.upgrade_empty"
    assert not path.exists()
    assert init_database(location).outcome == MADE
    assert init_database(location).outcome == PRESENT
    assert upgrade_database(location).outcome == CURRENT
    old = step_back(f"sqlite:///{path}")
    steps: list[tuple[str, str]] = []
    done = upgrade_database(location, before=lambda *s: steps.append(s))
    assert (done.outcome, done.before, done.revision) == (UPGRADED, old, head_revision())
    assert steps == [(old, head_revision())]
    assert done.backup_path is not None and done.backup_path.exists()

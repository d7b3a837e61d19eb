"""The migrations build exactly the ORM's schema, and the schema enforces the domain's rules."""

import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Base,
    Meeting,
    Person,
    Theme,
)
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import make_engine
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.store.migrate import head_revision, upgrade_to_head
from ontwikkeltafel.store.revision import SCHEMA_REVISION
from ontwikkeltafel.store.search import include_in_schema_comparison


def test_upgrade_head_gives_exactly_the_orm_metadata(db_path: Path) -> None:
    # Every migration run (a new database opened is made without them: test_creation.py).
    engine = make_engine(location_from_path(db_path))
    upgrade_to_head(engine)
    with engine.connect() as connection, warnings.catch_warnings():
        # SQLite cannot reflect the expression index lower(name); it is checked below instead.
        warnings.simplefilter("ignore")
        options = {"compare_type": True, "include_name": include_in_schema_comparison}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []
        indexes = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'uq_themes_name_nocase'"
        ).scalar()
    engine.dispose()
    assert indexes == "CREATE UNIQUE INDEX uq_themes_name_nocase ON themes (lower(name))"


def test_schema_revision_constant_is_alembic_head() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_model_imports_no_qt() -> None:
    import ontwikkeltafel.model as model

    assert "PySide6" not in str(vars(model))


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        (
            [(Theme, {"id": "a", "name": "Pesten"}), (Theme, {"id": "b", "name": "PESTEN"})],
            "theme names are unique ignoring case",
        ),
        (
            [(Person, {"id": "p", "last_name": "Vries", "organisation_id": "nope"})],
            "foreign keys are enforced",
        ),
    ],
)
def test_database_enforces_rules(database: Database, rows: list, why: str) -> None:
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        for model, values in rows:
            session.execute(insert(model), [values])


def _meeting(session, meeting_id: str = "m") -> None:  # type: ignore[no-untyped-def]
    session.add(
        Meeting(id=meeting_id, title="Overleg", starts_at=datetime(2024, 5, 14, tzinfo=UTC))
    )
    session.flush()


def test_agenda_position_unique_per_meeting(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        _meeting(session)
        session.add_all(
            [
                AgendaItem(id="a", meeting_id="m", position=1, title="Opening"),
                AgendaItem(id="b", meeting_id="m", position=1, title="Sluiting"),
            ]
        )


def test_action_number_unique_per_table(database: Database) -> None:
    from ontwikkeltafel.model import Table

    with pytest.raises(IntegrityError), database.session_factory.begin() as session:
        session.add(Table(id="t", title="Tafel"))
        session.flush()
        session.add_all(
            [
                Action(id="x", number="2018-01", table_id="t", description="Een"),
                Action(id="y", number="2018-01", table_id="t", description="Twee"),
            ]
        )


def test_moments_come_back_aware_and_equal(database: Database) -> None:
    moment = datetime.fromisoformat("2018-01-18T15:00:00+01:00")
    with database.session_factory.begin() as session:
        session.add(Meeting(id="m", title="Overleg", starts_at=moment))
    with database.session_factory() as session:
        stored = session.get(Meeting, "m")
        assert stored is not None
        assert stored.starts_at == moment
        assert stored.starts_at.tzinfo is not None


def test_downgrade_to_base_and_up_again(database: Database) -> None:
    from alembic import command

    from ontwikkeltafel.store.migrate import alembic_config, upgrade_to_head

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        assert [row[0] for row in tables] == ["alembic_version"]
    upgrade_to_head(database.engine)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM meetings").scalar() == 0

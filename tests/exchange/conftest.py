"""Fixtures of the exchange tests: a seeded database copied for each bad-input case."""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_database import CliDatabase, with_password
from tests.conftest import SQLITE, CliResult, PgTemplate
from tests.exchange.bad_input_support import Importer, make_seeded_database


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database holding the seed records, made once per module."""
    return make_seeded_database(tmp_path_factory.mktemp("seeded"))


@pytest.fixture(scope="session")
def seeded_pg_template(
    pg_url: str, pg_template: PgTemplate, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PgTemplate]:
    """A PostgreSQL template holding the seed records, made once per session."""
    template = PgTemplate(pg_url, base=pg_template)
    try:
        make_seeded_database(tmp_path_factory.mktemp("seeded-pg"), template.url)
        yield template
    finally:
        template.close()


@pytest.fixture(scope="session")
def fresh_seeded() -> dict[str, Any]:
    """Per seeded database, what a fresh copy of it exports and holds (see ``Importer``)."""
    return {}


@pytest.fixture
def importer(
    cli: Callable[..., CliResult],
    cli_engine: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    fresh_seeded: dict[str, Any],
) -> Iterator[Importer]:
    """The command line on a copy of the seeded database (a file, or a PostgreSQL copy)."""
    if cli_engine == SQLITE:
        path, seeded = tmp_path / "test.sqlite3", request.getfixturevalue("seeded")
        shutil.copyfile(seeded, path)
        yield Importer(cli, CliDatabase(path=path), tmp_path, fresh_seeded, str(seeded))
        return
    template: PgTemplate = request.getfixturevalue("seeded_pg_template")
    url = template.copy()
    try:
        target = CliDatabase(url=with_password(url))
        yield Importer(cli, target, tmp_path, fresh_seeded, template.name)
    finally:
        template.drop(url)

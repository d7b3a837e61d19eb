"""Fixtures of the exchange tests: a seeded database copied for each bad-input case."""

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.exchange.bad_input_support import Importer, make_seeded_database


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed records, made once per module."""
    return make_seeded_database(tmp_path_factory.mktemp("seeded"))


@pytest.fixture
def importer(
    cli: Callable[..., CliResult], db_path: Path, tmp_path: Path, seeded: Path
) -> Importer:
    """A copy of the seeded database."""
    runner = Importer(cli, db_path, tmp_path)
    runner.seed(seeded)
    return runner

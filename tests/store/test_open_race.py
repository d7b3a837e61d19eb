"""Two processes opening one closed SQLite file at once lose no commit and damage nothing."""

import random
from pathlib import Path

import pytest

from tests.store.open_race import closed_database, run_trial


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return closed_database(tmp_path_factory.mktemp("race"))


def test_second_process_opening_while_the_first_looks_at_the_file(
    template: Path, tmp_path: Path
) -> None:
    for trial in range(3):
        outcome = run_trial(template, tmp_path / str(trial), worst=True, rng=random.Random(trial))
        assert (outcome.lost, outcome.damaged, outcome.errors) == (0, False, "")


def test_two_processes_started_together(template: Path, tmp_path: Path) -> None:
    rng = random.Random(8)
    for trial in range(6):
        outcome = run_trial(template, tmp_path / str(trial), worst=False, rng=rng)
        assert (outcome.lost, outcome.damaged, outcome.errors) == (0, False, "")


def test_two_processes_creating_a_missing_file_together(tmp_path: Path) -> None:
    rng = random.Random(9)
    for trial in range(4):
        outcome = run_trial(None, tmp_path / str(trial), worst=False, rng=rng)
        assert (outcome.lost, outcome.damaged, outcome.errors) == (0, False, "")

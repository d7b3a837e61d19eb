"""Shared fixtures: the app's folders redirected to a temporary place, databases, documents."""

import copy
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.cli import main
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path
from tests.documents import small_document

#: Set by .ci/run, which provides root, mount, chattr and capsh: there a test that cannot
#: make its failure real fails instead of being skipped (a skipped test proves nothing).
STRICT_ENVIRONMENT = "ONTWIKKELTAFEL_STRICT_ENVIRONMENT"


def unavailable(reason: str) -> None:
    """This machine cannot make the test's failure real: skip, or fail where CI runs."""
    if os.environ.get(STRICT_ENVIRONMENT):
        pytest.fail(f"{reason} (CI provides what this test needs: see .ci/run)")
    pytest.skip(reason)


# The screen the UI tests run on: the 1366 x 768 laptop the app is made for (Qt's offscreen
# screen is 800 x 800 unless told, too small to give back a window's remembered size).
LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
LAPTOP_SCREEN |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """pytest-qt's QApplication arguments: offscreen on a laptop-sized screen."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return ["pytest"]  # a real display (xvfb, a desktop): its own screen
    config = tmp_path_factory.mktemp("screen") / "laptop.json"
    config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), encoding="utf-8")
    return ["pytest", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (data, logs, config) into a fresh folder; no database from the env."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ONTWIKKELTAFEL_DB", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database lives (not created yet)."""
    return tmp_path / "test.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database."""
    db = open_database(location_from_path(db_path))
    yield db
    db.close()


@pytest.fixture
def document() -> dict[str, Any]:
    """A small valid exchange document touching every kind of record (a fresh copy)."""
    return copy.deepcopy(small_document())


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[[Any, str], Path]:
    """Write an object as a JSON file in the test folder."""

    def write(data: Any, name: str = "input.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


class CliResult:
    """Exit status and output of one in-process run of the command line."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``ontwikkeltafel ARGS`` in this process and capture what it prints."""

    def run(*args: str | os.PathLike[str]) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove it was left untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()

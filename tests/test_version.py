"""The version comes from one place: pyproject.toml, through the installed package's metadata."""

import sys
import tomllib
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest

import ontwikkeltafel
from ontwikkeltafel import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_pyprojects_through_the_metadata() -> None:
    written = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert ontwikkeltafel.version() == written["project"]["version"]
    assert ontwikkeltafel.version() == installed_version("ontwikkeltafel")
    assert ontwikkeltafel.__version__ == ontwikkeltafel.version()


def test_version_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out == f"ontwikkeltafel {ontwikkeltafel.version()}\n"


def test_without_metadata_the_version_says_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", [])
    ontwikkeltafel.version.cache_clear()
    try:
        assert ontwikkeltafel.version() == ontwikkeltafel.UNKNOWN_VERSION
    finally:
        ontwikkeltafel.version.cache_clear()


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        ontwikkeltafel.nothing  # noqa: B018


def test_starting_pays_nothing_for_the_version() -> None:
    """Importing the command line reads no metadata: ``--version`` does, when asked."""
    import subprocess

    code = "import ontwikkeltafel.cli, sys; print('importlib.metadata' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

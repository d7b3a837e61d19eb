"""The habits hold: layers (import-linter), ruff, mypy, small files, a docstring on every module."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "ontwikkeltafel"
BIN = Path(sys.executable).parent
PYTHON_FILES = sorted(
    p
    for folder in ("src", "tests", "benchmarks")
    for p in (ROOT / folder).rglob("*.py")
    if "workload" not in p.parts
)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_layers_and_qt_contracts_hold() -> None:
    result = _run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def test_ruff_lint() -> None:
    result = _run(str(BIN / "ruff"), "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", PYTHON_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_file_is_small_and_documented(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 600, "split files over 600 lines by responsibility"
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, "every module starts with a one-line docstring"


def test_pyside6_only_under_ui() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    offenders = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
        and p.relative_to(SRC).parts[0] not in ("ui", "app.py")
    ]
    assert offenders == []


def _lint_planted(tmp_path: Path, planted: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """lint-imports on a copy of the package with ``planted`` lines added to some modules."""
    import os
    import shutil

    package = tmp_path / "src" / "ontwikkeltafel"
    shutil.copytree(SRC, package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for relative, lines in planted.items():
        module = package / relative
        text = module.read_text(encoding="utf-8") if module.exists() else '"""Planted."""\n'
        module.write_text(text + "\n" + lines, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "src"))
    return subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_contracts_catch_a_crossed_layer(tmp_path: Path) -> None:
    """The contracts are not vacuous: a model module importing Qt and a service breaks both."""
    result = _lint_planted(
        tmp_path,
        {"model/crossed.py": "import PySide6\n\nimport ontwikkeltafel.services.listing\n"},
    )
    assert result.returncode == 1
    assert "Contracts: 3 kept, 2 broken." in result.stdout
    assert "ontwikkeltafel.model.crossed -> ontwikkeltafel.services.listing" in result.stdout


def test_ui_contracts_catch_a_planted_cycle(tmp_path: Path) -> None:
    """ui's own contracts: TYPE_CHECKING imports between pages, up the layers, in a cycle."""
    type_checking = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    {}\n"
    result = _lint_planted(
        tmp_path,
        {
            # the table page and the meeting page may not know each other
            "ui/pages/table/page.py": type_checking.format(
                "from ontwikkeltafel.ui.pages.meeting.page import MeetingPage  # noqa"
            ),
            # the core does not know the window
            "ui/core/undo.py": type_checking.format(
                "from ontwikkeltafel.ui.window.main_window import MainWindow  # noqa"
            ),
            # a part of the meeting page that imports its page: a cycle
            "ui/pages/meeting/minutes.py": type_checking.format(
                "from ontwikkeltafel.ui.pages.meeting.page import MeetingPage  # noqa"
            ),
        },
    )
    assert result.returncode == 1
    assert "Contracts: 2 kept, 3 broken." in result.stdout
    out = " ".join(result.stdout.split())
    assert "ontwikkeltafel.ui.pages.table.page -> ontwikkeltafel.ui.pages.meeting.page" in out
    assert "ontwikkeltafel.ui.core.undo -> ontwikkeltafel.ui.window.main_window" in out
    assert "in ontwikkeltafel.ui.pages.meeting. It could be made acyclic" in out

"""Start-up of the command line: --version and --help import neither SQLAlchemy nor Qt."""

import subprocess
import sys

import pytest

from ontwikkeltafel import __version__, cli, i18n

PROBE = """
import sys
from ontwikkeltafel.cli import main
try:
    main([{arg!r}])
except SystemExit:
    pass
heavy = ("sqlalchemy", "PySide6", "docx", "ontwikkeltafel.i18n", "ontwikkeltafel.store")
loaded = [m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy)]
print(",".join(sorted(loaded)))
"""


@pytest.mark.parametrize("arg", ["--version", "--help"])
def test_version_and_help_import_nothing_heavy(arg: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(arg=arg)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = done.stdout.splitlines()
    assert "ontwikkeltafel" in done.stdout
    assert lines[-1] == ""


def test_version_is_printed_from_the_package() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ontwikkeltafel", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == f"ontwikkeltafel {__version__}"


def test_the_parser_offers_the_catalogue_languages() -> None:
    assert cli.LANGUAGES == i18n.LANGUAGES

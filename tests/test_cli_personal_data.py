"""``report`` says the likely personal data in a participants' version on standard error only."""

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli_database import CliDatabase

Cli = Callable[..., Any]


@pytest.fixture
def db(
    cli: Cli, cli_database: CliDatabase, write_json: Any, document: dict[str, Any]
) -> CliDatabase:
    """The small document with m-2, whose minutes name a BSN, a stranger and (confidential) more."""
    document["people"].append({"id": "p-kees", "first_name": "Kees", "last_name": "Jansen"})
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-02-15T15:30:00+01:00",
            "status": "held",
            "agenda": [
                {"id": "ai-21", "position": 1, "title": "Opening", "kind": "opening"},
                {
                    "id": "ai-22",
                    "position": 2,
                    "title": "Casus",
                    "confidential": True,
                    "minutes": "Moeder belt 06-12345678 terug.",
                },
                {
                    "id": "ai-23",
                    "position": 3,
                    "title": "Aanmelding",
                    "minutes": "Het kind (BSN 111222333) is aangemeld door Kees Jansen. "
                    "Anna de Vries neemt contact op.",
                },
            ],
        }
    )
    assert cli(*cli_database.where, "import", write_json(document)).code == 0
    return cli_database


def _log(user_dirs: Path) -> str:
    log_file = user_dirs / "state" / "ontwikkeltafel" / "log" / "ontwikkeltafel.log"
    return log_file.read_text(encoding="utf-8") if log_file.exists() else ""


def test_a_bsn_in_a_participants_version_is_said_on_standard_error(
    cli: Cli, db: CliDatabase, tmp_path: Path, user_dirs: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "verslag.docx"
    started = time.perf_counter()
    result = cli(*db.where, "--lang", "nl", "report", "minutes", "m-2", "-o", out)
    took = time.perf_counter() - started
    assert result.code == 0, result.err
    assert out.exists()
    lines = result.err.splitlines()
    assert (
        "Mogelijk persoonsgegeven in agendapunt 2 (BSN): "
        "Het kind (BSN •••••••33) is aangemeld door ••••••••••…"
    ) in lines
    assert any("agendapunt 2 (naam van een niet-lid)" in line for line in lines)
    # The confidential item is not in the participants' version; members are no strangers.
    assert len(lines) == 2, lines
    assert "111222333" not in result.err and "Kees" not in result.err
    assert "12345678" not in result.err
    assert "BSN" not in result.out
    log = _log(user_dirs) + "\n".join(r.getMessage() for r in caplog.records)
    assert "111222333" not in log and "•" not in log and "persoonsgegeven" not in log
    assert took < 5


def test_in_english(cli: Cli, db: CliDatabase, tmp_path: Path) -> None:
    result = cli(*db.where, "--lang", "en", "report", "minutes", "m-2", "-o", tmp_path / "v.docx")
    assert result.code == 0, result.err
    assert (
        "Possible personal data in agenda item 2 (citizen service number (BSN)): "
        "Het kind (BSN •••••••33) is aangemeld door ••••••••••…"
    ) in result.err.splitlines()


def test_the_internal_version_says_nothing(
    cli: Cli, db: CliDatabase, tmp_path: Path, user_dirs: Path
) -> None:
    out = tmp_path / "intern.docx"
    result = cli(*db.where, "report", "minutes", "m-2", "-o", out, "--internal")
    assert result.code == 0, result.err
    assert out.exists()
    assert result.err == ""
    assert "111222333" not in _log(user_dirs)


def test_the_convocatie_is_scanned_too(cli: Cli, db: CliDatabase, tmp_path: Path) -> None:
    result = cli(*db.where, "report", "agenda", "m-2", "-o", tmp_path / "c.docx")
    assert result.code == 0, result.err
    # The convocatie shows no minutes: nothing personal in titles and descriptions.
    assert "persoonsgegeven" not in result.err

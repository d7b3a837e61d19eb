"""The log file: tracebacks go there, and never a password, whatever wrote it (issue 8.4)."""

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ontwikkeltafel.logs import setup_logging

URL = "postgresql+psycopg://anna:S3cr@tPw1@127.0.0.1:5432/tafels"
SECRETS = ("S3cr", "tPw1", "Zq9wXy7q", "Ru5mWv4k")


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The log file set up as the command line sets it up; its handler removed afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging()
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_messages_arguments_and_tracebacks_are_redacted(log_file: Path) -> None:
    log = logging.getLogger("ontwikkeltafel.test")
    log.info("opening %s", URL)
    log.warning(f"query {URL}?sslmode=disable&password=Zq9wXy7q&application_name=x")
    try:
        try:
            raise ValueError(f"driver says: cannot parse '{URL}'")
        except ValueError as exc:
            raise RuntimeError("connect(host='h', password='Ru5mWv4k') failed") from exc
    except RuntimeError:
        log.exception("cannot open %s", {"user": "anna", "password": "Ru5mWv4k"})
    text = log_file.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text
    assert "opening postgresql+psycopg://anna:***@127.0.0.1:5432/tafels" in text
    assert "password=***&application_name=x" in text
    assert "cannot open {'user': 'anna', 'password': '***'}" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: driver says: cannot parse 'postgresql+psycopg://anna:***@127.0.0.1" in text
    assert "RuntimeError: connect(host='h', password=***" in text


def test_bytes_escaped_quotes_and_encoded_keys_are_redacted(log_file: Path) -> None:
    log = logging.getLogger("ontwikkeltafel.test")
    log.info("connect %s", {"user": "anna", "password": b"Zq9wXy7q"})
    log.info("connect %s", {"password": "Ru5m'Wv4k\"S3cr", "host": "h"})
    log.info("connect %s", {"password": "Ru5m\\", "host": "h", "sslpassword": b"S3cr'tPw1"})
    log.info("bad url %s", "postgresql://anna@h:x/db?pass%77ord=tPw1Xy7q&%70wd=Xy7qtPw1")
    text = log_file.read_text(encoding="utf-8")
    for secret in (*SECRETS, "Xy7q"):
        assert secret not in text
    assert "connect {'user': 'anna', 'password': b'***'}" in text
    assert """connect {'password': '***', 'host': 'h'}""" in text
    assert "connect {'password': '***', 'host': 'h', 'sslpassword': b\"***\"}" in text
    assert "db?pass%77ord=***&%70wd=***" in text


def test_lines_without_a_password_are_unchanged(log_file: Path) -> None:
    logging.getLogger("ontwikkeltafel.test").info("backed up %s to %s", "a@b.sqlite3", "12:30")
    (line,) = log_file.read_text(encoding="utf-8").splitlines()
    assert line.endswith(" INFO ontwikkeltafel.test: backed up a@b.sqlite3 to 12:30")


def test_importing_the_log_module_stays_cheap() -> None:
    """It is imported at every start: the redaction (and SQLAlchemy) load when logging starts."""
    code = "import sys, ontwikkeltafel.logs; print('sqlalchemy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"

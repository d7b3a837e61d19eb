"""The lost-connection tests' own server: without PostgreSQL they fail where CI runs, else skip."""

import pytest

from tests.conftest import STRICT_ENVIRONMENT
from tests.ui import lost_server


def test_no_postgresql_fails_where_ci_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lost_server, "find_bindir", lambda: None)
    monkeypatch.setenv(STRICT_ENVIRONMENT, "1")
    with pytest.raises(pytest.fail.Exception, match=r"PostgreSQL is not installed.*CI provides"):
        lost_server.own_server()


def test_no_postgresql_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lost_server, "find_bindir", lambda: None)
    monkeypatch.delenv(STRICT_ENVIRONMENT, raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed"):
        lost_server.own_server()

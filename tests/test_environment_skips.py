"""Where CI provides what the failure tests need, one that cannot run fails instead of skipping."""

import pytest

from tests.conftest import STRICT_ENVIRONMENT, unavailable


def test_a_missing_tool_fails_where_ci_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_ENVIRONMENT, "1")
    with pytest.raises(pytest.fail.Exception, match=r"no chattr.*CI provides"):
        unavailable("no chattr")


def test_a_missing_tool_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STRICT_ENVIRONMENT, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no chattr"):
        unavailable("no chattr")

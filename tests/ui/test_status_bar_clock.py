"""The status bar's times are Amsterdam's, as every other moment the window shows."""

from datetime import datetime

import pytest

from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.ui.core.labels import clock_time


def test_clock_time_is_amsterdam_time_on_a_machine_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine set to UTC (CI, a server) still says the Dutch time: 22.36, not 21.36."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        before = datetime.now(AMSTERDAM).strftime("%H.%M")
        shown = clock_time()
        after = datetime.now(AMSTERDAM).strftime("%H.%M")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert shown in {before, after}

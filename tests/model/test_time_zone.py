"""The app's one time zone is defined once, in the model, and every layer imports it."""

import re
from datetime import UTC, date, datetime
from pathlib import Path

from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.reports.format import short_date

SRC = Path(__file__).resolve().parents[2] / "src" / "ontwikkeltafel"


def test_the_zone_is_amsterdam() -> None:
    assert str(AMSTERDAM) == "Europe/Amsterdam"
    assert datetime(2024, 12, 31, 23, 30, tzinfo=UTC).astimezone(AMSTERDAM).year == 2025


def test_the_zone_is_defined_once() -> None:
    pattern = re.compile(r"ZoneInfo\(")
    places = [
        p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if pattern.search(p.read_text())
    ]
    assert places == ["model/zone.py"]


def test_one_short_date_for_dates_moments_and_none() -> None:
    assert short_date(date(2024, 5, 14)) == "14-05-2024"
    assert short_date(datetime(2024, 12, 31, 23, 30, tzinfo=UTC)) == "01-01-2025"  # Amsterdam day
    assert short_date(None) == ""

"""Automatic backups: one on the first start of each day, rotated 7 daily, 4 weekly, 12 monthly."""

import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.backups import backups_to_keep, daily_backup, daily_backup_path
from tests.conftest import CliResult, unavailable


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_rotation_keeps_seven_days_four_weeks_twelve_months() -> None:
    kept = backups_to_keep(_days(date(2025, 1, 1), date(2026, 12, 6)))  # a Sunday
    daily = set(_days(date(2026, 11, 30), date(2026, 12, 6)))
    weekly = {date(2026, 11, 29), date(2026, 11, 22), date(2026, 11, 15)}  # and 12-06
    monthly = {date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 11)}
    assert monthly == {date(2026, 1, 31), date(2026, 2, 28), *monthly} and len(monthly) == 10
    assert kept == daily | weekly | monthly  # 11-30 and 12-06 are daily already
    assert len(kept) == 20


def test_rotation_keeps_what_little_there_is() -> None:
    few = [date(2020, 5, 1), date(2023, 1, 9), date(2026, 12, 6)]
    assert backups_to_keep(few) == set(few)
    assert backups_to_keep([]) == set()


def test_rotation_keeps_the_newest_of_each_month_when_used_seldom() -> None:
    # Twice a month for three years: 7 newest, then the newest of each week and month.
    days = [date(2024 + n // 24, n // 2 % 12 + 1, 5 if n % 2 == 0 else 20) for n in range(72)]
    kept = backups_to_keep(days)
    newest = sorted(days, reverse=True)
    assert set(newest[:7]) <= kept
    assert {date(2026, month, 20) for month in range(1, 13)} <= kept
    assert len(kept) == 7 + 12 - 4  # the newest 7 hold 4 months' twentieths already
    assert all(day.year == 2026 for day in kept)


def test_the_first_start_of_a_day_backs_up_and_a_second_makes_none(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
) -> None:
    assert cli("--db", db_path, "import", write_json(document)).code == 0
    folder = db_path.parent / "test-backups"
    assert not folder.exists()  # a new database has nothing to back up yet

    assert cli("--db", db_path, "export", "-o", db_path.parent / "a.json").code == 0
    today = daily_backup_path(db_path, date.today())
    assert [p.name for p in folder.iterdir()] == [today.name]
    assert stat.S_IMODE(today.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    made = today.stat()

    assert cli("--db", db_path, "export", "-o", db_path.parent / "b.json").code == 0
    assert [p.name for p in folder.iterdir()] == [today.name]
    again = today.stat()
    assert (again.st_ino, again.st_mtime_ns) == (made.st_ino, made.st_mtime_ns)
    assert daily_backup(db_path) is None


def test_a_new_day_rotates_the_old_backups_away(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    db_path: Path,
) -> None:
    assert cli("--db", db_path, "import", write_json(document)).code == 0
    first = daily_backup(db_path, date(2026, 1, 1))
    assert first is not None
    for day in _days(date(2026, 1, 2), date(2026, 3, 31)):
        shutil.copy(first, daily_backup_path(db_path, day))
    other = first.parent / "test.backup-2025-01-01-120000.sqlite3"  # made on request
    shutil.copy(first, other)
    made = daily_backup(db_path, date(2026, 4, 1))
    assert made is not None and made.exists()
    left = {p.name for p in first.parent.iterdir()}
    expected = backups_to_keep(_days(date(2026, 1, 1), date(2026, 4, 1)))
    assert left == {daily_backup_path(db_path, day).name for day in expected} | {other.name}
    # 03-26 to 04-01 daily (the weeks of 04-01 and 03-29 and March among them), the
    # weeks of 03-22 and 03-15, the months of February and January.
    extra = {date(2026, 3, 22), date(2026, 3, 15), date(2026, 2, 28), date(2026, 1, 31)}
    assert expected == set(_days(date(2026, 3, 26), date(2026, 4, 1))) | extra


def test_a_daily_backup_that_finds_no_room_keeps_nothing_from_working(
    cli: Callable[..., CliResult],
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if os.geteuid() != 0:
        unavailable("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        unavailable(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        path = disk / "tafels.sqlite3"
        assert cli("--db", path, "import", write_json(document)).code == 0
        assert path.stat().st_size > 200 * 1024
        room = os.statvfs(disk)
        with (disk / "vuller").open("wb") as stream:  # 160 KiB left: no room for a copy
            stream.write(b"\0" * (room.f_bavail * room.f_frsize - 160 * 1024))
        exported = cli("--lang", "en", "--db", path, "export", "-o", tmp_path / "uit.json")
        assert exported.code == 0, exported.err
        assert exported.err == "" and (tmp_path / "uit.json").exists()
        assert "cannot make the daily backup" in caplog.text  # tried, and gave up quietly
        assert sorted(p.name for p in disk.iterdir() if not p.name.startswith("tafels.")) == [
            "vuller"
        ]  # no backups folder, no half copy
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)

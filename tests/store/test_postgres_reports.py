"""The verslag and the actielijst read through plain SQL give the same on PostgreSQL as on SQLite.

The demo is loaded into both and a concept verslag adopted in both (its document kept inside
the adoption's transaction: plain SQL on the session's connection); then each report is written
from each: a concept (actions as they stood at the meeting), a verslag adopted in the demo (made
as it stood on its adoption day, from the history), the one just adopted (its kept document),
and each table's actielijst. The documents must read the same.
"""

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tests.reports.report_samples import document_lines


def _write(cli: Callable[..., Any], where: list[str], args: list[str], out: Path) -> list[str]:
    result = cli(*where, "report", *args, "-o", out)
    assert result.code == 0, result.err
    return document_lines(out)


def test_minutes_and_actions_read_the_same_on_postgres_as_on_sqlite(
    pg_database_url: str, cli: Callable[..., Any], tmp_path: Path
) -> None:
    sqlite_file = tmp_path / "demo.sqlite3"
    engines = {"postgresql": ["--db-url", pg_database_url], "sqlite": ["--db", str(sqlite_file)]}
    for where in engines.values():
        loaded = cli(*where, "demo")
        assert loaded.code == 0, loaded.err
    with sqlite3.connect(sqlite_file) as connection:
        meetings = connection.execute(
            "SELECT id, status FROM meetings WHERE table_id IS NOT NULL ORDER BY starts_at"
        ).fetchall()
        tables = [row[0] for row in connection.execute("SELECT id FROM tables ORDER BY id")]
    by_status: dict[str, str] = {}
    for meeting_id, status in meetings:
        by_status.setdefault(status, meeting_id)
    assert {"minutes_approved", "minutes_draft"} <= set(by_status), by_status
    adopted = [m for m, status in meetings if status == "minutes_draft"][-1]
    for where in engines.values():
        done = cli(*where, "adopt", adopted, "--on", date.today().isoformat())
        assert done.code == 0, done.err
    shown = [*by_status.values(), adopted]
    asked = [["minutes", m, *flag] for m in shown for flag in ([], ["--internal"])]
    asked += [["actions", t, *flag] for t in tables for flag in ([], ["--internal"])]
    for n, args in enumerate(asked):
        written = {
            name: _write(cli, where, args, tmp_path / f"{name}-{n}.docx")
            for name, where in engines.items()
        }
        assert written["postgresql"] == written["sqlite"], args
        assert len(written["sqlite"]) > 5, args

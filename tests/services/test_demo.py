"""The demo data: built from the seed texts, loadable, and free of real people's names."""

import json
from typing import Any

import pytest

from ontwikkeltafel.paths import demo_file
from ontwikkeltafel.services.demo import load_demo
from ontwikkeltafel.services.exchange_files import export_file
from ontwikkeltafel.services.listing import meeting_ids, table_ids, table_rows
from ontwikkeltafel.store.database import Database


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_file().read_text(encoding="utf-8"))
    return data


def test_demo_holds_the_tables_of_the_seeds(demo: dict[str, Any]) -> None:
    titles = {t["title"] for t in demo["tables"]}
    assert "Onderwijs en zorg vinden elkaar!" in titles
    organisations = {o["name"] for o in demo["organisations"]}
    for name in ("Conexus", "KION", "MAAT", "Veilig Thuis", "Gro-up", "Home-Start"):
        assert any(name in o for o in organisations), name
    practices = " ".join(p["title"] for p in demo["practices"]).lower()
    assert "schoolconsulent" in practices
    kinds = {m["kind"] for m in demo["meetings"]}
    assert {"table_session", "work_visit", "theme_meeting"} <= kinds


def test_demo_has_confidential_items_and_no_real_names(demo: dict[str, Any]) -> None:
    items = [i for m in demo["meetings"] for i in m["agenda"]]
    assert any(i["confidential"] and i["minutes"] for i in items)
    text = json.dumps(demo, ensure_ascii=False)
    assert "Karlijn" not in text and "Dankers" not in text  # the only person named in the seeds
    assert "Podvalny" not in text


def test_demo_loads_and_updates_in_place(
    database: Database, demo: dict[str, Any], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    first = load_demo(database.session_factory)
    assert first.added["meetings"] == len(demo["meetings"])
    assert first.added["agenda"] == sum(len(m["agenda"]) for m in demo["meetings"])
    again = load_demo(database.session_factory)
    assert sum(again.added.values()) == 0
    assert again.updated["people"] == len(demo["people"])
    sessions = database.session_factory
    assert len(table_ids(sessions)) == len(demo["tables"])
    assert len(meeting_ids(sessions)) == len(demo["meetings"])
    rows = {r.title: r for r in table_rows(sessions, table_ids(sessions))}
    assert rows["Onderwijs en zorg vinden elkaar!"].meeting_count >= 6
    summary = export_file(sessions, tmp_path / "demo.json")
    assert summary.counts["actions"] == len(demo["actions"])


def test_export_file_is_readable_by_others_and_leaves_no_temporary(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    out = tmp_path / "export.json"
    export_file(database.session_factory, out)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_old_verslag_lists_actions_finished_later_as_still_open(database) -> None:  # type: ignore[no-untyped-def]
    from ontwikkeltafel.model import ActionStatus
    from ontwikkeltafel.services.report_data import minutes_data

    load_demo(database.session_factory)
    sessions = database.session_factory
    rows = {r.title: r.id for r in table_rows(sessions, table_ids(sessions))}
    meetings = meeting_ids(sessions, rows["Onderwijs en zorg vinden elkaar!"], "starts_at", False)
    verslag = minutes_data(sessions, meetings[0], internal=False)
    agreed_there = [a for a in verslag.actions if a.agreed_on == verslag.meeting.starts_at.date()]
    assert agreed_there, "the first meeting agreed actions"
    for item in agreed_there:
        assert item.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        assert item.done_on is None or item.done_on <= verslag.meeting.starts_at.date()

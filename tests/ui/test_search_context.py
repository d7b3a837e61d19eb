"""The search panel names the meeting and date of an agenda item's or a decision's hit."""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.search import results
from ontwikkeltafel.ui.search.global_search import GlobalSearch
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import active_window


def two_announcements(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with a "Mededelingen" item (and a decision) in two meetings."""
    first = document["meetings"][0]
    second = copy.deepcopy(first)
    second |= {
        "id": "m-2",
        "title": "Bijeenkomst 6",
        "starts_at": "2018-11-22T15:30:00+01:00",
        "ends_at": "2018-11-22T17:00:00+01:00",
        "status": "planned",
        "attendance": [],
    }
    second.pop("minutes_approved_on", None)
    first["agenda"].append(
        {
            "id": "ai-m1",
            "position": 4,
            "title": "Mededelingen",
            "decisions": [{"id": "d-m1", "text": "Mededelingen voortaan schriftelijk."}],
        }
    )
    second["agenda"] = [{"id": "ai-m2", "position": 1, "title": "Mededelingen"}]
    document["meetings"].append(second)
    return document


@pytest.fixture
def window(
    qtbot: Any, database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> MainWindow:
    import_file(database.session_factory, write_json(two_announcements(document)))
    return active_window(qtbot, database)


def searched(qtbot: Any, window: MainWindow, text: str) -> GlobalSearch:
    """The window's search after typing ``text`` and the pause that runs it."""
    search = window.search
    assert search is not None
    search.field.setFocus()
    with qtbot.waitSignal(search.timer.timeout, timeout=2000):
        qtbot.keyClicks(search.field, text)
    assert search.panel is not None and search.is_open()
    return search


def painted_lines(search: GlobalSearch, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text drawn on each line of the panel's hits, top to bottom."""
    drawn: dict[int, str] = {}
    draw = results.draw_runs

    def spy(
        painter: QPainter, area: QRect, pieces: list[tuple[str, bool]], font: QFont, ink: QColor
    ) -> int:
        drawn[area.top()] = drawn.get(area.top(), "") + "".join(text for text, _m in pieces)
        return draw(painter, area, pieces, font, ink)

    monkeypatch.setattr(results, "draw_runs", spy)
    assert search.panel is not None
    search.panel.resize(900, search.panel.height())
    search.panel.view.viewport().grab()
    return [drawn[top] for top in sorted(drawn)]


def test_two_announcements_show_their_meetings_and_dates(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    search = searched(qtbot, window, "Mededelingen")

    lines = painted_lines(search, monkeypatch)

    assert "Mededelingen — Eerste bijeenkomst (18-01-2018)" in lines
    assert "Mededelingen — Bijeenkomst 6 (22-11-2018)" in lines
    assert "Mededelingen voortaan schriftelijk. — Eerste bijeenkomst (18-01-2018)" in lines
    assert search.panel is not None
    model = search.panel.model
    texts = [
        model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)
        for row in model.hit_rows()
    ]
    assert any(text.startswith("Mededelingen — Bijeenkomst 6 (22-11-2018)") for text in texts)
    tips = [
        model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in model.hit_rows()
    ]
    assert any(tip.startswith("Mededelingen — Eerste bijeenkomst (18-01-2018)") for tip in tips)


def test_other_hits_show_their_title_only_and_an_action_its_meeting(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    search = searched(qtbot, window, "schoolcons")

    lines = painted_lines(search, monkeypatch)

    assert "De schoolconsulent" in lines  # a practice: its title only
    with_meeting = [line for line in lines if "—" in line]
    assert with_meeting == ["Schoolconsulent uitnodigen — Eerste bijeenkomst (18-01-2018)"], lines

"""Vergadering leiden: the keys, the fake clock's colours, what is stored, the screens."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services.attendance_editing import attendance_rows
from ontwikkeltafel.services.live_meeting import ClockState
from ontwikkeltafel.services.minutes_editing import action_rows, decision_rows
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.live_panels import COLOURS
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from tests.live_document import LIVE_MEETING, add_live_meeting
from tests.ui.conftest import active_window, open_meeting, stored

START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # Monday 14.00 in Amsterdam


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    return add_live_meeting(document)


class FakeClock:
    """A time source the test moves."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class FakeScreen:
    """A screen that only has a place and a size."""

    def __init__(self, rect: QRect) -> None:
        self.rect = rect

    def geometry(self) -> QRect:
        return self.rect


def lead(
    qtbot: Any, filled: Database, screens: list[Any] | None = None
) -> tuple[MeetingPage, LiveView, FakeClock]:
    """Open the live meeting's page and press F11, with a fake clock and screens."""
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, LIVE_MEETING)
    clock = FakeClock()
    page.live = LiveView(page, clock, lambda: screens if screens is not None else [window.screen()])
    qtbot.addWidget(page.live)
    page.agenda_view.setFocus()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_F11)
    view = page.live
    qtbot.waitUntil(view.isVisible)
    return page, view, clock


def capture(qtbot: Any, view: LiveView, key: Qt.Key, *answers: str) -> None:
    qtbot.keyClick(view, key)
    assert view.capture.isVisible()
    for answer in answers:
        view.capture.line.clear()
        qtbot.keyClicks(view.capture.line, answer)
        qtbot.keyClick(view.capture.line, Qt.Key.Key_Return)


def produced_lines(view: LiveView) -> list[str]:
    lines = view.parts.produced
    return [lines.item(row).text() for row in range(lines.count())]


def colour(view: LiveView) -> str:
    return view.parts.item_clock.styleSheet()


def test_f11_opens_the_view_full_screen_at_the_first_item_and_its_start_is_recorded(
    qtbot: Any, filled: Database
) -> None:
    page, view, _clock = lead(qtbot, filled)
    assert view.isFullScreen() and view.item_id == "li-1"
    assert view.parts.item_title.text() == "Opening"
    assert view.parts.position.text() == "Punt 1 van 3"
    assert view.parts.next_item.text() == "Hierna: 2. Vragen uit de praktijk (20 min)"
    assert stored(filled, "agenda_items", "li-1")["started_at"] == START
    assert view.parts.attendance_heading.text() == "AANWEZIG: 2 VAN 3"
    assert view.parts.meeting_clock.text() == "nog 60 min, 25 min voor op schema"
    assert page.live_button.toolTip().endswith("(F11)")


def test_the_clock_turns_orange_at_80_percent_then_red_and_counts_up(
    qtbot: Any, filled: Database
) -> None:
    _page, view, clock = lead(qtbot, filled)
    clock.advance(minutes=3, seconds=59)
    view.clock.tick()
    assert view.parts.item_clock.text() == "1:01"
    assert view.clock_state == ClockState.NORMAL and COLOURS[ClockState.NORMAL] in colour(view)
    clock.advance(seconds=1)  # 4 of 5 minutes
    view.clock.tick()
    assert view.clock_state == ClockState.WARNING and COLOURS[ClockState.WARNING] in colour(view)
    clock.advance(minutes=2)
    view.clock.tick()
    assert view.parts.item_clock.text() == "+1:00"
    assert view.clock_state == ClockState.OVER and COLOURS[ClockState.OVER] in colour(view)
    clock.advance(seconds=10)
    view.clock.tick()
    assert view.parts.item_clock.text() == "+1:10"
    assert view.parts.clock_line.text() == "over tijd (5 min gepland)"
    # 14.06: 30 minutes of items after this one, ends 14.36 of 15.00.
    assert view.parts.meeting_clock.text() == "nog 54 min, 24 min voor op schema"


def test_space_pauses_the_items_clock(qtbot: Any, filled: Database) -> None:
    _page, view, clock = lead(qtbot, filled)
    clock.advance(minutes=1)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.clock.paused and view.parts.paused.isVisible()
    clock.advance(minutes=10)
    view.clock.tick()
    assert view.parts.item_clock.text() == "4:00"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    clock.advance(minutes=1)
    view.clock.tick()
    assert view.parts.item_clock.text() == "3:00" and not view.parts.paused.isVisible()


def test_page_down_and_up_record_the_real_start_and_end(qtbot: Any, filled: Database) -> None:
    page, view, clock = lead(qtbot, filled)
    clock.advance(minutes=6)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.item_id == "li-2" and view.parts.item_title.text() == "Vragen uit de praktijk"
    assert view.parts.presenter.text() == "Bas Bakker"
    assert "Drie vragen" in view.parts.description.text()
    assert view.parts.item_clock.text() == "20:00"
    first, second = (stored(filled, "agenda_items", i) for i in ("li-1", "li-2"))
    assert (first["started_at"], first["ended_at"]) == (START, START + timedelta(minutes=6))
    assert second["started_at"] == START + timedelta(minutes=6)
    clock.advance(minutes=2)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.item_id == "li-1"
    assert stored(filled, "agenda_items", "li-2")["ended_at"] == START + timedelta(minutes=8)
    assert view.parts.item_clock.text() == "+1:00"  # it had run 6 of its 5 minutes
    page.context.editor.stack.undo()  # the step back undone: item 2 has no end again
    assert stored(filled, "agenda_items", "li-2")["ended_at"] is None


def test_b_v_g_n_store_at_once_and_show_in_the_items_list(qtbot: Any, filled: Database) -> None:
    page, view, _clock = lead(qtbot, filled)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    capture(qtbot, view, Qt.Key.Key_B, "We starten een pilot op twee scholen.")
    assert not view.capture.isVisible()
    sessions = filled.session_factory
    assert [d.text for d in decision_rows(sessions, "li-2")] == [
        "We starten een pilot op twee scholen."
    ]
    capture(qtbot, view, Qt.Key.Key_V, "Hoe bereiken we de ouders?")
    capture(qtbot, view, Qt.Key.Key_G, "Ouderkamer op school")
    capture(qtbot, view, Qt.Key.Key_N, "Drie scholen doen mee.")
    item = stored(filled, "agenda_items", "li-2")
    assert item["minutes"] == "Drie scholen doen mee."
    concern = stored(filled, "concerns", item["concern_ids"][0])
    assert (concern["title"], concern["kind"]) == ("Hoe bereiken we de ouders?", "question")
    assert stored(filled, "practices", item["practice_ids"][0])["title"] == "Ouderkamer op school"
    assert produced_lines(view) == [
        "Besluit: We starten een pilot op twee scholen.",
        "Vraag: Hoe bereiken we de ouders?",
        "Goed voorbeeld: Ouderkamer op school",
        "Verslag: Drie scholen doen mee.",
    ]
    page.context.editor.stack.undo()  # the verslag line, as on the meeting page
    assert stored(filled, "agenda_items", "li-2")["minutes"] == ""
    page.context.editor.stack.undo()
    assert stored(filled, "agenda_items", "li-2")["practice_ids"] == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completion's popup, offscreen
def test_a_takes_what_who_of_those_present_and_when(qtbot: Any, filled: Database) -> None:
    _page, view, _clock = lead(qtbot, filled)
    qtbot.keyClick(view, Qt.Key.Key_A)
    line = view.capture.line
    qtbot.keyClicks(line, "Notitie schrijven")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.capture.prompt.text().startswith("Wie?")
    qtbot.keyClicks(line, "IJsbrand")  # afgemeld: not among those present
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "Niet gevonden" in view.capture.notice.text()
    line.clear()
    qtbot.keyClicks(line, "anna")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "straks")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "Geen datum" in view.capture.notice.text()
    line.clear()
    qtbot.keyClicks(line, "vr")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    (action,) = action_rows(filled.session_factory, "li-1")
    assert (action.description, action.owner_id, action.due_on) == (
        "Notitie schrijven",
        "p-anna",
        date(2026, 12, 11),
    )
    assert produced_lines(view) == ["Actie: Notitie schrijven (A. de Vries, 11-12-2026)"]


def test_escape_closes_the_box_without_storing_then_leaves(qtbot: Any, filled: Database) -> None:
    page, view, _clock = lead(qtbot, filled)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_B)
    qtbot.keyClicks(view.capture.line, "Niet bewaren")
    qtbot.keyClick(view.capture.line, Qt.Key.Key_Escape)
    assert not view.capture.isVisible()
    assert decision_rows(filled.session_factory, "li-2") == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert page.isVisible() and page.editor_panel.item_id == "li-2"
    page.agenda_view.setFocus()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_F11)  # again, at the item reached
    assert view.isVisible() and view.item_id == "li-2"
    qtbot.keyClick(view, Qt.Key.Key_F11)  # F11 leaves too
    assert not view.isVisible()


def test_a_key_or_a_click_toggles_aanwezig_and_afgemeld(qtbot: Any, filled: Database) -> None:
    _page, view, _clock = lead(qtbot, filled)

    def statuses() -> dict[str, AttendanceStatus | None]:
        rows = attendance_rows(filled.session_factory, LIVE_MEETING)
        return {row.person_id: row.status for row in rows}

    qtbot.keyClick(view, Qt.Key.Key_3)
    assert statuses()["p-ijs"] == AttendanceStatus.PRESENT
    assert view.parts.attendance_heading.text() == "AANWEZIG: 3 VAN 3"
    lines = view.parts.attendance
    qtbot.mouseClick(
        lines.viewport(),
        Qt.MouseButton.LeftButton,
        pos=lines.visualItemRect(lines.item(1)).center(),
    )
    assert statuses()["p-bas"] == AttendanceStatus.EXCUSED


def test_with_two_screens_the_view_takes_the_other_one(qtbot: Any, filled: Database) -> None:
    projector = FakeScreen(QRect(1366, 0, 1920, 1080))
    window = active_window(qtbot, filled)
    own = window.screen()
    page = open_meeting(qtbot, window, LIVE_MEETING)
    page.live = LiveView(page, FakeClock(), lambda: [own, projector])
    qtbot.addWidget(page.live)
    page.lead_meeting()
    assert page.live.screen_used is projector
    page.live.close()
    page.live.screens = lambda: [FakeScreen(QRect(0, 0, 1366, 768)), projector]
    page.lead_meeting()
    assert page.live.screen_used is projector  # the second, when the window's is not listed
    page.live.close()
    page.live.screens = lambda: [own]
    page.lead_meeting()
    assert page.live.screen_used is own and page.live.isFullScreen()

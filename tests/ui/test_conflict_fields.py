"""Two windows: a change of other fields is no conflict; the table's and meeting's own edits check.

Issue 15, point 1 (the gaps): an automatic change in one window (live mode starting) does
not refuse the other window's verslag; the table page's theme links and the meeting's
head pass the version and base they loaded, so a stale one meets the conflict.
"""

import os
from datetime import UTC, datetime
from typing import Any

import pytest

from ontwikkeltafel.model import AgendaItemKind, AttendanceStatus, MeetingStatus, MemberRole
from ontwikkeltafel.services.attendance_editing import attendance_rows, set_presence
from ontwikkeltafel.services.conflicts import Conflict, Side
from ontwikkeltafel.services.documents_sent import record_sent
from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.minutes_editing import add_decision, move_decision
from ontwikkeltafel.services.table_editing import (
    TemplateItem,
    member_rows,
    move_member,
    move_template_item,
    set_member_role,
    set_template,
    template_items,
)
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window import main_window
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.live_document import LIVE_MEETING, add_live_meeting
from tests.ui.conftest import stored
from tests.ui.two_windows import grab, meeting_page, shown_window, typing

START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
MINE = "Mijn verslag: de opening door de voorzitter."


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    return add_live_meeting(document)


def test_live_mode_starting_in_one_window_does_not_refuse_the_others_verslag(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    leading, writing = shown_window(qtbot, first), shown_window(qtbot, second)
    their_page = meeting_page(leading, LIVE_MEETING, "li-1")
    my_page = meeting_page(writing, LIVE_MEETING, "li-1")
    panel = my_page.editor_panel
    typing(qtbot, panel.minutes, panel.text, MINE)  # B writes the verslag of the opening
    before = stored(second, "agenda_items", "li-1")
    their_page.live = LiveView(their_page, lambda: START, lambda: [leading.screen()])
    qtbot.addWidget(their_page.live)
    their_page.lead_meeting()  # A leads the meeting: the opening's start is stored
    qtbot.waitUntil(lambda: their_page.live is not None and their_page.live.isVisible())
    # (On a server the view reads the meeting off the UI thread first: the step follows.)
    qtbot.waitUntil(lambda: stored(second, "agenda_items", "li-1")["started_at"] == START)
    now = stored(second, "agenda_items", "li-1")
    assert now["started_at"] == START and now["version"] > before["version"]
    assert panel.text.flush()  # B's autosave: stored, no conflict
    assert panel.conflict is None
    after = stored(second, "agenda_items", "li-1")
    assert (after["minutes"], after["started_at"]) == (MINE, START)
    # B's next save goes through too (it keeps the version its save left).
    typing(qtbot, panel.minutes, panel.text, MINE + " Daarna de mededelingen.")
    assert panel.text.flush() and panel.conflict is None


def test_documents_sent_does_not_refuse_the_meetings_head(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    location = page.header.location
    typing(qtbot, location, page.form, "Zeist")
    record_sent(first.session_factory, "m-1", "agenda", START.date())  # by another window
    assert page.form.flush() and page.conflict is None
    assert stored(second, "meetings", "m-1")["location"] == "Zeist"


def test_the_meetings_head_meets_a_colleagues_change_of_the_same_field(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    typing(qtbot, page.header.location, page.form, "Zeist")
    update_record(first.session_factory, "meetings", "m-1", {"location": "Amersfoort"})
    assert not page.form.flush()  # before: stored over Amersfoort (no version passed)
    assert stored(second, "meetings", "m-1")["location"] == "Amersfoort"
    assert page.conflict is not None and page.conflict.isVisible()
    assert page.conflict.fields == ["location"]
    if os.environ.get("HEAD_CONFLICT_SCREENSHOT"):  # to look at it
        grab(qtbot, page, page.conflict, os.environ["HEAD_CONFLICT_SCREENSHOT"])
    page.conflict.keep_mine.click()
    assert stored(second, "meetings", "m-1")["location"] == "Zeist"


def _table(qtbot: Any, window: MainWindow) -> TablePage:
    window.open_record("tables", "tafel-1")
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    return page


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window would say in a message box (an undo refused), instead of the box."""
    keys: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda _parent, error: keys.append(error.key))
    return keys


def test_a_stale_table_page_links_no_theme_over_a_colleagues_list(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    page = _table(qtbot, shown_window(qtbot, second))
    loaded = stored(second, "tables", "tafel-1")["theme_ids"]
    assert loaded, "the small document's table has a theme"
    update_record(first.session_factory, "tables", "tafel-1", {"theme_ids": []})  # a colleague
    page.themes.removed.emit(loaded[0])  # B, not refreshed yet, takes the first one out
    assert stored(second, "tables", "tafel-1")["theme_ids"] == []
    assert page.notice.isVisible() and "intussen gewijzigd" in page.notice.text()
    # A colleague's change of another field leaves B's link alone: stored.
    update_record(first.session_factory, "tables", "tafel-1", {"goal": "Een ander doel"})
    page._reload_form()
    page.themes.added.emit(loaded[0])
    assert stored(second, "tables", "tafel-1")["theme_ids"] == [loaded[0]]
    update_record(first.session_factory, "tables", "tafel-1", {"title": "Nieuwe titel"})
    page.editor.stack.undo()  # the link's undo: its own field unchanged, so it goes through
    qtbot.waitUntil(lambda: stored(second, "tables", "tafel-1")["theme_ids"] == [], timeout=2000)
    assert told == []


def test_an_undo_goes_through_after_a_colleagues_change_of_another_field(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    panel = page.editor_panel
    typing(qtbot, panel.minutes, panel.text, MINE)
    assert panel.text.flush()
    update_record(first.session_factory, "agenda_items", "ai-2", {"title": "Een andere titel"})
    page.editor.stack.undo()  # the verslag as it was: the colleague changed only the title
    qtbot.waitUntil(lambda: stored(second, "agenda_items", "ai-2")["minutes"] != MINE, timeout=2000)
    assert stored(second, "agenda_items", "ai-2")["title"] == "Een andere titel"
    assert told == []
    # A colleague's change of the verslag itself: the redo is refused, nothing overwritten.
    update_record(first.session_factory, "agenda_items", "ai-2", {"minutes": "Van een collega."})
    page.editor.stack.redo()  # (on a server the step is stored off the UI thread)
    qtbot.waitUntil(lambda: told == ["edit.undo_conflict"], timeout=2000)
    assert stored(second, "agenda_items", "ai-2")["minutes"] == "Van een collega."


def test_a_stale_presence_or_role_is_refused_a_reorder_is_not(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    window = shown_window(qtbot, second)
    page = meeting_page(window)
    set_presence(first.session_factory, "m-1", "p-ijs", AttendanceStatus.ABSENT)  # a colleague
    with pytest.raises(Conflict):  # before: stored over the colleague's (no version passed)
        page.attendance.set_status("p-ijs", AttendanceStatus.PRESENT)
    status = {r.person_id: r.status for r in attendance_rows(second.session_factory, "m-1")}
    assert status["p-ijs"] == AttendanceStatus.ABSENT
    table = _table(qtbot, window)
    rows = table.members.model.rows
    seat = next(r for r in rows if r.person_id == "p-ijs")
    move_member(first.session_factory, "tafel-1", rows[0].person_id, 5)  # a colleague reorders
    table.members._edited(seat, 3, MemberRole.ADVISOR)  # the role itself is unchanged: stored
    roles = {r.person_id: r.role for r in member_rows(second.session_factory, "tafel-1")}
    assert roles["p-ijs"] == MemberRole.ADVISOR
    stale = next(r for r in table.members.model.rows if r.person_id == "p-ijs")
    set_member_role(first.session_factory, "tafel-1", "p-ijs", MemberRole.MEMBER)
    with pytest.raises(Conflict):
        table.members._edited(stale, 3, MemberRole.CHAIR)


def test_only_texts_are_merged_a_choice_or_a_date_keeps_mine(qtbot: Any) -> None:
    theirs = Side({"status": MeetingStatus.HELD, "location": "Zeist", "chair_id": "p-bas"}, 3)
    mine = Side({"status": MeetingStatus.PLANNED, "location": "Baarn", "chair_id": "p-ijs"}, 2)
    dialog = ConflictDialog(Conflict("meetings", "m-1", theirs, mine), {}, set())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.merge.isVisible() and list(dialog.merge_fields) == ["location"]
    dialog.merge.click()
    dialog.merge_fields["location"].setText("Zeist of Baarn")
    dialog.store_merged.click()
    assert dialog.values == {
        "status": MeetingStatus.PLANNED,
        "location": "Zeist of Baarn",
        "chair_id": "p-ijs",
    }
    only_choices = Conflict(
        "meetings",
        "m-1",
        Side({"status": MeetingStatus.HELD}, 3),
        Side({"status": MeetingStatus.PLANNED}, 2),
    )
    other = ConflictDialog(only_choices, {}, set())
    qtbot.addWidget(other)
    other.show()
    assert not other.merge.isVisible()  # nothing to merge: theirs or mine


def test_a_decision_or_action_edited_in_its_list_checks_what_the_row_showed(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    page = meeting_page(shown_window(qtbot, second))
    decisions = page.editor_panel.decisions_part
    row = decisions.model.rows[0]
    add_decision(first.session_factory, "ai-2", "Een tweede besluit.")
    move_decision(first.session_factory, row.id, 1)  # a colleague reorders: no conflict
    decisions._edited(row, 0, "Mijn besluit.")
    assert stored(second, "decisions", row.id)["text"] == "Mijn besluit."
    stale = next(r for r in decisions.model.rows if r.id == row.id)
    update_record(first.session_factory, "decisions", row.id, {"text": "Hun besluit."})
    with pytest.raises(Conflict):  # before: stored over theirs (no version passed)
        decisions._edited(stale, 0, "Nog eens het mijne.")
    assert stored(second, "decisions", row.id)["text"] == "Hun besluit."
    actions = page.editor_panel.actions_part
    action = actions.model.rows[0]
    update_record(first.session_factory, "actions", action.id, {"notes": "Gebeld"})
    actions._edited(action, 1, "Een andere omschrijving")  # their notes: no conflict
    assert stored(second, "actions", action.id)["description"] == "Een andere omschrijving"


def test_a_stale_template_is_not_edited_by_place(
    qtbot: Any, two: tuple[Database, Database], told: list[str]
) -> None:
    first, second = two
    items = [
        TemplateItem("Opening", AgendaItemKind.OPENING, 5),
        TemplateItem("Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS, 10),
    ]
    set_template(first.session_factory, "tafel-1", items)
    page = _table(qtbot, shown_window(qtbot, second))
    template = page.template
    row = template.model.rows[0]
    move_template_item(first.session_factory, "tafel-1", 1, 0)  # a colleague reorders
    template._edited(row, 0, "Welkom")  # before: renamed the colleague's first item
    titles = [i.title for i in template_items(second.session_factory, "tafel-1")]
    assert titles == ["Rondvraag", "Opening"]
    assert page.notice.isVisible() and "intussen gewijzigd" in page.notice.text()
    template.reload()
    template._edited(template.model.rows[1], 0, "Welkom")  # on what it shows now: stored
    titles = [i.title for i in template_items(second.session_factory, "tafel-1")]
    assert titles == ["Rondvraag", "Welkom"]
    set_template(first.session_factory, "tafel-1", items)  # a colleague puts theirs back
    page.editor.stack.undo()  # would put back "Opening" over their template: refused
    qtbot.waitUntil(lambda: told == ["edit.undo_conflict"], timeout=2000)
    titles = [i.title for i in template_items(second.session_factory, "tafel-1")]
    assert titles == ["Opening", "Rondvraag"]

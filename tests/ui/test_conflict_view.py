"""Two windows on one database edit the same verslag: the second save meets the conflict.

Nothing is overwritten; the page shows theirs beside mine and the user keeps one or
merges, stored as one undo step (issue 15, point 1).
"""

import os
from typing import Any

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.services.editing import read_record, update_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window import main_window
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import activate, open_page, stored, type_into
from tests.ui.two_windows import meeting_page, shown_window, typing

THEIRS = "Hun verslag: de GGD start een spreekuur."
MINE = "Mijn verslag: het spreekuur begint in maart."


_window = shown_window
_meeting = meeting_page


def _stored(database: Database, name: str = "minutes") -> Any:
    values = read_record(database.session_factory, "agenda_items", "ai-2")
    assert values is not None
    return values[name]


def _conflict(
    qtbot: Any, two: tuple[Database, Database], field: str = "minutes"
) -> tuple[MeetingPage, ConflictDialog]:
    """Both windows show ai-2; the second types MINE, the first stores THEIRS meanwhile.

    The second's autosave (after its pause) meets the conflict. On PostgreSQL the first's
    change may reach the second window before that, live: the page shows it but for the
    field typed in, which keeps the version it was typed over.
    """
    first, second = two
    theirs, mine = _window(qtbot, first), _window(qtbot, second)
    their_page, my_page = _meeting(theirs), _meeting(mine)
    panel = my_page.editor_panel
    widget = panel.minutes if field == "minutes" else panel.title_field
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, MINE)  # not stored: the pause has not passed
    other = their_page.editor_panel
    binder, typed = (
        (other.text, other.minutes) if field == "minutes" else (other.details, other.title_field)
    )
    typed.selectAll()
    qtbot.keyClicks(typed, THEIRS)
    assert binder.flush()
    assert _stored(first, field) == THEIRS
    qtbot.waitUntil(lambda: panel.conflict is not None and panel.conflict.isVisible(), timeout=3000)
    assert panel.conflict is not None
    return my_page, panel.conflict


def test_the_second_save_shows_both_versions_and_overwrites_nothing(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    page, dialog = _conflict(qtbot, two)
    assert _stored(two[1]) == THEIRS  # nothing overwritten
    assert page.editor_panel.minutes.toPlainText() == MINE  # the input stays in the form
    assert page.editor_panel.text.pending() == {"minutes": MINE}  # not stored, and marked so
    assert page.notice.isVisible() and "intussen gewijzigd" in page.notice.text()
    view = dialog.compare["minutes"]
    assert view.left.toPlainText().strip().endswith(THEIRS)
    assert view.right.toPlainText().strip().endswith(MINE)
    assert view.changed_rows() == 1  # the differences marked
    assert "Hun versie: opgeslagen door" in view.left_title.text()
    assert "niet opgeslagen" in view.right_title.text()
    assert "intussen gewijzigd" in dialog.message.text()
    if os.environ.get("CONFLICT_SCREENSHOT"):
        window = page.window()
        window.resize(1280, 720)
        dialog.resize(1000, 560)
        qtbot.wait(200)
        screen = window.grab()
        painter = QPainter(screen)
        where = dialog.geometry().translated(-window.geometry().topLeft())
        painter.drawPixmap(where.topLeft(), dialog.grab())
        painter.drawRect(where.adjusted(-1, -1, 0, 0))  # the dialog's edge (no frame offscreen)
        painter.end()
        screen.save(os.environ["CONFLICT_SCREENSHOT"])


def test_keep_mine_stores_it_as_one_undo_step(qtbot: Any, two: tuple[Database, Database]) -> None:
    page, dialog = _conflict(qtbot, two)
    steps = page.editor.stack.count()
    dialog.keep_mine.click()
    assert _stored(two[1]) == MINE
    assert not page.editor_panel.text.pending() and not page.notice.isVisible()
    assert page.editor.stack.count() == steps + 1
    page.editor.stack.undo()  # one undo brings theirs back
    qtbot.waitUntil(lambda: _stored(two[1]) == THEIRS, timeout=2000)
    qtbot.waitUntil(lambda: page.editor_panel.minutes.toPlainText() == THEIRS, timeout=2000)
    page.editor.stack.redo()  # (on a server the step is stored off the UI thread)
    qtbot.waitUntil(lambda: _stored(two[1]) == MINE, timeout=2000)


def test_keep_theirs_drops_the_input(qtbot: Any, two: tuple[Database, Database]) -> None:
    page, dialog = _conflict(qtbot, two)
    steps = page.editor.stack.count()
    dialog.keep_theirs.click()
    assert _stored(two[1]) == THEIRS
    assert page.editor_panel.minutes.toPlainText() == THEIRS
    assert not page.editor_panel.text.pending()
    assert page.editor.stack.count() == steps
    # typing on is stored over their version, no conflict
    type_into(qtbot, page.editor_panel.text, page.editor_panel.minutes, "Daarna verder.")
    assert _stored(two[1]) == "Daarna verder."


def test_a_merge_the_user_edits_is_stored(qtbot: Any, two: tuple[Database, Database]) -> None:
    page, dialog = _conflict(qtbot, two)
    dialog.merge.click()
    edited = dialog.merge_fields["minutes"]
    assert edited.toPlainText() == MINE  # starting from mine, theirs beside it
    assert dialog.store_merged.isVisible() and not dialog.keep_mine.isVisible()
    edited.setPlainText(THEIRS + "\n" + MINE)
    dialog.store_merged.click()
    assert _stored(two[1]) == THEIRS + "\n" + MINE
    assert page.editor_panel.minutes.toPlainText() == THEIRS + "\n" + MINE
    assert not page.editor_panel.text.pending()
    page.editor.stack.undo()
    qtbot.waitUntil(lambda: _stored(two[1]) == THEIRS, timeout=2000)


def test_a_third_change_meanwhile_is_caught_again(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    page, dialog = _conflict(qtbot, two)
    update_record(two[0].session_factory, "agenda_items", "ai-2", {"minutes": "Een derde."})
    dialog.keep_mine.click()
    assert _stored(two[1]) == "Een derde."  # not overwritten
    panel = page.editor_panel
    qtbot.waitUntil(lambda: panel.conflict is not dialog and panel.conflict is not None)
    assert panel.conflict is not None
    assert panel.conflict.compare["minutes"].left.toPlainText().strip().endswith("Een derde.")
    panel.conflict.keep_mine.click()
    assert _stored(two[1]) == MINE


def test_a_title_is_shown_in_a_compact_form(qtbot: Any, two: tuple[Database, Database]) -> None:
    page, dialog = _conflict(qtbot, two, field="title")
    assert "minutes" not in dialog.compare and dialog.fields == ["title"]
    assert _stored(two[1], "title") == THEIRS
    dialog.keep_mine.click()
    assert _stored(two[1], "title") == MINE
    page.editor.stack.undo()
    qtbot.waitUntil(lambda: _stored(two[1], "title") == THEIRS, timeout=2000)


def test_a_record_form_meets_the_conflict_too(qtbot: Any, two: tuple[Database, Database]) -> None:
    first, second = two
    theirs, mine = _window(qtbot, first), _window(qtbot, second)
    their_page, my_page = open_page(theirs, "organisations"), open_page(mine, "organisations")
    assert their_page.open_record("org-kion") and my_page.open_record("org-kion")
    activate(qtbot, theirs)
    type_into(qtbot, their_page.form.binder, their_page.form.field("name"), "KION Noord")
    name = my_page.form.field("name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "KION Zuid")
    form = my_page.form
    qtbot.waitUntil(lambda: form.conflict is not None and form.conflict.isVisible(), timeout=3000)
    assert form.conflict is not None and form.conflict.fields == ["name"]
    assert stored(second, "organisations", "org-kion")["name"] == "KION Noord"
    form.conflict.keep_mine.click()
    assert stored(second, "organisations", "org-kion")["name"] == "KION Zuid"
    assert not form.binder.pending() and not form.error.isVisible()
    mine.undo_stack.undo()
    qtbot.waitUntil(lambda: name.text() == "KION Noord", timeout=2000)
    assert stored(second, "organisations", "org-kion")["name"] == "KION Noord"


def _refreshed(qtbot: Any, window: MainWindow, page: MeetingPage, stored_minutes: str) -> None:
    """The colleague's change reaches ``window``: live on a server, on a look on SQLite."""
    binder = page.editor_panel.text
    if window.live_updates.watched is not None:
        assert window.live_updates.check()
    qtbot.waitUntil(lambda: binder.stored.get("minutes") == stored_minutes, timeout=2000)


def _typing(qtbot: Any, page: MeetingPage, widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` and keep typing (the pause not passed yet)."""
    typing(qtbot, widget, page.editor_panel.text, text)


def test_a_refresh_keeps_the_version_a_field_was_typed_over(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    mine = _window(qtbot, second)
    page = _meeting(mine)
    panel = page.editor_panel
    _typing(qtbot, page, panel.minutes, MINE)
    update_record(first.session_factory, "agenda_items", "ai-2", {"minutes": THEIRS})
    _refreshed(qtbot, mine, page, THEIRS)
    assert panel.minutes.toPlainText() == MINE  # the input stays
    assert not panel.text.flush()  # typed over the old text: the conflict, not an overwrite
    assert panel.conflict is not None and panel.conflict.isVisible()
    assert _stored(second) == THEIRS


def test_a_refresh_of_another_field_takes_the_new_version(
    qtbot: Any, two: tuple[Database, Database]
) -> None:
    first, second = two
    mine = _window(qtbot, second)
    page = _meeting(mine)
    panel = page.editor_panel
    _typing(qtbot, page, panel.description, "Mijn toelichting")
    update_record(first.session_factory, "agenda_items", "ai-2", {"minutes": THEIRS})
    _refreshed(qtbot, mine, page, THEIRS)
    assert panel.minutes.toPlainText() == THEIRS
    assert panel.text.flush()  # the colleague's verslag stays beside my toelichting
    assert panel.conflict is None
    assert (_stored(second, "description"), _stored(second)) == ("Mijn toelichting", THEIRS)


def test_an_undo_after_a_colleagues_change_overwrites_nothing(
    qtbot: Any, two: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []  # the window says why in a message box
    monkeypatch.setattr(main_window, "show_error", lambda _parent, error: told.append(error.key))
    first, second = two
    mine = _window(qtbot, second)
    page = _meeting(mine)
    activate(qtbot, mine)
    type_into(qtbot, page.editor_panel.text, page.editor_panel.minutes, MINE)
    failed: list[Any] = []
    page.editor.notifier.failed.connect(failed.append)
    update_record(first.session_factory, "agenda_items", "ai-2", {"minutes": THEIRS})
    page.editor.stack.undo()  # would put back what was there before MINE: over THEIRS
    qtbot.waitUntil(lambda: bool(failed), timeout=2000)
    assert _stored(second) == THEIRS
    # No choice follows an undo: it says what happened, not "kies welke versie blijft".
    assert [error.key for error in failed] == told == ["edit.undo_conflict"]
    assert "ongedaan" in failed[0].render("nl") and "kies" not in failed[0].render("nl")

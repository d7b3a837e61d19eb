"""A list page's side form reads its record, and its links' names, off the UI thread on a server.

Issue 15, point 3: clicking a row (an action, a concern…) read the record on the UI thread,
so a frozen server held the window until the statement timeout. On PostgreSQL the form now
says "laden…" (fields empty and disabled, nothing stored), fills when the record comes, a
row clicked meanwhile wins, and a server away is said and read again when it is back. The
names of a link list (a concern's themes) and a concern's Samenhang come off the UI thread
too. SQLite: at once.
"""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.choices import theme_choices
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms import spec
from ontwikkeltafel.ui.forms.record_context_panel import RecordContextPanel
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.widgets.link_list import LinkList
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, active_window, filled_on, open_page, stored, type_into
from tests.ui.held_calls import FROZEN_MS, WAIT_S, Gates
from tests.ui.lost_server import Heartbeat, frozen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more
NOT_READ = "Niet geladen: de server is niet bereikbaar."


@pytest.fixture
def filled_server(
    server: PostgresServer, write_json: Any, document: dict[str, Any]
) -> Iterator[Database]:
    """The small document on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "formloading", write_json, document)


def _page(qtbot: Any, database: Database, kind: str, rows: int) -> EditingPage:
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    page = open_page(window, kind)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=WAIT_S * 1000)
    return page


def test_a_row_clicked_shows_laden_and_the_newest_record_wins(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, server_database, "actions", 2)
    form = page.form
    held = Gates(form.editor.read)
    monkeypatch.setattr(form.editor, "read", held)
    shown: list[object] = []
    form.record_shown.connect(shown.append)
    began = time.monotonic()
    assert page.open_record("a-1")  # before: read here, the window waiting for the server
    assert time.monotonic() - began < 1
    description = form.field("description")
    assert form.loading and form.state.text() == "laden…" and form.state.isVisible()
    assert not description.isEnabled() and description.toPlainText() == ""
    assert form.binder.pending() == {} and form.flush()  # nothing in the empty form stored
    assert page.open_record("a-2")  # another row, the first still on its way
    assert shown == ["a-1", "a-2"] and len(held.calls) == 2
    held.open(1)
    qtbot.waitUntil(lambda: not form.loading, timeout=WAIT_S * 1000)
    assert description.isEnabled() and not form.state.isVisible()
    assert description.toPlainText() == "Vertrouwelijke actie"
    version = stored(server_database, "actions", "a-2")["version"]
    assert form.editor.versions.get("actions", "a-2") == version  # of the values shown
    held.open(0)  # the first answer comes late: dropped
    qtbot.wait(300)
    assert form.record_id == "a-2" and description.toPlainText() == "Vertrouwelijke actie"
    type_into(qtbot, form.binder, description, "Vertrouwelijke actie bellen")
    after = stored(server_database, "actions", "a-2")
    assert after["description"] == "Vertrouwelijke actie bellen" and after["owner_id"] == "p-anna"
    assert stored(server_database, "actions", "a-1")["description"] == "Schoolconsulent uitnodigen"
    assert shown == ["a-1", "a-2"]


def test_a_search_hit_on_a_record_on_its_way_is_selected_when_it_comes(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, server_database, "actions", 2)
    held = Gates(page.form.editor.read)
    monkeypatch.setattr(page.form.editor, "read", held)
    assert page.open_record("a-1") and page.highlight("consulent")
    held.open(0)
    qtbot.waitUntil(lambda: not page.form.loading, timeout=WAIT_S * 1000)
    description = page.form.field("description")
    assert description.textCursor().selectedText() == "consulent"


def test_a_frozen_server_never_holds_the_window_when_a_row_is_clicked(
    qtbot: Any, server: PostgresServer, filled_server: Database, short: None
) -> None:
    page = _page(qtbot, filled_server, "actions", 2)
    form = page.form
    assert page.open_record("a-1")
    qtbot.waitUntil(lambda: not form.loading, timeout=WAIT_S * 1000)
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        assert page.open_record("a-2")
        took = time.monotonic() - began
        qtbot.waitUntil(lambda: form.state.text() == NOT_READ, timeout=10_000)
        gap = beats.longest_gap_ms()
        print(f"row clicked on a frozen server: {took * 1000:.0f} ms, longest pause {gap:.0f} ms")
        assert took < 1 and gap < FROZEN_MS
        assert form.loading and form.binder.pending() == {} and form.flush()
    qtbot.waitUntil(lambda: not form.loading, timeout=BACK_WITHIN_MS)
    assert form.record_id == "a-2"
    assert form.field("description").toPlainText() == "Vertrouwelijke actie"
    assert stored(filled_server, "actions", "a-1")["description"] == "Schoolconsulent uitnodigen"


def test_a_concern_clicked_on_a_frozen_server_never_holds_the_window(
    qtbot: Any, server: PostgresServer, filled_server: Database, short: None
) -> None:
    page = _page(qtbot, filled_server, "concerns", 1)
    panel = page.findChild(RecordContextPanel)
    assert panel is not None
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        assert page.open_record("c-1")  # the form, its pickers, its themes and its Samenhang
        took = time.monotonic() - began
        qtbot.waitUntil(lambda: page.form.state.text() == NOT_READ, timeout=10_000)
        gap = beats.longest_gap_ms()
        print(f"concern clicked on a frozen server: {took * 1000:.0f} ms, pause {gap:.0f} ms")
        assert took < 1 and gap < FROZEN_MS
        assert "laden…" in panel.browser.toPlainText() or NOT_READ in panel.browser.toPlainText()
    themes = page.form.field("theme_ids")
    assert isinstance(themes, LinkList)
    qtbot.waitUntil(lambda: themes.labels() == ["Geweld in gezinnen"], timeout=BACK_WITHIN_MS)
    title = page.form.field("title")
    assert isinstance(title, QLineEdit) and title.text() == "Hoe blijf je in gesprek met gezinnen?"
    qtbot.waitUntil(
        lambda: "Besproken in bijeenkomsten" in panel.browser.toPlainText(), timeout=BACK_WITHIN_MS
    )


def test_a_concerns_themes_are_named_when_their_names_come(
    qtbot: Any, server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = Gates(theme_choices)
    monkeypatch.setitem(spec.CHOICES, "themes", held)
    page = _page(qtbot, server_database, "concerns", 1)
    assert page.open_record("c-1")
    themes = page.form.field("theme_ids")
    assert isinstance(themes, LinkList)
    qtbot.waitUntil(lambda: not page.form.loading, timeout=WAIT_S * 1000)
    assert themes.value() == ["th-geweld"] and themes.labels() == ["laden…"]
    assert "theme_ids" not in page.form.binder.pending()
    held.open(0)
    qtbot.waitUntil(lambda: themes.labels() == ["Geweld in gezinnen"], timeout=WAIT_S * 1000)
    assert len(held.calls) == 1 and page.form.binder.pending() == {}


def test_on_a_sqlite_file_a_record_and_its_links_show_at_once(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    assert not page.form.loading and not page.form.state.isVisible()
    themes = page.form.field("theme_ids")
    assert isinstance(themes, LinkList) and themes.labels() == ["Geweld in gezinnen"]

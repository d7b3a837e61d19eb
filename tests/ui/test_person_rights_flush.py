"""The person page's AVG buttons store typed input first: on a server without holding the window.

Issue 15, point 3: a button flushed every form and waited for the save (up to five seconds
on a frozen server, the user's clicks and keys held). On a server the forms now store off
the UI thread ("opslaan…" beside the buttons, which wait), and the button goes on once all
is stored, only for the person still shown; the server away is said beside the buttons, the
input kept (not stored yet) and stored when the server is back.
"""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.person_rights import PersonRights
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on, open_page, stored
from tests.ui.held_calls import FROZEN_MS, WAIT_S
from tests.ui.lost_server import Heartbeat, frozen

BACK_WITHIN_MS = 20_000  # the longest wait between tries (10 s), a connect timeout and more


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The small document on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "rights", write_json, document)


def _typed(qtbot: Any, database: Database) -> tuple[MainWindow, EditingPage, PersonRights]:
    """Anna's page, "tje" typed after her first name (not stored yet)."""
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    page = open_page(window, "people")
    qtbot.waitUntil(lambda: page.open_record("p-anna"), timeout=WAIT_S * 1000)
    rights = page.rights
    assert rights is not None
    qtbot.waitUntil(rights.anonymise_button.isEnabled, timeout=WAIT_S * 1000)
    first = page.form.field("first_name")
    assert isinstance(first, QLineEdit)
    first.setFocus()
    first.end(False)
    qtbot.keyClicks(first, "tje")
    assert page.form.binder.pending() == {"first_name": "Annatje"}
    return window, page, rights


def _buttons(rights: PersonRights) -> list[bool]:
    buttons = (rights.inspect_button, rights.anonymise_button, rights.delete_button)
    return [button.isEnabled() for button in buttons]


def test_anonymise_stores_the_input_off_the_ui_thread_then_opens_its_dialog(
    qtbot: Any, server_database: Database
) -> None:
    _window, page, rights = _typed(qtbot, server_database)
    assert rights.anonymise()  # on its way
    assert rights.dialog is None and rights.state_label.text() == "opslaan…"
    assert _buttons(rights) == [False, False, False]
    qtbot.waitUntil(lambda: rights.dialog is not None, timeout=WAIT_S * 1000)
    assert stored(server_database, "people", "p-anna")["first_name"] == "Annatje"
    assert not page.form.binder.pending()
    dialog = rights.dialog
    assert dialog is not None
    assert dialog.heading.text() == "‘Annatje de Vries’ anonimiseren"
    qtbot.waitUntil(dialog.do_button.isEnabled, timeout=WAIT_S * 1000)
    dialog.cancel_button.click()


def test_a_button_waiting_for_the_input_asks_nothing_for_another_person(
    qtbot: Any, server_database: Database
) -> None:
    window, page, rights = _typed(qtbot, server_database)
    assert rights.delete()
    rights.show_person("p-bas")  # another person shown before the input was stored
    qtbot.waitUntil(lambda: not page.form.binder.pending(), timeout=WAIT_S * 1000)
    qtbot.wait(200)
    assert rights.message is None and not rights.state_label.isVisible()
    assert _buttons(rights) == [True, True, True]
    assert stored(server_database, "people", "p-anna")["first_name"] == "Annatje"
    assert window.undo_stack.count() == 1


def test_anonymise_with_input_typed_on_a_frozen_server_never_holds_the_window(
    qtbot: Any, server: PostgresServer, filled: Database, short: None
) -> None:
    window, page, rights = _typed(qtbot, filled)
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        rights.anonymise_button.click()  # before: 5.3 s before the click returned
        took = time.monotonic() - began
        assert took < 1 and rights.state_label.text() == "opslaan…"
        qtbot.waitUntil(  # the save's limit (5 s): the server counts as away
            lambda: rights.state_label.text() == "Niet opgeslagen: de server is niet bereikbaar.",
            timeout=10_000,
        )
        gap = beats.longest_gap_ms()
        print(
            f"AVG button with input typed, frozen server: click {took * 1000:.0f} ms, "
            f"longest event-loop pause {gap:.0f} ms"
        )
        assert gap < FROZEN_MS
        assert rights.dialog is None  # nothing opened over input not stored
        assert window.connection.banner.isVisible()
        assert page.form.binder.pending() == {"first_name": "Annatje"}  # kept, not stored yet
        assert _buttons(rights) == [True, True, True]
    qtbot.waitUntil(lambda: not page.form.binder.pending(), timeout=BACK_WITHIN_MS)
    assert stored(filled, "people", "p-anna")["first_name"] == "Annatje"

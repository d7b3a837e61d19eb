"""The history dialog's "Deze versie terugzetten" stores off the UI thread on a server.

Issue 15, point 3: the restore stored the chosen version and waited for it (the event loop
turning, the user's clicks and keys held up to five seconds on a frozen server). On a
server it now says "opslaan…" (the button disabled) and goes on when the version is stored:
the list read again, the status said; a refusal or the server away is said in the dialog.
On a SQLite file it is stored at once, as before (tests/ui/test_history_dialog.py).
"""

import time
from collections.abc import Iterator
from typing import Any

import pytest

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.forms.history_dialog import HistoryDialog, show_history
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.pg_server import PostgresServer
from tests.ui.conftest import activate, filled_on, stored
from tests.ui.held_calls import FROZEN_MS, WAIT_S
from tests.ui.lost_server import Heartbeat, frozen

ORIGINAL = "We bespraken de vragen.\n\n- in gesprek blijven"
REWRITTEN = "Alles herschreven.\n\n- in gesprek blijven"


def _draft(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with its meeting's verslag a concept (an adopted one is frozen)."""
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"
    meeting.pop("minutes_approved_on", None)
    return document


@pytest.fixture
def served(pg_database_url: str, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(_draft(document)))
    yield database
    database.close()


@pytest.fixture
def filled(server: PostgresServer, write_json: Any, document: dict[str, Any]) -> Iterator[Database]:
    """The draft on a server of the test's own (it freezes it)."""
    yield from filled_on(server, "restore", write_json, _draft(document))


def _dialog(qtbot: Any, database: Database) -> tuple[MainWindow, HistoryDialog]:
    """The verslag rewritten once; its history open, the text as imported chosen."""
    window = MainWindow(window_sessions(database), database.location.display)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    window.editor.update("Verslag wijzigen", "agenda_items", "ai-2", {"minutes": REWRITTEN}, False)
    dialog = show_history(window, window, "agenda", "ai-2", "minutes", "Vragen uit de praktijk")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_S * 1000)
    dialog.view.selectRow(1)
    assert dialog.restore_button is not None and dialog.restore_button.isEnabled()
    return window, dialog


def test_a_restore_on_a_server_says_opslaan_and_goes_on_when_stored(
    qtbot: Any, served: Database
) -> None:
    window, dialog = _dialog(qtbot, served)
    assert dialog.restore_button is not None
    assert dialog.restore_chosen()  # on its way
    assert dialog.notice.text() == "opslaan…" and not dialog.restore_button.isEnabled()
    assert dialog.notice.styleSheet() == ""  # not the red of what went wrong
    qtbot.waitUntil(lambda: dialog.chosen_row() == 1 and not dialog.loading, timeout=WAIT_S * 1000)
    qtbot.waitUntil(lambda: dialog.model.version(0).text == ORIGINAL, timeout=WAIT_S * 1000)
    assert stored(served, "agenda_items", "ai-2")["minutes"] == ORIGINAL
    assert not dialog.notice.isVisible()
    assert window.undo_stack.undoText().startswith("Verslag teruggezet naar de versie van")


def test_a_restore_on_a_frozen_server_never_holds_the_window(
    qtbot: Any, server: PostgresServer, filled: Database, short: None
) -> None:
    window, dialog = _dialog(qtbot, filled)
    steps = window.undo_stack.count()
    with frozen(server):
        beats = Heartbeat()
        began = time.monotonic()
        assert dialog.restore_chosen()
        took = time.monotonic() - began
        assert took < 1 and dialog.notice.text() == "opslaan…"
        qtbot.waitUntil(  # the save's limit (5 s): the server counts as away
            lambda: (
                dialog.notice.text().startswith("De databaseserver")
                and "color" in dialog.notice.styleSheet()
            ),
            timeout=10_000,
        )
        gap = beats.longest_gap_ms()
        print(
            f"restoring a version, frozen server: click {took * 1000:.0f} ms, "
            f"longest event-loop pause {gap:.0f} ms"
        )
        assert gap < FROZEN_MS
        assert window.connection.banner.isVisible()
        assert window.undo_stack.count() == steps  # nothing stored, no step

"""After its own background save on PostgreSQL a form reads nothing on the UI thread.

Issue 15, point 3: the form's own save landed, its values are known; before, the form
re-read the record on the UI thread (a round trip to the server the window waited for).
A change made elsewhere (an undo) still re-reads the record, off the UI thread too
(tests/ui/test_record_form_refresh.py).
"""

import threading
from typing import Any

from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import activate, open_page, open_read, stored


def test_no_read_on_the_ui_thread_after_the_forms_own_save(
    pg_database_url: str, write_json: Any, document: dict[str, Any], qtbot: Any
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    try:
        window = MainWindow(window_sessions(database), database.location.display)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        activate(qtbot, window)
        page = open_page(window, "practices")
        open_read(qtbot, page, "pr-consulent")  # on a server the record comes off the UI thread
        form = page.form
        region = form.field("region")
        assert isinstance(region, QLineEdit)
        before = region.text()
        reads: list[tuple[str, str]] = []  # on the UI thread
        off: list[tuple[str, str]] = []  # elsewhere
        real = form.editor.read

        def counted(kind: str, record_id: str) -> Any:
            on_ui = threading.current_thread() is threading.main_thread()
            (reads if on_ui else off).append((kind, record_id))
            return real(kind, record_id)

        form.editor.read = counted  # type: ignore[method-assign]
        region.setFocus()
        region.selectAll()
        qtbot.keyClicks(region, "Utrecht")
        form.binder.flush_in_background()
        assert form.binder.flying is not None  # on the saves' thread
        qtbot.waitUntil(lambda: form.binder.flying is None and not form.binder.pending())
        assert stored(database, "practices", "pr-consulent")["region"] == "Utrecht"
        assert ("practices", "pr-consulent") not in reads  # before: read at once
        assert region.text() == "Utrecht" and form.binder.stored["region"] == "Utrecht"
        # A change from elsewhere (the undo) is read, off the UI thread, and shown.
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: region.text() == before, timeout=5000)
        assert ("practices", "pr-consulent") in off
        assert ("practices", "pr-consulent") not in reads
        # The form goes on from the version its own save stored: the next save is no conflict.
        region.selectAll()
        qtbot.keyClicks(region, "Zeist")
        assert form.binder.flush() and form.conflict is None
        assert stored(database, "practices", "pr-consulent")["region"] == "Zeist"
    finally:
        database.close()

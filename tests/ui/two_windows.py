"""Two windows on one database, as two people's programs: the ``two`` fixture and helpers."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.app import window_sessions
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.main_window import MainWindow


def _filled(database: Database, write_json: Any, document: dict[str, Any]) -> None:
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")


@pytest.fixture(params=["sqlite", "postgresql"])
def two(
    request: pytest.FixtureRequest,
    database: Database,
    db_path: Path,
    write_json: Any,
    document: dict[str, Any],
) -> Iterator[tuple[Database, Database]]:
    """One filled database, opened twice (as by two people's programs): a file or a server.

    A fixture of every UI test (imported by tests/ui/conftest.py).
    """
    if request.param == "sqlite":
        _filled(database, write_json, document)
        location = location_from_path(db_path)
        first, second = database, open_database(location)
    else:
        location = location_from_url(request.getfixturevalue("pg_database_url"))
        first = open_database(location)
        _filled(first, write_json, document)
        second = open_database(location)
    yield first, second
    if first is not database:
        first.close()
    second.close()


def _drop_input(window: QWidget) -> None:
    """Forget what the test left typed and unstored (a conflict left open, say).

    Otherwise the window refuses to close (it keeps the input), stays listening for the
    colleague's changes, and reads after the test's database has gone.
    """
    for binder in window.findChildren(FormBinder):
        binder.forget()


def shown_window(qtbot: Any, database: Database) -> MainWindow:
    """A window on ``database`` as the app makes it (its own sessions), shown."""
    window = MainWindow(window_sessions(database), "gedeeld")
    qtbot.addWidget(window, before_close_func=_drop_input)
    window.show()
    qtbot.waitExposed(window)
    return window


def meeting_page(window: MainWindow, meeting_id: str = "m-1", item_id: str = "ai-2") -> MeetingPage:
    """The meeting's page in ``window`` with the agenda item ``item_id`` chosen."""
    window.open_record("meetings", meeting_id)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    page.select_item(item_id)
    assert page.editor_panel.item_id == item_id
    return page


def typing(qtbot: Any, widget: Any, binder: Any, text: str) -> None:
    """Type ``text`` over ``widget`` and keep typing (the autosave's pause not passed yet)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    binder.timer.stop()
    binder.deadline.stop()


def grab(qtbot: Any, page: QWidget, dialog: QWidget, path: str) -> None:
    """Save the window at 1280 x 720 with ``dialog`` over it as shown (no frame offscreen)."""
    window = page.window()
    window.resize(1280, 720)
    qtbot.wait(200)
    screen = window.grab()
    painter = QPainter(screen)
    where = dialog.geometry().translated(-window.geometry().topLeft())
    painter.drawPixmap(where.topLeft(), dialog.grab())
    painter.drawRect(where.adjusted(-1, -1, 0, 0))
    painter.end()
    screen.save(path)

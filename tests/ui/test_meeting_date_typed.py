"""The meeting header's date is the shared date field: a Dutch date typed moves the meeting."""

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.widgets.fields import DateField
from tests.ui.conftest import active_window, open_meeting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened (adopted, its header is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests verzetten de bijeenkomst")
    return filled


@pytest.mark.parametrize("typed", ["11-02-2027", "11 februari 2027"])
def test_a_typed_date_moves_the_meeting_to_that_day(
    qtbot: Any, filled: Database, typed: str
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    day = page.header.times.day
    assert isinstance(day, DateField)
    assert day.text() == "do 18-01-2018"
    day.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(day.hasFocus)
    qtbot.keyClicks(day, typed)
    qtbot.keyClick(day, Qt.Key.Key_Tab)  # leaving the date stores it
    assert page.form.flush()
    stored = read_record(filled.session_factory, "meetings", "m-1")
    assert stored is not None
    assert stored["starts_at"] == datetime(2027, 2, 11, 15, 30, tzinfo=AMSTERDAM)
    assert stored["ends_at"] == datetime(2027, 2, 11, 17, 0, tzinfo=AMSTERDAM)
    assert day.text() == "do 11-02-2027"


def test_an_emptied_date_keeps_the_meeting_on_its_day(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    day = page.header.times.day
    day.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(day.hasFocus)
    day.lineEdit().selectAll()
    qtbot.keyClick(day, Qt.Key.Key_Delete)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert page.form.flush()
    stored = read_record(filled.session_factory, "meetings", "m-1")
    assert stored is not None
    assert stored["starts_at"] == datetime(2018, 1, 18, 15, 30, tzinfo=AMSTERDAM)
    assert day.text() == "do 18-01-2018"

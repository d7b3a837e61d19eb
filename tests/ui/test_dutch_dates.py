"""Date fields take dates typed as Dutch people write them; calendars open on today, in Dutch."""

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.minutes_editing import action_rows
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.widgets.fields import DateField
from tests.ui.conftest import activate, active_window, open_meeting

DUE = date(2027, 2, 11)
FORMS = ["11-02-2027", "11-2-27", "11 februari 2027", "11/2/2027", "11 feb 2027"]


@pytest.fixture
def filled(filled: Database) -> Database:
    """The test data with m-1's verslag reopened: actions are added (adopted, it is frozen)."""
    reopen(filled.session_factory, "m-1", "de tests voegen acties toe")
    return filled


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen

HOLDERS: list[QWidget] = []  # the windows of the fields, kept until the next test


def field_in_a_window(qtbot: Any) -> DateField:
    """An empty DateField in a shown, active window, with the focus."""
    holder = QWidget()
    HOLDERS[:] = [holder]
    qtbot.addWidget(holder)
    field = DateField()
    QVBoxLayout(holder).addWidget(field)
    activate(qtbot, holder)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)
    return field


@pytest.mark.parametrize("typed", FORMS)
def test_a_date_field_takes_a_typed_dutch_date(qtbot: Any, typed: str) -> None:
    field = field_in_a_window(qtbot)
    qtbot.keyClicks(field, typed)
    assert field.value() == DUE
    qtbot.keyClick(field, Qt.Key.Key_Return)  # leaving it shows the date in the short form
    assert field.value() == DUE and field.text() == "11-02-2027"


def test_a_filled_date_field_is_typed_over_after_tab(qtbot: Any) -> None:
    field = field_in_a_window(qtbot)
    field.set_value(date(2024, 5, 14))
    field.clearFocus()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "11 februari 2027")
    assert field.value() == DUE


def test_a_date_that_does_not_exist_is_not_taken(qtbot: Any) -> None:
    field = field_in_a_window(qtbot)
    qtbot.keyClicks(field, "31-02-2027")
    assert field.value() is None


@pytest.mark.parametrize("typed", FORMS[:3])
def test_the_action_bar_takes_a_typed_due_date(qtbot: Any, filled: Database, typed: str) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    actions = page.editor_panel.actions_part
    actions.entry.setFocus()
    qtbot.keyClicks(actions.entry, "Spreekuur aankondigen")
    actions.due.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(actions.due.hasFocus)
    qtbot.keyClicks(actions.due, typed)
    actions.add()
    agreed = action_rows(page.sessions, "ai-2")
    assert [a.due_on for a in agreed if a.description == "Spreekuur aankondigen"] == [DUE]


@pytest.mark.parametrize("typed", FORMS[:3])
def test_the_wanneer_cell_takes_a_typed_due_date(qtbot: Any, filled: Database, typed: str) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    actions = page.editor_panel.actions_part
    actions.entry.setFocus()
    qtbot.keyClicks(actions.entry, "Spreekuur aankondigen")
    actions.add()
    row = actions.model.rowCount() - 1
    index = actions.model.index(row, 3)
    actions.view.setCurrentIndex(index)
    actions.view.edit(index)
    editor = actions.view.viewport().findChild(DateField)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view stores the cell right after

    def stored_due() -> list[date | None]:
        agreed = action_rows(page.sessions, "ai-2")
        return [a.due_on for a in agreed if a.description == "Spreekuur aankondigen"]

    qtbot.waitUntil(lambda: stored_due() == [DUE])
    assert actions.model.index(row, 3).data() == "11-02-2027"


def open_calendar(qtbot: Any, field: DateField) -> Any:
    """Click the arrow of ``field``; the calendar that pops up."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, 6))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_calendar_of_an_empty_date_opens_on_today_in_dutch(qtbot: Any) -> None:
    field = field_in_a_window(qtbot)
    calendar = open_calendar(qtbot, field)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.selectedDate() == today
    assert calendar.locale().monthName(1) == "januari"
    assert calendar.locale().dayName(1) == "maandag"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert field.locale().monthName(2) == "februari"
    assert field.value() is None  # opening the calendar chooses nothing


@pytest.mark.usefixtures("english")
def test_the_calendar_is_english_in_the_english_app(qtbot: Any) -> None:
    field = field_in_a_window(qtbot)
    calendar = open_calendar(qtbot, field)
    assert calendar.locale().monthName(1) == "January"
    qtbot.keyClicks(field, "11-02-2027")
    assert field.value() == DUE


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
    ids=["F4", "Alt+Down"],
)
def test_f4_or_alt_down_opens_the_calendar_on_today(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    field = field_in_a_window(qtbot)
    qtbot.keyClick(field, key, modifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate.currentDate()
    assert calendar.locale().monthName(1) == "januari"
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() is None  # opened and closed: nothing chosen

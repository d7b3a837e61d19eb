"""The dashboard on the table page: its figures, the lists they open, the painted chart."""

from typing import Any

from PySide6.QtCore import QPoint, Qt

from ontwikkeltafel.model import ConcernStatus
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.table.dashboard import STATUS_COLOURS
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.services.dashboard_data import TODAY, load
from tests.ui.conftest import make_window, open_table


def shown(qtbot: Any, database: Database, write_json: Any, document: Any) -> TablePage:
    load(database, write_json, document)
    window = make_window(qtbot, database)
    page = open_table(qtbot, window, "tafel-1")
    page.dashboard.today = lambda: TODAY
    page.dashboard.reload()
    return page


def window_of(page: TablePage) -> MainWindow:
    window = page.window()
    assert isinstance(window, MainWindow)
    return window


def listed(qtbot: Any, window: MainWindow, key: str) -> Any:
    """The list page ``key`` once the window shows it."""
    qtbot.waitUntil(lambda: window.pages.get(key) is window.stack.currentWidget())
    return window.pages[key]


def test_the_figures_shown_are_those_of_the_data(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    board = shown(qtbot, database, write_json, document).dashboard
    actions = board.actions_label.text()
    assert "5 open" in actions and "2 over tijd" in actions
    assert "GGD regio Utrecht: 2" in actions and "KION: 2" in actions
    assert [bar.count for bar in board.chart.bars] == [2, 1, 0, 0, 0]
    assert [bar.label for bar in board.chart.bars][:2] == ["open", "in bespreking"]
    attendance = board.attendance_label.text()
    assert "IJ. van der Berg: 5 van 6 weg" in attendance
    assert "GGD regio Utrecht: 5/6" in attendance  # Bas missed one
    assert "2 besluiten" in board.last_label.text()
    assert "Eerste besluit." in board.last_label.text()
    following = board.next_label.text()
    assert "10-01-2019 15.30" in following
    assert "Geen uitnodiging gemaakt" in following
    assert "Vorig verslag niet vastgesteld" in following


def test_the_open_actions_figure_opens_the_table_s_open_actions(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    window = window_of(page)
    page.dashboard.actions_label.linkActivated.emit("actions")
    actions = listed(qtbot, window, "actions")
    assert actions.filters() == {"open_only": True, "table_id": "tafel-1"}
    qtbot.waitUntil(lambda: actions.model.rowCount() == 5)
    assert actions.combos[2][0].currentText() == "Onderwijs en zorg vinden elkaar!"


def test_the_overdue_figure_opens_the_overdue_ones(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    window = window_of(page)
    window.show_page("actions").search.setText("iets")  # a search left behind is emptied
    window.record_pages.open_table("tafel-1")
    page.dashboard.follow("overdue")
    actions = listed(qtbot, window, "actions")
    assert actions.filters() == {"overdue": True, "table_id": "tafel-1"}
    # The list is by the real today: every open action with a date (a-3, a-4, a-5) is late.
    qtbot.waitUntil(lambda: actions.model.rowCount() == 3)


def test_a_click_on_a_bar_opens_the_concerns_of_that_status(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    window = window_of(page)
    chart = page.dashboard.chart
    qtbot.waitUntil(lambda: chart.height() > 0)
    middle = chart.bar_rect(0).center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(4, middle.y()))
    concerns = listed(qtbot, window, "concerns")
    assert concerns.filters() == {"status": ConcernStatus.OPEN, "table_id": "tafel-1"}
    qtbot.waitUntil(lambda: concerns.model.rowCount() == 2)  # c-2 and c-3, not c-4


def test_the_keyboard_chooses_a_bar(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    chart = page.dashboard.chart
    with qtbot.waitSignal(chart.bar_clicked) as blocker:
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
            qtbot.keyClick(chart, key)
    assert blocker.args == [1]  # the first Down chooses the first bar, the second the next


def test_the_chart_paints_its_bars_in_their_colours(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    chart = shown(qtbot, database, write_json, document).dashboard.chart
    qtbot.waitUntil(lambda: chart.height() > 0)
    image = chart.grab().toImage()
    for index, status in ((0, ConcernStatus.OPEN), (1, ConcernStatus.DISCUSSING)):
        point = chart.bar_rect(index).center().toPoint()
        ratio = image.devicePixelRatio()
        painted = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
        assert painted.name() == STATUS_COLOURS[status].name()
    assert chart.bar_rect(2).width() == 0  # no concerns addressed


def test_the_figures_follow_a_change(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    window_of(page).editor.update("Actie afronden", "actions", "a-3", {"status": "done"})
    qtbot.waitUntil(lambda: "4 open" in page.dashboard.actions_label.text())
    assert "1 over tijd" in page.dashboard.actions_label.text()


def test_the_last_and_next_meeting_open_on_a_click(
    qtbot: Any, database: Database, write_json: Any, document: Any
) -> None:
    page = shown(qtbot, database, write_json, document)
    window = window_of(page)
    page.dashboard.next_label.linkActivated.emit("meeting:m-9")
    meeting = window.record_pages.meeting_page()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is meeting)
    assert meeting.record_id == "m-9"


def test_in_english(
    qtbot: Any, english: None, database: Database, write_json: Any, document: Any
) -> None:
    board = shown(qtbot, database, write_json, document).dashboard
    assert "5 open" in board.actions_label.text()
    assert "2 overdue" in board.actions_label.text()
    assert "No invitation made" in board.next_label.text()

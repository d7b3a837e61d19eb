"""Every page works in a window of 1280 x 720 (snag 2), in Dutch and in English.

Shown on the demo data: the window must really be 1280 x 720 (a page needing more would
quietly hold it larger), and every button and field must lie inside the window, or inside
a scroll area that reaches it. On a Full HD screen the verslag shows at least 10 lines.
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from docs.page_tour import PAGES, cut_off, report_dialog, show, sideways
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import text

from ontwikkeltafel.services.demo import load_demo
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.record.page import RecordPage
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window

SMALL = QSize(1280, 720)  # a 1366 x 768 laptop, less the task bar and the title bar
FULL_HD = QSize(1920, 1000)  # maximised on 1920 x 1080, less the task bar and the title bar


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo data, made once for this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(location_from_path(path))
    load_demo(database.session_factory)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(location_from_path(path))
    yield database
    database.close()


@pytest.fixture(params=["nl", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    """The app's language; English labels are longer."""
    if request.param == "en":
        request.getfixturevalue("english")
    return str(request.param)


def held_at(window: QWidget, size: QSize) -> QSize:
    """The size ``window`` keeps when resized to ``size``, its layout settled."""
    window.resize(size)
    layout = window.layout()
    assert layout is not None
    layout.activate()
    for _round in range(3):  # the pages' own layouts settle through posted events
        QApplication.processEvents()
    return window.size()


def shown_at(qtbot: Any, database: Database, name: str, size: QSize) -> MainWindow:
    window = make_window(qtbot, database)
    held_at(window, size)
    page = show(window, name, qtbot.waitUntil)
    qtbot.waitUntil(page.isVisible)
    return window


@pytest.mark.parametrize("name", PAGES)
def test_every_page_works_at_1280_by_720(qtbot: Any, lang: str, demo: Database, name: str) -> None:
    window = shown_at(qtbot, demo, name, SMALL)
    assert held_at(window, SMALL) == SMALL
    least = window.minimumSizeHint()
    assert least.width() <= SMALL.width() and least.height() <= SMALL.height(), least
    assert list(cut_off(window)) == []
    assert sideways(window) == []


def test_the_check_finds_a_button_cut_off(qtbot: Any, demo: Database) -> None:
    """The check itself: a button pushed past the window's edge is reported."""
    window = shown_at(qtbot, demo, "tafels", SMALL)
    button = window.tables_page.plan_button
    button.move(window.tables_page.width() - 10, button.y())
    assert [line for line in cut_off(window) if "plannen" in line]


def test_the_verslag_shows_ten_lines_on_a_full_hd_screen(qtbot: Any, demo: Database) -> None:
    window = shown_at(qtbot, demo, "bijeenkomst", FULL_HD)
    assert held_at(window, FULL_HD) == FULL_HD
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    minutes = page.editor_panel.minutes
    lines = minutes.viewport().height() // minutes.fontMetrics().lineSpacing()
    assert lines >= 10, lines


def _fits(qtbot: Any, dialog: QDialog) -> None:
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height(), dialog.size()
    assert list(cut_off(dialog)) == []


def test_the_dialogs_used_often_fit_1280_by_720(
    qtbot: Any, lang: str, demo: Database, tmp_path: Path
) -> None:
    window = shown_at(qtbot, demo, "bijeenkomst", SMALL)
    preferences = window.open_preferences()
    _fits(qtbot, preferences)
    preferences.reject()
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    page.editor_panel.history_button.click()  # Geschiedenis… of the verslag
    history = page.editor_panel.history
    assert history is not None
    _fits(qtbot, history)
    history.reject()
    report = report_dialog(window, page.record_id or "", tmp_path, lang)
    report.show()
    _fits(qtbot, report)
    report.reject()


def test_table_titles_on_the_first_page_keep_16_characters_at_1280(
    qtbot: Any, lang: str, demo: Database
) -> None:
    """Status, Gestart and Bijeenkomsten fit their texts; the titles are not cut to 'Ond…'."""
    window = shown_at(qtbot, demo, "tafels", SMALL)
    view = window.tables_page.table_view
    least = view.fontMetrics().horizontalAdvance("0" * 16)
    assert view.columnWidth(0) >= least, (view.columnWidth(0), least)
    meetings = window.tables_page.meeting_view  # the meeting titles keep theirs
    assert meetings.columnWidth(1) >= meetings.fontMetrics().horizontalAdvance("0" * 30)


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("name", ["tafel", "bijeenkomst"])
def test_the_line_under_a_record_pages_title_is_readable(
    qtbot: Any, demo: Database, name: str
) -> None:
    """Grey, but with a contrast of at least 4.5 to the window (WCAG AA), not a disabled 1.6."""
    window = shown_at(qtbot, demo, name, SMALL)
    page = window.stack.currentWidget()
    assert isinstance(page, RecordPage)
    subtitle = page.subtitle
    assert subtitle.text()
    palette = subtitle.palette()
    text = _luminance(palette.color(subtitle.foregroundRole()))
    ground = _luminance(palette.color(QPalette.ColorRole.Window))
    contrast = (max(text, ground) + 0.05) / (min(text, ground) + 0.05)
    assert contrast >= 4.5, contrast
    assert text != _luminance(page.title.palette().color(page.title.foregroundRole()))


def test_agenda_titles_on_the_meeting_page_fit_at_1280(
    qtbot: Any, lang: str, demo: Database
) -> None:
    """The short columns (Nr, Min., Inleider and the two marks) leave the titles the room."""
    window = shown_at(qtbot, demo, "bijeenkomst", SMALL)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    view = page.agenda_view
    title = view.columnWidth(1)
    assert title >= view.fontMetrics().horizontalAdvance("Vaststellen agenda") + 8, title
    for column in (0, 2, 3, 4, 5):
        assert view.columnWidth(column) < title


def test_attendance_names_keep_room_at_1280(qtbot: Any, lang: str, demo: Database) -> None:
    """Long statuses ('absent without apologies') wrap at their middle, so names keep room."""
    window = shown_at(qtbot, demo, "bijeenkomst", SMALL)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    view = page.attendance.view
    names = view.columnWidth(0)
    assert names >= view.fontMetrics().horizontalAdvance("Sanne de Wit") + 16, names


@pytest.mark.parametrize("name", ["tafel", "bijeenkomst"])
def test_a_long_title_shows_its_beginning(qtbot: Any, demo: Database, name: str) -> None:
    """In a narrow title field the start of the title shows ('Onderwijs en…'), not its end."""
    window = shown_at(qtbot, demo, name, SMALL)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage | TablePage)
    field = page.header.title_field if isinstance(page, MeetingPage) else page.title_field
    assert field.text()
    assert field.cursorPosition() == 0


def test_meeting_titles_on_the_table_page_keep_room_at_1280(
    qtbot: Any, lang: str, demo: Database
) -> None:
    """Gegevens takes less, the meetings of the table more: 'Bijeenkomst 7: één jaar' whole."""
    window = shown_at(qtbot, demo, "tafel", SMALL)
    page = window.stack.currentWidget()
    assert isinstance(page, TablePage)
    view = page.meetings.view
    least = view.fontMetrics().horizontalAdvance("Bijeenkomst 7: één jaar")
    assert view.columnWidth(1) >= least, (view.columnWidth(1), least)


def test_the_first_page_fits_1280_whichever_table_is_chosen(
    qtbot: Any, lang: str, demo: Database
) -> None:
    """A long table title over its meetings wraps instead of widening the window."""
    window = shown_at(qtbot, demo, "tafels", SMALL)
    first = window.tables_page
    for row in range(first.tables.rowCount()):
        first.table_view.selectRow(row)
        qtbot.waitUntil(lambda: first.meetings.rowCount() > 0)
        assert held_at(window, SMALL) == SMALL, first.meetings_title.text()
        assert window.minimumSizeHint().width() <= SMALL.width(), first.meetings_title.text()


def test_every_tables_meeting_and_table_pages_fit_1280(
    qtbot: Any, lang: str, demo: Database
) -> None:
    """Long titles under a page's title (the table of a meeting) do not widen the window."""
    window = shown_at(qtbot, demo, "tafels", SMALL)
    with demo.session_factory() as session:
        rows = session.execute(
            text("SELECT table_id, min(id) FROM meetings GROUP BY table_id")
        ).all()
    opened: list[tuple[Callable[[str], None], str]] = [
        (window.record_pages.open_meeting, meeting_id) for _table, meeting_id in rows
    ]
    opened += [(window.record_pages.open_table, table_id) for table_id, _m in rows if table_id]
    for open_record, record_id in opened:
        open_record(record_id)
        page = window.stack.currentWidget()
        assert isinstance(page, RecordPage)
        assert held_at(window, SMALL) == SMALL, page.title.text()
        least = window.minimumSizeHint()
        assert least.width() <= SMALL.width(), (page.title.text(), page.subtitle.text())
        assert least.height() <= SMALL.height(), (page.title.text(), least)
        problems = list(cut_off(window))
        assert problems == [], "\n".join(problems)


def test_the_meeting_page_still_fits_with_its_not_stored_line_and_the_lost_connection_banner(
    qtbot: Any, demo: Database
) -> None:
    # A save waiting for the database shows a line under the page's title, a lost server a
    # banner across the window: together they made the meeting page need 752 px.
    window = shown_at(qtbot, demo, "bijeenkomst", SMALL)
    page = window.findChild(MeetingPage)
    assert page is not None
    page._say(
        "Nog niet opgeslagen; uw invoer blijft staan en wordt over 4 s opnieuw opgeslagen. "
        "Een tweede zin, zodat de regel op een smal scherm over twee regels loopt."
    )
    window.connection.banner.show_wait(4000)
    assert held_at(window, SMALL) == SMALL
    least = window.minimumSizeHint()
    assert least.height() <= SMALL.height(), least
    assert list(cut_off(window)) == []
    assert sideways(window) == []

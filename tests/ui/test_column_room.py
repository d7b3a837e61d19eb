"""Snag 5: columns size to their content and the window; titles and action texts get the room."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QTableView

from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.table_editing import edit_template_item
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.minutes_lists import ActionsPart
from ontwikkeltafel.ui.pages.table.parts import TemplatePart
from ontwikkeltafel.ui.widgets.fields import RecordPicker
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_meeting, open_page, open_table


def _window(qtbot: Any, database: Database) -> MainWindow:
    window = make_window(qtbot, database)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    return window


def _column(view: QTableView, header: str) -> int:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise AssertionError(f"no column {header!r}")


def _longest(view: QTableView, column: int) -> int:
    model, metrics = view.model(), view.fontMetrics()
    texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
    return max(metrics.horizontalAdvance(text) for text in texts)


def _has_room(view: QTableView, column: int) -> bool:
    width = view.columnWidth(column)
    return width >= _longest(view, column) or width >= 0.4 * view.viewport().width()


def test_meeting_titles_on_the_first_page_get_the_room(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = window.tables_page
    view = page.meeting_view
    for table_id in (None, "tafel-1"):
        page.choose_table(table_id)
        qtbot.waitUntil(lambda: page.meetings.rowCount() > 0)
        title = _column(view, "Bijeenkomst")
        for other in ("Soort", "Status"):
            assert view.columnWidth(title) > view.columnWidth(_column(view, other))
        assert _has_room(view, title), (view.columnWidth(title), view.viewport().width())
        for short in ("Datum", "Soort", "Status"):  # their texts whole, no more
            column = _column(view, short)
            assert _longest(view, column) < view.columnWidth(column) < title_width(view, title)


def title_width(view: QTableView, title: int) -> int:
    return view.columnWidth(title)


def test_meeting_titles_in_the_meetings_list_get_the_room(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = window.show_page("meetings")
    view = page.view
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    title = _column(view, "Bijeenkomst")
    assert _has_room(view, title)
    for short in ("Datum", "Soort", "Status"):
        column = _column(view, short)
        assert _longest(view, column) < view.columnWidth(column) < view.columnWidth(title)
        assert view.columnWidth(column) <= _longest(view, column) + 32


def test_the_actions_list_names_the_table_and_sorts_by_it(qtbot: Any, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = open_page(window, "actions")
    view, model = page.view, page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    tafel = _column(view, "Tafel")
    assert not view.isColumnHidden(tafel)
    assert view.columnWidth(tafel) > 0
    tables = window.tables_page.tables
    known = {str(tables.index(row, 0).data()) for row in range(tables.rowCount())}
    names = {str(model.index(row, tafel).data()) for row in range(model.rowCount())}
    assert names and names <= known
    text = _column(view, "Actie")
    for other in ("Nr.", "Status", "Wanneer"):
        assert view.columnWidth(text) > view.columnWidth(_column(view, other))
    assert _has_room(view, text), (view.columnWidth(text), view.viewport().width())
    view.sortByColumn(tafel, Qt.SortOrder.AscendingOrder)
    ascending = [str(model.index(row, tafel).data()) for row in range(model.rowCount())]
    assert ascending == sorted(ascending)
    view.sortByColumn(tafel, Qt.SortOrder.DescendingOrder)
    descending = [str(model.index(row, tafel).data()) for row in range(model.rowCount())]
    assert descending == sorted(ascending, reverse=True)


def test_template_titles_on_the_table_page_get_the_room(qtbot: Any, filled: Database) -> None:
    long_title = "Vragen, zorgen en knelpunten van de deelnemers"
    edit_template_item(filled.session_factory, "tafel-1", 0, title=long_title)
    window = _window(qtbot, filled)
    part = open_table(qtbot, window).findChild(TemplatePart)
    assert part is not None
    view = part.view
    assert view.model().index(0, 0).data() == long_title
    kind, minutes = _column(view, "Soort"), _column(view, "Min.")
    for short in (kind, minutes):  # their texts (or header) whole, and no more
        header = str(view.model().headerData(short, Qt.Orientation.Horizontal))
        whole = max(_longest(view, short), view.fontMetrics().horizontalAdvance(header))
        assert whole < view.columnWidth(short) <= whole + 32, (short, view.columnWidth(short))
    assert view.columnWidth(0) >= 0.6 * view.viewport().width()


@pytest.mark.usefixtures("english")
def test_template_titles_keep_room_beside_long_english_kinds(qtbot: Any, filled: Database) -> None:
    """'minutes of the previous meeting' as a kind does not cut 'Announcements' to 'Announ…'."""
    edit_template_item(filled.session_factory, "tafel-1", 0, title="Announcements")
    edit_template_item(filled.session_factory, "tafel-1", 0, kind="previous_minutes")
    window = _window(qtbot, filled)
    part = open_table(qtbot, window).findChild(TemplatePart)
    assert part is not None
    view = part.view
    assert view.model().index(0, 1).data() == "minutes of the previous meeting"
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("Announcements") + 8
    assert view.columnWidth(0) >= view.columnWidth(1)  # the titles get at least the kinds' room


def _whole(view: QTableView, column: int) -> int:
    """The width a column's texts and header need to show whole."""
    header = str(view.model().headerData(column, Qt.Orientation.Horizontal))
    return max(_longest(view, column), view.fontMetrics().horizontalAdvance(header))


LIST_KINDS = ["people", "organisations", "themes", "concerns", "practices", "development_points"]


@pytest.mark.parametrize("kind", LIST_KINDS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_list_page_sizes_its_columns_to_their_texts(
    qtbot: Any, filled: Database, kind: str, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = _window(qtbot, filled)
    page = open_page(window, kind)
    view, spec = page.view, page.spec
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert not spec.samples  # no sample widths: the texts decide
    room = view.viewport().width()
    for column in spec.fit:  # codes, kinds, statuses, counts: whole, no wider than needed
        if not view.isColumnHidden(column):
            whole, width = _whole(view, column), view.columnWidth(column)
            assert whole < width <= whole + 48, (column, width)
    for column, share in spec.shares.items():  # names: whole, or their share of the view
        if not view.isColumnHidden(column):
            width = view.columnWidth(column)
            assert width <= share * room + 1
            assert width >= min(_whole(view, column), share * room - 1), (column, width)
    title = page.spec.stretch
    assert _has_room(view, title), (view.columnWidth(title), room)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_action_text_gets_the_room_beside_the_form(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    sessions = filled.session_factory
    update_record(sessions, "tables", "tafel-1", {"title": "Onderwijs en zorg vinden elkaar!"})
    update_record(sessions, "people", "p-ijs", {"prefix": "van den", "last_name": "Berghuizen"})
    update_record(sessions, "actions", "a-1", {"owner_id": "p-ijs", "status": "in_progress"})
    window = _window(qtbot, filled)
    page = open_page(window, "actions")
    assert page.open_record("a-1")  # the form is shown beside the list
    view = page.view
    room = view.viewport().width()
    text = page.spec.stretch
    for column in page.spec.fit:  # Nr., Wanneer, Status: whole
        assert _whole(view, column) < view.columnWidth(column), column
    for column in range(view.model().columnCount()):
        assert column == text or view.columnWidth(text) > view.columnWidth(column)
    wie = _column(view, "Wie" if language == "nl" else "Who")
    assert view.columnWidth(wie) >= view.fontMetrics().horizontalAdvance("B. Bakker") + 8
    widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert view.columnWidth(text) >= 0.33 * room, (widths, room)
    assert view.columnWidth(text) >= 220
    tafel = _column(view, "Tafel" if language == "nl" else "Table")
    assert view.fontMetrics().horizontalAdvance("Onderwijs en zorg") <= view.columnWidth(tafel)
    form = page.form
    assert form.width() >= 360  # the form keeps room for its fields


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_filter_boxes_show_their_first_choice_whole(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = _window(qtbot, filled)
    for kind in ["concerns", "actions", "development_points", "meetings"]:
        page = window.show_page(kind)
        for combo, _choices in page.combos:
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert field.width() >= needed, (kind, combo.currentText(), field.width(), needed)


def _longest_label(picker: RecordPicker) -> tuple[str, int]:
    labels = [label for _id, label in picker.choices()]
    metrics = picker.fontMetrics()
    longest = max(labels, key=metrics.horizontalAdvance)
    return longest, metrics.horizontalAdvance(longest)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_wie_picker_of_the_actions_shows_whole_names(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = _window(qtbot, filled)
    part = open_meeting(qtbot, window).findChild(ActionsPart)
    assert part is not None
    picker = part.owner
    picker.setFocus()  # the names are read as the user comes to the picker
    qtbot.waitUntil(picker.hasFocus)
    text, needed = _longest_label(picker)
    assert len(text) >= 18, text  # "Anna de Vries (KION)": longer than the old 12 characters
    line = picker.lineEdit()
    assert line is not None
    qtbot.waitUntil(lambda: line.width() >= needed)
    picker.setCurrentIndex(picker.findText(text))
    assert line.text() == text
    assert picker.view().minimumWidth() >= needed
    assert window.width() == 1280  # the page still fits the window


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_pickers_of_a_form_list_whole_labels(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    long_name = "Fatima Özdemir-van der Heijden"
    person = {"first_name": "Fatima", "prefix": "", "last_name": "Özdemir-van der Heijden"}
    update_record(filled.session_factory, "people", "p-ijs", person)
    window = _window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    for name in ("raised_by_id", "raised_in_meeting_id", "table_id"):
        picker = page.form.field(name)
        assert isinstance(picker, RecordPicker)
        text, needed = _longest_label(picker)
        popup = picker.completer().popup()
        assert picker.view().minimumWidth() >= needed and popup.minimumWidth() >= needed, name
        picker.setCurrentIndex(picker.findText(text))
        line = picker.lineEdit()
        assert line is not None
        assert line.width() >= needed or line.width() >= 0.5 * page.form.width(), (name, text)
    assert long_name in _longest_label(page.form.field("raised_by_id"))[0]  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_headings_of_the_agenda_and_the_attendance_show_whole(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = _window(qtbot, filled)
    page = open_meeting(qtbot, window)
    attendance, agenda = page.attendance.view, page.agenda_view
    for view in (attendance, agenda):
        header = view.horizontalHeader()
        for column in range(view.model().columnCount()):
            heading = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSizeFromContents(column).width() <= view.columnWidth(column), (
                heading,
                view.columnWidth(column),
            )
    names = attendance.columnWidth(0)
    assert names >= attendance.fontMetrics().horizontalAdvance("Anna de Vries") + 16, names
    assert names >= 0.25 * attendance.viewport().width()
    assert agenda.columnWidth(1) == max(agenda.columnWidth(c) for c in range(6))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_long_choice_in_a_picker_shows_its_beginning(
    qtbot: Any, filled: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    title = "Tweede regionale congres over geweld in gezinnen en de rol van de school"
    update_record(filled.session_factory, "meetings", "z-1", {"title": title})
    update_record(filled.session_factory, "concerns", "c-1", {"raised_in_meeting_id": "z-1"})
    window = _window(qtbot, filled)
    page = open_page(window, "concerns")
    assert page.open_record("c-1")
    picker = page.form.field("raised_in_meeting_id")
    assert isinstance(picker, RecordPicker)
    line = picker.lineEdit()
    assert line is not None and title in line.text()
    assert line.fontMetrics().horizontalAdvance(line.text()) > line.width()  # too long to show
    assert line.cursorPosition() == 0  # so its date and first words show

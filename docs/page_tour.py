"""Every page of the window shown on the demo data, for the fit test and the screenshots.

Not a test module: ``tests/ui/test_page_fit.py`` and ``docs/screenshots/make_screenshots.py``
share it. ``wait(predicate)`` waits until the predicate holds (qtbot.waitUntil in tests).
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from sqlalchemy import text

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.window.main_window import MainWindow

Wait = Callable[[Callable[[], bool]], None]

#: The pages, by the names of their screenshots: the navigation's lists, then the table
#: page, the meeting page and the search results over the window.
LIST_PAGES = {
    "tafels": "tables",
    "bijeenkomsten": "meetings",
    "personen": "people",
    "organisaties": "organisations",
    "themas": "themes",
    "vragen-en-zorgen": "concerns",
    "goede-voorbeelden": "practices",
    "ontwikkelpunten": "development_points",
    "actiepunten": "actions",
}
PAGES = [*LIST_PAGES, "tafel", "bijeenkomst", "zoeken"]
SEARCHED = "ouders"  # hits of many kinds in the demo data

#: The controls a user works with: each must be on the screen or reachable by scrolling.
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def _one(sessions: SessionFactory, query: str) -> str:
    with sessions() as session:
        value = session.execute(text(query)).scalar()
    assert isinstance(value, str), query
    return value


def busiest_table(sessions: SessionFactory) -> str:
    """The table with the most meetings."""
    return _one(
        sessions,
        "SELECT table_id FROM meetings GROUP BY table_id ORDER BY count(*) DESC, table_id LIMIT 1",
    )


def fullest_meeting(sessions: SessionFactory) -> tuple[str, str]:
    """The meeting with the most agenda items, and its item with the longest verslag."""
    meeting = _one(
        sessions,
        "SELECT meeting_id FROM agenda_items GROUP BY meeting_id"
        " ORDER BY count(*) DESC, sum(length(minutes)) DESC LIMIT 1",
    )
    item = _one(
        sessions,
        f"SELECT id FROM agenda_items WHERE meeting_id = '{meeting}'"
        " ORDER BY length(minutes) DESC, position LIMIT 1",
    )
    return meeting, item


def show(window: MainWindow, name: str, wait: Wait) -> QWidget:
    """Show the page ``name`` (see PAGES) as a user finds it, a record chosen; the page."""
    sessions = window.sessions
    window.search.close()
    if name in LIST_PAGES:
        page = window.show_page(LIST_PAGES[name])
        if name == "tafels":
            first = window.tables_page
            wait(lambda: first.tables.rowCount() > 0)
            first.table_view.selectRow(first.tables.row_of(busiest_table(sessions)))
            wait(lambda: first.meetings.rowCount() > 0)
            first.meeting_view.selectRow(0)
            return page
        view: Any = getattr(page, "view")  # noqa: B009 (a list page's view)
        wait(lambda: view.model().rowCount() > 0)
        view.selectRow(0)
        form = getattr(page, "form", None)
        if form is not None:
            wait(lambda: form.record_id is not None)
        return page
    if name in ("tafel", "bijeenkomst"):
        window.show_page("tables")  # opened from the first page, as a user does
    if name == "tafel":
        window.record_pages.open_table(busiest_table(sessions))
        return window.record_pages.table_page()
    if name == "bijeenkomst":
        meeting, item = fullest_meeting(sessions)
        window.record_pages.open_meeting(meeting)
        page = window.record_pages.meeting_page()
        page.select_item(item)
        wait(lambda: page.editor_panel.minutes.toPlainText() != "")
        return page
    assert name == "zoeken", name
    window.show_page("tables")
    window.search.field.setText(SEARCHED)
    window.search.search_now()
    panel = window.search.ensure_panel()
    wait(panel.isVisible)
    return panel


def _reachable_through(widget: QWidget, top: QWidget) -> QWidget:
    """The widget ``widget`` must lie in: ``top``, or the contents of a scroll area on the way."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        scroll = grand.parentWidget() if grand is not None else None
        if isinstance(scroll, QScrollArea) and scroll.widget() is parent:
            return parent
        parent = grand
    return top


def _part_of_another(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is a part of a view or control.

    That is an editor in a list, the clear button of a field, the text field of a combo box.
    """
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        if isinstance(parent, CONTROLS):
            return True
        parent = parent.parentWidget()
    return False


def _clipping(widget: QWidget, room: QWidget) -> QWidget | None:
    """The first of ``widget``'s parents up to ``room`` that does not hold all of it."""
    parent = widget.parentWidget()
    while parent is not None:
        if not parent.rect().contains(QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())):
            return parent
        if parent is room:
            return None
        parent = parent.parentWidget()
    return None


def _squeezed(widget: QWidget) -> bool:
    """Whether a control (not a scrolling text) is lower than it needs to show its text."""
    if isinstance(widget, QAbstractScrollArea):
        return False
    return widget.height() < min(widget.minimumSizeHint().height(), widget.sizeHint().height())


def cut_off(top: QWidget) -> Iterator[str]:
    """Each visible control of ``top`` cut off or squeezed, described.

    Cut off: not wholly inside ``top``, or inside the contents of a scroll area on the way
    (reached by scrolling); squeezed: lower than its text needs.
    """
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if _part_of_another(widget, top):
            continue
        room = _reachable_through(widget, top)
        place = QRect(widget.mapTo(room, QPoint(0, 0)), widget.size())
        name = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
        what = f"{type(widget).__name__} {name!r} at {place.getRect()}"
        clipping = _clipping(widget, room)
        if clipping is not None:
            yield f"{what} cut off by {type(clipping).__name__} {clipping.objectName()!r}"
        elif _squeezed(widget):
            yield f"{what} squeezed below {widget.minimumSizeHint().height()} pixels"


def report_dialog(window: MainWindow, meeting_id: str, folder: Path, lang: str) -> QDialog:
    """The dialog Bestand > Verslag opens for ``meeting_id`` (not yet shown)."""
    from ontwikkeltafel.services.file_names import report_file_name
    from ontwikkeltafel.ui.exports.report_dialog import ReportDialog
    from ontwikkeltafel.ui.exports.texts import kind_texts, meeting_subject

    sessions = window.sessions
    return ReportDialog(
        window,
        kind_texts()["minutes"].title,
        meeting_subject(sessions, "minutes", meeting_id),
        lambda language: report_file_name(sessions, "minutes", meeting_id, language),
        folder,
        lang,
    )


def sideways(top: QWidget) -> list[str]:
    """The visible scroll areas of ``top`` whose contents are wider than they show.

    A form read by scrolling sideways has its fields cut on the right: only scrolling
    down is fine.
    """
    found = []
    for area in top.findChildren(QScrollArea):
        contents, shown = area.widget(), area.viewport().width()
        if area.isVisibleTo(top) and contents is not None and contents.width() > shown:
            found.append(f"{type(contents).__name__} {contents.width()} > {shown}")
    return found

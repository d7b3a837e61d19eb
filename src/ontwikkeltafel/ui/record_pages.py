"""The table page and the meeting page in the window: made on first use, opened by kind.

``install(window)`` registers the openers of tables, meetings and agenda items (a search
hit in minutes opens its meeting at that item) and lets the meetings list open a meeting
on Enter or a double click. The pages' modules are imported when first opened.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow
    from ontwikkeltafel.ui.meeting_page import MeetingPage
    from ontwikkeltafel.ui.record_page import RecordPage
    from ontwikkeltafel.ui.table_page import TablePage


class RecordPages(QObject):
    """Opens tables and meetings on their own pages, over the list they came from."""

    def __init__(self, window: "MainWindow") -> None:
        """Register the openers of ``window``."""
        super().__init__(window)
        self.window = window
        self._table_page: TablePage | None = None
        self._meeting_page: MeetingPage | None = None
        self._hooked: set[int] = set()
        window.record_openers["tables"] = self.open_table
        window.record_openers["meetings"] = self.open_meeting
        window.record_openers["agenda_items"] = self.open_agenda_item
        window.page_shown.connect(self._hook_list_page)

    def table_page(self) -> "TablePage":
        """The table page (made now if needed)."""
        if self._table_page is None:
            from ontwikkeltafel.ui.table_page import TablePage

            self._table_page = TablePage(self.window)
            self.window.stack.addWidget(self._table_page)
        return self._table_page

    def meeting_page(self) -> "MeetingPage":
        """The meeting page (made now if needed)."""
        if self._meeting_page is None:
            from ontwikkeltafel.ui.meeting_page import MeetingPage

            self._meeting_page = MeetingPage(self.window)
            self.window.stack.addWidget(self._meeting_page)
        return self._meeting_page

    def _show(self, page: "RecordPage", record_id: str) -> None:
        shown = self.window.stack.currentWidget()
        if not page.flush():  # pending input of the record shown so far was refused:
            self.window.stack.setCurrentWidget(page)  # showing another would lose it
            return
        page.notice.hide()
        if shown is not page:
            page.came_from = shown
        page.show_record(record_id)
        self.window.stack.setCurrentWidget(page)
        self.window.refresh_actions()

    def open_table(self, table_id: str) -> None:
        """Show a table on its page."""
        self._show(self.table_page(), table_id)

    def open_meeting(self, meeting_id: str) -> None:
        """Show a meeting on its page."""
        self._show(self.meeting_page(), meeting_id)

    def open_agenda_item(self, item_id: str) -> None:
        """Show the meeting of an agenda item with that item chosen."""
        from ontwikkeltafel.services.editing import read_record

        values = read_record(self.window.sessions, "agenda_items", item_id)
        if values is None:
            return
        self.open_meeting(values["meeting_id"])
        self.meeting_page().select_item(item_id)

    def _hook_list_page(self, key: str) -> None:
        """The meetings list opens a meeting on Enter or a double click."""
        page: QWidget | None = self.window.pages.get(key)
        if key != "meetings" or page is None or id(page) in self._hooked:
            return
        view, model = getattr(page, "view", None), getattr(page, "model", None)
        if view is None or model is None:
            return
        self._hooked.add(id(page))

        def activated(index: QModelIndex) -> None:
            if index.isValid():
                self.open_meeting(model.row_id(index.row()))

        view.activated.connect(activated)


def install(window: "MainWindow") -> None:
    """Give ``window`` its table and meeting pages (made when first opened)."""
    window.record_pages = RecordPages(window)  # type: ignore[attr-defined]

"""The table page and the meeting page in the window: made on first use, opened by kind.

The window registers :class:`RecordPages`' openers of tables, meetings and agenda items
(a search hit in minutes opens its meeting at that item). The pages' modules are
imported when first opened.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ontwikkeltafel.ui.core.context import WindowContext

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
    from ontwikkeltafel.ui.pages.record.page import RecordPage
    from ontwikkeltafel.ui.pages.table.page import TablePage


class RecordPages(QObject):
    """Opens tables and meetings on their own pages, over the list they came from."""

    def __init__(self, context: WindowContext, parent: QObject | None = None) -> None:
        """Pages of the window ``context``, made when first opened."""
        super().__init__(parent)
        self.context = context
        self._table_page: TablePage | None = None
        self._meeting_page: MeetingPage | None = None

    def table_page(self) -> "TablePage":
        """The table page (made now if needed)."""
        if self._table_page is None:
            from ontwikkeltafel.ui.pages.table.page import TablePage

            self._table_page = TablePage(self.context)
        return self._table_page

    def meeting_page(self) -> "MeetingPage":
        """The meeting page (made now if needed)."""
        if self._meeting_page is None:
            from ontwikkeltafel.ui.pages.meeting.page import MeetingPage

            self._meeting_page = MeetingPage(self.context)
        return self._meeting_page

    def _show(
        self, page: "RecordPage", record_id: str, show: Callable[[str], None] | None = None
    ) -> None:
        shown = self.context.current_page()
        if not page.flush():  # pending input of the record shown so far was refused:
            self.context.show_over(page)  # showing another would lose it
            return
        page.notice.hide()
        if shown is not page:
            page.came_from = shown
        (show or page.show_record)(record_id)
        self.context.show_over(page)
        self.context.refresh_actions()

    def open_table(self, table_id: str) -> None:
        """Show a table on its page."""
        self._show(self.table_page(), table_id)

    def open_meeting(self, meeting_id: str) -> None:
        """Show a meeting on its page."""
        self._show(self.meeting_page(), meeting_id)

    def open_agenda_item(self, item_id: str) -> None:
        """Show the meeting of an agenda item with that item chosen."""
        page = self.meeting_page()
        self._show(page, item_id, page.show_agenda_item)  # its meeting read by the page

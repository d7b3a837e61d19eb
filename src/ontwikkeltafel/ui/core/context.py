"""What the window's parts may use of it (WindowContext), and what it asks of a page (Page)."""

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.core.notifier import ChangeNotifier

if TYPE_CHECKING:
    from ontwikkeltafel.ui.core.undo import Editor


class Reports(Protocol):
    """The reports a page can ask for: written in the background, with a dialog first."""

    def report(self, kind: str, record_id: str) -> None:
        """Ask where to write report ``kind`` of a record, then write it."""

    def invitation(self, meeting_id: str) -> None:
        """Ask where to write a meeting's .ics invitation, then write it."""

    def person_data(self, person_id: str, name: str) -> None:
        """Ask where to write everything held on a person (Inzien), then write it."""

    def mail(self, kind: str, meeting_id: str) -> None:
        """Ask about a meeting's mail draft (agenda, minutes, actions), then make it."""

    def import_people(self, table_id: str | None = None) -> QWidget:
        """Personen importeren…: the wizard, seating the people at ``table_id`` if given."""

    def export_members(self, table_id: str) -> None:
        """Deelnemers exporteren…: ask where, then write a table's members (.xlsx or .vcf)."""


class WindowContext(Protocol):
    """The window, as its pages, lists, search and exports see it: only what they use."""

    @property
    def sessions(self) -> SessionFactory:
        """Sessions on the database the window shows."""

    @property
    def editor(self) -> "Editor":
        """Undoable edits: the services, the undo stack and the change notifier."""

    @property
    def notifier(self) -> ChangeNotifier:
        """Says which records changed, so lists and forms reload."""

    @property
    def exports(self) -> Reports:
        """Reports, invitations, imports and exports in the background."""

    @property
    def current_table(self) -> str | None:
        """The table chosen on the first page (None: all tables)."""

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record of ``kind`` (a navigation key or agenda_items); False if none can."""

    def current_page(self) -> QWidget | None:
        """The page the window shows now."""

    def show_over(self, page: QWidget) -> None:
        """Show ``page`` (a record page) over the one shown now; flushed when the window closes."""

    def go_back(self, came_from: QWidget | None) -> None:
        """Show the page a record page was opened from again (or the first page)."""

    def refresh_actions(self) -> None:
        """Let Nieuw, Verwijderen and Sluiten follow what the shown page allows now."""

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """Say ``text`` in the status bar (for ``timeout_ms``; 0: until the next message)."""


@runtime_checkable
class Page(Protocol):
    """What the window asks of the page it shows (Edit menu, search, closing).

    Optional, outside the protocol: ``shortcuts() -> list[tuple[str, str]]``, the page's
    keys that are no action of its own, as (what it does, keys), listed by F1 under "Op deze
    pagina" with the page's actions.
    """

    def can_new(self) -> bool:
        """Whether Nieuw (Ctrl+N) makes a record here now."""

    def new_record(self) -> object:
        """Make a new record on this page."""

    def can_delete(self) -> bool:
        """Whether Verwijderen (Delete) has something to delete now."""

    def delete_selected(self) -> object:
        """Delete what is selected (asking first where records hang from it)."""

    def can_close(self) -> bool:
        """Whether Sluiten (Ctrl+W) closes this page."""

    def close_page(self) -> None:
        """Store what is pending and go back."""

    def flush(self) -> bool:
        """Store pending input now; False when some was refused (it stays)."""

    def open_record(self, record_id: str) -> bool:
        """Show the record ``record_id`` of this page's kind; False if it is not here."""

    def highlight(self, text: str) -> bool:
        """Select ``text`` where the shown record has it (a search hit); False if nowhere."""


class PageDefaults:
    """The page contract's answers for a page that offers none of it (mixed in after Qt)."""

    def can_new(self) -> bool:
        """Nothing to make here."""
        return False

    def new_record(self) -> object:
        """Nothing to make here."""
        return None

    def can_delete(self) -> bool:
        """Nothing to delete here."""
        return False

    def delete_selected(self) -> object:
        """Nothing to delete here."""
        return None

    def can_close(self) -> bool:
        """A list is not closed; it is left through the navigation."""
        return False

    def close_page(self) -> None:
        """Nothing to close."""

    def flush(self) -> bool:
        """Nothing pending."""
        return True

    def open_record(self, record_id: str) -> bool:
        """No records of their own."""
        return False

    def highlight(self, text: str) -> bool:
        """Nothing to highlight."""
        return False


def as_page(widget: QWidget | None) -> Page | None:
    """``widget`` as a page, or None when it is not one."""
    return widget if isinstance(widget, Page) else None

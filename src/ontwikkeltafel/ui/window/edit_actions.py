"""New, Delete and Close in the Edit menu, handed to the page the window shows.

The page contract is :class:`~ontwikkeltafel.ui.context.Page`: ``can_new()`` and
``new_record()``, ``can_delete()`` and ``delete_selected()``, ``can_close()`` and
``close_page()``; the predicate is asked when the Edit menu opens and before the action
runs. A page whose state changes (a selection, say) asks the window to
``refresh_actions()``. Geschiedenis… (:class:`HistoryAction`) opens the history of the
one record the shown page shows.
"""

import sys
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ontwikkeltafel.ui.core.context import Page, WindowContext, as_page


class Verb(Enum):
    """One standard action of the Edit menu."""

    NEW = "new"
    DELETE = "delete"
    CLOSE = "close"

    def allowed_on(self, page: Page) -> bool:
        """Whether ``page`` allows this verb now."""
        if self is Verb.NEW:
            return page.can_new()
        if self is Verb.DELETE:
            return page.can_delete()
        return page.can_close()

    def do_on(self, page: Page) -> None:
        """Do this verb on ``page``."""
        if self is Verb.NEW:
            page.new_record()
        elif self is Verb.DELETE:
            page.delete_selected()
        else:
            page.close_page()


NEW, DELETE, CLOSE = Verb.NEW, Verb.DELETE, Verb.CLOSE


def editing_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` (the focus widget) is a text field that edits with Delete itself."""
    # Imported here: PySide6 makes these classes on first use, which start-up need not pay.
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    text_widgets = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
    while widget is not None:
        if isinstance(widget, text_widgets):
            return True
        if isinstance(widget, QComboBox) and widget.isEditable():
            return True
        widget = widget.parentWidget() if not widget.isWindow() else None
    return False


class StandardActions(QObject):
    """The Nieuw, Verwijderen and Sluiten actions of one window, kept in step with its page."""

    def __init__(self, window: QWidget, stack: QStackedWidget) -> None:
        """Make the actions of ``window`` for the page ``stack`` shows; the window places them."""
        super().__init__(window)
        self.window = window
        self.stack = stack
        self.new_action = self._action(self.tr("&Nieuw"), NEW, "Ctrl+N")
        self.delete_action = self._action(self.tr("&Verwijderen"), DELETE, "Del")
        self.close_action = self._action(self.tr("&Sluiten"), CLOSE, "Ctrl+W")
        self.new_action.setStatusTip(self.tr("Een nieuw item op deze pagina"))
        self.delete_action.setStatusTip(self.tr("Het gekozen item verwijderen"))
        self.close_action.setStatusTip(self.tr("Deze pagina sluiten"))
        for action in (self.new_action, self.delete_action, self.close_action):
            window.addAction(action)
        stack.currentChanged.connect(self.refresh)  # a record page shown over a list
        self.refresh()

    def _action(self, text: str, verb: Verb, keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setData(verb.value)
        action.triggered.connect(lambda _checked=False: self.trigger(verb))
        return action

    def actions(self) -> dict[Verb, QAction]:
        """The actions by the verb they stand for."""
        return {NEW: self.new_action, DELETE: self.delete_action, CLOSE: self.close_action}

    def page(self) -> Page | None:
        """The page the window shows now."""
        return as_page(self.stack.currentWidget())

    def allowed(self, verb: Verb) -> bool:
        """Whether the shown page allows ``verb`` now."""
        page = self.page()
        return page is not None and bool(verb.allowed_on(page))

    def refresh(self) -> None:
        """Enable each action the shown page offers and allows now."""
        for verb, action in self.actions().items():
            action.setEnabled(self.allowed(verb))

    def trigger(self, verb: Verb) -> bool:
        """Ask the shown page to do ``verb``; False if it cannot, or Delete meets a text field."""
        if verb is DELETE and editing_text(QApplication.focusWidget()):
            return False
        if not self.allowed(verb):
            self.refresh()
            return False
        page = self.page()
        assert page is not None
        verb.do_on(page)
        self.refresh()
        return True


# A page class -> the kind of the one record it shows in ``record_id`` (module, class, kind).
_RECORD_PAGES = (
    ("ontwikkeltafel.ui.pages.table.page", "TablePage", "tables"),
    ("ontwikkeltafel.ui.pages.meeting.page", "MeetingPage", "meetings"),
)
_LIST_PAGES = ("ontwikkeltafel.ui.lists.editing_page", "EditingPage")


def _loaded_class(module: str, name: str) -> type | None:
    """A class of a module already imported (a page of it can only exist then), else None."""
    loaded = sys.modules.get(module)
    found = getattr(loaded, name, None) if loaded is not None else None
    return found if isinstance(found, type) else None


def shown_record(page: QWidget | None) -> tuple[str, str] | None:
    """The kind and id of the one record ``page`` shows now (None: a list or nothing)."""
    if page is None:
        return None
    list_page = _loaded_class(*_LIST_PAGES)
    if list_page is not None and isinstance(page, list_page):
        editing: Any = page
        record_id = editing.form.record_id
        return (str(editing.kind), str(record_id)) if record_id is not None else None
    for module, name, kind in _RECORD_PAGES:
        record_page = _loaded_class(module, name)
        if record_page is not None and isinstance(page, record_page):
            record_id = getattr(page, "record_id", None)
            return (kind, str(record_id)) if record_id is not None else None
    return None


class HistoryAction(QObject):
    """Geschiedenis… in the Edit menu: the history of the record the window shows."""

    def __init__(self, window: QWidget, context: WindowContext, stack: QStackedWidget) -> None:
        """The action of ``window``, following the page ``stack`` shows."""
        super().__init__(window)
        self.window = window
        self.context = context
        self.action = QAction(self.tr("&Geschiedenis…"), window)
        self.action.setStatusTip(self.tr("Wie wat wanneer wijzigde aan het getoonde gegeven"))
        self.action.triggered.connect(self.trigger)
        stack.currentChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Enabled when the shown page shows one record."""
        self.action.setEnabled(shown_record(self.context.current_page()) is not None)

    def trigger(self) -> bool:
        """Open the history of the shown record; False when the page shows none."""
        shown = shown_record(self.context.current_page())
        if shown is None:
            self.refresh()
            return False
        from ontwikkeltafel.services.history_view import list_of_kind
        from ontwikkeltafel.ui.forms.history_dialog import show_history
        from ontwikkeltafel.ui.models.history_model import record_name, shorten

        kind, record_id = shown
        values = self.context.editor.read(kind, record_id) or {}
        show_history(
            self.context,
            self.window,
            list_of_kind(kind),
            record_id,
            None,
            shorten(record_name(values)),
        )
        return True

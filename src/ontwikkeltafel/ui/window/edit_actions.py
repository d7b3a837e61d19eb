"""New, Delete and Close in the Edit menu, handed to the page the window shows.

The page contract is :class:`~ontwikkeltafel.ui.context.Page`: ``can_new()`` and
``new_record()``, ``can_delete()`` and ``delete_selected()``, ``can_close()`` and
``close_page()``; the predicate is asked when the Edit menu opens and before the action
runs. A page whose state changes (a selection, say) asks the window to
``refresh_actions()``.
"""

from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ontwikkeltafel.ui.core.context import Page, as_page


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

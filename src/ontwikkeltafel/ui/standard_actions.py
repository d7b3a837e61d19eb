"""New, Delete and Close in the Edit menu, handed to the page the window shows.

The contract for pages: a page that can make a record has ``new_record()``, one that can
delete what is selected ``delete_selected()``, one that can be closed ``close_page()``.
Each may add a predicate, ``can_new()``, ``can_delete()`` or ``can_close()``, asked when
the Edit menu opens and before the action runs; without one the action is always allowed.
A page whose state changes (a selection, say) may call :meth:`StandardActions.refresh`,
found with ``window.findChild(StandardActions)``.
"""

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow


class Verb(NamedTuple):
    """One standard action: the page method it calls and its optional predicate."""

    method: str
    predicate: str


NEW = Verb("new_record", "can_new")
DELETE = Verb("delete_selected", "can_delete")
CLOSE = Verb("close_page", "can_close")


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

    def __init__(self, window: "MainWindow") -> None:
        """Make the actions, put them in the Edit menu and follow the shown page."""
        super().__init__(window)
        self.window = window
        self.new_action = self._action(self.tr("&Nieuw"), NEW, "Ctrl+N")
        self.delete_action = self._action(self.tr("&Verwijderen"), DELETE, "Del")
        self.close_action = self._action(self.tr("&Sluiten"), CLOSE, "Ctrl+W")
        self.new_action.setStatusTip(self.tr("Een nieuw item op deze pagina"))
        self.delete_action.setStatusTip(self.tr("Het gekozen item verwijderen"))
        self.close_action.setStatusTip(self.tr("Deze pagina sluiten"))
        menu = window.edit_menu
        for action in (self.new_action, self.delete_action, self.close_action):
            menu.addAction(action)
            window.addAction(action)
        menu.aboutToShow.connect(self.refresh)
        window.page_shown.connect(self.refresh)
        window.stack.currentChanged.connect(self.refresh)  # a record page shown over a list
        self.refresh()

    def _action(self, text: str, verb: Verb, keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setData(verb.method)
        action.triggered.connect(lambda _checked=False: self.trigger(verb))
        return action

    def actions(self) -> dict[Verb, QAction]:
        """The actions by the verb they stand for."""
        return {NEW: self.new_action, DELETE: self.delete_action, CLOSE: self.close_action}

    def page(self) -> QWidget | None:
        """The page the window shows now."""
        return self.window.stack.currentWidget()

    def allowed(self, verb: Verb) -> bool:
        """Whether the shown page has ``verb`` and allows it now."""
        page = self.page()
        if page is None or not callable(getattr(page, verb.method, None)):
            return False
        predicate = getattr(page, verb.predicate, None)
        return bool(predicate()) if callable(predicate) else True

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
        getattr(self.page(), verb.method)()
        self.refresh()
        return True


def install(window: "MainWindow") -> None:
    """Give ``window`` its standard actions."""
    StandardActions(window)

"""A page's own shortcuts: an action on the page, its keys also in the tool tips it names."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def page_shortcut(
    page: QWidget, text: str, keys: str, slot: Callable[[], object], *shown_on: QWidget
) -> QAction:
    """``keys`` run ``slot`` while the focus is on ``page``; F1 lists the action as ``text``.

    Each widget of ``shown_on`` gets the keys after its tool tip (or ``text`` when it has none).
    """
    action = QAction(text, page)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    for widget in shown_on:
        widget.setToolTip(f"{widget.toolTip() or text} ({native})")
    return action

"""A one-shot call right after a widget's next paint (the frame's, a list's rows')."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class PaintProbe(QObject):
    """Calls back once, right after the first paint of the widget it watches."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        """Watch ``widget``; ``then`` runs from the event loop after its first paint."""
        super().__init__(widget)
        self.then = then
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch the first paint event."""
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False

"""The change notifier: re-emits what services changed so each page refreshes only that."""

from PySide6.QtCore import QObject, Signal

from ontwikkeltafel.services.changes import Change


class ChangeNotifier(QObject):
    """One per window; undo commands and dialogs report here, pages listen."""

    changed = Signal(object)  # a Change
    failed = Signal(object)  # a UserError from an undo or redo step

    def report(self, change: Change) -> None:
        """Tell every page what changed (nothing happens for an empty change)."""
        if change.kinds:
            self.changed.emit(change)

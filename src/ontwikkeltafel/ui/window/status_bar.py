"""The status bar: the database named permanently, and a word when a change was saved."""

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QLabel, QStatusBar

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.ui.core.notifier import ChangeNotifier

SAVED_MESSAGE_MS = 4000


def _tr(text: str) -> str:
    return QCoreApplication.translate("conventions", text)


class DatabaseLabel(QLabel):
    """The status bar's permanent naming of the database, which passing messages leave alone."""

    def __init__(self, database_name: str) -> None:
        """Name ``database_name`` (a path or a URL without its password)."""
        super().__init__(_tr("Database: %1").replace("%1", database_name))
        self.setToolTip(database_name)
        self.setContentsMargins(6, 0, 6, 0)


def saved_message(moment: QTime) -> str:
    """The status bar's word after a change: "Opgeslagen om 15.30"."""
    return _tr("Opgeslagen om %1").replace("%1", moment.toString("HH.mm"))


def install_status_bar(
    bar: QStatusBar, database_name: str, notifier: ChangeNotifier
) -> DatabaseLabel:
    """Name the database permanently in ``bar``; say briefly when a change was saved."""
    label = DatabaseLabel(database_name)
    bar.addPermanentWidget(label)

    def on_changed(_change: Change) -> None:
        bar.showMessage(saved_message(QTime.currentTime()), SAVED_MESSAGE_MS)

    notifier.changed.connect(on_changed)
    return label

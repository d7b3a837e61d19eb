"""The status bar: the database named permanently, whether it is connected, and saved words."""

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.ui.core.labels import clock_time
from ontwikkeltafel.ui.core.notifier import ChangeNotifier

SAVED_MESSAGE_MS = 4000
LOST_COLOUR = "#b3261e"


def _tr(text: str) -> str:
    return QCoreApplication.translate("conventions", text)


def short_name(database_name: str) -> str:
    """How the status bar names a database: a server's host and database, a file's name.

    ``database_name`` is a path or a URL with its password masked; the URL's user and
    query (a masked password may sit there too) are left out.
    """
    scheme, found, rest = database_name.partition("://")
    if not found:
        return PurePath(database_name).name or database_name
    rest = rest.partition("?")[0]
    authority, slash, database = rest.partition("/")
    host = authority.rpartition("@")[2]
    return f"{host}{slash}{database}" if host else scheme


class DatabaseLabel(QLabel):
    """The status bar's permanent naming of the database, which passing messages leave alone."""

    def __init__(self, database_name: str) -> None:
        """Name ``database_name`` (a path or a URL without its password); all of it in the tip."""
        super().__init__(_tr("Database: %1").replace("%1", short_name(database_name)))
        self.setToolTip(database_name)
        self.setContentsMargins(6, 0, 6, 0)


class ConnectionLabel(QLabel):
    """Beside the database's name: whether the server is connected (a file always is)."""

    def __init__(self) -> None:
        """Connected until told otherwise."""
        super().__init__()
        self.setContentsMargins(6, 0, 6, 0)
        self.set_connected(True)

    def set_connected(self, connected: bool) -> None:
        """Say "verbonden", or in red "verbinding verbroken"."""
        if connected:
            self.setText(_tr("verbonden"))
            self.setStyleSheet("")
        else:
            self.setText(_tr("verbinding verbroken"))
            self.setStyleSheet(f"color: {LOST_COLOUR}; font-weight: bold;")


def saved_message(moment: str) -> str:
    """The status bar's word after a change: "Opgeslagen om 15.30" (``moment`` as clock_time)."""
    return _tr("Opgeslagen om %1").replace("%1", moment)


def install_status_bar(
    bar: QStatusBar, database_name: str, notifier: ChangeNotifier
) -> DatabaseLabel:
    """Name the database permanently in ``bar``; say briefly when a change was saved."""
    label = DatabaseLabel(database_name)
    bar.addPermanentWidget(label)

    def on_changed(_change: Change) -> None:
        bar.showMessage(saved_message(clock_time()), SAVED_MESSAGE_MS)

    notifier.changed.connect(on_changed)
    return label

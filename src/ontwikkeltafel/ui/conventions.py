"""The window's conventions: its icon, the status bar, standard and help actions, its state."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from ontwikkeltafel.paths import resources_dir
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.ui import help_menu, window_state

if TYPE_CHECKING:
    from ontwikkeltafel.ui.main_window import MainWindow

SAVED_MESSAGE_MS = 4000


def _tr(text: str) -> str:
    return QCoreApplication.translate("conventions", text)


def app_icon() -> QIcon:
    """The app's icon, drawn from SVG at every size a screen asks for (sharp on high DPI)."""
    return QIcon(str(resources_dir() / "icons" / "ontwikkeltafel.svg"))


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


def install_status_bar(window: "MainWindow") -> DatabaseLabel:
    """Name the database permanently; say briefly when a change was saved."""
    bar = window.statusBar()
    label = DatabaseLabel(window.database_name)
    bar.addPermanentWidget(label)

    def on_changed(_change: Change) -> None:
        bar.showMessage(saved_message(QTime.currentTime()), SAVED_MESSAGE_MS)

    window.notifier.changed.connect(on_changed)
    return label


def install(window: "MainWindow") -> None:
    """Give ``window`` its icon, status bar, Edit and Help actions and remembered state."""
    window.setWindowIcon(app_icon())
    install_status_bar(window)
    help_menu.install(window)
    window_state.install(window)  # last: showing the remembered page updates the actions

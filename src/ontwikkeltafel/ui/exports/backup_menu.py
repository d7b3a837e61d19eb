"""The File menu's Back-up maken and Back-up terugzetten… (services/backups.py does the work).

A backup of a SQLite database is a copy beside it, made at once; restoring keeps a copy
of the current file first, then every list and form reloads. On a server database the
backup is an exchange file and restoring is refused with a message naming pg_restore.
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services.backups import backup_folder, backup_of, database_file, restore_into
from ontwikkeltafel.services.changes import KINDS, Change
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import OneMessage, current_language
from ontwikkeltafel.ui.exports import file_choice

SQLITE_FILTER = "SQLite (*.sqlite3 *.sqlite *.db);;*"
STATUS_MS = 15000


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup_menu", text)


class BackupActions(QObject):
    """The two entries and what they do, for the window ``context``."""

    def __init__(self, parent: QWidget, context: WindowContext) -> None:
        """Entries over ``parent`` (the window) working on the database of ``context``."""
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.messages = OneMessage(lambda: self.parent_widget)
        self.backup_action = QAction(_tr("Back-&up maken"), parent)
        self.backup_action.setStatusTip(_tr("Een kopie van de database naast het bestand zetten"))
        self.backup_action.triggered.connect(lambda _checked=False: self.make_backup())
        self.restore_action = QAction(_tr("Back-up &terugzetten…"), parent)
        self.restore_action.setStatusTip(
            _tr("De database vervangen door een back-up (de huidige wordt eerst bewaard)")
        )
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())

    def actions(self) -> list[QAction]:
        """The entries, in menu order."""
        return [self.backup_action, self.restore_action]

    def make_backup(self) -> Path | None:
        """Make a backup now and say where it is; None when it failed (and said why)."""
        server = database_file(self.context.sessions) is None
        output = None
        if server:  # an exchange file, in the folder the window saves to
            name = f"ontwikkeltafel-backup-{datetime.now():%Y-%m-%d-%H%M%S}.json"
            output = file_choice.default_folder() / name
        try:
            path = backup_of(self.context.sessions, output)
        except UserError as exc:
            self._say(
                QMessageBox.Icon.Warning, _tr("Geen back-up gemaakt"), exc.render(self._lang())
            )
            return None
        text = _tr("Back-up gemaakt: %1").replace("%1", path.name)
        self.context.show_status(text, STATUS_MS)
        more = message("backup.done_server", self._lang(), path=path) if server else ""
        self._say(
            QMessageBox.Icon.Information, _tr("Back-up gemaakt"), text, more or str(path.parent)
        )
        return path

    def restore(self, source: Path | None = None) -> bool:
        """Ask for a backup (unless given) and put it in place; whether that was done."""
        if source is None:
            here = database_file(self.context.sessions)
            folder = backup_folder(here) if here is not None else file_choice.default_folder()
            source = file_choice.choose_open_path(
                self.parent_widget,
                _tr("Back-up terugzetten"),
                folder if folder.is_dir() else file_choice.default_folder(),
                SQLITE_FILTER,
            )
            if source is None:
                return False
        try:
            restored = restore_into(self.context.sessions, source)
        except UserError as exc:
            self._say(QMessageBox.Icon.Warning, _tr("Niets teruggezet"), exc.render(self._lang()))
            return False
        # The undo steps were taken on the database as it was.
        self.context.editor.stack.clear()
        self.context.notifier.report(Change.of(*sorted(KINDS)))
        text = _tr("Teruggezet uit %1.").replace("%1", source.name)
        self.context.show_status(text, STATUS_MS)
        kept = _tr("De database zoals hij was staat in %1.").replace("%1", str(restored.kept))
        self._say(QMessageBox.Icon.Information, _tr("Back-up teruggezet"), text, kept)
        return True

    @property
    def message(self) -> QMessageBox | None:
        """The message box now open, if any."""
        return self.messages.box

    def _say(self, icon: QMessageBox.Icon, title: str, text: str, more: str = "") -> None:
        box = self.messages.open(icon, title, text)
        if more:
            box.setInformativeText(more)
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    @staticmethod
    def _lang() -> str:
        return current_language()

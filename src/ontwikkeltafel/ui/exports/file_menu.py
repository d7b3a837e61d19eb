"""The File menu's imports, exports and reports, for the meeting or table being worked on.

The window makes an :class:`ExportMenu` over its exports (see exports/jobs.py): the
entries Importeren…, Exporteren…, the chosen table's export, a Rapport submenu and the
backup entries (exports/backup_menu.py) and Bewaartermijnen… (exports/retention_dialog.py). The
submenu names the meeting and table it will use, and says what to choose when nothing is.
The window chooses them: the meeting or table page shown, else the first page's choice.
"""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ontwikkeltafel.ui.exports.backup_menu import BackupActions
from ontwikkeltafel.ui.exports.import_offer import import_json
from ontwikkeltafel.ui.exports.jobs import Exports
from ontwikkeltafel.ui.exports.retention_dialog import RetentionEntry

NAME_LENGTH = 48  # longer titles are shortened in menu entries


def _tr(text: str) -> str:
    return QCoreApplication.translate("export_menu", text)


def _short(text: str) -> str:
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1].rstrip() + "…"


class ChosenRecords(Protocol):
    """What the File menu's entries work on (the window: the page shown, else the first page)."""

    def chosen_meeting(self) -> tuple[str, str, str] | None:
        """The meeting selected: its id, title and day, or None."""

    def chosen_table(self) -> tuple[str, str] | None:
        """The table chosen: its id and title, or None."""


class ExportMenu(QObject):
    """The entries in the File menu and what they do."""

    def __init__(self, parent: QWidget, exports: Exports, chosen: ChosenRecords) -> None:
        """The entries (see :meth:`file_actions`) for what ``chosen`` has chosen."""
        super().__init__(parent)
        self.parent_widget = parent
        self.exports = exports
        self.chosen = chosen
        self.import_action = self._action(_tr("&Importeren…"), lambda: import_json(exports))
        self.import_action.setStatusTip(_tr("Gegevens inlezen uit een JSON-bestand (export)"))
        self.people_action = self._action(_tr("&Personen importeren…"), self.import_people)
        self.people_action.setStatusTip(_tr("Personen inlezen uit Excel, CSV of vCard"))
        self.export_action = self._action(_tr("&Exporteren…"), lambda: exports.export_json())
        self.export_action.setStatusTip(_tr("Alle gegevens opslaan in een JSON-bestand"))
        self.table_export_action = self._action("", self._export_table)
        self.reports = QMenu(_tr("&Rapport"), parent)
        self.reports.setToolTipsVisible(True)
        self.meeting_label = self._heading()
        self.minutes_action = self._action(_tr("&Verslag…"), lambda: self._meeting("minutes"))
        self.agenda_action = self._action(_tr("&Convocatie…"), lambda: self._meeting("agenda"))
        self.invite_action = self._action(
            _tr("&Uitnodiging voor de agenda (.ics)…"), lambda: self._meeting("invitation")
        )
        self.attendance_action = self._action(
            _tr("&Presentielijst…"), lambda: self._meeting("attendance")
        )
        self.reports.addActions(
            [self.minutes_action, self.agenda_action, self.invite_action, self.attendance_action]
        )
        self.reports.addSeparator()
        self.table_label = self._heading()
        self.table_action = self._action(_tr("&Tafelrapportage…"), lambda: self._table("table"))
        self.actions_action = self._action(
            _tr("&Besluiten- en actielijst…"), lambda: self._table("actions")
        )
        self.reports.addActions([self.table_action, self.actions_action])
        self.separator = QAction(parent)
        self.separator.setSeparator(True)
        self.backups = BackupActions(parent, exports.context)
        self.retention = RetentionEntry(parent, exports.context)
        self.backup_separator = QAction(parent)
        self.backup_separator.setSeparator(True)
        self.reports.aboutToShow.connect(self.update)
        self.update()

    def file_actions(self) -> list[QAction]:
        """The entries of the File menu, in order (the window puts them above Afsluiten)."""
        return [
            self.import_action,
            self.people_action,
            self.export_action,
            self.table_export_action,
            self.reports.menuAction(),
            self.backup_separator,
            *self.backups.actions(),
            self.retention.action,
            self.separator,
        ]

    def _heading(self) -> QAction:
        """A line in the submenu naming what its entries below work on."""
        heading = self.reports.addAction("")
        heading.setEnabled(False)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.parent_widget)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def chosen_meeting(self) -> tuple[str, str] | None:
        """The meeting selected on the first page: its id and a label, or None."""
        chosen = self.chosen.chosen_meeting()
        if chosen is None:
            return None
        meeting_id, title, day = chosen
        return meeting_id, f"{_short(title)} ({day.split(' ')[0]})"

    def chosen_table(self) -> tuple[str, str] | None:
        """The table chosen on the first page: its id and title, or None."""
        chosen = self.chosen.chosen_table()
        return None if chosen is None else (chosen[0], _short(chosen[1]))

    def update(self) -> None:
        """Name the chosen meeting and table; without one, say what to choose."""
        meeting, table = self.chosen_meeting(), self.chosen_table()
        hint_meeting = _tr("Kies eerst een bijeenkomst op de pagina Tafels en bijeenkomsten.")
        hint_table = _tr("Kies eerst een tafel op de pagina Tafels en bijeenkomsten.")
        self.meeting_label.setText(
            _tr("Bijeenkomst: %1").replace("%1", meeting[1])
            if meeting
            else _tr("Geen bijeenkomst gekozen")
        )
        meeting_actions = (self.minutes_action, self.agenda_action, self.invite_action)
        for action in (*meeting_actions, self.attendance_action):
            action.setEnabled(meeting is not None)
            action.setToolTip("" if meeting else hint_meeting)
        self.table_label.setText(
            _tr("Tafel: %1").replace("%1", table[1]) if table else _tr("Geen tafel gekozen")
        )
        for action in (self.table_action, self.actions_action):
            action.setEnabled(table is not None)
            action.setToolTip("" if table else hint_table)
        self.table_export_action.setEnabled(table is not None)
        if table:
            self.table_export_action.setText(_tr("Tafel ‘%1’ e&xporteren…").replace("%1", table[1]))
            self.table_export_action.setToolTip("")
        else:
            self.table_export_action.setText(_tr("Tafel e&xporteren…"))
            self.table_export_action.setToolTip(hint_table)
        self.table_export_action.setStatusTip(
            _tr("Eén tafel met alles wat erbij hoort opslaan in een JSON-bestand")
        )

    def _meeting(self, kind: str) -> None:
        meeting = self.chosen_meeting()
        if meeting is None:
            return
        if kind == "invitation":
            self.exports.invitation(meeting[0])
        else:
            self.exports.report(kind, meeting[0])

    def _table(self, kind: str) -> None:
        table = self.chosen_table()
        if table is not None:
            self.exports.report(kind, table[0])

    def import_people(self) -> QWidget:
        """Open Personen importeren…, seating the people at the chosen table by default."""
        table = self.chosen_table()
        return self.exports.import_people(table[0] if table else None)

    def _export_table(self) -> None:
        table = self.chosen_table()
        if table is not None:
            self.exports.export_json(table[0])

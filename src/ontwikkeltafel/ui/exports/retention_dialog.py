"""Bestand > Bewaartermijnen…: what is past its retention, and removing it after a question.

The dialog shows ``services.retention.retention_overview`` (nothing changes by opening
it): the closed tables and stand-alone consultations past their retention with what each
holds, the closed tables without an end date (not judged), and the people who would be
left in no record. Verwijderen asks once more, then ``apply_retention`` removes them, the
undo steps go and every list reads again. The people left are named afterwards with an
offer to erase them (a second question); nobody is erased without it, and a person a
colleague changed after they were named is left out and named ("… is intussen gewijzigd;
niet verwijderd"): their version when named goes with the erasure. On a server
(PostgreSQL) the overview is read off the UI thread: "laden…", Verwijderen disabled until
it is there.
"""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import message
from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.preferences import load_preferences
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import KINDS, Change
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.erasure import erase_people, scrub_note
from ontwikkeltafel.services.retention import (
    COUNTED,
    Applied,
    Overview,
    apply_retention,
    retention_overview,
)
from ontwikkeltafel.store.scrub import Scrubbed
from ontwikkeltafel.ui.core.autosave import FormBinder, connection_lost
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import OneMessage, current_language, failure_text
from ontwikkeltafel.ui.core.tasks import Outcome as TaskOutcome
from ontwikkeltafel.ui.core.tasks import TaskRunner, shown_error
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.models.retention_model import RetentionModel

WARNING_COLOUR = "#b3261e"
STATUS_MS = 15000
TITLE_WIDTH = 260  # the rest of the width goes to Inhoud, which wraps


def _tr(text: str) -> str:
    return QCoreApplication.translate("retention", text)


def _people(people: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(name for _id, name in people)


Listed = dict[str, tuple[str, int | None]]  # each person named: (name, version then)


def _applied_and_listed(
    sessions: SessionFactory, years: int, today: date
) -> tuple[Applied, Listed]:
    """Apply the retention, then the version of each person left as they are named now."""
    applied = apply_retention(sessions, years, today)
    listed: Listed = {}
    for person_id, name in applied.people_left:
        values = read_record(sessions, "people", person_id) or {}
        listed[person_id] = (name, values.get("version"))
    return applied, listed


class RetentionDialog(QDialog):
    """The overview of what is past its retention, with Verwijderen; ``today`` for tests."""

    worked = Signal(str, object)  # "applied" (Applied), "erased" (names), "failed" (text)

    def __init__(self, context: WindowContext, parent: QWidget, today: date | None = None) -> None:
        """The overview on ``today`` (default: today in Amsterdam) for the window ``context``."""
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.today = today or datetime.now(AMSTERDAM).date()
        self.years = load_preferences().retention_years
        self.messages = OneMessage(lambda: self)
        self.overview: Overview | None = None
        self.tasks = TaskRunner(self)
        self.reader = Reader(context.sessions, self)  # on a server: off the UI thread
        self.setWindowTitle(_tr("Bewaartermijnen"))
        self.resize(960, 520)
        heading = QLabel(_tr("Gegevens over de bewaartermijn"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        intro = self.intro_label = QLabel(
            _tr(
                "Een gesloten tafel wordt bewaard tot de einddatum plus de bewaartermijn van "
                "de tafel; een losse bijeenkomst tot de datum plus de standaardtermijn uit "
                "Voorkeuren (%1 jaar). Hieronder staat wat daar voorbij is. Er is nog niets "
                "verwijderd."
            ).replace("%1", str(self.years))
        )
        intro.setWordWrap(True)
        self.model = RetentionModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, TITLE_WIDTH)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.undated_label = QLabel()
        self.undated_label.setWordWrap(True)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.warning = QLabel(
            _tr(
                "Verwijderen kan niet ongedaan worden gemaakt: de tafels en bijeenkomsten, met "
                "alles wat erbij hoort en hun geschiedenis, zijn daarna uit de database "
                "verdwenen. Back-ups bevatten ze nog."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.delete_button = self.buttons.addButton(
            _tr("Verwijderen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            _tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.delete_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.delete_button.clicked.connect(lambda _checked=False: self.ask())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        for label in (self.summary_label, self.undated_label, self.people_label, self.warning):
            layout.addWidget(label)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        """Read the overview again and show it (on a server: "laden…" until it comes)."""
        sessions, years, today = self.context.sessions, self.years, self.today
        self.reader.read(
            lambda: retention_overview(sessions, years, today), self._show, self._not_read
        )
        if self.reader.reading:
            self.overview = None  # nothing is removed on what was shown before
            self.summary_label.setText(_tr("laden…"))
            self.delete_button.setEnabled(False)

    def _not_read(self, error: Exception) -> None:
        if not connection_lost(error):
            self._fail(error)
            return
        self.overview = None
        self.summary_label.setText(_tr("Niet geladen: de server is niet bereikbaar."))
        self.delete_button.setEnabled(False)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self.model.set_records(overview.records)
        self.view.resizeRowsToContents()
        tables = sum(r.kind == "table" for r in overview.records)
        alone = len(overview.records) - tables
        if overview.records:
            self.summary_label.setText(
                _tr("%1 tafel(s) en %2 losse bijeenkomst(en) zijn over de bewaartermijn.")
                .replace("%1", str(tables))
                .replace("%2", str(alone))
            )
        else:
            self.summary_label.setText(_tr("Niets is over de bewaartermijn."))
        undated = ", ".join(f"‘{title}’" for _id, title in overview.undated)
        self.undated_label.setText(
            _tr("Gesloten zonder einddatum, niet beoordeeld (vul de einddatum in): %1").replace(
                "%1", undated
            )
        )
        self.undated_label.setVisible(bool(undated))
        self.people_label.setText(
            _tr("Daarna staan deze personen in geen enkel gegeven meer: %1.").replace(
                "%1", _people(overview.people_left)
            )
        )
        self.people_label.setVisible(bool(overview.people_left))
        self.warning.setVisible(bool(overview.records))
        self.delete_button.setEnabled(bool(overview.records))

    # Verwijderen

    def ask(self) -> bool:
        """Ask once more before removing; whether a question was put."""
        if self.overview is None or not self.overview.records or not self._stored():
            return False
        records = self.overview.records
        tables = sum(r.kind == "table" for r in records)
        box = self._box(
            QMessageBox.Icon.Warning,
            _tr("Verwijderen?"),
            _tr("%1 tafel(s) en %2 losse bijeenkomst(en) definitief verwijderen?")
            .replace("%1", str(tables))
            .replace("%2", str(len(records) - tables)),
        )
        lang = current_language()
        holds = [
            message(f"retention.count.{name}", lang, count=n)
            for name, _table in COUNTED
            if (n := self.overview.total(name))
        ]
        box.setInformativeText(
            _tr("Met alles wat erbij hoort: %1. Dit kan niet ongedaan worden gemaakt.").replace(
                "%1", ", ".join(holds) or message("retention.empty", lang)
            )
        )
        remove = box.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        remove.clicked.connect(self.apply)
        box.open()
        return True

    def apply(self) -> None:
        """Remove what is past its retention, off the window's thread; then :meth:`_applied`."""
        sessions, years, today = self.context.sessions, self.years, self.today
        self._work(
            lambda: _applied_and_listed(sessions, years, today),
            lambda result: self._applied(*result),
        )

    def _applied(self, applied: Applied, listed: Listed) -> None:
        """Say what went and who is left (``listed``: as they are named now)."""
        self.reload()
        lang = current_language()
        counts = [(name, sum(r.count(name) for r in applied.records)) for name, _t in COUNTED]
        holds = [message(f"retention.count.{n}", lang, count=c) for n, c in counts if c]
        tables = sum(r.kind == "table" for r in applied.records)
        text = message(
            "retention.removed",
            lang,
            tables=tables,
            alone=len(applied.records) - tables,
            holds=", ".join(holds) or message("retention.empty", lang),
            entries=applied.history_entries,
        )
        self.context.show_status(text, STATUS_MS)
        box = self._box(QMessageBox.Icon.Information, _tr("Gegevens verwijderd"), text)
        more = []
        if applied.people_left:
            more.append(
                _tr(
                    "Deze personen staan nu in geen enkel gegeven meer: %1. Ze zijn niet "
                    "verwijderd."
                ).replace("%1", _people(applied.people_left))
            )
            erase = box.addButton(_tr("Personen verwijderen…"), QMessageBox.ButtonRole.ActionRole)
            erase.clicked.connect(lambda: self._ask_erase(applied.people_left, listed))
        note = scrub_note(applied.scrubbed, lang)
        if note:
            more.append(note)
        if applied.backups:
            folder = applied.backups[0].parent
            more.append(
                message("retention.backups_hold", lang, count=len(applied.backups), folder=folder)
            )
        box.setInformativeText("\n\n".join(more))
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        self.worked.emit("applied", applied)

    def _ask_erase(self, people: tuple[tuple[str, str], ...], listed: Listed) -> None:
        box = self._box(
            QMessageBox.Icon.Warning,
            _tr("Personen verwijderen?"),
            _tr("%1 verwijderen?").replace("%1", _people(people)),
        )
        box.setInformativeText(
            _tr(
                "Ze staan in geen enkele tafel of bijeenkomst meer. Hun gegevens en hun eigen "
                "geschiedenis worden verwijderd. Dit kan niet ongedaan worden gemaakt."
            )
        )
        erase = box.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        erase.clicked.connect(lambda: self.erase_people(people, listed))
        box.open()

    def erase_people(
        self, people: tuple[tuple[str, str], ...], listed: Listed | None = None
    ) -> None:
        """Erase ``people`` (each nothing needs) off the window's thread, then say who went.

        ``listed``: each one's name and version when named; one changed since is left out.
        """
        sessions, lang = self.context.sessions, current_language()
        ids = [person_id for person_id, _name in people]
        self._work(
            lambda: erase_people(sessions, ids, lang, listed),
            lambda result: self._erased(*result),
        )

    def _erased(self, erased: list[str], refused: list[str], scrubbed: Scrubbed | None) -> None:
        text = _tr("Verwijderd: %1.").replace("%1", ", ".join(erased)) if erased else ""
        note = None if scrubbed is None else scrub_note(scrubbed, current_language())
        refused = [*refused, note] if note else refused
        self.reload()
        self._say(
            QMessageBox.Icon.Information, _tr("Personen"), "\n\n".join([text, *refused]).strip()
        )
        self.worked.emit("erased", erased)

    def _work(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Do ``work`` off the window's thread (VACUUM takes seconds), then hand on its result.

        Before ``done`` gets the result the undo steps go and every list reloads; a refusal
        is said instead.
        """

        def handle(ended: TaskOutcome) -> None:
            if ended.error is not None:
                self._fail(ended.error)
                return
            # The undo steps hold values that were just removed: none may bring them back.
            self.context.editor.stack.clear()
            self.context.notifier.report(Change.of(*sorted(KINDS)))
            done(ended.result)

        label = _tr("De gegevens worden verwijderd en het databasebestand opnieuw geschreven…")
        self.tasks.start(_tr("Bewaartermijnen"), label, lambda _progress: work(), handle)

    def _stored(self) -> bool:
        """Store input typed anywhere in the window first."""
        if all(binder.flush() for binder in self.parent_widget.findChildren(FormBinder)):
            return True
        self._say(
            QMessageBox.Icon.Warning,
            _tr("Eerst opslaan"),
            _tr("Niet alle invoer is opgeslagen. Verbeter eerst de rode melding."),
        )
        return False

    def _fail(self, error: Exception) -> None:
        """Say why nothing changed: a refusal as it is, another failure by its kind only."""
        text = failure_text(shown_error(error), current_language())
        self._say(QMessageBox.Icon.Warning, _tr("Niets veranderd"), text)
        self.worked.emit("failed", text)

    @property
    def message(self) -> QMessageBox | None:
        """The message box now open, if any (tests answer it as a user would)."""
        return self.messages.box

    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.messages.say(icon, title, text)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return self.messages.open(icon, title, text)


class RetentionEntry(QObject):
    """The File menu's Bewaartermijnen… entry: opens the dialog over the window."""

    def __init__(self, parent: QWidget, context: WindowContext) -> None:
        """The entry over ``parent`` (the window) for the database of ``context``."""
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.dialog: RetentionDialog | None = None
        self.action = QAction(_tr("Be&waartermijnen…"), parent)
        self.action.setStatusTip(
            _tr("Tafels en losse bijeenkomsten over de bewaartermijn bekijken en verwijderen")
        )
        self.action.triggered.connect(lambda _checked=False: self.open())

    def open(self, today: date | None = None) -> RetentionDialog:
        """Show the dialog (one at a time) and return it."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = RetentionDialog(self.context, self.parent_widget, today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: RetentionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

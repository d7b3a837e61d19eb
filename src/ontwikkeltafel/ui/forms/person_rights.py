"""Inzien…, Anonimiseren… and Verwijderen for the person in the people page's form (AVG).

Inzien writes everything held on the person (through the window's exports, off the UI
thread). Anonimiseren shows :class:`AnonymiseDialog` and then puts the role in place of
the person everywhere; Verwijderen erases a person nothing needs, and otherwise says what
still needs them and offers Anonimiseren. Neither can be undone: the undo stack is cleared
(its steps hold the old values), every list and page reads again, and the backups that
still hold the person are named, with an offer to remove them. Every question is a
message box opened without blocking (``self.message``), so tests answer it as users do.

Both act on the person as the form showed them when the question was put: the version and
fields the window's forms hold (``Versions.shown``) go with the call, and a colleague's
change of the person meanwhile refuses it ("... heeft dit intussen gewijzigd; niet
verwijderd"), nothing changed.

On a server (PostgreSQL) what a button needs (the erasure plan, the records' titles, the
name) is read off the UI thread: Anonimiseren opens its dialog at once ("laden…", its
Anonimiseren button disabled until the plan is there); Verwijderen and Inzien say "laden…"
beside the buttons, which stay disabled until the answer came, and ask then. An answer for
a person no longer shown, or one that came after the server counted as away, asks nothing.
Input typed in the window is stored before any button acts, on a server off the UI thread
("opslaan…", :mod:`~ontwikkeltafel.ui.forms.stored_first`).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.services.changes import KINDS, Change
from ontwikkeltafel.services.erasure import (
    ErasurePlan,
    Outcome,
    anonymise_person,
    erase_person,
    erasure_plan,
    purge_backups,
    scrub_note,
)
from ontwikkeltafel.ui.core.autosave import connection_lost
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import OneMessage, current_language, failure_text
from ontwikkeltafel.ui.core.tasks import Outcome as TaskOutcome
from ontwikkeltafel.ui.core.tasks import TaskRunner, shown_error
from ontwikkeltafel.ui.forms.anonymise_dialog import AnonymiseDialog, record_titles
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.forms.stored_first import StoredFirst, stored_at_once, unstored

STATUS_MS = 15000


def _tr(text: str) -> str:
    return QCoreApplication.translate("person_rights", text)


def _name_of(values: dict[str, Any]) -> str:
    """A person's full name from their fields ("" when none are known)."""
    parts = (values.get("first_name"), values.get("prefix"), values.get("last_name"))
    return " ".join(str(p) for p in parts if p)


def need_lines(plan: ErasurePlan, lang: str) -> list[str]:
    """What still needs the person, a line each: "aanwezigheid bij 2 bijeenkomst(en)"."""
    return [message(f"person.need.{what}", lang, count=count) for what, count in plan.needs]


class PersonRights(QGroupBox):
    """The three buttons, and what they do for the person shown (None: disabled).

    ``finished(state, detail)`` after each: "anonymised" or "erased" (the Outcome),
    "needed" (the lines of what needs the person), "purged" (how many backups),
    "failed" (the message shown).
    """

    finished = Signal(str, object)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        """Buttons for the window ``context``: its sessions, exports, undo stack and lists."""
        super().__init__(_tr("Persoonsgegevens (AVG)"), parent)
        self.context = context
        self.person_id: str | None = None
        self.dialog: AnonymiseDialog | None = None
        self.messages = OneMessage(self.window)
        # Anonymising rewrites every text and the history, then writes the file anew
        # (VACUUM): seconds on a large database, so never on the window's thread.
        self.tasks = TaskRunner(self)
        # On a server what a button needs is read off the UI thread; the buttons wait for it.
        self.reader = Reader(context.sessions, self)
        self.storing: StoredFirst | None = None  # what the forms hold, stored before a button
        self.state_label = QLabel()  # "laden…", or that the server was not reached
        self.state_label.setEnabled(False)  # greyed, as the lists' hints
        self.state_label.hide()
        self.inspect_button = QPushButton(_tr("Inzien…"))
        self.inspect_button.setToolTip(
            _tr("Alles wat over deze persoon is vastgelegd opslaan, als Word- of JSON-bestand")
        )
        self.inspect_button.clicked.connect(lambda _checked=False: self.inspect())
        self.anonymise_button = QPushButton(_tr("Anonimiseren…"))
        self.anonymise_button.setToolTip(
            _tr("De naam overal vervangen door een rol; wat de persoon deed blijft bewaard")
        )
        self.anonymise_button.clicked.connect(lambda _checked=False: self.anonymise())
        self.delete_button = QPushButton(_tr("Verwijderen"))
        self.delete_button.setToolTip(
            _tr("Deze persoon helemaal verwijderen, als niets de persoon nog nodig heeft")
        )
        self.delete_button.clicked.connect(lambda _checked=False: self.delete())
        layout = QHBoxLayout(self)
        for button in (self.inspect_button, self.anonymise_button, self.delete_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self.show_person(None)

    def show_person(self, person_id: object) -> None:
        """Work on the person ``person_id`` (None: no person shown, the buttons disabled)."""
        person_id = person_id if isinstance(person_id, str) else None
        if person_id != self.person_id and self.reader.reading:
            self._stop_reading()  # what was read for the person before asks nothing
        if person_id != self.person_id and self.storing is not None:
            self.storing.drop()  # stored all the same; the button waiting for it does nothing
            self.storing = None
            self._done_reading()
        self.person_id = person_id
        self._enable()

    def _enable(self) -> None:
        enabled = self.person_id is not None and not self.reader.reading and not self.storing
        for button in (self.inspect_button, self.anonymise_button, self.delete_button):
            button.setEnabled(enabled)

    # Reading what a button needs

    def _read(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """``then(work())``: at once on a SQLite file, else off the UI thread ("laden…").

        A refusal goes to ``failed`` (default: said in a message); the server away is said
        beside the buttons (and to ``failed`` if given). An answer for a person no longer
        shown, or after the read counted as late, asks nothing.
        """
        person_id = self.person_id

        def came(result: Any) -> None:
            self._done_reading()
            if person_id == self.person_id:
                then(result)

        def not_read(error: Exception) -> None:
            self._done_reading()
            if connection_lost(error):
                self._state(_tr("Niet geladen: de server is niet bereikbaar."))
                if failed is not None:
                    failed(error)
            elif person_id == self.person_id:
                (failed or self._fail)(error)

        if not self.reader.at_once:
            self._state(_tr("laden…"))
        self.reader.read(work, came, not_read)
        self._enable()

    def _done_reading(self) -> None:
        self.state_label.hide()
        self._enable()

    def _stop_reading(self) -> None:
        self.reader.drop()
        self._done_reading()

    def _state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.show()

    # Inzien

    def inspect(self, person_id: str | None = None) -> None:
        """Ask where to write everything held on the person, then write it (off the UI thread)."""
        person_id = person_id or self.person_id
        if person_id is not None:
            self._when_stored(lambda: self._inspect(person_id))

    def _inspect(self, person_id: str) -> bool:
        editor = self.context.editor
        self._read(
            lambda: editor.read("people", person_id) or {},
            lambda values: self.context.exports.person_data(person_id, _name_of(values)),
        )
        return True

    # Anonimiseren

    def anonymise(self, person_id: str | None = None) -> bool:
        """Show what anonymising would rewrite; the dialog's Anonimiseren does it.

        On a server the dialog opens at once and says "laden…" until the plan is read.
        """
        person_id = person_id or self.person_id
        if person_id is None:
            return False
        return self._when_stored(lambda: self._anonymise(person_id))

    def _anonymise(self, person_id: str) -> bool:
        if self.dialog is not None:
            self.dialog.close()
        shown = self.context.editor.versions.shown("people", person_id)
        sessions = self.context.sessions
        if self.reader.at_once:
            plan = self._plan(person_id)
            if plan is None:
                return False
            self._open_dialog(AnonymiseDialog(sessions, plan, self.window()), shown)
            return True
        name = _name_of(shown[1] or {})
        dialog = AnonymiseDialog(sessions, None, self.window(), name=name)
        self._open_dialog(dialog, shown)

        def read() -> tuple[ErasurePlan, dict[tuple[str, str], str]]:
            plan = erasure_plan(sessions, person_id)
            return plan, record_titles(sessions, plan)

        def failed(error: Exception) -> None:
            if self.dialog is dialog:
                if connection_lost(error):
                    dialog.unread()
                    return
                dialog.reject()
            self._fail(error)

        self._read(read, lambda read_: self._fill(dialog, *read_), failed)
        return True

    def _open_dialog(
        self, dialog: AnonymiseDialog, shown: tuple[int | None, dict[str, Any] | None]
    ) -> None:
        self.dialog = dialog
        dialog.shown = shown  # the person as the form showed them when asked
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result, d=dialog: self._dialog_closed(d, result))
        dialog.open()

    def _fill(
        self, dialog: AnonymiseDialog, plan: ErasurePlan, titles: dict[tuple[str, str], str]
    ) -> None:
        if self.dialog is dialog:  # not closed meanwhile
            dialog.fill(plan, titles)

    def _dialog_closed(self, dialog: AnonymiseDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
            if self.reader.reading:
                self._stop_reading()  # its plan, when it comes, is wanted no more
        if result == QDialog.DialogCode.Accepted and dialog.plan is not None:
            person_id, role = dialog.plan.person_id, dialog.role()
            expected, base = dialog.shown
            self._do(
                person_id,
                lambda: anonymise_person(
                    self.context.sessions, person_id, role, expected_version=expected, base=base
                ),
            )

    # Verwijderen

    def delete(self, person_id: str | None = None) -> bool:
        """Erase the person after asking, if nothing needs them; else say what does.

        Returns whether a question was put (on a server: is on its way, asked when what it
        says is read; nothing is erased before it is answered).
        """
        person_id = person_id or self.person_id
        if person_id is None:
            return False
        return self._when_stored(lambda: self._delete(person_id))

    def _delete(self, person_id: str) -> bool:
        shown = self.context.editor.versions.shown("people", person_id)  # as asked
        sessions = self.context.sessions
        self._read(lambda: erasure_plan(sessions, person_id), lambda p: self._ask_delete(p, shown))
        return True

    def _ask_delete(
        self, plan: ErasurePlan, shown: tuple[int | None, dict[str, Any] | None]
    ) -> None:
        if not plan.erasable:
            self._explain_needed(plan)
            return
        box = self._box(
            QMessageBox.Icon.Warning,
            _tr("Verwijderen?"),
            _tr("‘%1’ verwijderen?").replace("%1", plan.name),
        )
        box.setInformativeText(
            _tr(
                "Niets heeft deze persoon nog nodig. De persoon, de tafellidmaatschappen en de "
                "eigen geschiedenis worden verwijderd; waar de geschiedenis de naam noemt, komt "
                "‘(verwijderde persoon)’ te staan.\n\nDit kan niet ongedaan worden gemaakt."
            )
        )
        erase = box.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        chosen = plan.person_id
        expected, base = shown
        erase.clicked.connect(
            lambda: self._do(
                chosen,
                lambda: erase_person(
                    self.context.sessions, chosen, expected_version=expected, base=base
                ),
            )
        )
        box.open()

    def _explain_needed(self, plan: ErasurePlan) -> None:
        lines = need_lines(plan, current_language())
        box = self._box(
            QMessageBox.Icon.Information,
            _tr("Niet te verwijderen"),
            _tr("‘%1’ kan niet worden verwijderd. Deze persoon is nog nodig voor:").replace(
                "%1", plan.name
            ),
        )
        bullets = "\n".join(f"• {line}" for line in lines)
        box.setInformativeText(
            bullets
            + "\n\n"
            + _tr(
                "Anonimiseer deze persoon in plaats daarvan: de naam wordt dan overal "
                "vervangen door een rol, en wat de persoon deed blijft bewaard."
            )
        )
        instead = box.addButton(_tr("Anonimiseren…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(instead)
        box.setEscapeButton(cancel)
        instead.clicked.connect(lambda: self.anonymise(plan.person_id))
        box.open()
        self.finished.emit("needed", lines)

    # Doing it, and what comes after

    def _plan(self, person_id: str) -> ErasurePlan | None:
        """The plan, read at once (a SQLite file); a refusal is said."""
        try:
            return erasure_plan(self.context.sessions, person_id)
        except UserError as error:
            self._fail(error)
            return None

    def _when_stored(self, go: Callable[[], bool]) -> bool:
        """``go()`` once input typed anywhere in the window is stored: none may bring a name back.

        On a server the forms store it off the UI thread ("opslaan…" beside the buttons,
        which wait); True then (on its way), and ``go`` runs only for the person still shown.
        """
        window = self.window()
        if self.reader.at_once:
            if stored_at_once(window):
                return go()
            self._unstored(None)
            return False
        binders = unstored(window)
        if not binders:
            return go()
        person_id = self.person_id

        def stored() -> None:
            self.storing = None
            self._done_reading()
            if person_id == self.person_id:
                go()

        def failed(error: UserError | None) -> None:
            self.storing = None
            self._done_reading()
            self._unstored(error)

        self._state(_tr("opslaan…"))
        attempt = StoredFirst(binders, stored, failed, self)
        if not attempt.over:
            self.storing = attempt
        self._enable()
        return True

    def _unstored(self, error: UserError | None) -> None:
        """Say that the button waits for input not stored (the server away: beside it)."""
        if connection_lost(error):
            self._state(_tr("Niet opgeslagen: de server is niet bereikbaar."))
            return
        self._say(
            QMessageBox.Icon.Warning,
            _tr("Eerst opslaan"),
            _tr(
                "Niet alle invoer is opgeslagen. Verbeter eerst de rode melding, of maak de "
                "invoer ongedaan met Ctrl+Z."
            ),
        )

    def _do(self, person_id: str, work: Callable[[], Outcome]) -> None:
        def handle(ended: TaskOutcome) -> None:
            if ended.error is not None:
                self._fail(ended.error)
                return
            outcome = ended.result
            assert isinstance(outcome, Outcome)
            # The undo steps hold the values just removed: none may bring them back.
            self.context.editor.stack.clear()
            self.context.notifier.report(Change.of(*sorted(KINDS), ids={person_id}))
            self._tell(outcome)

        label = _tr("De gegevens worden herschreven en het databasebestand opnieuw geschreven…")
        self.tasks.start(_tr("Persoonsgegevens"), label, lambda _progress: work(), handle)

    def _tell(self, outcome: Outcome) -> None:
        lang = current_language()
        if outcome.role is None:
            state = "erased"
            title = _tr("Verwijderd")
            text = message(
                "person.erased", lang, name=outcome.name, entries=outcome.history_entries
            )
        else:
            state = "anonymised"
            title = _tr("Geanonimiseerd")
            text = message(
                "person.anonymised",
                lang,
                name=outcome.name,
                role=outcome.role,
                texts=outcome.texts,
                entries=outcome.history_entries,
            )
        self.context.show_status(text, STATUS_MS)
        box = self._box(QMessageBox.Icon.Information, title, text)
        more = []
        note = scrub_note(outcome.scrubbed, lang)
        if note:
            more.append(note)
        backups = outcome.backups
        if backups:
            folder = backups[0].parent
            more.append(message("person.backups_hold", lang, count=len(backups), folder=folder))
            purge = box.addButton(_tr("Back-ups verwijderen…"), QMessageBox.ButtonRole.ActionRole)
            purge.clicked.connect(lambda: self._ask_purge(backups))
        box.setInformativeText("\n\n".join(more))
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        self.finished.emit(state, outcome)

    def _ask_purge(self, backups: tuple[Any, ...]) -> None:
        """The second question before the backups go; then remove them."""
        box = self._box(
            QMessageBox.Icon.Warning,
            _tr("Back-ups verwijderen?"),
            _tr("%1 back-ups verwijderen?").replace("%1", str(len(backups))),
        )
        box.setInformativeText(
            _tr(
                "De back-ups in %1 worden verwijderd, met alle andere gegevens die erin staan. "
                "Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", str(backups[0].parent))
        )
        purge = box.addButton(_tr("Back-ups verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        purge.clicked.connect(lambda: self._purge(backups))
        box.open()

    def _purge(self, backups: tuple[Any, ...]) -> None:
        removed = purge_backups(backups)
        text = message("person.purged", current_language(), count=removed)
        self.context.show_status(text, STATUS_MS)
        self._say(QMessageBox.Icon.Information, _tr("Back-ups verwijderd"), text)
        self.finished.emit("purged", removed)

    def _fail(self, error: Exception) -> None:
        """Say why nothing changed: a refusal as it is, another failure by its kind only."""
        text = failure_text(shown_error(error), current_language())
        self._say(QMessageBox.Icon.Warning, _tr("Niets veranderd"), text)
        self.finished.emit("failed", text)

    @property
    def message(self) -> QMessageBox | None:
        """The message box now open, if any (tests answer it as a user would)."""
        return self.messages.box

    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.messages.say(icon, title, text)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return self.messages.open(icon, title, text)

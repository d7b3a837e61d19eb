"""Uitnodiging / verslag / actielijst mailen: who it goes to, which version, then the draft.

The dialog names the recipients and those without an e-mail address, offers the
participants' or the internal version (to the chair and secretary only), and whether to
open the draft in the mail program or save it in a folder. The .eml is written off the
GUI thread by the window's exports (ui/exports/jobs.py); the app sends nothing.
"""

import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.preferences import Preferences, load_preferences
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.listing import meeting_rows
from ontwikkeltafel.services.mail_recipients import Addressees, addressees, sender
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import short_moment
from ontwikkeltafel.ui.exports import file_choice


class Exports(Protocol):
    """What the dialog uses of the window's exports (ui/exports/jobs.py)."""

    window: QWidget
    context: WindowContext

    def mail_failed(self, error: Exception) -> None:
        """Say why no mail draft was made."""

    def folder_now(self) -> Path:
        """The folder a file is suggested in."""

    def start_mail(
        self, kind: str, meeting_id: str, path: Path, internal: bool, open_it: bool
    ) -> bool:
        """Write the draft off the GUI thread, then open or save it."""


NOTICE_COLOUR = "#b3261e"
EML_FILTER = "E-mail (*.eml)"
MAX_NAMES = 12  # recipients named in full; more: the first ones and a count


def _tr(text: str) -> str:
    return QCoreApplication.translate("mail", text)


def titles() -> dict[str, str]:
    """The dialog's title per mail (agenda, minutes, approved, actions)."""
    return {
        "agenda": _tr("Uitnodiging mailen"),
        "minutes": _tr("Conceptverslag mailen"),
        "approved": _tr("Vastgesteld verslag mailen"),
        "actions": _tr("Actielijst mailen"),
    }


def attached() -> dict[str, str]:
    """What each mail has attached, as the dialog says it."""
    return {
        "agenda": _tr("de convocatie (Word) en de uitnodiging voor de agenda (.ics)"),
        "minutes": _tr("het conceptverslag (Word)"),
        "approved": _tr("het vastgestelde verslag (Word)"),
        "actions": _tr("de besluiten- en actielijst van de tafel (Word)"),
    }


def meeting_line(sessions: SessionFactory, meeting_id: str) -> str:
    """The meeting, as the dialog's first row names it (rich text): title, then when and where."""
    rows = meeting_rows(sessions, [meeting_id])
    if not rows:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    row = rows[0]
    where = " · ".join(part for part in (short_moment(row.starts_at), row.table_title) if part)
    return f"<b>{escape(row.title)}</b><br>{escape(where)}"


@dataclass(frozen=True)
class MailChoice:
    """What the dialog asked: the version, and whether to open the draft or save it."""

    internal: bool
    open_it: bool


def names(found: Addressees) -> str:
    """The recipients as one line: "Anna de Vries, Bas Bakker en 3 anderen"."""
    people = [recipient.name or recipient.email for recipient in found.recipients]
    if not people:
        return _tr("niemand (geen e-mailadressen bekend)")
    if len(people) > MAX_NAMES:
        rest = str(len(people) - MAX_NAMES)
        shown = ", ".join(people[:MAX_NAMES])
        return _tr("%1 en %2 anderen").replace("%1", shown).replace("%2", rest)
    return ", ".join(people)


class MailDialog(QDialog):
    """Recipients, the version and where the draft goes; OK when there is a sender."""

    def __init__(
        self,
        sessions: SessionFactory,
        mail: str,
        meeting_id: str,
        subject: str,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        """Ask for the ``mail`` (a key of :func:`titles`) of ``meeting_id``."""
        super().__init__(parent)
        self.sessions, self.meeting_id = sessions, meeting_id
        self.setWindowTitle(titles()[mail])
        self.participants = QRadioButton(_tr("&Deelnemers: zonder vertrouwelijke punten"))
        self.internal = QRadioButton(_tr("&Intern: alleen aan voorzitter en secretaris"))
        self.participants.setChecked(True)
        versions = QButtonGroup(self)
        versions.addButton(self.participants)
        versions.addButton(self.internal)
        self.opening = QRadioButton(_tr("&Openen in mijn mailprogramma"))
        self.saving = QRadioButton(_tr("Op&slaan in een map…"))
        self.opening.setChecked(True)
        where = QButtonGroup(self)
        where.addButton(self.opening)
        where.addButton(self.saving)
        self.from_label = QLabel()
        self.recipients = QLabel()
        self.missing = QLabel()
        self.missing.setStyleSheet(f"color: {NOTICE_COLOUR};")
        for label in (self.from_label, self.recipients, self.missing):
            label.setWordWrap(True)
            label.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(_tr("Bijeenkomst:"), QLabel(subject))
        form.addRow(_tr("Bijlagen:"), QLabel(attached()[mail]))
        form.addRow(_tr("Van:"), self.from_label)
        form.addRow(_tr("Versie:"), self.participants)
        form.addRow("", self.internal)
        form.addRow(_tr("Aan:"), self.recipients)
        form.addRow("", self.missing)
        form.addRow(_tr("Daarna:"), self.opening)
        form.addRow("", self.saving)
        note = QLabel(
            _tr("De app verstuurt niets: u controleert de concept-e-mail en verstuurt hem zelf.")
        )
        note.setEnabled(False)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            _tr("Concept maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._show_sender(preferences)
        self.internal.toggled.connect(self._show_recipients)
        self._show_recipients()

    def _show_sender(self, preferences: Preferences) -> None:
        try:
            author = sender(preferences)
        except UserError as exc:
            self.from_label.setText(exc.render(_language()))
            self.from_label.setStyleSheet(f"color: {NOTICE_COLOUR};")
            self.ok.setEnabled(False)
            return
        shown = f"{author.name} <{author.email}>" if author.name else author.email
        self.from_label.setText(shown)

    def _show_recipients(self) -> None:
        found = addressees(self.sessions, self.meeting_id, self.internal.isChecked())
        self.recipients.setText(names(found))
        self.missing.setText(
            _tr("Zonder e-mailadres, niet geadresseerd: %1").replace(
                "%1", ", ".join(found.without_email)
            )
        )
        self.missing.setVisible(bool(found.without_email))

    def choice(self) -> MailChoice:
        """The version and the way chosen now."""
        return MailChoice(self.internal.isChecked(), self.opening.isChecked())


def _language() -> str:
    from ontwikkeltafel.ui.core.messages import current_language

    return current_language()


def mail_kind(sessions: SessionFactory, kind: str, meeting_id: str) -> str:
    """The dialog's mail for a kind: a verslag's by the meeting's status (concept, vastgesteld)."""
    from ontwikkeltafel.model import MeetingStatus
    from ontwikkeltafel.services.editing import read_record
    from ontwikkeltafel.services.mail_drafts import mail_text_kind

    values = read_record(sessions, "meetings", meeting_id)
    if values is None:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    return mail_text_kind(kind, MeetingStatus(values["status"]))


def ask_mail(exports: Exports, kind: str, meeting_id: str) -> MailDialog:
    """Show the dialog for ``kind`` ("agenda", "minutes", "actions") of a meeting.

    On OK the draft is written off the GUI thread (``exports.start_mail``). A UserError: no
    such meeting.
    """
    sessions = exports.context.sessions
    mail = mail_kind(sessions, kind, meeting_id)
    subject = meeting_line(sessions, meeting_id)
    dialog = MailDialog(sessions, mail, meeting_id, subject, load_preferences(), exports.window)
    dialog.accepted.connect(lambda: _chosen(exports, kind, dialog))
    dialog.open()
    return dialog


def draft_name(sessions: SessionFactory, kind: str, meeting_id: str, lang: str) -> str:
    """A name for the draft: the attachment's, as .eml ("Uitnodiging 2018-03-15 Tafel.eml")."""
    from ontwikkeltafel.services.file_names import report_file_name

    if kind == "actions":
        table_id = addressees(sessions, meeting_id, False).table_id
        if table_id is not None:
            return Path(report_file_name(sessions, "actions", table_id, lang)).stem + ".eml"
    named = "invitation" if kind == "agenda" else "minutes"
    return Path(report_file_name(sessions, named, meeting_id, lang)).stem + ".eml"


def _chosen(exports: Exports, kind: str, dialog: MailDialog) -> None:
    choice = dialog.choice()
    try:
        name = draft_name(exports.context.sessions, kind, dialog.meeting_id, _language())
    except UserError as exc:
        exports.mail_failed(exc)
        return
    if choice.open_it:  # a folder of its own: the mail program reads the file after we are done
        path: Path | None = Path(tempfile.mkdtemp(prefix="ontwikkeltafel-mail-")) / name
    else:
        path = file_choice.choose_save_path(
            exports.window, dialog.windowTitle(), exports.folder_now() / name, EML_FILTER
        )
        path = None if path is None else file_choice.with_extension(path, ".eml")
    if path is not None:
        exports.start_mail(kind, dialog.meeting_id, path, choice.internal, choice.open_it)

"""The meeting page's Mailen menu: uitnodiging, conceptverslag, vastgesteld verslag, actielijst.

Each opens the mail dialog (ui/exports/mail_dialog.py through the window's exports). A
verslag is mailed as concept or as vastgesteld by the meeting's status: the other is
greyed; the actielijst needs a table.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("mail", text)


class MailMenu(QMenu):
    """The four mails of a meeting; ``page.record_id`` is the meeting."""

    def __init__(self, page: RecordPage) -> None:
        """Belongs to ``page``'s Mailen button."""
        super().__init__(page)
        self.page = page
        self.actions_by_mail: dict[str, QAction] = {}
        for mail, kind, text in (
            ("agenda", "agenda", _tr("Uitnodiging mailen…")),
            ("minutes", "minutes", _tr("Conceptverslag mailen…")),
            ("approved", "minutes", _tr("Vastgesteld verslag mailen…")),
            ("actions", "actions", _tr("Actielijst mailen…")),
        ):
            action = self.addAction(text)
            action.triggered.connect(lambda _checked=False, kind=kind: self.mail(kind))
            self.actions_by_mail[mail] = action
        self.aboutToShow.connect(self.offer)

    def offer(self) -> None:
        """Grey what does not fit the meeting now (its status, whether it has a table)."""
        values = read_record(self.page.sessions, "meetings", self.page.record_id or "") or {}
        adopted = values.get("status") == MeetingStatus.MINUTES_APPROVED
        self.actions_by_mail["minutes"].setEnabled(bool(values) and not adopted)
        self.actions_by_mail["approved"].setEnabled(adopted)
        self.actions_by_mail["actions"].setEnabled(values.get("table_id") is not None)
        self.actions_by_mail["agenda"].setEnabled(bool(values))

    def mail(self, kind: str) -> None:
        """Store what is pending, then ask for the mail draft of ``kind``."""
        if self.page.record_id is not None and self.page.flush():
            self.page.context.exports.mail(kind, self.page.record_id)


def mail_button(page: RecordPage) -> QToolButton:
    """A Mailen button in the page's heading, opening the menu of the meeting's mails.

    A tool button: narrower than the push buttons beside it, so the meeting page still
    fits 1280 pixels.
    """
    button = QToolButton()
    button.setText(_tr("Mailen"))
    button.setToolTip(_tr("Een concept-e-mail met de stukken, voor uw mailprogramma"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMenu(MailMenu(page))
    page.buttons.addWidget(button)
    return button

"""Voorkeuren > Mailteksten: the subject and text of each kind of mail draft, editable.

One mail at a time (a choice above the fields); what is typed for each is kept while the
dialog is open, and Voorkeuren stores it on OK. A blank field, or Standaardtekst, is the
default text again.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ontwikkeltafel.preferences import (
    DEFAULT_MAIL_BODIES,
    DEFAULT_MAIL_SUBJECTS,
    MAIL_TEXTS,
    Preferences,
)

BODY_LINES = 7  # the text field's height in lines: the whole dialog fits 1280 x 720


def _tr(text: str) -> str:
    return QCoreApplication.translate("mail", text)


def mail_names() -> dict[str, str]:
    """The mails of MAIL_TEXTS as the choice names them (in the window's language)."""
    return {
        "agenda": _tr("Uitnodiging"),
        "minutes": _tr("Conceptverslag"),
        "approved": _tr("Vastgesteld verslag"),
        "actions": _tr("Actielijst"),
    }


class MailTextsEditor(QGroupBox):
    """The Mailteksten part of Voorkeuren; ``values()`` gives the eight mail_* preferences."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        """Start from the stored texts of ``preferences``."""
        super().__init__(_tr("Mailteksten"), parent)
        self.texts: dict[str, tuple[str, str]] = {
            mail: preferences.mail_text(mail) for mail in MAIL_TEXTS
        }
        self.current = MAIL_TEXTS[0]
        self.choice = QComboBox()
        for mail, name in mail_names().items():
            self.choice.addItem(name, mail)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        lines = QFontMetrics(self.body.font()).lineSpacing() * BODY_LINES
        self.body.setFixedHeight(lines + 12)
        self.reset = QPushButton(_tr("Standaardtekst"))
        self.reset.setToolTip(_tr("Zet de standaardtekst van deze mail terug"))
        self.reset.clicked.connect(self.restore_default)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.reset)
        hint = QLabel(
            _tr(
                "Invullen: {tafel} {bijeenkomst} {datum} {tijd} {plaats} {agenda} {bijlagen} {naam}"
            )
        )
        hint.setEnabled(False)  # greyed: an explanation, not a value
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        which = QLabel(_tr("&Mail"))
        which.setBuddy(self.choice)
        form.addRow(which, top)
        form.addRow(_tr("&Onderwerp"), self.subject)
        form.addRow(_tr("&Tekst"), self.body)
        form.addRow("", hint)
        self._show(self.current)
        self.choice.currentIndexChanged.connect(self._chosen)

    def _show(self, mail: str) -> None:
        subject, body = self.texts[mail]
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def _keep(self) -> None:
        self.texts[self.current] = (self.subject.text().strip(), self.body.toPlainText())

    def _chosen(self, _index: int) -> None:
        self._keep()
        self.current = str(self.choice.currentData())
        self._show(self.current)

    def choose(self, mail: str) -> None:
        """Show the texts of ``mail`` (one of MAIL_TEXTS)."""
        self.choice.setCurrentIndex(MAIL_TEXTS.index(mail))

    def restore_default(self) -> None:
        """Put the default subject and text of the mail shown back in the fields."""
        self.subject.setText(DEFAULT_MAIL_SUBJECTS[self.current])
        self.body.setPlainText(DEFAULT_MAIL_BODIES[self.current])

    def values(self) -> dict[str, Any]:
        """The texts as Preferences fields (a blank one stays blank: the default is used)."""
        self._keep()
        found: dict[str, Any] = {}
        for mail, (subject, body) in self.texts.items():
            found[f"mail_{mail}_subject"] = subject
            found[f"mail_{mail}_body"] = body
        return found

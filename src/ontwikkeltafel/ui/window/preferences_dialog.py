"""Voorkeuren (Bewerken > Voorkeuren…): name, e-mail address, default retention, Mailteksten.

The dialog is a form built from one list of rows (:func:`preference_rows`); a row names a
value of :class:`~ontwikkeltafel.preferences.Preferences`, its label, how it is edited
and what is wrong with a value. Another preference is a field there and a row here.
OK stores them all (a refused value keeps the dialog open and nothing is stored);
Cancel changes nothing. The name signs the history entries from then on.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.preferences import (
    Preferences,
    email_is_valid,
    load_preferences,
    os_user_name,
    save_preferences,
)
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.history import set_author
from ontwikkeltafel.ui.window.mail_texts import MailTextsEditor

NOTICE_COLOUR = "#b3261e"


def _tr(text: str) -> str:
    return QCoreApplication.translate("preferences", text)


def _fine(_value: Any) -> str:
    return ""


@dataclass(frozen=True)
class PreferenceRow:
    """One row of the dialog: a value of Preferences (``name``), its label and its widget.

    ``make(value)`` gives the widget showing a value, ``read(widget)`` the value it holds
    now, ``problem(value)`` why that value cannot be kept ("" when it can); ``hint`` is a
    line under the field.
    """

    name: str
    label: str
    make: Callable[[Any], QWidget]
    read: Callable[[Any], Any]
    problem: Callable[[Any], str] = _fine
    hint: str = ""


def text_row(
    name: str,
    label: str,
    placeholder: str = "",
    problem: Callable[[Any], str] = _fine,
    hint: str = "",
) -> PreferenceRow:
    """A row with one line of text (kept without spaces around it)."""

    def make(value: Any) -> QWidget:
        field = QLineEdit(str(value))
        field.setPlaceholderText(placeholder)
        field.setMinimumWidth(380)
        return field

    return PreferenceRow(name, label, make, lambda field: field.text().strip(), problem, hint)


def number_row(
    name: str, label: str, minimum: int, maximum: int, suffix: str = "", hint: str = ""
) -> PreferenceRow:
    """A row with a whole number from ``minimum`` to ``maximum``."""

    def make(value: Any) -> QWidget:
        field = QSpinBox()
        field.setRange(minimum, maximum)
        field.setSuffix(suffix)
        field.setValue(int(value))
        return field

    return PreferenceRow(name, label, make, lambda field: field.value(), _fine, hint)


def _email_problem(value: Any) -> str:
    if email_is_valid(str(value)):
        return ""
    return _tr("‘%1’ is geen geldig e-mailadres. Bijvoorbeeld: naam@organisatie.nl").replace(
        "%1", str(value)
    )


def preference_rows() -> list[PreferenceRow]:
    """The rows of the dialog, in order (labels in the window's language)."""
    user = os_user_name()
    return [
        text_row(
            "name",
            _tr("Uw &naam"),
            user or _tr("Uw naam"),
            hint=_tr("Staat bij elke wijziging in de geschiedenis. Leeg: %1.").replace(
                "%1", user or _tr("de gebruikersnaam van de computer")
            ),
        ),
        text_row(
            "email",
            _tr("Uw &e-mailadres"),
            _tr("naam@organisatie.nl"),
            _email_problem,
            _tr("Afzender van concept-e-mails aan deelnemers."),
        ),
        number_row(
            "retention_years",
            _tr("&Bewaartermijn losse overleggen"),
            1,
            100,
            _tr(" jaar"),
            _tr("Voor een overleg dat niet bij een tafel hoort, tenzij anders gekozen."),
        ),
    ]


class PreferencesDialog(QDialog):
    """The person's preferences, stored on OK; the window's sessions sign with the name."""

    def __init__(
        self, sessions: SessionFactory, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        """Show the stored preferences (``path``: the file, else the config folder's)."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Voorkeuren"))
        self.sessions = sessions
        self.path = path
        self.preferences = load_preferences(path)
        self.saved: Preferences | None = None
        self.rows = preference_rows()
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in self.rows:
            field = row.make(getattr(self.preferences, row.name))
            self.fields[row.name] = field
            form.addRow(row.label, self._with_hint(field, row.hint))
        self.mail_texts = MailTextsEditor(self.preferences)
        self.notice = QLabel()
        self.notice.setStyleSheet(f"color: {NOTICE_COLOUR};")
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(_tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # room for the notice
        layout.addLayout(form)
        layout.addWidget(self.mail_texts)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @staticmethod
    def _with_hint(field: QWidget, hint: str) -> QWidget:
        if not hint:
            return field
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        note = QLabel(hint)
        note.setEnabled(False)  # greyed: an explanation, not a value
        column.addWidget(note)
        box.setFocusProxy(field)
        return box

    def values(self) -> dict[str, Any]:
        """The values the fields hold now, by preference name."""
        return {row.name: row.read(self.fields[row.name]) for row in self.rows}

    def accept(self) -> None:
        """Store the preferences; a refused value is said in the dialog, which stays open."""
        values = self.values()
        for row in self.rows:
            problem = row.problem(values[row.name])
            if problem:
                self._refuse(problem, self.fields[row.name])
                return
        preferences = replace(self.preferences, **values, **self.mail_texts.values())
        try:
            save_preferences(preferences, self.path)
        except OSError as exc:
            self._refuse(
                _tr("De voorkeuren zijn niet opgeslagen: %1").replace("%1", str(exc)), None
            )
            return
        set_author(self.sessions, preferences.author)  # the next change is signed with it
        self.preferences = self.saved = preferences
        super().accept()

    def _refuse(self, text: str, field: QWidget | None) -> None:
        self.notice.setText(text)
        self.notice.show()
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

"""The two questions adoption asks: on which day and with which corrections, and why reopen.

Neither step is undoable, so each dialog says what it does and its OK is the confirmation.
OK is only offered once the answer is complete: a date, and a text for the corrections
unless the verslag is adopted unchanged; a reason to reopen.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.ui.widgets.fields import DateField
from ontwikkeltafel.ui.widgets.text_field import TextField

UNCHANGED, TEXTUAL, SUBSTANTIVE = "unchanged", "textual", "substantive"
KINDS = (UNCHANGED, TEXTUAL, SUBSTANTIVE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Adoption", text)


def kind_label(kind: str) -> str:
    """The choice as the dialog offers it: "ongewijzigd", "met tekstuele wijzigingen"..."""
    return {
        UNCHANGED: _tr("ongewijzigd"),
        TEXTUAL: _tr("met tekstuele wijzigingen"),
        SUBSTANTIVE: _tr("met inhoudelijke wijzigingen"),
    }[kind]


def change_prefixes() -> dict[str, str]:
    """The start of a composed ``changes`` text per kind of correction ("Tekstuele wijzigingen")."""
    return {TEXTUAL: _tr("Tekstuele wijzigingen"), SUBSTANTIVE: _tr("Inhoudelijke wijzigingen")}


def compose_changes(kind: str, text: str) -> str:
    """What is kept with the adoption: "" unchanged, else "Tekstuele wijzigingen: <text>"."""
    text = text.strip()
    if kind == UNCHANGED or not text:
        return ""
    return f"{change_prefixes()[kind]}: {text}"


def _ok_button(buttons: QDialogButtonBox, text: str) -> QPushButton:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.setText(text)
    return ok


class AdoptDialog(QDialog):
    """Adopt a verslag: the day (today unless typed), unchanged or with which corrections."""

    def __init__(self, parent: QWidget, about: str) -> None:
        """Ask about the verslag named ``about`` ("Eerste bijeenkomst, 18-01-2018")."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Verslag vaststellen"))
        explanation = QLabel(
            _tr(
                "Het verslag van %1 wordt vastgesteld. Daarna zijn de teksten, besluiten en "
                "de aanwezigheid niet meer te wijzigen, tenzij het verslag wordt heropend."
            ).replace("%1", about)
        )
        explanation.setWordWrap(True)
        self.day = DateField()
        self.day.set_value(date.today())
        self.day.setToolTip(_tr("De dag waarop het verslag is vastgesteld (dd-mm-jjjj)"))
        self.kinds = QButtonGroup(self)
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        for number, kind in enumerate(KINDS):
            button = QRadioButton(kind_label(kind))
            self.kinds.addButton(button, number)
            kinds.addWidget(button)
        self.kinds.button(0).setChecked(True)
        self.corrections = TextField(4, most=8)
        self.corrections.setPlaceholderText(_tr("Welke wijzigingen? Bijvoorbeeld: punt 3, …"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(_tr("Vastgesteld op"), self.day)
        form.addRow(_tr("Het verslag is"), kinds)
        form.addRow(_tr("Wijzigingen"), self.corrections)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = _ok_button(self.buttons, _tr("Vaststellen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.day.value_changed.connect(self._check)
        self.kinds.idToggled.connect(lambda *_a: self._check())
        self.corrections.textChanged.connect(self._check)
        self.resize(460, self.sizeHint().height())
        self.day.setFocus()  # the day selected, ready to type another one
        self._check()

    def kind(self) -> str:
        """unchanged, textual or substantive."""
        return KINDS[max(self.kinds.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        """Choose how the verslag is adopted (as clicking its choice does)."""
        self.kinds.button(KINDS.index(kind)).setChecked(True)

    def on(self) -> date | None:
        """The day of the adoption."""
        return self.day.value()

    def changes(self) -> str:
        """The corrections as kept with the adoption ("" when unchanged)."""
        return compose_changes(self.kind(), self.corrections.toPlainText())

    def _check(self) -> None:
        unchanged = self.kind() == UNCHANGED
        self.corrections.setEnabled(not unchanged)
        if self.on() is None:
            hint = _tr("Vul de datum van vaststelling in.")
        elif not unchanged and not self.corrections.toPlainText().strip():
            hint = _tr("Beschrijf de wijzigingen.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.ok.setEnabled(not hint)


class ReopenDialog(QDialog):
    """Reopen an adopted verslag: it becomes a concept again; the reason is required."""

    def __init__(self, parent: QWidget, about: str) -> None:
        """Ask why the verslag named ``about`` is reopened."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Verslag heropenen"))
        explanation = QLabel(
            _tr(
                "Het vastgestelde verslag van %1 wordt weer een conceptverslag en is dan weer "
                "te wijzigen. De reden wordt bewaard in de geschiedenis."
            ).replace("%1", about)
        )
        explanation.setWordWrap(True)
        self.reason = TextField(3, most=6)
        self.reason.setPlaceholderText(_tr("Waarom wordt het verslag heropend?"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = _ok_button(self.buttons, _tr("Heropenen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("Reden"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self.resize(460, self.sizeHint().height())
        self.reason.setFocus()
        self._check()

    def reason_text(self) -> str:
        """The reason given."""
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason_text()))

"""The report dialog: for participants or internal, Dutch or English, a Word template, a file."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import message
from ontwikkeltafel.ui.exports import file_choice

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))  # each named in its own language
WORD_FILTER = "Word (*.docx)"
TEMPLATE_SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose for one report."""

    path: Path
    internal: bool
    lang: str
    template: Path | None = None


class ReportDialog(QDialog):
    """Asks how to make one report; ``suggest(lang)`` names the file in that language."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        subject: str,
        suggest: Callable[[str], str],
        folder: Path,
        lang: str,
        template: Path | None = None,
        choose_version: bool = True,
    ) -> None:
        """A dialog titled ``title`` about ``subject`` (rich text), saving into ``folder``.

        Without ``choose_version`` (a document with nothing confidential) there is no choice
        between the participants' and the internal version: it is the participants'.
        """
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggest = suggest
        self.suggested = suggest(lang)
        self.confirmed: Path | None = None  # a file the save dialog already asked to replace
        heading = QLabel(subject)
        heading.setWordWrap(True)
        self.participants = QRadioButton(self.tr("Voor deelnemers: zonder vertrouwelijke delen"))
        self.internal = QRadioButton(self.tr("Intern: met vertrouwelijke delen, zo gemarkeerd"))
        self.participants.setChecked(True)
        self.internal.toggled.connect(self._follow_choices)
        versions = QButtonGroup(self)
        versions.addButton(self.participants)
        versions.addButton(self.internal)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._follow_choices)
        if template is None:  # none chosen this session: the one of the last report, if any
            template = file_choice.remembered_template()
        self.template = QLineEdit(str(template) if template else "")
        self.template.setPlaceholderText(self.tr("Standaardopmaak van Ontwikkeltafel"))
        self.template.setClearButtonEnabled(True)
        self.template.setToolTip(
            self.tr("Een Word-bestand met uw huisstijl: briefhoofd, logo, kop- en voettekst")
        )
        self.template_note = QLabel()  # says what the report takes from the template
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        self.template.textChanged.connect(self._check_template)
        self.path = QLineEdit(str(folder / self.suggested))
        self.path.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))
        self._build_layout(heading)
        self._check_template()
        if not choose_version:
            self.form.setRowVisible(0, False)  # Versie: the participants' one

    def _build_layout(self, heading: QLabel) -> None:
        versions = QVBoxLayout()
        versions.setSpacing(4)
        versions.addWidget(self.participants)
        versions.addWidget(self.internal)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Versie:"), versions)
        language = QHBoxLayout()
        language.addWidget(self.language)
        language.addStretch(1)
        form.addRow(self.tr("Taal:"), language)
        form.addRow(self.tr("Huisstijl:"), self._with_button(self.template, self._choose_template))
        form.addRow("", self.template_note)
        form.addRow(self.tr("Opslaan als:"), self._with_button(self.path, self._choose_path))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _with_button(self, field: QLineEdit, choose: Callable[[], None]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        button = QPushButton(self.tr("Bladeren…"))
        button.clicked.connect(choose)
        layout.addWidget(button)
        return row

    def _follow_choices(self) -> None:
        """A name the user left as suggested follows the language and the version.

        An internal version's name says so ("Verslag ... (intern).docx"), so that it is
        not sent by accident.
        """
        current = Path(self.path.text().strip())
        if current.name != self.suggested:
            return
        lang = self.language.currentData()
        self.suggested = self.suggest(lang)
        if self.internal.isChecked():
            name = Path(self.suggested)
            marked = message("file_name.internal", lang, name=name.stem)
            self.suggested = name.with_name(marked + name.suffix).name
        self.path.setText(str(current.with_name(self.suggested)))

    def _check_template(self) -> None:
        """A line under the template when its pages are US Letter: the report's will be too."""
        text = self.template.text().strip()
        path = Path(text).expanduser() if text else None
        letter = False
        if path is not None and path.suffix.lower() in TEMPLATE_SUFFIXES and path.is_file():
            from ontwikkeltafel.reports.docx_parts import template_on_us_letter

            letter = template_on_us_letter(path)
        self.template_note.setText(
            self.tr(
                "Dit sjabloon heeft het papierformaat US Letter, niet A4: "
                "het document krijgt dat formaat ook."
            )
            if letter
            else ""
        )
        self.template_note.setHidden(not letter)

    def _choose_template(self) -> None:
        start = Path(self.template.text().strip() or self.path.text().strip()).parent
        title = self.tr("Word-sjabloon kiezen")
        filters = self.tr("Word-documenten en -sjablonen (*.docx *.dotx)")
        chosen = file_choice.choose_open_path(self, title, start, filters)
        if chosen is not None:
            self.template.setText(str(chosen))

    def _choose_path(self) -> None:
        title = self.tr("Rapport opslaan als")
        chosen = file_choice.choose_save_path(self, title, self.chosen_path(), WORD_FILTER)
        if chosen is not None:
            self.confirmed = file_choice.with_extension(chosen, ".docx")
            self.path.setText(str(self.confirmed))

    def chosen_path(self) -> Path:
        """The file to write, as typed or chosen (with .docx)."""
        return file_choice.with_extension(Path(self.path.text().strip()).expanduser(), ".docx")

    def options(self) -> ReportOptions:
        """What the dialog says now."""
        template = self.template.text().strip()
        return ReportOptions(
            path=self.chosen_path(),
            internal=self.internal.isChecked(),
            lang=self.language.currentData(),
            template=Path(template).expanduser() if template else None,
        )

    def accept(self) -> None:
        """Close only with a usable file name, asking before an existing file is replaced."""
        if not self.path.text().strip():
            self.path.setFocus()
            return
        path = self.chosen_path()
        if path.exists() and path != self.confirmed:
            question = self.tr("%1 bestaat al. Wilt u het vervangen?").replace("%1", path.name)
            answer = QMessageBox.question(self, self.windowTitle(), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()
        options = self.options()
        file_choice.remember_report_choice(options.path.parent, options.template)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        subject: str,
        suggest: Callable[[str], str],
        folder: Path,
        lang: str,
        template: Path | None = None,
        choose_version: bool = True,
    ) -> ReportOptions | None:
        """Show the dialog; the options chosen, or None when cancelled (tests replace this)."""
        dialog = cls(parent, title, subject, suggest, folder, lang, template, choose_version)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalDataBox", text)


SHOWN_FINDINGS = 12  # more are counted, not listed: the box must fit on the screen


def personal_data_box(parent: QWidget, lines: list[str]) -> QMessageBox:
    """The question before a participants' version with likely personal data is written."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Persoonsgegevens in de deelnemersversie?"))
    box.setText(_tr("De deelnemersversie bevat mogelijk persoonsgegevens:"))
    shown = lines[:SHOWN_FINDINGS]
    if len(lines) > SHOWN_FINDINGS:
        shown.append(_tr("en nog %1 meer").replace("%1", str(len(lines) - SHOWN_FINDINGS)))
    shown.append("")
    shown.append(_tr("Pas de tekst aan, of maak het document toch als het zo mag."))
    box.setInformativeText("\n".join(shown))
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 36em; }")
    box.addButton(_tr("Toch opslaan"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    return box


def confirm_personal_data(parent: QWidget, lines: list[str]) -> bool:
    """Show the findings and ask; True when the user chose to write the file anyway."""
    box = personal_data_box(parent, lines)
    try:
        box.exec()
        clicked = box.clickedButton()
        return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()

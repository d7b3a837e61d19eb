"""The pages of Personen importeren…: the file, the column mapping and the preview.

Each page works on the wizard's state (:class:`ImportState`, ui/exports/people_import_wizard.py
is the wizard): the file read, the mapping, the preview, the table and role.
"""

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ontwikkeltafel.model import MemberRole, Sector
from ontwikkeltafel.services.choices import table_choices
from ontwikkeltafel.services.people_files import SheetRows
from ontwikkeltafel.services.people_import import Action, Preview
from ontwikkeltafel.services.people_mapping import FIELDS
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.models.people_preview_model import PeoplePreviewModel

FILTERS = "Deelnemerslijst (*.xlsx *.csv *.vcf)"
ORGANISATION_ROWS = 4  # new organisations shown at once; more scroll


def _tr(text: str) -> str:
    return QCoreApplication.translate("people_import", text)


def field_labels() -> dict[str | None, str]:
    """What each field a column can hold is called in the mapping's combos."""
    return {
        None: _tr("— niet gebruiken —"),
        "first_name": _tr("Voornaam"),
        "prefix": _tr("Tussenvoegsel"),
        "last_name": _tr("Achternaam"),
        "full_name": _tr("Volledige naam"),
        "organisation": _tr("Organisatie"),
        "function": _tr("Functie"),
        "email": _tr("E-mail"),
        "phone": _tr("Telefoon"),
        "mobile": _tr("Mobiel"),
    }


def counts_text(preview: Preview) -> str:
    """What the preview will do, counted: "12 nieuw, 3 bijwerken, 2 overslaan"."""
    return (
        _tr("%1 nieuw, %2 bijwerken, %3 overslaan")
        .replace("%1", str(preview.count(Action.NEW)))
        .replace("%2", str(preview.count(Action.UPDATE)))
        .replace("%3", str(preview.count(Action.SKIP)))
    )


class ImportState(Protocol):
    """What the pages read and change of the wizard."""

    context: WindowContext
    source: SheetRows | None
    path: Path | None
    mapping: list[str | None]
    sectors: dict[str, Sector]
    preview: Preview | None
    table_id: str | None
    role: MemberRole

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Read a file (off the UI thread)."""

    def redo_preview(self, made: Preview | None = None) -> bool:
        """Make the preview again."""

    def decide(self, index: int, accepted: bool) -> None:
        """Accept or refuse a close match."""

    def edit_cell(self, index: int, field: str, text: str) -> None:
        """Correct a cell of the row at ``index``."""


class FilePage(QWizardPage):
    """Step 1: the file, and for a workbook its sheet."""

    def __init__(self, wizard: ImportState) -> None:
        """The path, a browse button and the sheet."""
        super().__init__()
        self.owner = wizard
        self.setTitle(_tr("Bestand kiezen"))
        self.setSubTitle(
            _tr("Een deelnemerslijst uit Excel (.xlsx), een CSV-bestand of een vCard (.vcf).")
        )
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(_tr("Bladeren…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(lambda _i: self.choose_sheet(self.sheet.currentText()))
        self.summary = QLabel()
        line = QHBoxLayout()
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(_tr("Bestand"), line)
        form.addRow(_tr("Werkblad"), self.sheet)
        form.addRow("", self.summary)

    def browse(self) -> None:
        """Ask for the file and read it."""
        folder = self.owner.path.parent if self.owner.path else file_choice.default_folder()
        path = file_choice.choose_open_path(self, _tr("Deelnemerslijst kiezen"), folder, FILTERS)
        if path is not None:
            self.choose(path)

    def choose(self, path: Path, sheet: str | None = None) -> bool:
        """Read ``path`` (its ``sheet``) off the UI thread; :meth:`show_loaded` follows."""
        self.summary.setText(_tr("%1 wordt ingelezen…").replace("%1", path.name))
        return self.owner.load(path, sheet)

    def show_loaded(self, ok: bool) -> None:
        """Show what the file read holds (or nothing, when it could not be read)."""
        source = self.owner.source
        self.path.setText(str(self.owner.path) if ok and self.owner.path else "")
        self.sheet.clear()
        if ok and source is not None:
            self.sheet.addItems(list(source.sheets))
            self.sheet.setCurrentText(source.sheet)
            self.summary.setText(
                _tr("%1 rijen, %2 kolommen")
                .replace("%1", str(len(source.rows)))
                .replace("%2", str(len(source.header)))
            )
        else:
            self.summary.setText("")
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.completeChanged.emit()

    def choose_sheet(self, sheet: str) -> None:
        """Read another sheet of the workbook."""
        if self.owner.path is not None:
            self.choose(self.owner.path, sheet)

    def isComplete(self) -> bool:
        """On once a file has been read."""
        return self.owner.source is not None


class MappingPage(QWizardPage):
    """Step 2: what each column holds, the guess chosen."""

    def __init__(self, wizard: ImportState) -> None:
        """A combo per column, built when the page is shown."""
        super().__init__()
        self.owner = wizard
        self.setTitle(_tr("Kolommen"))
        self.setSubTitle(_tr("Wat staat er in elke kolom? De gok van het programma is gekozen."))
        self.combos: list[QComboBox] = []
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidget(self.inner)
        scroll.setWidgetResizable(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.counts)

    def initializePage(self) -> None:
        """A row per column: its header, an example and the combo."""
        source = self.owner.source
        assert source is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        labels = field_labels()
        for column, header in enumerate(source.header):
            combo = QComboBox()
            for field in (None, *FIELDS):
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(combo.findData(self.owner.mapping[column]))
            combo.currentIndexChanged.connect(lambda _i, c=column: self.changed(c))
            example = next(
                (row[column] for row in source.rows if column < len(row) and row[column]), ""
            )
            self.grid.addWidget(QLabel(f"<b>{header or '—'}</b>"), column, 0)
            self.grid.addWidget(QLabel(example[:40]), column, 1)
            self.grid.addWidget(combo, column, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(source.header), 1)
        self.show_counts()

    def changed(self, column: int) -> None:
        """A column's field changed: the preview is made again."""
        self.owner.mapping[column] = self.combos[column].currentData()
        self.owner.redo_preview()
        self.show_counts()
        self.completeChanged.emit()

    def show_problem(self, text: str) -> None:
        """Why no preview can be made (no name column), or nothing."""
        self.problem.setText(text)

    def show_counts(self) -> None:
        """What the preview will do, counted."""
        preview = self.owner.preview
        self.counts.setText("" if preview is None else counts_text(preview))

    def isComplete(self) -> bool:
        """On while a preview can be made."""
        return self.owner.preview is not None


class PreviewPage(QWizardPage):
    """Step 3: every row as it will be stored; sectors of new organisations; table and role."""

    def __init__(self, wizard: ImportState) -> None:
        """The rows, the new organisations, the table and role."""
        super().__init__()
        self.owner = wizard
        self.setTitle(_tr("Voorbeeld"))
        self.setSubTitle(
            _tr(
                "Zo worden de rijen opgeslagen; dubbelklik een cel om hem te verbeteren. Rood: een "
                "probleem (de rij wordt overgeslagen). Vink een mogelijk dubbele persoon aan om "
                "die bij te werken."
            )
        )
        self.model = PeoplePreviewModel(wizard.decide, self, wizard.edit_cell)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.organisations = QWidget()
        self.organisation_form = QFormLayout(self.organisations)
        self.organisation_form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.table = QComboBox()
        self.table.addItem(_tr("— geen tafel —"), None)
        for table_id, title in table_choices(wizard.context.sessions):
            self.table.addItem(title, table_id)
        self.table.setCurrentIndex(max(0, self.table.findData(wizard.table_id)))
        self.table.activated.connect(lambda _i: self.choose_table())
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(enum_label(role), role)
        self.role.setCurrentIndex(self.role.findData(wizard.role))
        self.role.activated.connect(lambda _i: self.choose_table())
        seat = QHBoxLayout()
        seat.addWidget(QLabel(_tr("Toevoegen aan tafel")))
        seat.addWidget(self.table, 1)
        seat.addWidget(QLabel(_tr("als")))
        seat.addWidget(self.role)
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        sectors = QScrollArea()  # fifteen new organisations leave the rows their room
        sectors.setWidget(self.organisations)
        sectors.setWidgetResizable(True)
        sectors.setFrameShape(QScrollArea.Shape.NoFrame)
        sectors.setMaximumHeight(ORGANISATION_ROWS * self.fontMetrics().lineSpacing() * 2)
        layout.addWidget(sectors)
        layout.addLayout(seat)
        layout.addWidget(self.counts)

    def choose_table(self) -> None:
        """Seat the people at another table (or none), in another role."""
        self.owner.table_id = self.table.currentData()
        self.owner.role = MemberRole(self.role.currentData())
        self.owner.redo_preview()

    def show_preview(self) -> None:
        """Show the wizard's preview: rows, new organisations with their sectors, counts."""
        preview = self.owner.preview
        if preview is None:
            return
        self.model.set_preview(preview)
        self.view.resizeColumnsToContents()
        while self.organisation_form.rowCount():
            self.organisation_form.removeRow(0)
        used = {row.organisation for row in preview.rows if row.action is not Action.SKIP}
        for organisation in preview.new_organisations:
            if organisation.key not in used:
                continue
            combo = QComboBox()
            for sector in Sector:
                combo.addItem(enum_label(sector), sector)
            combo.setCurrentIndex(combo.findData(organisation.sector))
            combo.activated.connect(lambda _i, c=combo, k=organisation.key: self.sector(k, c))
            label = _tr("Nieuwe organisatie ‘%1’, sector").replace("%1", organisation.name)
            self.organisation_form.addRow(label, combo)
        self.counts.setText(counts_text(preview))

    def sector(self, key: str, combo: QComboBox) -> None:
        """The user corrected a new organisation's sector."""
        self.owner.sectors[key] = Sector(combo.currentData())
        self.owner.redo_preview()

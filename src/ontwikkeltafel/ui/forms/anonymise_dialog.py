"""Anonimiseren…: what anonymising a person rewrites, each text shown, the role editable.

The dialog shows ``services.erasure.erasure_plan``: the role that takes the person's
place (typed over, the "Wordt" column follows after a pause), every text that names
them, the name forms left alone because others carry them too, how many history
entries are rewritten, and that it cannot be undone. It only asks; the caller does it.
On a server it may open before the plan is read (``plan`` None): it says "laden…", its
Anonimiseren button disabled, until :meth:`AnonymiseDialog.fill` gives the plan.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import KINDS
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.erasure import ErasurePlan
from ontwikkeltafel.ui.core.labels import short_moment
from ontwikkeltafel.ui.models.history_model import shorten
from ontwikkeltafel.ui.models.mentions_model import MentionsModel

WARNING_COLOUR = "#b3261e"
TITLE_LIMIT = 40  # characters of a record's title under its part
REPLAN_MS = 300  # after the last key typed in the role, the "Wordt" column is made again


def _tr(text: str) -> str:
    return QCoreApplication.translate("person_rights", text)


def record_titles(sessions: SessionFactory, plan: ErasurePlan) -> dict[tuple[str, str], str]:
    """What the records that name the person are called: an agenda item with its meeting's day."""
    titles: dict[tuple[str, str], str] = {}
    for table, record_id in {(m.table, m.record_id) for m in plan.mentions}:
        values = read_record(sessions, table, record_id) if table in KINDS else None
        if not values:
            continue
        if table == "people":
            parts = (values.get("first_name"), values.get("prefix"), values.get("last_name"))
            values = {"title": " ".join(str(p) for p in parts if p)}
        title = str(values.get("title") or values.get("name") or values.get("number") or "")
        if table == "agenda_items":
            meeting = read_record(sessions, "meetings", values["meeting_id"]) or {}
            if meeting.get("starts_at"):
                title = f"{short_moment(meeting['starts_at'])[:10]} · {title}"
        titles[(table, record_id)] = shorten(title, TITLE_LIMIT)
    return titles


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%1", str(n))


class AnonymiseDialog(QDialog):
    """Shows the plan of anonymising one person; accepted: do it with :meth:`role`."""

    planned = Signal(object)  # the plan shown now (after the role was changed)

    def __init__(
        self,
        sessions: SessionFactory,
        plan: ErasurePlan | None,
        parent: QWidget,
        name: str = "",
    ) -> None:
        """The plan ``plan`` of a person (read from ``sessions``); None: "laden…" until filled.

        ``name``: the person's name for the heading while the plan is read.
        """
        super().__init__(parent)
        self.sessions = sessions
        self.plan: ErasurePlan | None = None
        self.default_role = ""
        # The person as their form showed them when asked: (version, fields); (None, None)
        # when no form showed them (no check). Set by whoever opens the dialog.
        self.shown: tuple[int | None, dict[str, Any] | None] = (None, None)
        # The records' titles: they stay, only their texts change.
        self.titles: dict[tuple[str, str], str] = {}
        self.setWindowTitle(_tr("Anonimiseren"))
        self.resize(900, 560)
        heading = self.heading = QLabel()
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            _tr(
                "De naam, het e-mailadres en het telefoonnummer worden overal vervangen door "
                "de rol hieronder: in de persoonsgegevens, in alle teksten, in vastgestelde "
                "verslagen en in de geschiedenis."
            )
        )
        intro.setWordWrap(True)
        self.role_edit = QLineEdit()
        self.role_edit.setToolTip(_tr("Bijvoorbeeld: medewerker KION"))
        form = QFormLayout()
        form.addRow(_tr("&Vervangen door:"), self.role_edit)
        self.count_label = QLabel()
        self.model = MentionsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.shared_label = QLabel()
        self.shared_label.setWordWrap(True)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.error_label.hide()
        warning = QLabel(
            _tr(
                "Dit kan niet ongedaan worden gemaakt: de oude gegevens zijn daarna uit de "
                "database verdwenen, ook voor Ctrl+Z."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.do_button = self.buttons.addButton(
            _tr("Anonimiseren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            _tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.do_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.shared_label)
        layout.addWidget(self.history_label)
        layout.addWidget(self.error_label)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REPLAN_MS)
        self.timer.timeout.connect(self.replan)
        self.role_edit.textEdited.connect(lambda _text: self.timer.start())
        if plan is None:
            self._loading(name)
        else:
            self.fill(plan, record_titles(sessions, plan))

    def _loading(self, name: str) -> None:
        """The frame while the plan is read: "laden…", nothing to do yet."""
        self.heading.setText(_tr("‘%1’ anonimiseren").replace("%1", name) if name else "")
        self.heading.setVisible(bool(name))
        self.count_label.setText(_tr("laden…"))
        for widget in (self.shared_label, self.history_label):
            widget.hide()  # the empty list stays: the dialog keeps its shape when filled
        self.role_edit.setEnabled(False)
        self.do_button.setEnabled(False)

    def unread(self) -> None:
        """The plan could not be read (the server away): say so; nothing can be done."""
        self.count_label.setText(
            _tr("Niet geladen: de server is niet bereikbaar. Sluit en probeer het later opnieuw.")
        )

    def fill(self, plan: ErasurePlan, titles: dict[tuple[str, str], str]) -> None:
        """Show the plan ``plan`` (with the ``titles`` of the records that name the person)."""
        self.titles = titles
        self.default_role = plan.role
        self.heading.setText(_tr("‘%1’ anonimiseren").replace("%1", plan.name))
        self.heading.show()
        self.role_edit.setEnabled(True)
        self.role_edit.setText(plan.role)
        self.role_edit.setPlaceholderText(plan.role)
        self.history_label.show()
        self._show(plan)

    def role(self) -> str:
        """The role typed (the default role when the field was emptied)."""
        return self.role_edit.text().strip() or self.default_role

    def replan(self) -> None:
        """The plan for the role typed: the "Wordt" column follows it, without a query."""
        self.timer.stop()
        if self.plan is not None:
            self._show(self.plan.with_role(self.role()))

    def _show(self, plan: ErasurePlan) -> None:
        self.plan = plan
        self.model.set_mentions(plan.mentions, self.titles)
        self.view.resizeRowsToContents()
        count = len(plan.mentions)
        texts = len({(m.table, m.record_id, m.field) for m in plan.mentions})
        text = _count(
            texts, _tr("%1 tekst noemt deze persoon"), _tr("%1 teksten noemen deze persoon")
        )
        if count > texts:
            text += _tr(", %1 keer").replace("%1", str(count))
        self.count_label.setText(text + ":" if count else _tr("Geen tekst noemt deze persoon."))
        self.view.setVisible(bool(count))
        shared = ", ".join(f"‘{form}’" for form in plan.shared_forms)
        self.shared_label.setText(
            _tr("Niet vervangen, want ook de naam van iemand anders: %1.").replace("%1", shared)
        )
        self.shared_label.setVisible(bool(shared))
        self.history_label.setText(
            _count(
                plan.history_entries,
                _tr("%1 regel in de geschiedenis wordt herschreven."),
                _tr("%1 regels in de geschiedenis worden herschreven."),
            )
        )
        self._refuse(self._role_problem())
        self.planned.emit(plan)

    def _role_problem(self) -> str:
        """Why the role typed cannot take the person's place ("" when it can)."""
        role = self.role().casefold()
        assert self.plan is not None
        if any(form.casefold() in role for form in self.plan.forms if form):
            return _tr("De rol mag de naam van de persoon niet bevatten.")
        return ""

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.do_button.setEnabled(not text)

    def _accept(self) -> None:
        if self.timer.isActive():
            self.replan()  # the role just typed counts
        if self.do_button.isEnabled():
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter shows the role typed in the "Wordt" column; it never anonymises."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.replan()
            return
        super().keyPressEvent(event)

"""The table page: a table's details, themes, members, agenda template and meetings.

Opened from the first page (Enter, a double click, Nieuwe tafel) or by a record opener.
Everything is stored as it is typed and undoable; Ctrl+N plans the next meeting.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import MeetingStatus, TableStatus
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.choices import theme_choices
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_date
from ontwikkeltafel.ui.core.versions import linked_save
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog, show_conflict
from ontwikkeltafel.ui.forms.table_history_dialog import show_table_history
from ontwikkeltafel.ui.pages.record.page import RecordPage
from ontwikkeltafel.ui.pages.record.part import heading
from ontwikkeltafel.ui.pages.record.shortcuts import page_shortcut
from ontwikkeltafel.ui.pages.table.dashboard import TableDashboard
from ontwikkeltafel.ui.pages.table.meetings import MeetingsPart
from ontwikkeltafel.ui.pages.table.parts import MembersPart, TemplatePart
from ontwikkeltafel.ui.widgets.fields import DateField, EnumField, NumberField
from ontwikkeltafel.ui.widgets.link_list import LinkList
from ontwikkeltafel.ui.widgets.text_field import TextField


class TablePage(RecordPage):
    """One table: its details on the left, members, template and meetings on the right."""

    def __init__(self, context: WindowContext) -> None:
        """An empty page until :meth:`show_record`."""
        super().__init__(context)
        self.values: dict[str, Any] = {}
        self.title_field = QLineEdit()
        self.goal = TextField(3)  # grows with its text
        self.description = TextField(4, most=None)  # takes the room the column has
        self.started_on = DateField()
        self.ended_on = DateField()
        self.status = EnumField([(s, enum_label(s)) for s in TableStatus])
        self.retention = NumberField(99, self.tr(" jaar"))
        self.retention.setToolTip(self.tr("Hoe lang de gegevens van de tafel bewaard blijven"))
        self.form = self.binder(self._save)
        self.conflict: ConflictDialog | None = None  # a save that met a colleague's change
        self.form.refused.connect(self._conflict)
        for name, widget in (
            ("title", self.title_field),
            ("goal", self.goal),
            ("description", self.description),
            ("started_on", self.started_on),
            ("ended_on", self.ended_on),
            ("status", self.status),
            ("retention_years", self.retention),
        ):
            self.form.bind(name, widget)
        self.themes = LinkList(
            lambda: theme_choices(self.sessions),
            self.tr("Thema toevoegen…"),
            heading=self.tr("<b>Thema's</b>"),
            visible_rows=None,
        )
        self.themes.added.connect(lambda theme_id: self._link(theme_id, True))
        self.themes.removed.connect(lambda theme_id: self._link(theme_id, False))
        self.members = MembersPart(self)
        self.template = TemplatePart(self)
        self.meetings = MeetingsPart(self)
        self.dashboard = TableDashboard(context, self.reads)  # where the table stands
        self.plan_button = self.meetings.add_button(
            self.tr("Bijeenkomst plannen"),
            self.tr("De volgende bijeenkomst plannen vanuit het agendasjabloon (Ctrl+N)"),
            self.new_record,
        )
        self._add_shortcuts()
        self.meetings.bar.addStretch(1)
        self.invite_button = self.meetings.add_button(
            self.tr("Uitnodiging (.ics)"),
            self.tr("Een agenda-uitnodiging voor de gekozen bijeenkomst opslaan"),
            self._invitation,
        )
        self.mail_actions_button = self.meetings.add_button(
            self.tr("Actielijst mailen…"),
            self.tr("De besluiten- en actielijst mailen: na de gekozen of de laatste bijeenkomst"),
            self._mail_actions,
        )
        self.report_buttons = [
            self.button(
                self.tr("Tafelrapportage"),
                self.tr("Het verslag van alles wat de tafel opleverde, als Word-document"),
                lambda: self._report("table"),
            ),
            self.button(
                self.tr("Besluiten- en actielijst"),
                self.tr("De besluitenlijst en de actielijst van de tafel, als Word-document"),
                lambda: self._report("actions"),
            ),
        ]
        self.people_buttons = [  # under the members: the page's heading is full
            self.members.add_button(
                self.tr("Personen importeren…"),
                self.tr("Personen uit Excel, CSV of vCard inlezen en aan deze tafel toevoegen"),
                self._import_people,
            ),
            self.members.add_button(
                self.tr("Deelnemers exporteren…"),
                self.tr("De deelnemers van de tafel opslaan als Excel-bestand of vCard"),
                self._export_members,
            ),
        ]
        self.history_button = self.button(
            self.tr("Geschiedenis van de tafel…"),
            self.tr("Wie wat wanneer wijzigde aan de tafel, haar bijeenkomsten en deelnemers"),
            self.show_history,
        )
        self._build_layout()
        for filled in (self.members.filled, self.meetings.filled):
            filled.connect(self._counts_came)
        for part in (self.members, self.template):
            part.view.selectionModel().selectionChanged.connect(
                lambda *_args: context.refresh_actions()
            )
        context.notifier.changed.connect(self._on_changed)
        self._update_exports()

    def _add_shortcuts(self) -> None:
        """Ctrl+Shift+M to the member picker, Ctrl+Shift+P plans (as Ctrl+N does)."""
        picker = self.members.picker
        page_shortcut(self, self.tr("Deelnemer toevoegen"), "Ctrl+Shift+M", picker.setFocus, picker)
        plan = page_shortcut(self, self.tr("Bijeenkomst plannen"), "Ctrl+Shift+P", self.new_record)
        native = plan.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.plan_button.toolTip()
        self.plan_button.setToolTip(tip[:-1] + f", {native})" if tip.endswith(")") else tip)

    def _build_layout(self) -> None:
        details = self.details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(heading(self.tr("Gegevens")))
        form.addRow(self.tr("Titel"), self.title_field)
        form.addRow(self.tr("Doel"), self.goal)
        form.addRow(self.tr("Beschrijving"), self.description)
        form.addRow(self.tr("Gestart op"), self.started_on)
        form.addRow(self.tr("Beëindigd op"), self.ended_on)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Bewaartermijn"), self.retention)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(details, 1)
        rows = self.themes.chosen.fontMetrics().lineSpacing()
        self.themes.chosen.setMaximumHeight(rows * 6 + 8)
        left_layout.addWidget(self.themes)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.template)
        lower.addWidget(self.meetings)
        lower.setSizes([440, 560])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.members)
        right.addWidget(lower)
        right.setSizes([400, 300])
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(right)
        outer.setStretchFactor(0, 2)
        outer.setStretchFactor(1, 3)
        outer.setSizes([400, 900])
        self.body.addWidget(self.dashboard)
        self.body.addWidget(outer)

    def show_record(self, table_id: str) -> None:
        """Show the table ``table_id``.

        On a server its parts are read off the UI thread: the frame shows first, each part
        is filled as its read comes (the form first disabled: nothing typed into it before
        its values are there).
        """
        if table_id != self.record_id:
            self.editor.versions.forget("tables", self.record_id)
        self.record_id = table_id
        if self.reads.background is not None:
            self.values = {}
            self.details.setEnabled(False)
            self.form.forget()  # stores nothing until the table is read (nothing pending)
            self.title_field.clear()
            for text in (self.goal, self.description):
                text.blockSignals(True)  # (no typing: the binder must not see a change)
                text.clear()
                text.blockSignals(False)
            self.themes.set_value([])
            for part in (self.members, self.template, self.meetings):
                part.model.set_rows([])
            self.dashboard.clear()
            self.show_frame()
        with self.reads.together():
            self._reload_form(keep_pending=False)
            self.members.reload()
            self.template.reload()
            self.meetings.reload()
            self.dashboard.show_table(table_id)
        self._update_subtitle()
        self._update_exports()

    def _reload_form(self, keep_pending: bool = True) -> None:
        table_id, sessions = self.record_id or "", self.sessions
        themes = not self.themes.picker.loaded  # their names, once (again when one changes)

        def work() -> tuple[Any, Any]:
            values = read_record(sessions, "tables", table_id)
            return values, theme_choices(sessions) if themes and values is not None else None

        self.reads.read("table", work, lambda read: self._form_came(read, keep_pending))

    def _form_came(self, read: tuple[Any, Any], keep_pending: bool) -> None:
        values, themes = read
        held = [(self.form.pending(), dict(self.form.stored))] if keep_pending else []
        self.editor.versions.loaded("tables", self.record_id or "", values, held)
        if values is None:  # deleted (an undone "Nieuwe tafel", say)
            self.record_id = None
            if self.context.current_page() is self:
                self.leave()
            return
        self.form.load(values, keep_pending=True)
        self.details.setEnabled(True)
        if themes is not None:
            self.themes.picker.offer(themes)
        self.themes.set_value(values["theme_ids"])
        self.title.setText(values["title"])
        self.values = values
        self._update_subtitle()

    def _counts_came(self) -> None:
        """Members or meetings read (off the UI thread on a server): the counts follow."""
        self._update_subtitle()
        self._update_exports()

    def _update_subtitle(self) -> None:
        """Under the title: "actief · gestart 18-01-2018 · 11 deelnemers · 7 bijeenkomsten"."""
        values = self.values
        if not values:
            return
        parts = [enum_label(values["status"])]
        if values["started_on"] is not None:
            parts.append(self.tr("gestart %1").replace("%1", short_date(values["started_on"])))
        members, meetings = self.members.model.rowCount(), self.meetings.model.rowCount()
        parts.append(
            self.tr("1 deelnemer")
            if members == 1
            else self.tr("%1 deelnemers").replace("%1", str(members))
        )
        parts.append(
            self.tr("1 bijeenkomst")
            if meetings == 1
            else self.tr("%1 bijeenkomsten").replace("%1", str(meetings))
        )
        self.subtitle.setText(" · ".join(parts))

    def _save(self, values: dict[str, Any]) -> None:
        assert self.record_id is not None
        merge = self.form.typed(values)
        self.editor.update(self.tr("Tafel wijzigen"), "tables", self.record_id, values, merge)

    def _link(self, theme_id: str, add: bool) -> None:
        table_id = self.record_id
        assert table_id is not None
        stored = self.values["theme_ids"]
        ids = [i for i in stored if i != theme_id] + ([theme_id] if add else [])
        save = linked_save(self.editor.versions, self.sessions, "tables", table_id)
        text = self.tr("Thema koppelen") if add else self.tr("Thema ontkoppelen")
        try:
            self.editor.push_inverse(
                text,
                lambda: save({"theme_ids": ids}),
                lambda previous: save(previous, {"theme_ids": ids})[1],
            )
        except UserError as error:
            self.themes.set_value(stored)  # the list shows what is stored
            self.refused(error)

    def _conflict(self, error: UserError) -> None:
        """A save of the table met a colleague's change of that field: both, and a choice."""
        if not isinstance(error, Conflict) or self.record_id is None:
            return
        if self.conflict is not None and self.conflict.isVisible():
            return
        labels = {
            "title": self.tr("Titel"),
            "goal": self.tr("Doel"),
            "description": self.tr("Beschrijving"),
            "started_on": self.tr("Gestart op"),
            "ended_on": self.tr("Beëindigd op"),
            "status": self.tr("Status"),
            "retention_years": self.tr("Bewaartermijn"),
            "theme_ids": self.tr("Thema's"),
        }

        def refused(again: UserError) -> None:
            self.refused(again)
            self._conflict(again)

        self.conflict = show_conflict(
            self,
            self.editor,
            lambda _values: self._reload_form(keep_pending=False),
            ("tables", self.record_id),
            error,
            labels,
            {"goal", "description"},
            self.tr("Tafel wijzigen"),
            refused,
            self.notice.hide,
        )

    def _on_changed(self, change: Change) -> None:
        if self.record_id is None:
            return
        with self.reads.together():  # (on a server: read off the UI thread, all at once)
            self._changed(change)

    def _changed(self, change: Change) -> None:
        if change.touches("tables"):
            self._reload_form()
            if self.record_id is None:  # deleted (read at once: a SQLite file)
                return
        if change.touches("themes"):
            sessions = self.sessions
            self.reads.read("themes", lambda: theme_choices(sessions), self._themes_came)
        if change.touches("members", "people", "organisations"):
            self.members.reload()
        if change.touches("agenda_template"):
            self.template.reload()
        if change.touches("meetings"):
            self.meetings.reload()
        self._update_subtitle()
        self._update_exports()

    def _themes_came(self, themes: list[tuple[str, str]]) -> None:
        """The themes' names read again (one renamed, added or deleted): the list shows them."""
        self.themes.picker.offer(themes)
        self.themes.set_value(self.themes.value())

    def _update_exports(self) -> None:
        self.invite_button.setEnabled(self.meetings.model.rowCount() > 0)
        self.mail_actions_button.setEnabled(self.meetings.model.rowCount() > 0)

    def _mail_actions(self) -> None:
        """Actielijst mailen: after the chosen meeting, else the last one held (else the newest)."""
        rows = self.meetings.model.rows
        held = [row for row in rows if row.status is not MeetingStatus.PLANNED]
        chosen = self.meetings.chosen() or (held or rows or [None])[0]
        if chosen is not None and self.flush():
            self.context.exports.mail("actions", chosen.id)

    def _report(self, kind: str) -> None:
        exports = self.context.exports
        if self.flush() and self.record_id is not None:
            exports.report(kind, self.record_id)

    def _import_people(self) -> None:
        if self.flush() and self.record_id is not None:
            self.context.exports.import_people(self.record_id)

    def _export_members(self) -> None:
        if self.flush() and self.record_id is not None:
            self.context.exports.export_members(self.record_id)

    def show_history(self) -> None:
        """Open the table's history: every change of it and of what belongs to it."""
        if self.record_id is not None:
            show_table_history(self.context, self, self.record_id, self.title.text())

    def _invitation(self) -> None:
        exports = self.context.exports
        chosen = self.meetings.chosen() or (self.meetings.model.rows or [None])[0]
        if chosen is not None and self.flush():
            exports.invitation(chosen.id)

    # What the window's Edit menu and the record openers call.

    def focus_new(self) -> None:
        """Put the cursor in the title, all of it selected (a new table's placeholder)."""
        self.title_field.setFocus()
        self.title_field.selectAll()

    def new_record(self) -> None:
        """Ctrl+N on a table page: plan its next meeting."""
        if self.record_id is not None and self.flush():
            from ontwikkeltafel.ui.pages.record.creating import plan_meeting

            plan_meeting(self.context, self, self.record_id)

    def can_delete(self) -> bool:
        """Delete takes the chosen member or template item away."""
        return self.template.view.current_row() >= 0 or self.members.view.current_row() >= 0

    def delete_selected(self) -> None:
        """Take the chosen template item (when its list has focus) or member away."""
        if self.template.view.hasFocus() or self.members.view.current_row() < 0:
            self.template.remove()
        else:
            self.members.remove()

    def highlight(self, text: str) -> bool:
        """Select ``text`` where it occurs in the goal or description."""
        for field in (self.goal, self.description):
            found = field.document().find(text)
            if not found.isNull():
                field.setFocus()
                field.setTextCursor(found)
                return True
        position = self.title_field.text().lower().find(text.lower())
        if position >= 0:
            self.title_field.setFocus()
            self.title_field.setSelection(position, len(text))
            return True
        return False

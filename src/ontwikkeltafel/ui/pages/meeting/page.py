"""The meeting page, the secretary's workspace: head, agenda, attendance, and per item the verslag.

The agenda is reordered by drag and drop or Ctrl+Up/Down; Ctrl+N adds an item after the
chosen one, Delete removes what is chosen. Everything is stored as it is typed and each
change is one step on the window's undo stack. An adopted verslag freezes the page under a
"Vastgesteld op …" banner (:mod:`ontwikkeltafel.ui.pages.meeting.adoption`): only its
actions stay editable until it is reopened.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.adoption import AdoptionState, adoption_state
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_moment
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog, show_conflict
from ontwikkeltafel.ui.pages.meeting.adoption import AdoptionBanner, is_adopted, name_of
from ontwikkeltafel.ui.pages.meeting.agenda import AgendaPart
from ontwikkeltafel.ui.pages.meeting.attendance import AttendancePart
from ontwikkeltafel.ui.pages.meeting.header import MeetingHeader, head_display, times_of
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from ontwikkeltafel.ui.pages.meeting.mail_menu import mail_button
from ontwikkeltafel.ui.pages.meeting.minutes import MinutesEditor
from ontwikkeltafel.ui.pages.record.page import RecordPage, show_start
from ontwikkeltafel.ui.pages.record.shortcuts import page_shortcut


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingPage", text)


class MeetingPage(RecordPage):
    """One meeting: its head, agenda and attendance on the left, the chosen item on the right."""

    def __init__(self, context: WindowContext) -> None:
        """An empty page until :meth:`show_record`."""
        super().__init__(context)
        self.table_id: str | None = None
        self.frozen = False
        self.banner = AdoptionBanner(self)
        self.header = MeetingHeader(self.sessions)
        self.form = self.binder(self._save)
        for name, widget in self.header.fields.items():
            self.form.bind(name, widget)
        self.conflict: ConflictDialog | None = None  # a save that met a colleague's change
        self.form.refused.connect(self._conflict)
        self.agenda_part = AgendaPart(self)
        self.agenda = self.agenda_part.model
        self.agenda_view = self.agenda_part.view
        self.agenda_view.selectionModel().selectionChanged.connect(self._on_item_chosen)
        self.agenda_part.filled.connect(lambda: self._first_item("agenda"))
        self._choose_first: set[str] = set()  # a meeting just shown: what it waits for
        self._wanted_item: str | None = None  # chosen instead of the first item (a search hit)
        self._wanted_text: str | None = None  # selected once the item is read (a search hit)
        self.reads.changed.connect(self._show_wanted)
        self.attendance = AttendancePart(self)
        self.attendance.list_button.clicked.connect(lambda: self._report("attendance"))
        self.editor_panel = MinutesEditor(self, lambda: self.table_id)
        self.report_buttons = [
            self.button(
                _tr("Convocatie"),
                _tr("De uitnodiging met agenda, als Word-document"),
                lambda: self._report("agenda"),
            ),
            self.button(
                _tr("Verslag"),
                _tr("Het verslag van deze bijeenkomst, als Word-document"),
                lambda: self._report("minutes"),
            ),
            self.button(
                _tr("Uitnodiging (.ics)"),
                _tr("Een uitnodiging voor de agenda's van de deelnemers"),
                self._invitation,
            ),
        ]
        self.live: LiveView | None = None  # Vergadering leiden, made when first asked for
        # Vergadering leiden: a tool button, narrower than a push button (the heading fits 1280)
        self.live_button = QToolButton()
        self.live_button.setText(_tr("▶ Leiden"))
        self.live_button.setToolTip(
            _tr("Vergadering leiden: groot op het scherm of de beamer, met de klok")
        )
        self.live_button.clicked.connect(self.lead_meeting)
        self.buttons.addWidget(self.live_button)
        self.mail_button = mail_button(self)  # Uitnodiging, verslag, actielijst mailen
        self._build_layout()
        self._add_shortcuts()
        context.notifier.changed.connect(self._on_changed)

    def _add_shortcuts(self) -> None:
        """A guest, the next or previous agenda item and the two exports, by keyboard."""
        picker = self.attendance.guest_picker
        convocatie, verslag = self.report_buttons[:2]
        for text, keys, slot, shown_on in (
            (_tr("Gast toevoegen"), "Ctrl+Shift+G", picker.setFocus, [picker]),
            (_tr("Volgend agendapunt"), "Ctrl+PgDown", lambda: self.step_item(1), []),
            (_tr("Vorig agendapunt"), "Ctrl+PgUp", lambda: self.step_item(-1), []),
            (_tr("Verslag exporteren"), "Ctrl+Shift+V", verslag.click, [verslag]),
            (_tr("Convocatie exporteren"), "Ctrl+Shift+C", convocatie.click, [convocatie]),
            (_tr("Vergadering leiden"), "F11", self.lead_meeting, [self.live_button]),
        ):
            page_shortcut(self, text, keys, slot, *shown_on)

    def step_item(self, delta: int) -> None:
        """Choose the agenda item ``delta`` places on (Ctrl+PgDown / Ctrl+PgUp)."""
        row = self.agenda_view.current_row() + delta
        if 0 <= row < self.agenda.rowCount():
            self.agenda_view.select_row(row)

    def _build_layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.agenda_part)
        left.addWidget(self.attendance)
        left.setSizes([380, 260])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.editor_panel)
        body.setStretchFactor(0, 9)
        body.setStretchFactor(1, 11)
        body.setSizes([540, 660])
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        # Agenda, attendance and the item's editor scroll down together when the window is
        # short of room (1280 x 720 with a line under the title and the lost-connection
        # banner) instead of holding the window taller than the screen.
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(top)
        self.body.addWidget(scroll, 1)

    # Showing a meeting

    def show_record(self, meeting_id: str) -> None:
        """Show the meeting ``meeting_id`` with its first agenda item chosen.

        On a server its parts are read off the UI thread: the frame shows first, each
        part is filled as its read comes (the head first disabled: nothing typed into it
        before its values are there).
        """
        self._show_meeting(meeting_id, None, None)

    def _show_meeting(self, meeting_id: str, item_id: str | None, text: str | None) -> None:
        """Show the meeting; the item ``item_id`` chosen, ``text`` selected, once read."""
        if meeting_id != self.record_id:
            self.editor.versions.forget("meetings", self.record_id)
        self.record_id = meeting_id
        self.editor_panel.show_item(None)
        self._choose_first = {"head", "agenda"}  # the first item once both are read
        self._wanted_item, self._wanted_text = item_id, text
        self._empty()
        with self.reads.together():
            self._reload_header(keep_pending=False)
            self._reload_agenda()
            self.attendance.reload()

    def _empty(self) -> None:
        """On a server: the frame, nothing of the meeting shown before (the head disabled)."""
        if self.reads.background is None:
            return
        self.header.setEnabled(False)
        self.form.forget()  # stores nothing until the head is read (nothing pending)
        for line in (self.header.title_field, self.header.location):
            line.clear()
        self.agenda.set_rows([])
        self.attendance.clear()
        self.show_frame()

    def show_agenda_item(self, item_id: str) -> None:
        """Show the meeting of the agenda item ``item_id`` with that item chosen.

        The meeting shown has it: chosen at once. Otherwise its meeting is read (on a
        server off the UI thread, in the head's slot: a meeting shown meanwhile drops it)
        and shown when that read comes.
        """
        shown = self.record_id is not None and not self._choose_first
        if shown and self.agenda.row_of(item_id) >= 0:
            self.select_item(item_id)
            return
        sessions = self.sessions

        def came(values: dict[str, Any] | None) -> None:
            if self.reads.background is not None and self.context.current_page() is not self:
                self._wanted_text = None  # the user went elsewhere meanwhile: the hit opens
                return  # no more (nor takes the focus)
            if values is None:  # deleted meanwhile
                if self.record_id is None and self.context.current_page() is self:
                    self.leave()
                return
            self._show_meeting(values["meeting_id"], item_id, self._wanted_text)
            self._show_wanted()  # (on a SQLite file: all read at once)

        if self.reads.background is not None and self.record_id is not None:
            self.editor_panel.show_item(None)
            self.editor.versions.forget("meetings", self.record_id)
            self.record_id = None  # (a change reported meanwhile reads nothing)
            self._empty()
        self.reads.read("head", lambda: read_record(sessions, "agenda_items", item_id), came)

    def _first_item(self, slot: str) -> None:
        """The first agenda item (or the one asked for) chosen, once head and agenda are read."""
        if not self._choose_first or self.record_id is None:
            return
        self._choose_first.discard(slot)
        if self._choose_first:
            return
        wanted, self._wanted_item = self._wanted_item, None
        row = self.agenda.row_of(wanted)
        if row < 0 and self.agenda.rowCount():
            row = 0
        if row >= 0:
            self._choose_row(row)

    def _choose_row(self, row: int) -> None:
        """Choose ``row`` of the agenda, its item shown even if the row was current already.

        (The same meeting shown again: no selection change tells the editor.)
        """
        self.agenda_view.select_row(row)
        if self.editor_panel.item_id != self.agenda.row_id(row):
            self._on_item_chosen(QItemSelection(), QItemSelection())

    def _reload_header(self, keep_pending: bool = True) -> None:
        meeting_id, sessions = self.record_id or "", self.sessions
        pickers = (self.header.chair, self.header.secretary, self.editor_panel.presenter)
        choices = not all(picker.loaded for picker in pickers)  # the people, once

        def work() -> tuple[Any, ...] | None:
            values = read_record(sessions, "meetings", meeting_id)
            if values is None:
                return None
            table_id = values["table_id"]
            table = read_record(sessions, "tables", table_id) if table_id else None
            people = person_choices(sessions) if choices else None
            state = adoption_state(sessions, meeting_id)
            return values, None if table is None else table["title"], state, people

        self.reads.read("head", work, lambda read: self._head_came(read, keep_pending))

    def _head_came(self, read: tuple[Any, ...] | None, keep_pending: bool) -> None:
        values, table_title, state, people = read or (None, None, None, None)
        self._loaded(values, keep_pending)
        if values is None:  # deleted (an undone "Bijeenkomst plannen", say)
            self.record_id = None
            if self.context.current_page() is self:
                self.leave()
            return
        self.table_id = values["table_id"]
        values["times"] = times_of(values)
        self.header.offer_statuses(values["status"])
        if people is not None:
            for picker in (self.header.chair, self.header.secretary, self.editor_panel.presenter):
                picker.offer(people)
        self.form.load(values, keep_pending=keep_pending)
        for picker in (self.header.chair, self.header.secretary):
            show_start(picker)
        self.header.setEnabled(True)
        self.title.setText(values["title"])
        parts = [short_moment(values["starts_at"]), enum_label(values["status"])]
        if table_title is not None:
            parts.insert(0, table_title)
        self.subtitle.setText(" · ".join(parts))
        self._show_adoption(state, name_of(values))
        self._first_item("head")

    def _loaded(self, values: dict[str, Any] | None, keep_pending: bool) -> None:
        """Tell the window's versions what the head shows (its saves pass their base)."""
        held = []
        if keep_pending:
            pending, shown = dict(self.form.pending()), dict(self.form.stored)
            if "times" in pending:  # the one field of the start and the end
                pending.update(starts_at=None, ends_at=None)
                shown["starts_at"], shown["ends_at"] = shown.get("times") or (None, None)
            held.append((pending, shown))
        self.editor.versions.loaded("meetings", self.record_id or "", values, held)

    def _conflict(self, error: UserError) -> None:
        """A save of the head met a colleague's change of that field: both, and a choice."""
        if not isinstance(error, Conflict) or self.record_id is None:
            return
        if self.conflict is not None and self.conflict.isVisible():
            return
        labels = {
            "title": _tr("Titel"),
            "kind": _tr("Soort"),
            "status": _tr("Status"),
            "starts_at": _tr("Begin"),
            "ends_at": _tr("Einde"),
            "location": _tr("Locatie"),
            "chair_id": _tr("Voorzitter"),
            "secretary_id": _tr("Notulist"),
        }

        def refused(again: UserError) -> None:
            self.refused(again)
            self._conflict(again)

        self.conflict = show_conflict(
            self,
            self.editor,
            lambda _values: self._reload_header(keep_pending=False),
            ("meetings", self.record_id),
            error,
            labels,
            set(),
            _tr("Bijeenkomst wijzigen"),
            refused,
            self.notice.hide,
            head_display(self._people),
        )

    def _people(self) -> list[tuple[str, str]]:
        """The people the head's pickers were offered (read with the head): nothing read now."""
        chair = self.header.chair
        return chair.choices() if chair.loaded else []

    def _show_adoption(self, state: AdoptionState | None, name: str) -> None:
        """The banner (``name``: for its dialogs); the page frozen while the verslag is adopted."""
        self.banner.show_state(state, name)
        frozen = is_adopted(state)
        self.header.set_frozen(frozen)  # also when only the statuses offered changed
        if frozen != self.frozen:
            self.frozen = frozen
            self.agenda_part.set_frozen(frozen)
            self.attendance.set_frozen(frozen)
            self.editor_panel.set_frozen(frozen)
            self.context.refresh_actions()

    def _reload_agenda(self) -> None:
        self.agenda_part.reload(self.editor_panel.item_id)

    def _on_item_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.agenda_view.current_row()
        if not self.editor_panel.show_item(self.agenda.row_id(row) if row >= 0 else None):
            # Refused input on the item shown: back to it (after this selection change).
            kept = self.agenda.row_of(self.editor_panel.item_id)
            QTimer.singleShot(0, lambda: self.agenda_view.select_row(kept))
        self.context.refresh_actions()

    def select_item(self, item_id: str) -> None:
        """Choose the agenda item ``item_id`` (a search hit, say); once the agenda is read."""
        if self._choose_first:  # the meeting's head or agenda still on its way
            self._wanted_item = item_id
            return
        row = self.agenda.row_of(item_id)
        if row >= 0:
            self._choose_row(row)

    def _on_changed(self, change: Change) -> None:
        if self.record_id is None:
            return
        # Minutes or attendance recorded move the meeting's status on (in the services).
        with self.reads.together():  # (on a server: read off the UI thread, all at once)
            self._changed(change)

    def _changed(self, change: Change) -> None:
        if change.touches("meetings", "tables", "agenda_items", "attendance"):
            self._reload_header()
            if self.record_id is None:  # deleted (read at once: a SQLite file)
                return
            self.editor_panel.previous_minutes.reload()
        if change.touches("agenda_items", "decisions", "people"):
            self._reload_agenda()
            self.editor_panel.reload()
        if change.touches("decisions"):
            self.editor_panel.decisions_part.reload()
        if change.touches("actions", "people"):
            self.editor_panel.actions_part.reload()
        if change.touches("concerns", "practices"):
            self.editor_panel.reload_links()
        if change.touches("attendance", "members", "people", "organisations"):
            self.attendance.reload()

    def _save(self, values: dict[str, Any]) -> None:
        if "times" in values:
            values = dict(values)
            values["starts_at"], values["ends_at"] = values.pop("times")
        assert self.record_id is not None
        merge = self.form.typed(values)
        self.editor.update(_tr("Bijeenkomst wijzigen"), "meetings", self.record_id, values, merge)

    # The agenda

    def move_item(self, row: int, delta: int) -> None:
        """Move the agenda item in ``row`` up (-1) or down (1)."""
        self.agenda_part.move_item(row, delta)

    def new_record(self) -> None:
        """Ctrl+N: a new agenda item after the chosen one, its title ready to type."""
        if self.record_id is None or self.frozen:
            return
        self.editor_panel.details.flush()
        self.agenda_part.run(self.agenda_part.new_item)
        self.editor_panel.title_field.setFocus()
        self.editor_panel.title_field.selectAll()

    def remove_item(self) -> None:
        """Remove the chosen agenda item with its decisions (undoable)."""
        self.editor_panel.show_item(None)  # stores what is pending first
        self.agenda_part.remove_item()

    # What the window's Edit menu, the openers and the exports call

    def can_new(self) -> bool:
        """A new agenda item, unless the verslag is adopted."""
        return not self.frozen

    def focus_new(self) -> None:
        """Put the cursor in the date (a meeting just planned)."""
        self.header.times.day.setFocus()

    def can_delete(self) -> bool:
        """Something is chosen: an agenda item, a decision, an action or a guest."""
        return self.agenda_view.current_row() >= 0

    def delete_selected(self) -> None:
        """Delete what is chosen where the focus is: a decision, action or guest, else the item."""
        focus = QApplication.focusWidget()
        panel = self.editor_panel
        for part, remove in (
            (panel.decisions_part, panel.decisions_part.remove),
            (panel.actions_part, panel.actions_part.remove),
            (self.attendance, self.attendance.remove_guest),
        ):
            if focus is not None and part.isAncestorOf(focus):
                remove()
                return
        if not self.frozen:  # an adopted verslag keeps its items
            self.remove_item()

    def highlight(self, text: str) -> bool:
        """Select ``text`` in the chosen item's verslag, else in the first item that has it.

        On a server the items are read off the UI thread, and while the page's meeting or
        item is still on its way the text is selected once they are there (True then).
        """
        self._wanted_text = None
        if self._waiting():
            self._wanted_text = text
            return True
        if self.editor_panel.highlight(text):
            return True
        ids, sessions, found = [row.id for row in self.agenda.agenda], self.sessions, []

        def work() -> str | None:
            for item_id in ids:
                values = read_record(sessions, "agenda_items", item_id) or {}
                texts = (values.get("minutes") or "") + (values.get("description") or "")
                if text.lower() in texts.lower():
                    return item_id
            return None

        def came(item_id: str | None) -> None:
            if item_id is not None:
                found.append(item_id)
                self._wanted_text = text
                self.select_item(item_id)
                self._show_wanted()

        self.reads.read("highlight", work, came)
        return bool(found) or self.reads.pending("highlight")

    def _waiting(self) -> bool:
        """The meeting's head, its agenda or the chosen item not read yet."""
        return bool(self._choose_first) or any(
            self.reads.pending(slot) for slot in ("head", "agenda", "item")
        )

    def _show_wanted(self) -> None:
        """A search hit's text selected once the page's reads are in."""
        if self._wanted_text is not None and not self._waiting():
            text, self._wanted_text = self._wanted_text, None
            self.editor_panel.highlight(text)

    def _report(self, kind: str) -> None:
        exports = self.context.exports
        if self.record_id is not None and self.flush():
            exports.report(kind, self.record_id)

    def lead_meeting(self) -> None:
        """F11: lead the meeting in the full-screen view, from the item chosen here."""
        if self.record_id is not None and self.flush():
            self.live = self.live or LiveView(self)
            self.live.open(self.record_id, self.editor_panel.item_id)

    def _invitation(self) -> None:
        exports = self.context.exports
        if self.record_id is not None and self.flush():
            exports.invitation(self.record_id)

"""The chosen agenda item: its details, the verslag written under it, decisions, actions, links.

The details and the verslag are two autosaved forms (each its own undo text); switching to
another item stores what is pending first. The concerns and practices discussed are link
lists; decisions and actions are :mod:`ontwikkeltafel.ui.pages.meeting.minutes_lists`.
An adopted verslag is frozen: everything here is read only except the actions.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItemKind
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.choices import concern_choices, person_choices, practice_choices
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.report_files import organisation_names, stranger_names
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.core.meeting_labels import choices
from ontwikkeltafel.ui.core.versions import linked_save
from ontwikkeltafel.ui.forms.conflict_dialog import ConflictDialog, show_conflict
from ontwikkeltafel.ui.forms.history_dialog import HistoryDialog, show_history
from ontwikkeltafel.ui.pages.meeting.adoption import PreviousMinutesBar
from ontwikkeltafel.ui.pages.meeting.minutes_lists import ActionsPart, DecisionsPart
from ontwikkeltafel.ui.pages.record.page import show_start
from ontwikkeltafel.ui.widgets.fields import EnumField, NumberField, RecordPicker, show_read_only
from ontwikkeltafel.ui.widgets.link_list import LinkList
from ontwikkeltafel.ui.widgets.personal_data_marks import PersonalDataMarks
from ontwikkeltafel.ui.widgets.text_field import TextField

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesEditor", text)


def link_text(name: str, add: bool) -> str:
    """The undo text of linking or unlinking a concern or practice."""
    if name == "concern_ids":
        return _tr("Vraag koppelen") if add else _tr("Vraag ontkoppelen")
    return _tr("Goed voorbeeld koppelen") if add else _tr("Goed voorbeeld ontkoppelen")


def link_choices(sessions: SessionFactory, table_id: str | None) -> tuple[Any, Any]:
    """The names the concerns and practices lists offer (read off the UI thread)."""
    return concern_choices(sessions, table_id), practice_choices(sessions)


class MinutesEditor(QWidget):
    """Everything about one agenda item, for the secretary during and after the meeting."""

    def __init__(self, page: "RecordPage", table_id: Callable[[], str | None]) -> None:
        """The editor of the item chosen on ``page``, a meeting of the table ``table_id()``."""
        super().__init__()
        self.page = page
        self.table_id = table_id
        self.frozen = False
        self.item_id: str | None = None
        self.values: dict[str, Any] = {}
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.title_field = QLineEdit()
        self.kind = EnumField(choices(AgendaItemKind))
        self.kind.setSizeAdjustPolicy(
            EnumField.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(12)  # room for the verslag at 1280x720
        self.minutes_planned = NumberField(600, _tr(" min"))
        self.presenter = RecordPicker(
            lambda: person_choices(page.sessions), _tr("Niemand in het bijzonder")
        )
        self.presenter.setMinimumContentsLength(12)
        self.confidential = QCheckBox(_tr("Vertrouwelijk"))
        self.confidential.setToolTip(
            _tr("Een vertrouwelijk punt komt niet in het verslag voor deelnemers")
        )
        self.description = TextField(2, most=4)  # leaves the room to the verslag
        self.description.setPlaceholderText(_tr("Wat vooraf bekend is: stukken, vraagstelling…"))
        self.minutes = TextField(3, most=None)  # as tall as the splitter makes it
        self.minutes.setPlaceholderText(_tr("Het verslag van dit agendapunt: wat er besproken is."))
        self.marks = PersonalDataMarks(self.minutes)  # likely personal data, marked as typed
        self.names_of: str | None = None  # the table whose non-members' names the marks have
        self.previous_minutes = PreviousMinutesBar(page)
        self.history_button = QPushButton(_tr("Geschiedenis…"))
        self.history_button.setToolTip(
            _tr("Eerdere versies van het verslag van dit punt naast elkaar, en terugzetten")
        )
        self.history_button.clicked.connect(self.show_history)
        self.history: HistoryDialog | None = None  # the one opened last
        self.details = page.binder(self._save_details)
        for name, widget in (
            ("title", self.title_field),
            ("kind", self.kind),
            ("planned_minutes", self.minutes_planned),
            ("presenter_id", self.presenter),
            ("confidential", self.confidential),
        ):
            self.details.bind(name, widget)
        self.text = page.binder(self._save_text)
        self.text.bind("description", self.description)
        self.text.bind("minutes", self.minutes)
        self.conflict: ConflictDialog | None = None  # a save that met a colleague's change
        for binder in (self.details, self.text):
            binder.refused.connect(lambda error, b=binder: self._conflict(b, error))
        self.decisions_part = DecisionsPart(page)
        self.actions_part = ActionsPart(page)
        self.concerns = LinkList(
            lambda: concern_choices(page.sessions, table_id()),
            _tr("Vraag of zorg koppelen…"),
            heading=_tr("<b>Besproken vragen en zorgen</b>"),
            visible_rows=None,
        )
        self.practices = LinkList(
            lambda: practice_choices(page.sessions),
            _tr("Goed voorbeeld koppelen…"),
            heading=_tr("<b>Besproken goede voorbeelden</b>"),
            visible_rows=None,
        )
        for name, box in (("concern_ids", self.concerns), ("practice_ids", self.practices)):
            box.chosen.setMinimumHeight(2 * box.chosen.fontMetrics().lineSpacing() + 8)
            box.added.connect(lambda i, n=name: self._link(n, i, True))
            box.removed.connect(lambda i, n=name: self._link(n, i, False))
        self._build_layout()
        self.show_item(None)

    def _build_layout(self) -> None:
        line = QHBoxLayout()
        line.addWidget(self.kind)
        line.addWidget(QLabel(_tr("Tijd")))
        line.addWidget(self.minutes_planned)
        line.addWidget(QLabel(_tr("Inleider")))
        line.addWidget(self.presenter, 1)
        line.addWidget(self.confidential)
        heading_line = QHBoxLayout()
        heading_line.addWidget(self.heading, 1)
        heading_line.addWidget(self.history_button)
        top = QWidget()
        grid = QGridLayout(top)  # a form whose last row, the verslag, takes the room left
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(heading_line, 0, 0, 1, 2)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (_tr("Onderwerp"), self.title_field, self.title_field),
            (_tr("Soort"), line, self.kind),
            (_tr("Toelichting"), self.description, self.description),
            ("", self.previous_minutes, self.previous_minutes),
            ("<b>" + _tr("Verslag") + "</b>", self.minutes, self.minutes),
        ]
        for row, (text, field, buddy) in enumerate(rows, start=1):
            if text:
                caption = QLabel(text)
                caption.setBuddy(buddy)
                grid.addWidget(caption, row, 0, top_left)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows), 1)
        links = QWidget()
        links_layout = QHBoxLayout(links)
        links_layout.setContentsMargins(0, 0, 0, 0)
        links_layout.addWidget(self.concerns)
        links_layout.addWidget(self.practices)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for part, stretch in (
            (top, 4),
            (self.decisions_part, 1),
            (self.actions_part, 2),
            (links, 1),
        ):
            splitter.addWidget(part)
            splitter.setStretchFactor(splitter.indexOf(part), stretch)
        splitter.setSizes([330, 120, 160, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_item(self, item_id: str | None) -> bool:
        """Show the agenda item ``item_id`` (None: nothing chosen), storing what is pending.

        False, staying on the item shown, when its pending input was refused: showing
        another would lose it.
        """
        changed = item_id != self.item_id
        if changed:
            if not all([self.details.flush(), self.text.flush()]):
                return False
            self.page.editor.versions.forget("agenda_items", self.item_id)
            self.item_id = item_id
        self.reload(keep_pending=not changed)
        return True

    def reload(self, keep_pending: bool = True) -> None:
        """Show the stored values of the item again (input not stored yet stays).

        On a server they are read off the UI thread (with the names the verslag's marks
        and the links need, when not read yet); what is typed meanwhile stays.
        """
        item_id, sessions, table_id = self.item_id, self.page.sessions, self.table_id()
        if item_id is None:
            self.page.reads.forget("item")
            self._came(None, table_id, (None, None, None), keep_pending)
            return
        names = table_id != self.names_of  # read once per meeting shown
        links = names or not (self.concerns.picker.loaded and self.practices.picker.loaded)

        def work() -> tuple[Any, Any, Any]:
            values = read_record(sessions, "agenda_items", item_id)
            marks = None
            if names:
                marks = (stranger_names(sessions, table_id), organisation_names(sessions))
            return values, marks, link_choices(sessions, table_id) if links else None

        self.page.reads.read(
            "item", work, lambda read: self._came(item_id, table_id, read, keep_pending)
        )

    def reload_links(self) -> None:
        """Read the names of the linkable concerns and practices again (one was renamed)."""
        table_id, sessions = self.table_id(), self.page.sessions
        self.page.reads.read("links", lambda: link_choices(sessions, table_id), self._offer_links)

    def _offer_links(self, choices: tuple[Any, Any] | None) -> None:
        if choices is None:
            return
        for box, offered in zip((self.concerns, self.practices), choices, strict=True):
            box.picker.offer(offered)
            box.set_value(box.value())

    def _came(
        self,
        item_id: str | None,
        table_id: str | None,
        read: tuple[Any, Any, Any],
        keep_pending: bool,
    ) -> None:
        """The item's values are in: the forms show them, its parts are read."""
        if item_id != self.item_id:
            return  # another item chosen meanwhile
        values, marks, links = read
        held = [(b.pending(), b.stored) for b in (self.details, self.text)] if keep_pending else []
        self.page.editor.versions.loaded("agenda_items", self.item_id or "", values, held)
        self.values = values or {}
        self.setEnabled(values is not None)
        if values is None:
            self.item_id = None
            self.heading.setText(_tr("Kies een agendapunt"))
            for binder in (self.details, self.text):
                binder.load({name: None for name in binder.widgets})
            self.concerns.set_value([])
            self.practices.set_value([])
            self.decisions_part.show_item(None)
            self.actions_part.show_actions(None, None, False)
            self.previous_minutes.show_item(None, None)
            return
        for binder in (self.details, self.text):
            binder.load(values, keep_pending=keep_pending)
        show_start(self.presenter)
        if marks is not None:
            self.names_of = table_id
            self.marks.set_names(*marks)
        self._offer_links(links)
        number = values["position"]
        self.heading.setText(f"{number}. {values['title']}")
        self.concerns.set_value(values["concern_ids"])
        self.practices.set_value(values["practice_ids"])
        self.previous_minutes.show_item(self.item_id, values["kind"])
        self.decisions_part.show_item(self.item_id)
        action_list = values["kind"] == AgendaItemKind.ACTION_LIST
        self.actions_part.show_actions(self.item_id, table_id, action_list)

    def set_frozen(self, frozen: bool) -> None:
        """Read only but the actions (an adopted verslag), or editable again."""
        self.frozen = frozen
        for line in (self.title_field, self.description, self.minutes):
            show_read_only(line, frozen)
        show_read_only(self.minutes_planned, frozen)
        for choice in (self.kind, self.presenter, self.confidential):
            choice.setEnabled(not frozen)
        for links in (self.concerns, self.practices):
            links.picker.setEnabled(not frozen)
            links.remove_button.setVisible(not frozen)
        self.decisions_part.set_frozen(frozen)
        self.previous_minutes.frozen = frozen
        self.previous_minutes.reload()

    def show_history(self) -> None:
        """Geschiedenis…: the versions of this item's verslag, side by side."""
        if self.item_id is None or not self.text.flush():
            return
        title = str(self.values.get("title", ""))  # "Geschiedenis van verslag: <title>"
        self.history = show_history(
            self.page.context, self, "agenda", self.item_id, "minutes", title=title
        )

    def _save_details(self, values: dict[str, Any]) -> None:
        if self.item_id is not None:
            text, merge = _tr("Agendapunt wijzigen"), self.details.typed(values)
            self.page.editor.update(text, "agenda_items", self.item_id, values, merge)

    def _save_text(self, values: dict[str, Any]) -> None:
        if self.item_id is None:
            return
        text = _tr("Verslag wijzigen") if "minutes" in values else _tr("Toelichting wijzigen")
        self.page.editor.update(text, "agenda_items", self.item_id, values)

    def _conflict(self, binder: FormBinder, error: UserError) -> None:
        """A save met a colleague's change: both versions, and the user chooses."""
        if not isinstance(error, Conflict) or self.item_id is None:
            return
        if self.conflict is not None and self.conflict.isVisible():
            return  # the one open already shows it (leaving the field stored again)
        labels = {
            "title": _tr("Onderwerp"),
            "description": _tr("Toelichting"),
            "minutes": _tr("Verslag"),
            "kind": _tr("Soort"),
            "planned_minutes": _tr("Tijd"),
            "presenter_id": _tr("Inleider"),
            "confidential": _tr("Vertrouwelijk"),
        }
        text = _tr("Verslag: versie gekozen") if binder is self.text else _tr("Agendapunt wijzigen")

        def refused(again: UserError) -> None:
            self.page.refused(again)
            self._conflict(binder, again)

        self.conflict = show_conflict(
            self,
            self.page.editor,
            binder.load,
            ("agenda_items", self.item_id),
            error,
            labels,
            {"description", "minutes"},
            text,
            refused,
            self.page.notice.hide,
        )

    def _link(self, name: str, record_id: str, add: bool) -> None:
        item_id, sessions = self.item_id, self.page.sessions
        if item_id is None:
            return
        stored = self.values[name]
        if self.frozen:  # an adopted verslag's links stay as they are
            (self.concerns if name == "concern_ids" else self.practices).set_value(stored)
            return
        ids = [i for i in stored if i != record_id] + ([record_id] if add else [])
        save = linked_save(self.page.editor.versions, sessions, "agenda_items", item_id)
        try:
            self.page.editor.push_inverse(
                link_text(name, add),
                lambda: save({name: ids}),
                lambda previous: save(previous, {name: ids})[1],
            )
        except UserError as error:
            box = self.concerns if name == "concern_ids" else self.practices
            box.set_value(stored)  # the list shows what is stored
            self.page.refused(error)

    def highlight(self, text: str) -> bool:
        """Select ``text`` in the verslag or the explanation of the item shown."""
        for field in (self.minutes, self.description):
            found = field.document().find(text)
            if not found.isNull():
                field.setFocus()
                field.setTextCursor(found)
                field.ensureCursorVisible()
                return True
        return False

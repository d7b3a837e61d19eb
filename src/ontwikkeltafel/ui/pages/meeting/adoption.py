"""Adoption (vaststellen) on the meeting page: the banner, the next meeting's item, the two steps.

A meeting with a concept verslag shows "Verslag vaststellen…" at the top of its page; an
adopted one shows "Vastgesteld op dinsdag 14 mei 2024" (with its corrections) and
"Heropenen…". The item "Verslag vorige bijeenkomst" of the next meeting adopts the previous
verslag too, writing the corrections into its own verslag. Adopting and reopening are not
undoable: each asks first (:mod:`~ontwikkeltafel.ui.pages.meeting.adoption_dialogs`).
"""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItemKind, MeetingStatus
from ontwikkeltafel.reports.format import long_date
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import (
    AdoptionState,
    adopt,
    adoption_state,
    previous_minutes_meeting,
    reopen,
)
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.ui.core.labels import short_date
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.pages.meeting.adoption_dialogs import (
    AdoptDialog,
    ReopenDialog,
    change_prefixes,
)

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.record.page import RecordPage

ADOPTED_STYLE = (
    "#adoptionBanner { background: #e3f1e6; border: 1px solid #7fb08a; border-radius: 4px; }"
    " #adoptionBanner QLabel { color: #1d4a27; }"
)
CONCEPT_STYLE = (
    "#adoptionBanner { background: #fdf3dc; border: 1px solid #d9b869; border-radius: 4px; }"
    " #adoptionBanner QLabel { color: #4d3a0c; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Adoption", text)


def is_adopted(state: AdoptionState | None) -> bool:
    """Whether the verslag is adopted, so the page is frozen."""
    return state is not None and state.status == MeetingStatus.MINUTES_APPROVED


def with_changes(changes: str) -> str:
    """The corrections after the date: "met tekstuele wijzigingen: …" ("" for none)."""
    changes = changes.strip()
    if not changes:
        return ""
    for prefix in change_prefixes().values():
        if changes.startswith(prefix + ":"):
            rest = changes[len(prefix) + 1 :].strip()
            return _tr("met %1: %2").replace("%1", prefix.lower()).replace("%2", rest)
    return _tr("met wijzigingen: %1").replace("%1", changes)


def banner_text(approved_on: date | None, changes: str) -> str:
    """The banner's words: "Vastgesteld op dinsdag 14 mei 2024 met tekstuele wijzigingen: …"."""
    if approved_on is None:
        text = _tr("Vastgesteld")
    else:
        text = _tr("Vastgesteld op %1").replace("%1", long_date(approved_on, current_language()))
    extra = with_changes(changes)
    return f"{text} {extra}" if extra else text


def meeting_name(sessions: SessionFactory, meeting_id: str) -> str:
    """A meeting as a dialog names it: "Eerste bijeenkomst (18-01-2018)" (read: a service)."""
    return name_of(read_record(sessions, "meetings", meeting_id) or {})


def name_of(values: dict[str, Any]) -> str:
    """A meeting's values (as read) as a dialog names it: "Eerste bijeenkomst (18-01-2018)"."""
    title = str(values.get("title", ""))
    starts_at = values.get("starts_at")
    return f"{title} ({short_date(starts_at)})" if starts_at else title


def ask_adoption(
    page: "RecordPage", meeting_id: str, name: str, via_item_id: str | None = None
) -> AdoptDialog | None:
    """Ask how the verslag of ``meeting_id`` is adopted, then adopt it (pending input first).

    ``name``: the meeting's, as the page read it (the dialog reads nothing).
    """
    if not page.flush():
        return None
    dialog = AdoptDialog(page, name)

    def adopt_now() -> None:
        on, changes = dialog.on(), dialog.changes()
        step = lambda: adopt(page.sessions, meeting_id, on, changes, via_item_id)  # noqa: E731
        _run(page, step, _tr("Verslag vastgesteld."))

    dialog.accepted.connect(adopt_now)
    dialog.open()
    return dialog


def ask_reopen(page: "RecordPage", meeting_id: str, name: str) -> ReopenDialog:
    """Ask why the adopted verslag of ``meeting_id`` (``name``) is reopened, then reopen it."""
    dialog = ReopenDialog(page, name)

    def reopen_now() -> None:
        reason = dialog.reason_text()
        _run(page, lambda: reopen(page.sessions, meeting_id, reason), _tr("Verslag heropend."))

    dialog.accepted.connect(reopen_now)
    dialog.open()
    return dialog


def _run(page: "RecordPage", step: Callable[[], Change], done: str) -> None:
    """Run an adoption step; a refusal is said on the page, else every page hears the change."""
    try:
        change = step()
    except UserError as error:
        page.refused(error)
        return
    page.notice.hide()
    page.context.notifier.report(change)
    page.context.show_status(done, 5000)


class AdoptionBanner(QFrame):
    """At the top of the meeting page: adopted (and "Heropenen…") or a concept to adopt."""

    def __init__(self, page: "RecordPage") -> None:
        """The banner of the meeting ``page`` shows."""
        super().__init__()
        self.page = page
        self.setObjectName("adoptionBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.adopt_button = QPushButton(_tr("Verslag vaststellen…"))
        self.adopt_button.setToolTip(
            _tr("Het verslag vaststellen, ongewijzigd of met wijzigingen; daarna is het bevroren")
        )
        self.adopt_button.clicked.connect(self.adopt)
        self.reopen_button = QPushButton(_tr("Heropenen…"))
        self.reopen_button.setToolTip(_tr("Het verslag weer een concept maken, met een reden"))
        self.reopen_button.clicked.connect(self.reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.adopt_button)
        layout.addWidget(self.reopen_button)
        self.dialog: QWidget | None = None  # the question asked last (tests answer it)
        self.name = ""  # the meeting as the dialogs name it (read with the page's head)
        self.hide()

    def show_state(self, state: AdoptionState | None, name: str = "") -> None:
        """Show what ``state`` says: adopted, a concept to adopt, or nothing (no verslag yet).

        ``name``: the meeting's, for the dialogs (read with the state: they read nothing).
        """
        self.name = name
        adopted = is_adopted(state)
        concept = state is not None and not adopted and state.can_adopt
        self.setVisible(adopted or concept)
        self.adopt_button.setVisible(concept)
        self.reopen_button.setVisible(adopted)
        if state is None or not (adopted or concept):
            return
        self.reopen_button.setEnabled(state.can_reopen)
        if adopted:
            self.text.setText("<b>" + banner_text(state.approved_on, state.changes) + "</b>")
            self.setStyleSheet(ADOPTED_STYLE)
        else:
            self.text.setText(_tr("<b>Conceptverslag</b>: nog niet vastgesteld."))
            self.setStyleSheet(CONCEPT_STYLE)

    def adopt(self) -> None:
        """Verslag vaststellen: ask how, then adopt."""
        if self.page.record_id is not None:
            self.dialog = ask_adoption(self.page, self.page.record_id, self.name)

    def reopen(self) -> None:
        """Heropenen: ask why, then reopen."""
        if self.page.record_id is not None:
            self.dialog = ask_reopen(self.page, self.page.record_id, self.name)


class PreviousMinutesBar(QWidget):
    """On the item "Verslag vorige bijeenkomst": whose verslag it adopts, and the way to do it."""

    def __init__(self, page: "RecordPage") -> None:
        """For the items of the meeting ``page`` shows."""
        super().__init__()
        self.page = page
        self.item_id: str | None = None
        self.meeting_id: str | None = None  # the meeting whose verslag the item adopts
        self.name = ""  # that meeting as the dialog names it (read with it)
        self.frozen = False  # the item's own meeting is adopted: nothing is written into it
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.adopt_button = QPushButton(_tr("Verslag vaststellen…"))
        self.adopt_button.setToolTip(
            _tr("Het verslag van de vorige bijeenkomst vaststellen; de wijzigingen komen ook hier")
        )
        self.adopt_button.clicked.connect(self.adopt)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.adopt_button)
        self.dialog: QWidget | None = None
        self.hide()

    def show_item(self, item_id: str | None, kind: object) -> None:
        """Show the bar for the item ``item_id`` when it is a "Verslag vorige bijeenkomst"."""
        self.item_id = item_id if kind == AgendaItemKind.PREVIOUS_MINUTES else None
        self.reload()

    def reload(self) -> None:
        """Read the previous verslag's state again (it was adopted or reopened, say)."""
        sessions, item_id = self.page.sessions, self.item_id
        self.setVisible(item_id is not None)

        def work() -> tuple[str | None, AdoptionState | None, str]:
            meeting_id = previous_minutes_meeting(sessions, item_id) if item_id else None
            if meeting_id is None:
                return None, None, ""
            return (
                meeting_id,
                adoption_state(sessions, meeting_id),
                meeting_name(sessions, meeting_id),
            )

        if item_id is None:
            self.page.reads.forget("previous")
            self._came(item_id, (None, None, ""))
            return
        self.page.reads.read("previous", work, lambda read: self._came(item_id, read))

    def _came(
        self, item_id: str | None, read: tuple[str | None, AdoptionState | None, str]
    ) -> None:
        if item_id != self.item_id:
            return  # another item shown meanwhile
        self.meeting_id, state, name = read
        self.name = name  # for the dialog (it reads nothing)
        self.adopt_button.setVisible(state is not None and state.can_adopt and not self.frozen)
        if self.item_id is None:
            return
        if self.meeting_id is None or state is None:
            self.text.setText(_tr("Er is geen vorig verslag om vast te stellen."))
            return
        if is_adopted(state):
            adopted = banner_text(state.approved_on, state.changes)
            text = _tr("Het verslag van %1 is %2.").replace("%1", name)
            self.text.setText(text.replace("%2", adopted[:1].lower() + adopted[1:]))
        elif state.can_adopt:
            text = _tr("Het conceptverslag van %1 wacht op vaststelling.")
            self.text.setText(text.replace("%1", name))
        else:
            self.text.setText(_tr("Het verslag van %1 is nog niet geschreven.").replace("%1", name))

    def adopt(self) -> None:
        """Adopt the previous verslag from this item."""
        if self.meeting_id is not None and self.item_id is not None:
            self.dialog = ask_adoption(self.page, self.meeting_id, self.name, self.item_id)

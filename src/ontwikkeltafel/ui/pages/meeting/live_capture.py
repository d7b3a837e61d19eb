"""The live mode's capture box: one key opens it at the bottom, Enter stores, Escape closes.

B a decision, A an action (what, then who of those present, then when: "vr", "2 weken",
"14-3" or a whole date), V a question or concern, G a good practice, N a line of verslag.
The box only asks; :class:`~ontwikkeltafel.ui.pages.meeting.live_view.LiveView` stores.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ontwikkeltafel.services.live_meeting import due_date, next_day_month
from ontwikkeltafel.ui.widgets.typed_dates import parse_typed_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveCapture", text)


def typed_due(text: str, today: date) -> date | None:
    """A due day typed in the live mode: a due word, a whole date, or "14 maart" (next one)."""
    found = due_date(text, today) or parse_typed_date(text)
    if found is None and text.strip():
        this_year = parse_typed_date(f"{text.strip()} {today.year}")  # "14 maart"
        if this_year is not None:
            found = next_day_month(this_year.day, this_year.month, today)
    return found


def prompts() -> dict[str, str]:
    """The prompt of each capture key (and of an action's later steps, "A2", "A3")."""
    return {
        "B": _tr("Besluit"),
        "A": _tr("Actie: wat?"),
        "A2": _tr("Wie? (Enter: niemand)"),
        "A3": _tr("Wanneer? (vr, 2 weken, 14-3; Enter: geen datum)"),
        "V": _tr("Vraag of zorg"),
        "G": _tr("Goed voorbeeld"),
        "N": _tr("Verslag"),
    }


class CaptureBox(QFrame):
    """A prompt and a line: ``captured(key, values)`` when the last Enter is given."""

    captured = Signal(str, object)
    closed = Signal()

    def __init__(self, present: Callable[[], list[tuple[str, str]]], today: Callable[[], date]):
        """Owners are picked from ``present()`` (id, name); due words count from ``today()``."""
        super().__init__()
        self.setObjectName("capture")
        self.present = present
        self.today = today
        self.key = ""
        self.values: dict[str, Any] = {}
        self.prompt = QLabel()
        self.prompt.setObjectName("capturePrompt")
        self.line = QLineEdit()
        self.line.setObjectName("captureLine")
        self.line.returnPressed.connect(self.enter)
        self.line.installEventFilter(self)
        self.notice = QLabel()
        self.notice.setObjectName("captureNotice")
        self.notice.hide()
        row = QHBoxLayout()
        row.addWidget(self.prompt)
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self.hide()

    def open(self, key: str) -> None:
        """Ask for what ``key`` captures (B, A, V, G, N)."""
        self.key = key
        self.values = {}
        self._ask(key)
        self.show()
        self.line.setFocus()

    def _ask(self, step: str) -> None:
        self.step = step
        self.prompt.setText(prompts()[step])
        self.line.clear()
        self.line.setCompleter(None)  # type: ignore[arg-type]  # None: no completion
        if step == "A2":
            names = [name for _id, name in self.present()]
            completer = QCompleter(names, self.line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.line.setCompleter(completer)

    def say(self, text: str) -> None:
        """Say why the input was not taken (it stays to be put right)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def enter(self) -> None:
        """Enter: take this step's input; after the last step, hand everything over."""
        text = self.line.text().strip()
        self.say("")
        if self.step == "A2":
            owner = self._owner(text)
            if owner is None:
                self.say(_tr("Niet gevonden onder de aanwezigen: %1").replace("%1", text))
                return
            self.values["owner_id"] = owner or None
            self._ask("A3")
            return
        if self.step == "A3":
            due = typed_due(text, self.today()) if text else None
            if text and due is None:
                self.say(_tr("Geen datum: %1 (probeer vr, 2 weken of 14-3)").replace("%1", text))
                return
            self.values["due_on"] = due
            self.captured.emit(self.key, self.values)
            return
        if not text:
            return
        self.values["text"] = text
        if self.step == "A":
            self._ask("A2")
            return
        self.captured.emit(self.key, self.values)

    def _owner(self, text: str) -> str | None:
        """The id of the present person ``text`` names ("" for nobody; None: no one matches)."""
        if not text:
            return ""
        people = self.present()
        folded = text.casefold()
        for person_id, name in people:
            if name.casefold() == folded:
                return person_id
        found = [person_id for person_id, name in people if folded in name.casefold()]
        return found[0] if len(found) == 1 else None

    def close_box(self) -> None:
        """Escape: close without storing."""
        self.hide()
        self.say("")
        self.line.clear()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the line closes the box (a completion popup takes it first)."""
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_box()
            return True
        return super().eventFilter(watched, event)

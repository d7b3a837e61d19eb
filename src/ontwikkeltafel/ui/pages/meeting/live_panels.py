"""The live view's parts and their look: white on black, type that scales with the screen.

The item on the left large (number, title, presenter, explanation, what it produced), the
clocks and the next item on the right with who is present; a line of keys at the bottom.
Sizes follow the window: one unit is a 36th of its height (a 64th of its width if narrower).
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.model import AttendanceStatus
from ontwikkeltafel.services.live_meeting import ClockState

GROUND = "#000000"
TEXT = "#ffffff"
SOFT = "#c8c8c8"  # 11:1 on black
LINE = "#5a5a5a"
COLOURS = {ClockState.NORMAL: TEXT, ClockState.WARNING: "#ffa000", ClockState.OVER: "#ff4d4d"}

STYLE = """
#live {{ background: {ground}; }}
#live QLabel {{ color: {text}; font-size: {u}px; }}
#live QLabel#meetingTitle, #live QLabel#meetingClock,
#live QLabel#wallClock {{ color: {soft}; }}
#live QLabel#position {{ color: {soft}; font-size: {big}px; }}
#live QLabel#itemTitle {{ font-size: {title}px; font-weight: bold; }}
#live QLabel#presenter {{ font-size: {big}px; color: {soft}; }}
#live QLabel#itemClock {{ font-size: {clock}px; font-weight: bold; }}
#live QLabel#clockLine, #live QLabel#paused {{ font-size: {big}px; }}
#live QLabel#paused {{ color: #ffa000; }}
#live QLabel#next {{ color: {soft}; }}
#live QLabel#heading {{ color: {soft}; font-size: {small}px; font-weight: bold; }}
#live QLabel#keys {{ color: {soft}; font-size: {small}px; }}
#live QListWidget {{ background: {ground}; color: {text}; border: none; font-size: {u}px; }}
#live QListWidget::item {{ padding: {pad}px 0; }}
#live QFrame#capture {{ background: #1e1e1e; border: 2px solid {soft}; }}
#live QLabel#capturePrompt {{ font-weight: bold; }}
#live QLabel#captureNotice {{ color: #ff7a7a; font-size: {small}px; }}
#live QLineEdit#captureLine {{ background: {ground}; color: {text}; font-size: {u}px;
    border: 1px solid {line}; padding: {pad}px; }}
#live QFrame#rule {{ background: {line}; }}
#live QScrollBar:vertical {{ background: {ground}; width: {pad}px; border: none; }}
#live QScrollBar::handle:vertical {{ background: {line}; min-height: {u}px; }}
#live QScrollBar::add-line, #live QScrollBar::sub-line {{ height: 0; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveView", text)


def style_for(width: int, height: int) -> str:
    """The view's style sheet at ``width`` x ``height`` pixels."""
    unit = max(12, min(height // 36, width // 64))
    return STYLE.format(
        ground=GROUND,
        text=TEXT,
        soft=SOFT,
        line=LINE,
        u=unit,
        small=max(11, unit * 4 // 5),
        big=unit * 3 // 2,
        title=unit * 5 // 2,
        clock=unit * 5,
        pad=max(2, unit // 5),
    )


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:  # as high as its lines at the width it gets; the lists take the room left
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    else:
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def _rule() -> QFrame:
    rule = QFrame()
    rule.setObjectName("rule")
    rule.setFixedHeight(2)
    return rule


def _list() -> QListWidget:
    view = QListWidget()
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the view
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    return view


class LivePanels:
    """The labels and lists of the live view, laid out on ``root``."""

    def __init__(self, root: QWidget, capture: QWidget) -> None:
        """Build the parts on ``root``; ``capture`` is the box at the bottom."""
        self.meeting_title = _label("meetingTitle")
        self.meeting_clock = _label("meetingClock")
        self.wall_clock = _label("wallClock")
        self.position = _label("position")
        self.item_title = _label("itemTitle", wrap=True)
        self.presenter = _label("presenter", wrap=True)
        self.description = _label("description", wrap=True)
        self.item_clock = _label("itemClock")
        self.clock_line = _label("clockLine")
        self.paused = _label("paused")
        self.paused.setText(_tr("gepauzeerd"))
        self.paused.hide()
        self.next_item = _label("next", wrap=True)
        self.produced_heading = _label("heading")
        self.produced_heading.setText(_tr("DIT PUNT LEVERDE OP"))
        self.produced = _list()
        self.attendance_heading = _label("heading")
        self.attendance = _list()
        self.keys = _label("keys", wrap=True)
        self.keys.setText(
            _tr(
                "B besluit · A actie · V vraag of zorg · G goed voorbeeld · N verslag · "
                "1-9 aanwezig/afgemeld · PgDn/PgUp volgend/vorig punt · Spatie pauze · "
                "Esc terug"
            )
        )
        self._build(root, capture)

    def _build(self, root: QWidget, capture: QWidget) -> None:
        top = QHBoxLayout()
        top.addWidget(self.meeting_title, 1)
        top.addWidget(self.meeting_clock)
        top.addSpacing(24)
        top.addWidget(self.wall_clock)
        left = QVBoxLayout()
        left.addWidget(self.position)
        left.addWidget(self.item_title)
        left.addSpacing(6)
        left.addWidget(self.presenter)
        left.addWidget(self.description)
        left.addSpacing(12)
        left.addWidget(self.produced_heading)
        left.addWidget(self.produced, 1)
        right = QVBoxLayout()
        for label in (self.item_clock, self.clock_line, self.paused):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            right.addWidget(label)
        for part in (_rule(), self.next_item, _rule(), self.attendance_heading):
            right.addSpacing(10)
            right.addWidget(part)
        right.addWidget(self.attendance, 1)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        body.setHorizontalSpacing(48)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.addLayout(top)
        layout.addWidget(_rule())
        layout.addLayout(body, 1)
        layout.addWidget(capture)
        layout.addWidget(self.keys)

    def show_attendance(self, people: list[tuple[str, bool, AttendanceStatus | None]]) -> None:
        """Who is expected (name, present, status), numbered for the keys 1-9; present ticked."""
        view = self.attendance
        view.clear()
        for number, (name, present, status) in enumerate(people, start=1):
            mark = "✓" if present else ("–" if status == AttendanceStatus.EXCUSED else "·")
            item = QListWidgetItem(f"{number if number < 10 else ' '}  {mark} {name}")
            if not present:
                item.setForeground(Qt.GlobalColor.gray)
            view.addItem(item)
        here = sum(present for _name, present, _status in people)
        heading = _tr("AANWEZIG: %1 VAN %2").replace("%1", str(here))
        self.attendance_heading.setText(heading.replace("%2", str(len(people))))

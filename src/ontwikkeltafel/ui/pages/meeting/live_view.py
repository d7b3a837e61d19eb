"""Vergadering leiden: the chair's full-screen view of the meeting, for the back of the room.

F11 or the button on the meeting page opens it; with two screens it goes to the second
(the projector) and the chair keeps the window, with one it covers the screen. The keys:
B, A, V, G, N capture (:mod:`.live_capture`), 1-9 toggle aanwezig / afgemeld, PageDown /
PageUp go to the next / previous item (recording each item's real start and end), Space
pauses the item's clock, Escape (or F11) goes back to the meeting page at the item reached.
Everything is stored at once, each an undo step of the window like any edit there.
On a server (PostgreSQL) the meeting, who is present and what the item produced are read
off the UI thread (``Reader``): the view opens at once ("laden…") and shows them when they
come; the server away, it says so and reads again when the server is back.
"""

from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AMSTERDAM, AttendanceStatus
from ontwikkeltafel.services.attendance_editing import AttendanceRow, attendance_rows
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.live_capture import ProducedLine, produced, record_step, undo_step
from ontwikkeltafel.services.live_meeting import (
    ClockState,
    LiveMeeting,
    elapsed_before,
    item_time,
    live_meeting,
    meeting_time,
)
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.messages import error_text
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.pages.meeting.live_capture import CaptureBox
from ontwikkeltafel.ui.pages.meeting.live_clock import LiveClock, Now
from ontwikkeltafel.ui.pages.meeting.live_page import LedPage, ScreenLike, app_screens, projector
from ontwikkeltafel.ui.pages.meeting.live_panels import COLOURS, LivePanels, style_for
from ontwikkeltafel.ui.pages.meeting.live_texts import (
    capture_work,
    clock_texts,
    meeting_text,
    next_text,
    position_text,
    produced_text,
)

CAPTURE_KEYS = {Qt.Key.Key_B: "B", Qt.Key.Key_A: "A", Qt.Key.Key_V: "V", Qt.Key.Key_G: "G"}
CAPTURE_KEYS[Qt.Key.Key_N] = "N"
HERE = (AttendanceStatus.PRESENT, AttendanceStatus.GUEST)
# What one read brings: the meeting (None: gone), who is asked, what the item produced.
Read = tuple[LiveMeeting | None, list[AttendanceRow], list[ProducedLine]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveView", text)


class LiveView(QWidget):
    """The meeting ``page`` shows, led from item to item; a window of its own."""

    def __init__(
        self,
        page: LedPage,
        now: Now | None = None,
        screens: Callable[[], Sequence[ScreenLike]] = app_screens,
    ) -> None:
        """Lead the meeting of ``page`` by the clock ``now``; place it on one of ``screens()``."""
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("live")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(_tr("Vergadering leiden"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page = page
        self.sessions = page.sessions
        self.editor = page.editor
        self.screens = screens
        self.screen_used: ScreenLike | None = None
        self.clock = LiveClock(now, self)
        self._following = False  # connected to the notifier's changes
        self.clock.ticked.connect(self.show_time)
        today = lambda: self.clock.now().astimezone(AMSTERDAM).date()  # noqa: E731
        self.capture = CaptureBox(self._present, today)
        self.capture.captured.connect(self._store)
        self.capture.closed.connect(self.setFocus)
        self.parts = LivePanels(self, self.capture)
        self.parts.attendance.itemClicked.connect(
            lambda item: self.toggle_presence(self.parts.attendance.row(item))
        )
        self.meeting: LiveMeeting | None = None
        self.index = 0
        self.people: list[tuple[str, str, AttendanceStatus | None]] = []
        self.lines: list[ProducedLine] = []  # what the item produced, as last read
        self.clock_state = ClockState.NORMAL
        self.reader = Reader(self.sessions, self)  # on a server: off the UI thread
        self.unread: tuple[str, str | None] | None = None  # (meeting, item) the server missed
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)
        page.destroyed.connect(self.deleteLater)
        self.setStyleSheet(style_for(1280, 720))

    @property
    def item_id(self) -> str | None:
        """The agenda item being discussed."""
        if self.meeting is None or not self.meeting.items:
            return None
        return self.meeting.items[self.index].id

    def open(self, meeting_id: str, item_id: str | None) -> None:
        """Lead ``meeting_id`` from ``item_id`` (None: the first item not yet ended).

        Asked again while open (F11 in the window, the view on the projector): leave.
        """
        if self.isVisible():
            self.leave()
            return
        self.unread = None
        if not self.reader.at_once:  # the view at once, the meeting when it comes
            self.meeting = None
            self._say(_tr("laden…"))
            self.place()
        self._load(meeting_id, None, 0, lambda read: self._opened(read, meeting_id, item_id))

    def _opened(self, read: Read, meeting_id: str, item_id: str | None) -> None:
        meeting = read[0]
        if meeting is None:
            self.close()
            return
        self._take(read)
        ids = [item.id for item in meeting.items]
        if item_id not in ids:
            ended = [item.ended_at is not None for item in meeting.items]
            item_id = ids[ended.index(False)] if False in ended else (ids[0] if ids else None)
        self.index = ids.index(item_id) if item_id in ids else 0
        if not self._following:
            self.page.context.notifier.changed.connect(self._on_changed)
            self._following = True
        if not self.isVisible():
            self.place()
        self._step_to(self.index, _tr("Agendapunt begonnen"), None)

    def _load(
        self, meeting_id: str, item_id: str | None, index: int, then: Callable[[Read], None]
    ) -> None:
        """Read the meeting, who is asked and what the item (else the one at ``index``) made."""
        sessions = self.sessions

        def read() -> Read:
            meeting = live_meeting(sessions, meeting_id)
            if meeting is None:
                return None, [], []
            ids = [item.id for item in meeting.items]
            if item_id not in ids:
                chosen = ids[min(index, len(ids) - 1)] if ids else None
            else:
                chosen = item_id
            rows = attendance_rows(sessions, meeting_id)
            return meeting, rows, produced(sessions, chosen) if chosen else []

        def failed(error: Exception) -> None:
            if connection_lost(error):
                self.unread = (meeting_id, item_id)
                if self.meeting is None:
                    self._say(_tr("Niet geladen: de server is niet bereikbaar."))
                return
            self.capture.show()
            self.capture.say(error_text(error) if isinstance(error, UserError) else str(error))

        self.reader.read(read, then, failed, False)

    def _take(self, read: Read) -> None:
        """Keep what was read (the meeting gone: what was shown stays)."""
        meeting, rows, lines = read
        if meeting is None:
            return
        self.meeting = meeting
        self.index = min(self.index, max(0, len(meeting.items) - 1))
        self.people = [(row.person_id, row.name, row.status) for row in rows]
        self.lines = lines

    def _say(self, text: str) -> None:
        """Only a line in the view (no meeting shown): "laden…", not read."""
        self.parts.item_title.setText(text)

    def _server_back(self, where: str) -> None:
        """The server answers again: what it could not give is read now."""
        if where != self.reader.where or self.unread is None or not self.isVisible():
            return
        meeting_id, item_id = self.unread
        self.unread = None
        if self.meeting is None:
            self._load(meeting_id, None, 0, lambda read: self._opened(read, meeting_id, item_id))
        else:
            self.reload()

    def _step_to(self, index: int, text: str, leaving: str | None) -> None:
        """Enter item ``index`` (its start recorded, and the end of ``leaving``), one undo step."""
        assert self.meeting is not None
        if self.meeting.items:
            entering, now, sessions = self.meeting.items[index].id, self.clock.now(), self.sessions
            self._run(
                lambda: self.editor.push_inverse(
                    text,
                    lambda: record_step(sessions, leaving, entering, now),
                    lambda before: undo_step(sessions, before),
                )
            )
            self.index = index  # (a step taken before the read comes leaves this item)
            # The clock starts now, from what is known of the item: a read begun meanwhile
            # (a change reported to the view) drops this one, and _entered never runs.
            self.clock.start(elapsed_before(self.meeting.items[index]))
            self._load(self.meeting.id, entering, index, lambda read: self._entered(index, read))
            return
        self._enter(index)

    def _entered(self, index: int, read: Read) -> None:
        self._take(read)
        if self.meeting is not None:
            self._enter(min(index, max(0, len(self.meeting.items) - 1)), read_again=False)

    def place(self) -> None:
        """The second screen when there are two (the window keeps the first), else full screen."""
        target = projector(list(self.screens()), self.page.window().screen())
        self.screen_used = target
        if isinstance(target, QScreen):
            self.setScreen(target)
        if target is not None:
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def leave(self) -> None:
        """Escape: back to the meeting page, at the item reached."""
        item_id = self.item_id
        self.close()
        window = self.page.window()
        window.activateWindow()
        if item_id is not None and self.page.record_id is not None:
            self.page.select_item(item_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the clock and stop following changes."""
        self.clock.stop()
        if self._following:  # (a second close, or one never opened: nothing to undo)
            self._following = False
            with suppress(RuntimeError, TypeError):  # the notifier already gone
                self.page.context.notifier.changed.disconnect(self._on_changed)
        super().closeEvent(event)

    def _enter(self, index: int, read_again: bool = True) -> None:
        assert self.meeting is not None
        self.index = index
        items = self.meeting.items
        if items:
            self.clock.start(elapsed_before(items[index]))
        if read_again:
            self.reload()
        else:
            self.show_read()

    def step(self, delta: int) -> None:
        """PageDown / PageUp: end this item and start the next (or previous) one."""
        if self.meeting is not None and 0 <= self.index + delta < len(self.meeting.items):
            text = _tr("Volgend agendapunt") if delta > 0 else _tr("Vorig agendapunt")
            self._step_to(self.index + delta, text, self.item_id)

    def reload(self) -> None:
        """Read the meeting again (on a server off the UI thread), then show it."""
        if self.meeting is None:
            return
        self._load(self.meeting.id, self.item_id, self.index, self._reloaded)

    def _reloaded(self, read: Read) -> None:
        self._take(read)
        self.show_read()

    def show_read(self) -> None:
        """Show the item, its clock, the next item, who is present and what the item produced."""
        meeting, parts = self.meeting, self.parts
        if meeting is None:
            return
        parts.meeting_title.setText(meeting.title)
        if not meeting.items:
            parts.item_title.setText(_tr("Deze bijeenkomst heeft geen agenda"))
            return
        item = meeting.items[self.index]
        parts.position.setText(position_text(meeting, self.index))
        parts.item_title.setText(item.title)
        parts.presenter.setText(item.presenter)
        parts.presenter.setVisible(bool(item.presenter))
        parts.description.setText(item.description)
        parts.description.setVisible(bool(item.description.strip()))
        parts.next_item.setText(next_text(meeting, self.index))
        self._show_attendance()
        self._show_produced()
        self.show_time()

    def show_time(self) -> None:
        """The item's clock and the meeting's, as the time source says now."""
        meeting, parts = self.meeting, self.parts
        if meeting is None or not meeting.items:
            return
        item = meeting.items[self.index]
        now = self.clock.now()
        clock = item_time(item.planned_minutes, self.clock.elapsed())
        self.clock_state = clock.state
        parts.wall_clock.setText(now.astimezone(AMSTERDAM).strftime("%H.%M"))
        big, line = clock_texts(item.planned_minutes, clock)
        parts.item_clock.setText(big)
        parts.clock_line.setText(line)
        colour = COLOURS[clock.state]
        for label in (parts.item_clock, parts.clock_line):
            label.setStyleSheet(f"color: {colour};")
        parts.paused.setVisible(self.clock.paused)
        parts.meeting_clock.setText(meeting_text(meeting_time(meeting, self.index, clock, now)))

    def _show_attendance(self) -> None:
        self.parts.show_attendance(
            [(name, status in HERE, status) for _i, name, status in self.people]
        )

    def _present(self) -> list[tuple[str, str]]:
        return [(person_id, name) for person_id, name, status in self.people if status in HERE]

    def _show_produced(self) -> None:
        view = self.parts.produced
        view.clear()
        for line in self.lines:
            view.addItem(produced_text(line))
        view.scrollToBottom()  # the latest in sight

    def _on_changed(self, change: Change) -> None:
        if self.meeting is not None and self.isVisible() and not self.capture.isVisible():
            self.reload()

    def _run(self, work: Callable[[], object]) -> bool:
        """Store; a refusal is said in the capture box (open or not)."""
        if not self.page.flush():  # the page's pending input first
            return False
        try:
            work()
        except UserError as error:
            self.capture.show()
            self.capture.say(error_text(error))
            return False
        return True

    def _store(self, key: str, values: dict[str, Any]) -> None:
        """Store what the capture box took, under the item being discussed."""
        if self.item_id is not None and self._run(
            capture_work(self.editor, self.item_id, key, values)
        ):
            self.capture.close_box()
            self.reload()

    def toggle_presence(self, row: int) -> None:
        """Aanwezig becomes afgemeld; anything else aanwezig (a click or the key 1-9)."""
        if not 0 <= row < len(self.people):
            return
        person_id, _name, status = self.people[row]
        new = AttendanceStatus.EXCUSED if status in HERE else AttendanceStatus.PRESENT
        if self._run(lambda: self.page.attendance.set_status(person_id, new)):
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The view's keys (the capture box has the focus while it is open)."""
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in CAPTURE_KEYS:
            self.capture.open(CAPTURE_KEYS[key])
        elif key == Qt.Key.Key_PageDown:
            self.step(1)
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif key == Qt.Key.Key_Space:
            self.clock.toggle_pause()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.leave()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.toggle_presence(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_F1:  # the manual at Vergadering leiden (ui/window/help_menu.py)
            help_actions = getattr(self.page.window(), "help_actions", None)
            if help_actions is not None:
                help_actions.show_manual(page=self)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type that scales with the screen."""
        size = event.size()
        self.setStyleSheet(style_for(size.width(), size.height()))
        super().resizeEvent(event)

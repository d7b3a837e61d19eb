"""The live mode's clock: an item's running time, paused by Space, from an injectable time source.

The time source is a callable returning an aware datetime (the wall clock by default); the
timer only says when to look at it again, so a test moves its own clock and calls
:meth:`LiveClock.tick` instead of waiting.
"""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

Now = Callable[[], datetime]


def wall_clock() -> datetime:
    """The moment now, aware (UTC)."""
    return datetime.now(UTC)


class LiveClock(QObject):
    """The seconds the current item has run, pauses left out; ``ticked`` once a second."""

    ticked = Signal()

    def __init__(self, now: Now | None = None, parent: QObject | None = None) -> None:
        """A clock reading ``now`` (default: the wall clock), stopped until :meth:`start`."""
        super().__init__(parent)
        self.now = now or wall_clock
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._before = 0.0  # seconds run before the last (re)start
        self._since: datetime | None = None  # running since; None: paused or stopped

    @property
    def paused(self) -> bool:
        """Whether the item's clock stands still (Space)."""
        return self._since is None

    def start(self, seconds_before: float = 0.0) -> None:
        """Run the clock of a newly entered item, which already ran ``seconds_before``."""
        self._before = seconds_before
        self._since = self.now()
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        """Stop the timer (the view is left)."""
        self.timer.stop()
        self._since = None

    def toggle_pause(self) -> None:
        """Pause a running clock, or run a paused one on."""
        if self._since is None:
            self._since = self.now()
        else:
            self._before = self.elapsed()
            self._since = None
        self.tick()

    def elapsed(self) -> float:
        """Seconds the item has run."""
        if self._since is None:
            return self._before
        return self._before + max(0.0, (self.now() - self._since).total_seconds())

    def tick(self) -> None:
        """Tell the view to show the time again (the timer does this each second)."""
        self.ticked.emit()

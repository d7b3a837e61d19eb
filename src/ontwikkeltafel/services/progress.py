"""Progress of slow user actions and how a user cancels one: plain callbacks, no Qt.

A service that may take long takes ``progress(done, total)``; the caller's callback
shows how far it is and raises :class:`Cancelled` when the user has had enough. The
service calls it between batches (never per record), and only while it can still undo
everything: a cancelled import writes nothing, a cancelled export leaves no file.
"""

from collections.abc import Callable

#: Told how far an action is: ``progress(done, total)``; may raise :class:`Cancelled`.
Progress = Callable[[int, int], None]

#: Told that one more of a known number of steps is done (the layers below use it).
Tick = Callable[[], None]

#: Services report their progress in per cent.
TOTAL = 100


class Cancelled(Exception):
    """The user cancelled the action; it has undone everything it began."""


class Meter:
    """One action's progress in per cent, its stages weighted by how long they take."""

    def __init__(self, progress: Progress | None) -> None:
        """Report to ``progress``; None (the command line) reports nothing."""
        self.progress = progress
        self.done = 0

    def reach(self, percent: int) -> None:
        """Tell the callback that ``percent`` of the work is done; it may raise Cancelled."""
        self.done = max(self.done, min(percent, TOTAL))
        if self.progress is not None:
            self.progress(self.done, TOTAL)

    def ticks(self, start: int, end: int, steps: int) -> Tick | None:
        """A tick for a stage of ``steps`` steps that takes the meter from ``start`` to ``end``.

        None when nobody listens, so that the layers below skip even the call.
        """
        if self.progress is None:
            return None
        count = 0

        def tick() -> None:
            nonlocal count
            count = min(count + 1, steps)
            self.reach(start + (end - start) * count // max(steps, 1))

        return tick

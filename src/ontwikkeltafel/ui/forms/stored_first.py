"""Input typed in a window's forms stored before a step goes on: on a server without waiting.

The person page's AVG buttons must not act while a form still holds a name not stored (it
would bring the name back after). On a SQLite file :func:`stored_at_once` stores it all at
once, as before. On a server (PostgreSQL) :class:`StoredFirst` hands each form's save to the
window's saves' thread (``FormBinder.flush_in_background``) and goes on when every form has
stored what it held: the window answers meanwhile, the user's clicks and keys too. A form
that refuses its input, or waits for a server away, ends the wait: ``failed(error)``.
"""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.ui.core.autosave import FormBinder


def unstored(window: QObject) -> list[FormBinder]:
    """The forms of ``window`` holding input not stored, or storing it now."""
    return [
        binder
        for binder in window.findChildren(FormBinder)
        if binder.flying is not None or binder.pending()
    ]


def stored_at_once(window: QObject) -> bool:
    """Store what every form of ``window`` holds now (waiting for it); False if one refused."""
    return all(binder.flush() for binder in window.findChildren(FormBinder))


class StoredFirst(QObject):
    """One wait for some forms to store what they hold; then ``go()``, or ``failed(error)``.

    Ends once (``over``); :meth:`drop` ends it without a word (the person shown changed).
    """

    def __init__(
        self,
        binders: list[FormBinder],
        go: Callable[[], None],
        failed: Callable[[UserError | None], None],
        parent: QObject,
    ) -> None:
        """Start storing what ``binders`` hold, in the background."""
        super().__init__(parent)
        self.binders = binders
        self.go = go
        self.failed = failed
        self.over = False
        for binder in binders:
            binder.saved.connect(self._check)
            binder.refused.connect(self._refused)
            binder.waiting.connect(self._waiting)
        for binder in binders:
            if binder.flying is None:  # (one in flight stores what was typed since, landed)
                binder.flush_in_background()
            if self.over:
                return
            if binder.is_waiting:  # the server known away: nothing was tried
                self._end()
                failed(binder.failure)
                return
        self._check()

    def drop(self) -> None:
        """Wait no more; neither ``go`` nor ``failed`` is called."""
        self._end()

    def _check(self, *_values: object) -> None:
        if self.over:
            return
        living = [binder for binder in self.binders if shiboken6.isValid(binder)]
        if all(binder.flying is None and not binder.pending() for binder in living):
            self._end()
            self.go()

    def _refused(self, error: UserError) -> None:
        if not self.over:
            self._end()
            self.failed(error)

    def _waiting(self, error: UserError, _wait_ms: int) -> None:
        if not self.over:
            self._end()
            self.failed(error)

    def _end(self) -> None:
        self.over = True
        for binder in self.binders:
            if shiboken6.isValid(binder):
                for signal, slot in (
                    (binder.saved, self._check),
                    (binder.refused, self._refused),
                    (binder.waiting, self._waiting),
                ):
                    signal.disconnect(slot)
        self.binders = []

"""One read at a time for a dialog or a row of buttons: at once on SQLite, else off the UI thread.

:class:`Reader` runs what a dialog shows or a button needs (the erasure plan, a history):
on a SQLite file at once, as before; on a server (PostgreSQL) on an
:class:`~ontwikkeltafel.ui.core.background.OffThread`, the answer handed to the UI thread.
Only the newest read's answer counts (a generation counter); a read that meets the server
away, or takes longer than a server that answers would, is said (``failed``) and the
window's banner told.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread, server_of
from ontwikkeltafel.ui.core.tasks import Outcome

log = logging.getLogger(__name__)
# A read on a server still not answered after this long: the server counts as lost.
READ_WAIT_LIMIT_MS = 5000


class Reader(QObject):
    """Reads for its owner; ``reading`` while an answer is on its way."""

    def __init__(self, sessions: SessionFactory, parent: QObject) -> None:
        """Reads from ``sessions``: off the UI thread when they are a server's."""
        super().__init__(parent)
        self.where = server_of(sessions)
        self.background = None if self.where is None else OffThread(self)
        self.generation = 0  # of the newest read; an older one's answer is dropped
        self.reading = False

    @property
    def at_once(self) -> bool:
        """Whether reads are done at once (a SQLite file)."""
        return self.background is None

    def read(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        failed: Callable[[Exception], None],
        drop_late: bool = True,
    ) -> None:
        """``then(work())``; a failure to ``failed`` (a refusal, or the server away).

        ``drop_late``: an answer that comes after the read counted as late asks nothing
        (a question put long after the click would surprise); else it is still shown.
        """
        if self.background is None:
            try:
                result = work()
            except UserError as error:
                failed(error)
                return
            then(result)
            return
        self.generation += 1
        generation = self.generation
        self.reading = True

        def came(outcome: Outcome) -> None:
            if generation != self.generation:
                return
            self.reading = False
            if outcome.error is None:
                then(outcome.result)
                return
            if connection_lost(outcome.error):
                autosave_events().lost.emit(outcome.error)
            elif not isinstance(outcome.error, UserError):
                log.warning("a read failed: %s", type(outcome.error).__name__)
            failed(outcome.error)

        def late() -> None:
            if generation != self.generation:
                return
            if drop_late:
                self.drop()
            lost = StoreUnavailable(CONNECTION_LOST, self.where or "")
            autosave_events().lost.emit(lost)
            failed(lost)

        self.background.run(work, came, READ_WAIT_LIMIT_MS, late)

    def drop(self) -> None:
        """The answer on its way is wanted no more."""
        self.generation += 1
        self.reading = False

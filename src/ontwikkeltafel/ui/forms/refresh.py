"""A form's record read again after a change to it: at once on SQLite, else off the UI thread.

A change reported for the record a side form shows (a colleague's, an undo's) was read
again on the UI thread, so a frozen server held the window until the read's time limit.
:class:`Refresh` reads it on its own :class:`~ontwikkeltafel.ui.forms.reading.Reader`:
the form keeps what it shows, and the field being typed in, until the values come. An
answer older than what the form holds (a save of its own came between: it may not even
know the record's version yet, a record just made) is read again, a few times at most; one
that met the server away is read again when the server is back.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events
from ontwikkeltafel.ui.core.undo import Editor
from ontwikkeltafel.ui.forms.reading import Reader

log = logging.getLogger(__name__)

#: Takes the values read of a record (None: gone); False when they are older than the
#: form's own (read again).
Apply = Callable[[str, dict[str, Any] | None], bool]
#: How often an answer older than the form's own saves is read again.
TRIES = 3


class Refresh(QObject):
    """Reads a form's record again after a change and hands the values to ``apply``."""

    def __init__(
        self, editor: Editor, apply: Apply, saves: Callable[[], int], parent: QObject
    ) -> None:
        """Reads through ``editor`` (as the form's own reads do).

        ``saves()`` counts the form's saves that came back: an answer read before one of
        them is known to be old.
        """
        super().__init__(parent)
        self.editor = editor
        self.apply = apply
        self.saves = saves
        self.reader = Reader(editor.sessions, self)
        self.wanted: tuple[str, str] | None = None  # met the server away: read when back
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)

    def read(self, kind: str, record_id: str, tries: int = TRIES) -> None:
        """Read ``record_id`` again; an answer older than the form's own is read anew."""
        self.wanted = None
        editor, saves = self.editor, self.saves()
        self.reader.read(
            lambda: editor.read(kind, record_id),
            lambda values: self._came(kind, record_id, values, saves, tries),
            lambda error: self._failed(kind, record_id, error),
            drop_late=False,  # the record changed: its new values are wanted however late
        )

    def _came(self, kind: str, record_id: str, values: Any, saves: int, tries: int) -> None:
        old = self.saves() != saves or not self.apply(record_id, values)
        if old and tries > 1:
            self.read(kind, record_id, tries - 1)

    def _failed(self, kind: str, record_id: str, error: Exception) -> None:
        if isinstance(error, StoreUnavailable):
            self.wanted = (kind, record_id)  # the banner says so; read when it is back
        else:
            log.warning("a record changed could not be read again: %s", type(error).__name__)

    def _server_back(self, where: str) -> None:
        if self.wanted is not None and where == self.reader.where:
            self.read(*self.wanted)

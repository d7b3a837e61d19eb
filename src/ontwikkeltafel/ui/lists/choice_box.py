"""The list pages' filter boxes: their choices read at once, when first used, or off the UI thread.

On a SQLite file a box reads its choices when it is made (or, with a ``first`` choice, when
first used) on the UI thread, as before; so do fixed choices (periods, statuses). Choices
read from the database (:func:`reads_database`) on a server (PostgreSQL, ``where``) are
read off the UI thread: a box without a ``first`` choice says "laden…" until its choices
come; one that cannot be read (the server away) says "niet geladen", the window's banner
says why, and the choices are read when the server is back or the box is next used.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, QStringListModel
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread
from ontwikkeltafel.ui.core.paint_probe import PaintProbe
from ontwikkeltafel.ui.core.tasks import Outcome

log = logging.getLogger(__name__)
# Choices still not read after this long: the server counts as lost (as a list's reading).
READ_WAIT_LIMIT_MS = 5000


F = TypeVar("F", bound=Callable[..., Any])
_READERS: set[object] = set()  # the choices functions that read the database


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChoiceBox", text)


def reads_database(function: F) -> F:
    """Mark a choices function that reads the database: on a server, off the UI thread."""
    _READERS.add(function)
    return function


@dataclass(frozen=True)
class Choice:
    """One entry of a filter box: its label and the query-service arguments it sets."""

    label: str
    filters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LazyChoices:
    """Choices read when their box is first used (thousands of people); ``first`` until then."""

    first: Choice
    load: Callable[[SessionFactory], list[Choice]]  # every choice, ``first`` included


def from_database(choices: object) -> bool:
    """Whether a page's filter (a choices function or LazyChoices) reads the database."""
    load = choices.load if isinstance(choices, LazyChoices) else choices
    return load in _READERS


class ChoiceBox(QComboBox):
    """A filter box whose choices (thousands of people, say) are read when first opened."""

    def __init__(
        self,
        load: Callable[[], list[Choice]],
        first: Choice | None = None,
        where: str | None = None,
        later: bool = False,
    ) -> None:
        """Read the choices now, or, given the ``first`` (everything), when first used.

        ``where``: the server the choices come from (None: a SQLite file, read at once);
        then they are read off the UI thread, and, ``later``, only once :meth:`start` is
        called (the list page's own reading first: it goes quicker alone) or the box used.
        """
        super().__init__()
        self._load: Callable[[], list[Choice]] | None = load
        self.choices: list[Choice] = [] if first is None else [first]
        self.where = where
        self.background = None if where is None else OffThread(self)
        self.reading = False  # choices on their way (off the UI thread)
        self.waiting = False  # "laden…" shows; the reading begins at start() or when used
        self._popup_wanted = False  # the box was opened before its choices came
        self.unread = False  # the last reading met a server away: read again when it is back
        # Sized by a fixed length: measuring every entry would read thousands of names.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setModel(QStringListModel([choice.label for choice in self.choices], self))
        if where is not None:
            autosave_events().back.connect(self._server_back)
        if first is None and later and where is not None:
            self.waiting = True
            self._say(_tr("laden…"))
        elif first is None:
            self.load()
        self._fit_first()

    def start(self) -> None:
        """Read the choices that waited for their turn (nothing else: once a box)."""
        if self.waiting:
            self.load()

    def _fit_first(self) -> None:
        """At least as wide as the first choice (everything: "Vragen, zorgen en knelpunten")."""
        if not self.choices:
            return
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.choices[0].label) + 2, metrics.height())
        style = self.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        self.setMinimumWidth(size.width())

    def load(self) -> None:
        """Read the choices now (once; on a server: off the UI thread); the current one stays."""
        self.waiting = False
        if self._load is None:
            return
        if self.background is not None:
            self._read_off_thread()
            return
        load, self._load = self._load, None
        try:
            choices = load()
        except StoreUnavailable as error:
            if not connection_lost(error):
                raise
            self._load = load  # the server away: read when the box is next used
            autosave_events().lost.emit(error)  # the window's banner says so
            return
        self._show(choices)

    def _show(self, choices: list[Choice]) -> None:
        self.choices[:] = choices  # the list page holds this list: changed in place
        model = self.model()
        assert isinstance(model, QStringListModel)
        self.blockSignals(True)
        model.setStringList([choice.label for choice in self.choices])
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self._fit_first()

    def _say(self, text: str) -> None:
        """Stand in for the choices not read yet (a box without a first choice only)."""
        if self.choices:
            return
        model = self.model()
        assert isinstance(model, QStringListModel)
        self.blockSignals(True)
        model.setStringList([text])
        self.setCurrentIndex(0)
        self.blockSignals(False)

    def _read_off_thread(self) -> None:
        assert self.background is not None and self._load is not None
        if self.reading:
            return
        self.reading = True
        self._say(_tr("laden…"))
        self.background.run(self._load, self._came, READ_WAIT_LIMIT_MS, self._late)

    def _came(self, outcome: Outcome) -> None:
        """The choices, in the UI thread: shown (and the box opened if it was asked to be)."""
        self.reading = False
        if self._load is None:
            return
        if outcome.error is not None:
            self._popup_wanted = False
            if connection_lost(outcome.error):
                self.unread = True
                self._say(_tr("niet geladen"))
                autosave_events().lost.emit(outcome.error)
            else:
                log.warning("reading filter choices failed: %s", type(outcome.error).__name__)
            return
        assert isinstance(outcome.result, list)
        self.unread = False
        self._load = None
        self._show(outcome.result)
        if self._popup_wanted and self.isVisible():
            self._popup_wanted = False
            super().showPopup()

    def _late(self) -> None:
        """A reading takes longer than a server that answers would: the banner says so."""
        autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, self.where or ""))

    def _server_back(self, where: str) -> None:
        """The server answers again: choices it could not give are read now."""
        if where == self.where and self.unread:
            self.load()

    def showPopup(self) -> None:
        """Read the choices before the list opens (on a server: it opens when they come)."""
        self.load()
        if self._load is not None and self.background is not None:
            self._popup_wanted = True
            return
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Read the choices when the box gets focus, so the arrow keys find them too."""
        self.load()
        super().focusInEvent(event)


def read_after_the_list(boxes: list[ChoiceBox], model: Any, viewport: QWidget) -> None:
    """The ``boxes`` waiting for their turn read their choices once ``model``'s list is in.

    Once it has painted its rows (a reading beside that paint slows it: both want the
    interpreter's lock), or at once if its reading failed or it is not shown.
    """
    waiting = [box for box in boxes if box.waiting]
    if not waiting:
        return
    due = [True]

    def start() -> None:
        for box in waiting:
            box.start()

    def list_in(painted: bool) -> None:
        if not due[0]:
            return
        due[0] = False
        if painted and viewport.isVisible():
            PaintProbe(viewport, start)
        else:
            start()

    model.settled.connect(lambda: list_in(True))
    model.failed.connect(lambda _error: list_in(False))

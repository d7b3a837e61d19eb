"""A table model that holds ids and fetches the rows it shows in pages (Anki's pattern).

On a server (PostgreSQL) the ids and rows are read off the UI thread (:attr:`background`):
the model says it is :attr:`loading` meanwhile, shows the rows as they come, and drops what
arrives for a reading since replaced (a generation counter). The rows in view come with the
ids, in the same call off the UI thread: the list paints once, with its rows. A read that
fails because the server is away, or that takes longer than :data:`READ_WAIT_LIMIT_MS`,
goes to the window's connection banner. On a SQLite file everything is read at once, on
the UI thread (local, and quicker so).
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread
from ontwikkeltafel.ui.core.tasks import Outcome

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
# Rows read with the ids off the UI thread: a screen of them (a tall window shows some 60).
SCREEN = 80
# A list still not read after this long: the server counts as lost (the banner shows, its
# probe asks); the reading goes on and its rows still come if the server answers.
READ_WAIT_LIMIT_MS = 5000
# Looked up once: a view asks data() for many roles per cell on every paint.
TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """A column: its header, the sort key the query service knows, and how to show a row."""

    header: str
    sort_key: str
    display: Callable[[Any], str]
    align_right: bool = False


@dataclass(frozen=True)
class Reading:
    """Ids in order, read off the UI thread with the rows in view.

    ``same``: they are the records of ``base`` (the ids shown when the reading began) in
    another order; ``id_set`` is their set.
    """

    ids: list[str]
    id_set: frozenset[str]
    rows: Sequence[Any]
    base: list[str]
    same: bool


def read(
    ids: list[str],
    fetch_rows: Callable[[Sequence[str]], Sequence[Any]],
    seen: int,
    base: tuple[list[str], frozenset[str] | None],
) -> Reading:
    """A reading off the UI thread: ``ids``, the rows in view, and whether the records changed.

    The rows in view are those around the last row a view asked for (``seen``: the bottom of
    a paint); a screen's worth, not a page (a smaller read comes back sooner). The list
    shown when the reading began is ``base``: its ids and, if made already, their set.
    """
    start = max(0, min(seen, len(ids) - 1) - SCREEN + SCREEN // 4)
    window = ids[start : start + SCREEN]
    id_set = frozenset(ids)
    shown, shown_set = base
    same = len(ids) == len(shown) and id_set == (shown_set or frozenset(shown))
    return Reading(ids, id_set, fetch_rows(window) if window else (), shown, same)


class LazyTableModel(QAbstractTableModel):
    """Rows are ids; a row's data is fetched, a page at a time, only when a view asks for it."""

    loading_changed = Signal(bool)  # ids are being read off the UI thread (or no longer)
    settled = Signal()  # the ids of a reading or sorting are in place (at once on SQLite)
    failed = Signal(object)  # a reading off the UI thread failed (the server away: unread)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: Callable[[str, bool], list[str]],
        fetch_rows: Callable[[Sequence[str]], Sequence[Any]],
        parent: Any = None,
    ) -> None:
        """``fetch_ids(sort_key, descending)`` orders; ``fetch_rows(ids)`` fills a page."""
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        # Each row's texts, made once: a view asks for them at every paint and measure.
        self._texts: dict[str, list[str]] = {}
        self._sort: tuple[int, bool] = (0, False)
        self.filters: dict[str, Any] = {}
        self.background: OffThread | None = None  # None: read at once (a SQLite file)
        self.where = ""  # the server, as its failures name it (for the banner)
        self.loading = False
        self.unread = False  # the last reading met a server away: read again when it is back
        self._generation = 0  # a reading's results are dropped once a newer one began
        self._asked: set[str] = set()  # ids whose rows are being read
        self._epoch = 0  # rows read before the list was read again are dropped
        self._id_set: frozenset[str] | None = None  # the ids as a set, made once when needed
        self._seen = 0  # the last row a view asked for: where the rows in view are

    def read_off_thread(self, where: str) -> None:
        """Read ids and rows off the UI thread from now on: the database is the server ``where``."""
        self.background = OffThread(self)
        self.where = where
        autosave_events().back.connect(self._server_back)

    def _server_back(self, where: str) -> None:
        """The server answers again: a list it could not read is read now."""
        if self.unread and where == self.where:
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of ids (no children: this is a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers; rows are unnumbered."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def row_id(self, row: int) -> str:
        """The id of the record shown in ``row``."""
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        """The row that shows ``record_id``, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> Any:
        self._seen = row
        record_id = self._ids[row]
        if record_id not in self._rows and record_id not in self._asked:
            start = max(0, row - PAGE // 4)
            window = self._ids[start : start + PAGE]
            missing = [i for i in window if i not in self._rows and i not in self._asked]
            if self.background is not None:
                self._read_rows(missing)
                return None
            self._keep(self._fetch_rows(missing))
        return self._rows.get(record_id)

    def _read_rows(self, ids: list[str]) -> None:
        """Read the rows of ``ids`` off the UI thread; they show when they come."""
        assert self.background is not None
        self._asked.update(ids)
        epoch = self._epoch
        self.background.run(
            lambda: self._fetch_rows(ids),
            lambda outcome: self._rows_came(epoch, ids, outcome),
            READ_WAIT_LIMIT_MS,
            self._late,
        )

    def _rows_came(self, epoch: int, ids: list[str], outcome: Outcome) -> None:
        if epoch != self._epoch:
            return  # read for a list since read again: not these rows
        self._asked.difference_update(ids)
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        assert isinstance(outcome.result, Sequence)
        self._keep(outcome.result)
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _read_ids(self, apply: Callable[[Reading], None]) -> None:
        """Read the ids in the current order off the UI thread, then ``apply`` them.

        The rows in view come in the same call (where the view looked: the place a reading
        keeps), so the list paints once, with them, instead of a second trip for its rows.
        """
        assert self.background is not None
        self._generation += 1
        generation = self._generation
        sort_key, descending = self.columns[self._sort[0]].sort_key, self._sort[1]
        fetch_ids, fetch_rows, seen = self._fetch_ids, self._fetch_rows, self._seen
        base = (self._ids, self._id_set)
        self._set_loading(True)
        self.background.run(
            lambda: read(fetch_ids(sort_key, descending), fetch_rows, seen, base),
            lambda outcome: self._ids_came(generation, apply, outcome),
            READ_WAIT_LIMIT_MS,
            self._late,
        )

    def _ids_came(
        self, generation: int, apply: Callable[[Reading], None], outcome: Outcome
    ) -> None:
        if generation != self._generation:
            return  # refiltered, sorted or read again meanwhile: a newer reading comes
        self._set_loading(False)
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        assert isinstance(outcome.result, Reading)
        self.unread = False
        apply(outcome.result)
        self.settled.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _failed(self, error: Exception) -> None:
        """A reading off the UI thread failed: a lost server to the banner, else the log."""
        if connection_lost(error):
            self.unread = True
            autosave_events().lost.emit(error)
        else:
            log.warning("reading a list failed: %s", type(error).__name__)
        self.failed.emit(error)

    def _late(self) -> None:
        """A reading takes longer than a server that answers would: the banner says so."""
        autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, self.where))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text and alignment, fetched lazily."""
        if role in TEXT_ROLES:
            # The tool tip shows the whole text where a narrow column cuts it off.
            return self.display_text(index.row(), index.column()) if index.isValid() else None
        if role == ALIGNMENT_ROLE and index.isValid():
            return RIGHT if self.columns[index.column()].align_right else None
        return None

    def display_text(self, number: int, column: int) -> str | None:
        """The text of row ``number`` in ``column`` (as ``data`` shows it), None if not read.

        Without a model index: the columns' fitter reads the texts in view at every sort.
        """
        if not 0 <= number < len(self._ids):
            return None
        texts = self._texts.get(self._ids[number])
        if texts is None:
            row = self._row(number)
            if row is None:
                return None
            texts = self._texts[row.id] = [shown.display(row) for shown in self.columns]
        else:
            self._seen = number
        return texts[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the query service for the ids in a new order; rows stay cached."""
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        if self.background is not None:
            self._read_ids(self._reordered)
            return
        self._reorder(self._fetch_ids(self.columns[column].sort_key, self._sort[1]))
        self.settled.emit()

    def _reordered(self, got: Reading) -> None:
        """Ids read off the UI thread in a new order: shown, with the rows that came along."""
        self._keep(got.rows)
        same = got.same if got.base is self._ids else None  # None: the list changed meanwhile
        self._reorder(got.ids, got.id_set, same)

    def _reorder(
        self, ids: list[str], id_set: frozenset[str] | None = None, same: bool | None = None
    ) -> None:
        """Show ``ids``, the same records in a new order: the selection moves with them.

        ``id_set`` is their set and ``same`` whether they are the records shown, if known.
        """
        if same is None:
            id_set = frozenset(ids) if id_set is None else id_set
            if self._id_set is None:
                self._id_set = frozenset(self._ids)
            same = len(ids) == len(self._ids) and id_set == self._id_set
        if not same:
            # Records came or went meanwhile (another user, an import): not a reordering.
            self.beginResetModel()
            self._ids, self._id_set = ids, id_set
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._ids[i.row()], i.column()) for i in persistent]
        self._ids, self._id_set = ids, id_set
        if persistent:
            wanted = {record_id for record_id, _column in kept}
            if len(wanted) <= 64:  # the selection and the current row: list.index is quicker
                rows_of = {record_id: ids.index(record_id) for record_id in wanted}
            else:
                rows_of = {
                    record_id: row for row, record_id in enumerate(ids) if record_id in wanted
                }
            moved = [self.index(rows_of[record_id], col) for record_id, col in kept]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @property
    def pending(self) -> bool:
        """Ids or shown rows are still being read off the UI thread (never on SQLite)."""
        return self.loading or bool(self._asked)

    @property
    def cached_rows(self) -> int:
        """How many rows have been fetched (not just their ids) since the last reload."""
        return len(self._rows)

    def set_filters(self, **filters: Any) -> None:
        """Keep ``filters`` for ``fetch_ids`` to read (as ``model.filters``) and fetch ids again."""
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """Fetch ids again (after a change or a new filter) and forget cached rows."""
        if self.background is not None:
            self._read_ids(lambda got: self._replace(got.ids, got.rows, got.id_set))
            return
        self._replace(self._fetch_ids(self.columns[self._sort[0]].sort_key, self._sort[1]))
        self.settled.emit()

    def _replace(
        self, ids: list[str], rows: Sequence[Any] = (), id_set: frozenset[str] | None = None
    ) -> None:
        """Show ``ids`` (other records, or read again): cached rows are dropped but ``rows``."""
        self.beginResetModel()
        self._epoch += 1
        self._rows.clear()
        self._texts.clear()
        self._asked.clear()
        self._keep(rows)
        self._ids, self._id_set = ids, id_set
        self.endResetModel()

    def forget_row(self, record_id: str) -> None:
        """Read the row of ``record_id`` again when next shown (it changed)."""
        self._rows.pop(record_id, None)
        self._texts.pop(record_id, None)

    def _keep(self, rows: Sequence[Any]) -> None:
        """Rows that came with the ids, in the cache before a view asks for them."""
        for fetched in rows:
            self._rows[fetched.id] = fetched
            self._texts.pop(fetched.id, None)

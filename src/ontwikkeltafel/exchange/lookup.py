"""What an import needs to know of the database it writes into: which ids exist, and where."""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import Base

CHUNK = 500

#: The database table behind each kind of id a reference can point at.
TARGET_TABLES: dict[str, str] = {
    "organisations": "organisations",
    "people": "people",
    "themes": "themes",
    "tables": "tables",
    "practices": "practices",
    "meetings": "meetings",
    "concerns": "concerns",
    "development_points": "development_points",
    "actions": "actions",
    "agenda_items": "agenda_items",
    "decisions": "decisions",
    "history": "history",
}


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class DatabaseLookup:
    """Answers the importer's questions about records already stored.

    It asks through the tables (Core), not the mapped classes: an ORM query configures
    every mapper first, which costs a small import as much as its checks.
    """

    def __init__(self, session: Session) -> None:
        """Ask through ``session`` (the import's own transaction)."""
        self.session = session
        self._empty: dict[str, bool] = {}

    def _table(self, target: str) -> Table:
        return Base.metadata.tables[TARGET_TABLES[target]]

    def is_empty(self, target: str) -> bool:
        """Whether no record of ``target`` is stored (remembered until :meth:`changed`)."""
        if target not in self._empty:
            table = self._table(target)
            row = self.session.execute(select(table.c.id).limit(1)).first()
            self._empty[target] = row is None
        return self._empty[target]

    def changed(self, target: str) -> None:
        """Records of ``target`` were written: forget what was known of it."""
        self._empty.pop(target, None)

    def existing_ids(self, target: str, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored as records of ``target``."""
        if self.is_empty(target):
            return set()
        table = self._table(target)
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(self.session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        return found

    def _pairs(self, column: Any, key: Any, values: Iterable[str]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for chunk in _chunks(values):
            result.update(
                tuple(row)
                for row in self.session.execute(select(key, column).where(key.in_(chunk)))
            )
        return result

    def agenda_item_meetings(self, item_ids: Iterable[str]) -> dict[str, str]:
        """The meeting each stored agenda item of ``item_ids`` belongs to."""
        if self.is_empty("agenda_items"):
            return {}
        table = self._table("agenda_items")
        return self._pairs(table.c.meeting_id, table.c.id, item_ids)

    def decision_items(self, decision_ids: Iterable[str]) -> dict[str, str]:
        """The agenda item each stored decision of ``decision_ids`` belongs to."""
        if self.is_empty("decisions"):
            return {}
        table = self._table("decisions")
        return self._pairs(table.c.agenda_item_id, table.c.id, decision_ids)

    def agenda_positions(self, meeting_ids: Iterable[str]) -> list[tuple[str, str, int]]:
        """(meeting id, item id, position) of every stored item of those meetings."""
        rows: list[tuple[str, str, int]] = []
        if self.is_empty("agenda_items"):
            return rows
        table = self._table("agenda_items")
        for chunk in _chunks(meeting_ids):
            query = select(table.c.meeting_id, table.c.id, table.c.position).where(
                table.c.meeting_id.in_(chunk)
            )
            rows.extend((m, i, p) for m, i, p in self.session.execute(query))
        return rows

    def action_numbers(self, table_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(table id, action id, number) of every stored action of those tables."""
        rows: list[tuple[str, str, str]] = []
        if self.is_empty("actions"):
            return rows
        table = self._table("actions")
        for chunk in _chunks(table_ids):
            query = select(table.c.table_id, table.c.id, table.c.number).where(
                table.c.table_id.in_(chunk)
            )
            rows.extend((str(t), i, n) for t, i, n in self.session.execute(query))
        return rows

    def action_rows(self, action_ids: Iterable[str]) -> dict[str, tuple[str | None, str]]:
        """(table id, number) of each stored action of ``action_ids``."""
        if self.is_empty("actions"):
            return {}
        result: dict[str, tuple[str | None, str]] = {}
        table = self._table("actions")
        for chunk in _chunks(action_ids):
            query = select(table.c.id, table.c.table_id, table.c.number).where(
                table.c.id.in_(chunk)
            )
            result.update((i, (t, n)) for i, t, n in self.session.execute(query))
        return result

    def meeting_starts(self, meeting_ids: Iterable[str]) -> dict[str, datetime]:
        """When each stored meeting of ``meeting_ids`` starts."""
        if self.is_empty("meetings"):
            return {}
        table = self._table("meetings")
        return self._pairs(table.c.starts_at, table.c.id, meeting_ids)

    def themes(self) -> list[tuple[str, str]]:
        """(id, name) of every stored theme."""
        if self.is_empty("themes"):
            return []
        table = self._table("themes")
        return [(i, n) for i, n in self.session.execute(select(table.c.id, table.c.name))]

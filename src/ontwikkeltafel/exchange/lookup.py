"""What an import needs to know of the database it writes into: which ids exist, and where."""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from ontwikkeltafel.store.plain import Plain, in_list, moment

#: How many ids one ``IN (...)`` names (see :func:`ontwikkeltafel.store.plain.in_list`).
CHUNK = 900

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


def chunks(values: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(:k0, :k1, ...)`` and its parameters for the distinct ``values``, a chunk at a time."""
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield in_list("k", items[start : start + CHUNK])


class DatabaseLookup:
    """Answers the importer's questions about records already stored (plain SQL)."""

    def __init__(self, plain: Plain) -> None:
        """Ask through ``plain`` (the import's own transaction)."""
        self.plain = plain
        self._empty: dict[str, bool] = {}

    def is_empty(self, target: str) -> bool:
        """Whether no record of ``target`` is stored (remembered until :meth:`changed`)."""
        if target not in self._empty:
            table = TARGET_TABLES[target]
            row = self.plain.first(f"SELECT id FROM {table} LIMIT 1")
            self._empty[target] = row is None
        return self._empty[target]

    def changed(self, target: str) -> None:
        """Records of ``target`` were written: forget what was known of it."""
        self._empty.pop(target, None)

    def _rows(self, sql: str, values: Iterable[str]) -> Iterator[Any]:
        """The rows of ``sql`` (with ``{ids}`` for the list of ids) for all of ``values``."""
        for listed, params in chunks(values):
            yield from self.plain.rows(sql.format(ids=listed), params)

    def existing_ids(self, target: str, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored as records of ``target``."""
        if self.is_empty(target):
            return set()
        sql = f"SELECT id FROM {TARGET_TABLES[target]} WHERE id IN {{ids}}"
        return {row["id"] for row in self._rows(sql, ids)}

    def agenda_item_meetings(self, item_ids: Iterable[str]) -> dict[str, str]:
        """The meeting each stored agenda item of ``item_ids`` belongs to."""
        if self.is_empty("agenda_items"):
            return {}
        sql = "SELECT id, meeting_id FROM agenda_items WHERE id IN {ids}"
        return {row["id"]: row["meeting_id"] for row in self._rows(sql, item_ids)}

    def decision_items(self, decision_ids: Iterable[str]) -> dict[str, str]:
        """The agenda item each stored decision of ``decision_ids`` belongs to."""
        if self.is_empty("decisions"):
            return {}
        sql = "SELECT id, agenda_item_id FROM decisions WHERE id IN {ids}"
        return {row["id"]: row["agenda_item_id"] for row in self._rows(sql, decision_ids)}

    def agenda_positions(self, meeting_ids: Iterable[str]) -> list[tuple[str, str, int]]:
        """(meeting id, item id, position) of every stored item of those meetings."""
        if self.is_empty("agenda_items"):
            return []
        sql = "SELECT meeting_id, id, position FROM agenda_items WHERE meeting_id IN {ids}"
        return [
            (row["meeting_id"], row["id"], row["position"]) for row in self._rows(sql, meeting_ids)
        ]

    def action_numbers(self, table_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(table id, action id, number) of every stored action of those tables."""
        if self.is_empty("actions"):
            return []
        sql = "SELECT table_id, id, number FROM actions WHERE table_id IN {ids}"
        return [
            (str(row["table_id"]), row["id"], row["number"]) for row in self._rows(sql, table_ids)
        ]

    def action_rows(self, action_ids: Iterable[str]) -> dict[str, tuple[str | None, str]]:
        """(table id, number) of each stored action of ``action_ids``."""
        if self.is_empty("actions"):
            return {}
        sql = "SELECT id, table_id, number FROM actions WHERE id IN {ids}"
        return {row["id"]: (row["table_id"], row["number"]) for row in self._rows(sql, action_ids)}

    def meeting_starts(self, meeting_ids: Iterable[str]) -> dict[str, datetime]:
        """When each stored meeting of ``meeting_ids`` starts."""
        if self.is_empty("meetings"):
            return {}
        sql = "SELECT id, starts_at FROM meetings WHERE id IN {ids}"
        found = {row["id"]: moment(row["starts_at"]) for row in self._rows(sql, meeting_ids)}
        return {key: value for key, value in found.items() if value is not None}

    def themes(self) -> list[tuple[str, str]]:
        """(id, name) of every stored theme."""
        if self.is_empty("themes"):
            return []
        return [(row["id"], row["name"]) for row in self.plain.rows("SELECT id, name FROM themes")]

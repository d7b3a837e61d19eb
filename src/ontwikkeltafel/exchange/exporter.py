"""Read the database (all of it, or one table and what hangs off it) into an exchange document.

Plain SQL through :mod:`ontwikkeltafel.store.plain`: an export on a SQLite file loads no
SQLAlchemy, and the same SQL runs on PostgreSQL (or a session's connection).
"""

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from datetime import datetime
from typing import Any

from ontwikkeltafel.exchange import FORMAT_NAME, FORMAT_VERSION
from ontwikkeltafel.exchange.history_export import history_entries, history_lines, record_keys
from ontwikkeltafel.exchange.names import LINKS, TABLES, tuples
from ontwikkeltafel.exchange.schema import (
    AGENDA_ITEM,
    ATTENDANCE,
    DECISION,
    MEMBER,
    TEMPLATE_ITEM,
    TOP_LEVEL,
    Kind,
    RecordSpec,
)
from ontwikkeltafel.exchange.scope import Scope, table_scope
from ontwikkeltafel.exchange.values import write_moment
from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.store.plain import Plain, day, flag, in_list, moment

Row = dict[str, Any]
#: Which rows to read: those whose ``column`` is one of ``ids`` (None: every row).
Within = tuple[str, Collection[str]] | None
#: Id lists per (record list, field): per owner's id, the targets' ids, sorted.
Links = dict[tuple[str, str], dict[str, list[str]]]

#: How often :func:`export_document` ticks: the nested lists, each top-level list, the history.
EXPORT_STEPS = 2 + len(TOP_LEVEL)

#: Columns of ``meetings`` that make up ``meetings[].adoption``.
ADOPTION_COLUMNS = ("adoption_changes", "adoption_document")
#: The column of ``meetings`` (JSON) that holds ``meetings[].documents_sent``.
SENT_COLUMN = "documents_sent"
#: How many ids one ``IN (...)`` names (see :func:`ontwikkeltafel.store.plain.in_list`).
CHUNK = 900

#: Kinds of field that are not one column of the record's own table.
_NOT_COLUMNS = (Kind.REFS, Kind.NESTED, Kind.OBJECT)

#: How records of each list are ordered in a file: stable, and helpful to a reader.
SORT_KEYS: dict[str, Callable[[Row], tuple[Any, ...]]] = {
    "organisations": lambda r: (r["name"].casefold(), r["id"]),
    "people": lambda r: (r["last_name"].casefold(), r["prefix"], r["first_name"], r["id"]),
    "themes": lambda r: (r["name"].casefold(), r["id"]),
    "tables": lambda r: (r["title"].casefold(), r["id"]),
    "practices": lambda r: (r["title"].casefold(), r["id"]),
    "meetings": lambda r: (r["starts_at"], r["id"]),
    "concerns": lambda r: (r["table_id"] or "", r["title"].casefold(), r["id"]),
    "development_points": lambda r: (r["table_id"] or "", r["title"].casefold(), r["id"]),
    "actions": lambda r: (r["table_id"] or "", r["number"], r["id"]),
}


def _date(value: Any) -> str | None:
    """A stored date (text on SQLite, a date on PostgreSQL) as the file writes it."""
    stored = day(value)
    return None if stored is None else stored.isoformat()


def _moment(value: Any) -> str | None:
    """A stored moment (naive UTC) as the file writes it: ISO 8601 in Amsterdam time."""
    stored = moment(value)
    return None if stored is None else write_moment(stored)


def add_adoption(record: Row, changes: str, document: str | None) -> None:
    """Give an adopted meeting (status and date as stored) its ``adoption`` object."""
    approved_on = _date(record["minutes_approved_on"])
    if record["status"] != MeetingStatus.MINUTES_APPROVED or approved_on is None:
        return
    adoption: Row = {"on": approved_on, "changes": changes}
    if document is not None:
        adoption["document"] = json.loads(document)
    record["adoption"] = adoption


#: Conversions of stored values; everything else (text, numbers, enum codes) goes into
#: the JSON as the driver gives it.
CONVERT: dict[Kind, Callable[[Any], Any]] = {
    Kind.DATE: _date,
    Kind.MOMENT: _moment,
    Kind.BOOL: flag,
}


def _quoted(name: str) -> str:
    """A table or column name for SQL (``by`` of the history is a keyword)."""
    return f'"{name}"'


def _where(within: Within) -> Iterator[tuple[str, dict[str, Any]]]:
    """`` WHERE column IN (...)`` and its parameters, chunk by chunk; "" once for every row."""
    if within is None:
        yield "", {}
        return
    column, ids = within
    values = sorted(ids)
    for start in range(0, len(values), CHUNK):
        listed, params = in_list("w", values[start : start + CHUNK])
        yield f" WHERE {_quoted(column)} IN {listed}", params


class Exporter:
    """Builds the document list by list, within one read transaction.

    Rows are read as tuples and zipped into dicts (scalar fields first, lists after
    them): per-field Python work on 90,000 records is what makes an export slow.
    """

    def __init__(self, plain: Plain, scope: Scope | None, read_links: bool = True) -> None:
        """Export everything, or only what ``scope`` admits.

        Without ``read_links`` the caller fills :attr:`links` (see :meth:`links_for`).
        """
        self.plain = plain
        self.scope = scope
        self.links: Links = self._links(None) if read_links else {}

    def _links(self, name: str | None, owners: Collection[str] | None = None) -> Links:
        """Id lists per (record list, field), sorted, keeping only targets in scope.

        With ``name`` only those of list ``name`` whose owner is one of ``owners``.
        """
        result: dict[tuple[str, str], dict[str, list[str]]] = {}
        for link in LINKS:
            if name is not None and link.record != name:
                continue
            lists: dict[str, list[str]] = defaultdict(list)
            within = None if owners is None else (link.owner, owners)
            sql = f"SELECT {_quoted(link.owner)}, {_quoted(link.target)} FROM {_quoted(link.table)}"
            for where, params in _where(within):
                for owner, target in tuples(self.plain, sql + where, params):
                    if self.scope is None or self.scope.admits(link.field, target):
                        lists[owner].append(target)
            for values in lists.values():
                values.sort()
            result[(link.record, link.field)] = lists
        return result

    def links_for(self, name: str, owners: Collection[str]) -> Links:
        """The sorted id lists of the records of list ``name`` whose ids are ``owners``."""
        return self._links(name, owners)

    def fetch(
        self, spec: RecordSpec, table: str, extra: tuple[str, ...] = (), within: Within = None
    ) -> list[tuple[Row, tuple[Any, ...]]]:
        """(record with its scalar fields as stored, values of the ``extra`` columns)."""
        names = [f.name for f in spec.fields if f.kind not in _NOT_COLUMNS]
        columns = ", ".join(_quoted(n) for n in (*names, *extra))
        sql = f"SELECT {columns} FROM {_quoted(table)}"
        width = len(names)
        result: list[tuple[Row, tuple[Any, ...]]] = []
        for where, params in _where(within):
            result.extend(
                (dict(zip(names, row, strict=False)), row[width:])
                for row in tuples(self.plain, sql + where, params)
            )
        return result

    def finish(
        self, spec: RecordSpec, records: list[Row], children: dict[str, dict[str, list[Row]]]
    ) -> None:
        """Convert dates, moments and flags, drop references out of scope, add lists."""
        for f in spec.fields:
            name = f.name
            if f.kind in CONVERT:
                convert = CONVERT[f.kind]
                for record in records:
                    record[name] = convert(record[name])
            elif f.kind is Kind.REF and self.scope is not None:
                admits = self.scope.admits
                for record in records:
                    if not admits(name, record[name]):
                        record[name] = None
            elif f.kind is Kind.REFS:
                lists = self.links[(spec.name, name)]
                for record in records:
                    record[name] = lists.get(record["id"], [])
            elif f.kind is Kind.NESTED:
                groups = children.get(name, {})
                for record in records:
                    record[name] = groups.get(record["id"], [])

    def grouped(
        self,
        spec: RecordSpec,
        owner: str,
        within: Within = None,
        children: dict[str, dict[str, list[Row]]] | None = None,
    ) -> dict[str, list[Row]]:
        """Nested records of ``spec`` grouped by their owner's id, in position order."""
        rows = self.fetch(spec, TABLES[spec.name], (owner, "position"), within)
        rows.sort(key=lambda pair: (pair[1][1], pair[0].get("id", "")))
        self.finish(spec, [record for record, _extra in rows], children or {})
        groups: dict[str, list[Row]] = defaultdict(list)
        for record, (owner_id, _position) in rows:
            groups[owner_id].append(record)
        return groups

    def export(
        self,
        exported_at: datetime,
        tick: Callable[[], None] | None = None,
        history_as_text: bool = False,
    ) -> dict[str, Any]:
        """The whole document; ``tick`` :data:`EXPORT_STEPS` times along the way.

        With ``history_as_text`` the history is :class:`JsonLines`, ready for the file.
        """
        meetings = self.scope.meetings if self.scope else None
        in_scope = None if meetings is None else ("meeting_id", meetings)
        decisions = self.grouped(DECISION, "agenda_item_id")
        agenda = self.grouped(AGENDA_ITEM, "meeting_id", in_scope, {"decisions": decisions})
        children = {
            "members": self.grouped(MEMBER, "table_id"),
            "agenda_template": self.grouped(TEMPLATE_ITEM, "table_id"),
            "attendance": self.grouped(ATTENDANCE, "meeting_id"),
            "agenda": agenda,
        }
        if tick is not None:
            tick()
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": write_moment(exported_at),
        }
        for spec in TOP_LEVEL:
            within = None if self.scope is None else ("id", self.scope.sets[spec.name])
            records = self.records(spec, within, children)
            records.sort(key=SORT_KEYS[spec.name])
            document[spec.name] = records
            if tick is not None:
                tick()
        keys = None if self.scope is None else record_keys(document)
        history = history_lines if history_as_text else history_entries
        document["history"] = history(self.plain, keys)
        if tick is not None:
            tick()
        return document

    def records(
        self, spec: RecordSpec, within: Within, children: dict[str, dict[str, list[Row]]]
    ) -> list[Row]:
        """The records of one top-level list, finished (meetings with their adoption)."""
        table = TABLES[spec.name]
        if spec.name != "meetings":
            records = [record for record, _extra in self.fetch(spec, table, (), within)]
        else:
            records, sent = [], {}
            for record, (changes, adoption_document, documents) in self.fetch(
                spec, table, (*ADOPTION_COLUMNS, SENT_COLUMN), within
            ):
                add_adoption(record, changes, adoption_document)
                records.append(record)
                if documents:
                    sent[record["id"]] = json.loads(documents)
            children = {**children, SENT_COLUMN: sent}
        self.finish(spec, records, children)
        return records


def export_document(
    plain: Plain,
    exported_at: datetime,
    table_id: str | None = None,
    tick: Callable[[], None] | None = None,
    history_as_text: bool = False,
) -> Any:
    """Export everything, or with ``table_id`` one table and all it refers to.

    With ``history_as_text`` the history is :class:`JsonLines` (quicker to write).
    """
    scope = table_scope(plain, table_id) if table_id is not None else None
    return Exporter(plain, scope).export(exported_at, tick, history_as_text)

"""Read the database (all of it, or one table and what hangs off it) into an exchange document."""

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import FromClause, select
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange import FORMAT_NAME, FORMAT_VERSION
from ontwikkeltafel.exchange.history_export import history_entries, history_lines, record_keys
from ontwikkeltafel.exchange.mapping import LINKS, table_of
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
from ontwikkeltafel.model import AgendaTemplateItem, Attendance, MeetingStatus, TableMember

Row = dict[str, Any]

#: How often :func:`export_document` ticks: the nested lists, each top-level list, the history.
EXPORT_STEPS = 2 + len(TOP_LEVEL)

#: Columns of ``meetings`` that make up ``meetings[].adoption``.
ADOPTION_COLUMNS = ("adoption_changes", "adoption_document")
#: The column of ``meetings`` (JSON) that holds ``meetings[].documents_sent``.
SENT_COLUMN = "documents_sent"

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


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime | None) -> str | None:
    return None if value is None else write_moment(value)


def add_adoption(record: Row, changes: str, document: str | None) -> None:
    """Give an adopted meeting (status and date as stored) its ``adoption`` object."""
    approved_on = record["minutes_approved_on"]
    if record["status"] != MeetingStatus.MINUTES_APPROVED or approved_on is None:
        return
    adoption: Row = {"on": approved_on.isoformat(), "changes": changes}
    if document is not None:
        adoption["document"] = json.loads(document)
    record["adoption"] = adoption


#: Conversions of stored values; everything else (text, numbers, booleans, enum members,
#: which are str) goes into the JSON as it is.
CONVERT: dict[Kind, Callable[[Any], Any]] = {Kind.DATE: _date, Kind.MOMENT: _moment}


class Exporter:
    """Builds the document list by list, within one read transaction.

    Rows are read as tuples and zipped into dicts (scalar fields first, lists after
    them): per-field Python work on 90,000 records is what makes an export slow.
    """

    def __init__(self, session: Session, scope: Scope | None, read_links: bool = True) -> None:
        """Export everything, or only what ``scope`` admits.

        Without ``read_links`` the caller fills :attr:`links` with what it needs.
        """
        self.session = session
        self.scope = scope
        self.links = self._links() if read_links else {}

    def _links(self) -> dict[tuple[str, str], dict[str, list[str]]]:
        """Id lists per (record list, field), sorted, keeping only targets in scope."""
        result: dict[tuple[str, str], dict[str, list[str]]] = {}
        for link in LINKS:
            lists: dict[str, list[str]] = defaultdict(list)
            query = select(link.table.c[link.owner], link.table.c[link.target])
            for owner, target in self.session.execute(query):
                if self.scope is None or self.scope.admits(link.field, target):
                    lists[owner].append(target)
            for values in lists.values():
                values.sort()
            result[(link.record, link.field)] = lists
        return result

    def fetch(
        self, spec: RecordSpec, table: FromClause, extra: tuple[str, ...] = (), where: Any = None
    ) -> list[tuple[Row, tuple[Any, ...]]]:
        """(record with its scalar fields as stored, values of the ``extra`` columns)."""
        names = [f.name for f in spec.fields if f.kind not in _NOT_COLUMNS]
        query = select(*(table.c[n] for n in names), *(table.c[e] for e in extra))
        if where is not None:
            query = query.where(where)
        width = len(names)
        return [
            (dict(zip(names, row, strict=False)), tuple(row[width:]))
            for row in self.session.execute(query).all()
        ]

    def finish(
        self, spec: RecordSpec, records: list[Row], children: dict[str, dict[str, list[Row]]]
    ) -> None:
        """Convert dates and moments, drop references out of scope, add lists and children."""
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
        table: FromClause,
        owner: str,
        where: Any = None,
        children: dict[str, dict[str, list[Row]]] | None = None,
    ) -> dict[str, list[Row]]:
        """Nested records of ``spec`` grouped by their owner's id, in position order."""
        rows = self.fetch(spec, table, (owner, "position"), where)
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
        agenda_table = table_of("agenda")
        in_scope = None if meetings is None else agenda_table.c.meeting_id.in_(sorted(meetings))
        decisions = self.grouped(DECISION, table_of("decisions"), "agenda_item_id")
        agenda = self.grouped(
            AGENDA_ITEM, agenda_table, "meeting_id", in_scope, {"decisions": decisions}
        )
        children = {
            "members": self.grouped(MEMBER, TableMember.__table__, "table_id"),
            "agenda_template": self.grouped(
                TEMPLATE_ITEM, AgendaTemplateItem.__table__, "table_id"
            ),
            "attendance": self.grouped(ATTENDANCE, Attendance.__table__, "meeting_id"),
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
            table = table_of(spec.name)
            where = None
            if self.scope is not None:
                where = table.c.id.in_(sorted(self.scope.sets[spec.name]))
            records = self.records(spec, table, where, children)
            records.sort(key=SORT_KEYS[spec.name])
            document[spec.name] = records
            if tick is not None:
                tick()
        keys = None if self.scope is None else record_keys(document)
        history = history_lines if history_as_text else history_entries
        document["history"] = history(self.session, keys)
        if tick is not None:
            tick()
        return document

    def records(
        self,
        spec: RecordSpec,
        table: FromClause,
        where: Any,
        children: dict[str, dict[str, list[Row]]],
    ) -> list[Row]:
        """The records of one top-level list, finished (meetings with their adoption)."""
        if spec.name != "meetings":
            records = [record for record, _extra in self.fetch(spec, table, (), where)]
        else:
            records, sent = [], {}
            for record, (changes, adoption_document, documents) in self.fetch(
                spec, table, (*ADOPTION_COLUMNS, SENT_COLUMN), where
            ):
                add_adoption(record, changes, adoption_document)
                records.append(record)
                if documents:
                    sent[record["id"]] = json.loads(documents)
            children = {**children, SENT_COLUMN: sent}
        self.finish(spec, records, children)
        return records


def export_document(
    session: Session,
    exported_at: datetime,
    table_id: str | None = None,
    tick: Callable[[], None] | None = None,
    history_as_text: bool = False,
) -> Any:
    """Export everything, or with ``table_id`` one table and all it refers to.

    With ``history_as_text`` the history is :class:`JsonLines` (quicker to write).
    """
    scope = table_scope(session, table_id) if table_id is not None else None
    return Exporter(session, scope).export(exported_at, tick, history_as_text)

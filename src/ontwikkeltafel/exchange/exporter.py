"""Read the database (all of it, or one table and what hangs off it) into an exchange document."""

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange import FORMAT_NAME, FORMAT_VERSION
from ontwikkeltafel.exchange.mapping import LINKS, table_of
from ontwikkeltafel.exchange.schema import TOP_LEVEL, Kind, RecordSpec
from ontwikkeltafel.exchange.scope import Scope, table_scope
from ontwikkeltafel.exchange.values import write_moment
from ontwikkeltafel.model import AgendaTemplateItem, Attendance, TableMember

Row = dict[str, Any]

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


#: Conversions of stored values; everything else (text, numbers, booleans, enum members,
#: which are str) goes into the JSON as it is.
CONVERT: dict[Kind, Callable[[Any], Any]] = {Kind.DATE: _date, Kind.MOMENT: _moment}


_AS_IS, _REF, _REFS, _NESTED, _CONVERT = range(5)
_PLANS: dict[str, list[tuple[str, int, Any]]] = {}


def _plan(spec: RecordSpec) -> list[tuple[str, int, Any]]:
    """(field name, how to export it, field) for each field of ``spec``, worked out once."""
    plan = _PLANS.get(spec.name)
    if plan is None:
        modes = {Kind.REF: _REF, Kind.REFS: _REFS, Kind.NESTED: _NESTED}
        plan = [
            (f.name, _CONVERT if f.kind in CONVERT else modes.get(f.kind, _AS_IS), f)
            for f in spec.fields
        ]
        _PLANS[spec.name] = plan
    return plan


class Exporter:
    """Builds the document list by list, within one read transaction."""

    def __init__(self, session: Session, scope: Scope | None) -> None:
        """Export everything, or only what ``scope`` admits."""
        self.session = session
        self.scope = scope

    def rows(self, table: Table, key: str | None = None, ids: set[str] | None = None) -> list[Row]:
        """Every row of ``table`` (or those whose ``key`` column is in ``ids``) as dicts."""
        query = select(table)
        if ids is not None and key is not None:
            if not ids:
                return []
            query = query.where(table.c[key].in_(ids))
        result = self.session.execute(query)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result.all()]

    def links(self) -> dict[tuple[str, str], dict[str, list[str]]]:
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

    def children(self, model: type[Any], key: str) -> dict[str, list[Row]]:
        """Rows of a value list (members, template, attendance) grouped by owner, in order."""
        grouped: dict[str, list[Row]] = defaultdict(list)
        for row in sorted(self.rows(model.__table__), key=lambda r: r["position"]):
            grouped[row[key]].append(row)
        return grouped

    def record(
        self,
        spec: RecordSpec,
        row: Row,
        links: dict[Any, dict[str, list[str]]],
        nested: Callable[[str, Row], list[Row]],
    ) -> Row:
        """One record of ``spec`` from its row, its links and its nested lists."""
        out: Row = {}
        scope = self.scope
        for name, mode, f in _plan(spec):
            if mode == _AS_IS:
                out[name] = row[name]
            elif mode == _REF:
                value = row[name]
                out[name] = value if scope is None or scope.admits(name, value) else None
            elif mode == _REFS:
                out[name] = links[(spec.name, name)].get(row["id"], [])
            elif mode == _NESTED:
                assert f.nested is not None
                out[name] = [self.record(f.nested, c, links, nested) for c in nested(name, row)]
            else:
                out[name] = CONVERT[f.kind](row[name])
        return out

    def export(self, exported_at: datetime) -> dict[str, Any]:
        """The whole document."""
        links = self.links()
        members = self.children(TableMember, "table_id")
        template = self.children(AgendaTemplateItem, "table_id")
        attendance = self.children(Attendance, "meeting_id")
        in_scope = self.scope.meetings if self.scope else None
        agenda_rows = self.rows(table_of("agenda"), "meeting_id", in_scope)
        agenda: dict[str, list[Row]] = defaultdict(list)
        for row in sorted(agenda_rows, key=lambda r: r["position"]):
            agenda[row["meeting_id"]].append(row)
        decisions: dict[str, list[Row]] = defaultdict(list)
        for row in sorted(self.rows(table_of("decisions")), key=lambda r: r["position"]):
            decisions[row["agenda_item_id"]].append(row)
        groups = {
            "members": members,
            "agenda_template": template,
            "attendance": attendance,
            "agenda": agenda,
            "decisions": decisions,
        }

        def nested(name: str, row: Row) -> list[Row]:
            return groups[name].get(row["id"], [])

        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": write_moment(exported_at),
        }
        for spec in TOP_LEVEL:
            key, ids = self.scope.filter_for(spec.name) if self.scope else (None, None)
            rows = sorted(self.rows(table_of(spec.name), key, ids), key=SORT_KEYS[spec.name])
            document[spec.name] = [self.record(spec, row, links, nested) for row in rows]
        return document


def export_document(session: Session, exported_at: datetime, table_id: str | None = None) -> Any:
    """Export everything, or with ``table_id`` one table and all it refers to."""
    scope = table_scope(session, table_id) if table_id is not None else None
    return Exporter(session, scope).export(exported_at)

"""The stored values of records an import is about to update, as exchange JSON (for the history).

Only those records are read, in chunks, with what hangs off them: id lists, members,
agenda template, attendance, agenda items with their decisions, the adoption.
"""

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.exchange.exporter import Exporter, Row
from ontwikkeltafel.exchange.lookup import CHUNK
from ontwikkeltafel.exchange.mapping import LINKS, table_of
from ontwikkeltafel.exchange.schema import (
    AGENDA_ITEM,
    ATTENDANCE,
    DECISION,
    MEMBER,
    TEMPLATE_ITEM,
    TOP_LEVEL,
)
from ontwikkeltafel.model import AgendaTemplateItem, Attendance, TableMember


def _chunks(ids: set[str]) -> list[list[str]]:
    items = sorted(ids)
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def _links(session: Session, name: str, owners: Any) -> dict[tuple[str, str], dict[str, list[str]]]:
    """The sorted id lists of the records of list ``name`` that ``owners`` selects."""
    result: dict[tuple[str, str], dict[str, list[str]]] = {}
    for link in LINKS:
        if link.record != name:
            continue
        lists: dict[str, list[str]] = defaultdict(list)
        owner = link.table.c[link.owner]
        query = select(owner, link.table.c[link.target]).where(owner.in_(owners))
        for owner_id, target in session.execute(query):
            lists[owner_id].append(target)
        for values in lists.values():
            values.sort()
        result[(link.record, link.field)] = lists
    return result


def _children(exporter: Exporter, name: str, chunk: list[str]) -> dict[str, dict[str, list[Row]]]:
    """The nested lists of the records ``chunk`` of list ``name``, grouped by owner."""
    if name == "tables":
        return {
            "members": exporter.grouped(
                MEMBER, TableMember.__table__, "table_id", TableMember.table_id.in_(chunk)
            ),
            "agenda_template": exporter.grouped(
                TEMPLATE_ITEM,
                AgendaTemplateItem.__table__,
                "table_id",
                AgendaTemplateItem.table_id.in_(chunk),
            ),
        }
    if name != "meetings":
        return {}
    agenda = table_of("agenda")
    item_ids = select(agenda.c.id).where(agenda.c.meeting_id.in_(chunk))
    exporter.links.update(_links(exporter.session, "agenda", item_ids))
    decisions_table = table_of("decisions")
    decisions = exporter.grouped(
        DECISION,
        decisions_table,
        "agenda_item_id",
        decisions_table.c.agenda_item_id.in_(item_ids),
    )
    return {
        "attendance": exporter.grouped(
            ATTENDANCE, Attendance.__table__, "meeting_id", Attendance.meeting_id.in_(chunk)
        ),
        "agenda": exporter.grouped(
            AGENDA_ITEM,
            agenda,
            "meeting_id",
            agenda.c.meeting_id.in_(chunk),
            {"decisions": decisions},
        ),
    }


def read_before(session: Session, stored: dict[str, set[str]]) -> dict[str, dict[str, Row]]:
    """Per top-level list, the stored records ``stored`` names, by id, as exchange JSON."""
    exporter = Exporter(session, None, read_links=False)
    result: dict[str, dict[str, Row]] = {}
    for spec in TOP_LEVEL:
        ids = stored.get(spec.name)
        if not ids:
            continue
        table = table_of(spec.name)
        records: dict[str, Row] = {}
        for chunk in _chunks(ids):
            exporter.links = _links(session, spec.name, chunk)
            children = _children(exporter, spec.name, chunk)
            finished = exporter.records(spec, table, table.c.id.in_(chunk), children)
            records.update((record["id"], record) for record in finished)
        result[spec.name] = records
    return result

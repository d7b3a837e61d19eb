"""Query services behind the list views: sorted ids first, then the rows for the ids shown."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select

from ontwikkeltafel.model import (
    AMSTERDAM,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Table,
    TableStatus,
)
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.list_filters import among, like_any
from ontwikkeltafel.store.folding import folded


@dataclass(frozen=True)
class TableRow:
    """One line of the list of tables."""

    id: str
    title: str
    status: TableStatus
    started_on: date | None
    meeting_count: int
    version: int = 0  # the record's version as read: a delete from the list checks it


@dataclass(frozen=True)
class MeetingRow:
    """One line of the list of meetings."""

    id: str
    starts_at: datetime
    title: str
    kind: MeetingKind
    status: MeetingStatus
    table_title: str
    version: int = 0  # the record's version as read: a delete from the list checks it


_MEETING_COUNT = (
    select(func.count(Meeting.id)).where(Meeting.table_id == Table.id).correlate(Table)
).scalar_subquery()

TABLE_SORTS: dict[str, Any] = {
    "title": folded(Table.title),
    "status": Table.status,
    "started_on": Table.started_on,
    "meeting_count": _MEETING_COUNT,
}
MEETING_SORTS: dict[str, Any] = {
    "starts_at": Meeting.starts_at,
    "title": folded(Meeting.title),
    "kind": Meeting.kind,
    "status": Meeting.status,
    "table_title": folded(func.coalesce(Table.title, "")),
}


def _order(column: ColumnElement[Any], descending: bool) -> ColumnElement[Any]:
    return column.desc() if descending else column.asc()


def table_ids(sessions: SessionFactory, sort: str = "title", descending: bool = False) -> list[str]:
    """The ids of all tables in the order asked for."""
    query = select(Table.id).order_by(_order(TABLE_SORTS[sort], descending), Table.id)
    with sessions() as session:
        return list(session.scalars(query))


def table_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[TableRow]:
    """The rows of the tables ``ids`` (in no particular order)."""
    query = select(
        Table.id, Table.title, Table.status, Table.started_on, _MEETING_COUNT, Table.version
    ).where(among(sessions, Table.id, ids))
    with sessions() as session:
        return [TableRow(*row) for row in session.execute(query)]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=AMSTERDAM)


def meeting_ids(
    sessions: SessionFactory,
    table_id: str | None = None,
    sort: str = "starts_at",
    descending: bool = True,
    *,
    text: str = "",
    period_from: date | None = None,
    period_to: date | None = None,
) -> list[str]:
    """The ids of the meetings (of one table, or all) in the order asked for.

    ``text`` looks in title, location and table; ``period_from`` and ``period_to``
    (both inclusive, Amsterdam days) keep the meetings that start in that period.
    """
    query = select(Meeting.id).outerjoin(Table, Meeting.table_id == Table.id)
    if table_id is not None:
        query = query.where(Meeting.table_id == table_id)
    if text.strip():
        query = query.where(like_any([Meeting.title, Meeting.location, Table.title], text))
    if period_from is not None:
        query = query.where(Meeting.starts_at >= _midnight(period_from))
    if period_to is not None:
        query = query.where(Meeting.starts_at < _midnight(period_to + timedelta(days=1)))
    query = query.order_by(_order(MEETING_SORTS[sort], descending), Meeting.id)
    with sessions() as session:
        return list(session.scalars(query))


def meeting_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[MeetingRow]:
    """The rows of the meetings ``ids`` (in no particular order)."""
    query = (
        select(
            Meeting.id,
            Meeting.starts_at,
            Meeting.title,
            Meeting.kind,
            Meeting.status,
            func.coalesce(Table.title, ""),
            Meeting.version,
        )
        .outerjoin(Table, Meeting.table_id == Table.id)
        .where(among(sessions, Meeting.id, ids))
    )
    with sessions() as session:
        return [MeetingRow(*row) for row in session.execute(query)]

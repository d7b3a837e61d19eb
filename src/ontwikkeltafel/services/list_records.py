"""Query services of the concern and development point lists (actions: services.action_list)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import SQLColumnExpression, func, select
from sqlalchemy.orm import aliased

from ontwikkeltafel.model import (
    Concern,
    ConcernKind,
    ConcernStatus,
    DevelopmentPoint,
    DevelopmentPointStatus,
    Person,
    Priority,
    Table,
    Theme,
)
from ontwikkeltafel.model.links import concern_themes
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.list_filters import (
    among,
    like_any,
    name_columns,
    name_sort,
    ordered,
    person_columns,
    rank,
    scalars,
)
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.store.folding import folded

Sorts = dict[str, list[SQLColumnExpression[Any]]]
_TABLE: list[SQLColumnExpression[Any]] = [folded(func.coalesce(Table.title, ""))]


@dataclass(frozen=True)
class ConcernRow:
    """One line of the list of questions, concerns and bottlenecks."""

    id: str
    title: str
    kind: ConcernKind
    status: ConcernStatus
    priority: Priority
    raised_by: data.Person | None
    table_title: str
    themes: str


@dataclass(frozen=True)
class DevelopmentPointRow:
    """One line of the list of development points."""

    id: str
    title: str
    status: DevelopmentPointStatus
    owner: data.Person | None
    table_title: str


_RAISER = aliased(Person)
_FIRST_THEME = (
    select(func.min(folded(Theme.name)))
    .join(concern_themes, concern_themes.c.theme_id == Theme.id)
    .where(concern_themes.c.concern_id == Concern.id)
    .correlate(Concern)
    .scalar_subquery()
)
CONCERN_SORTS: Sorts = {
    "title": [folded(Concern.title)],
    "kind": [rank(Concern.kind, ConcernKind)],
    "status": [rank(Concern.status, ConcernStatus)],
    "priority": [rank(Concern.priority, Priority)],
    "raised_by": name_sort(_RAISER),
    "table_title": _TABLE,
    "themes": [func.coalesce(_FIRST_THEME, "")],
}


def concern_ids(
    sessions: SessionFactory,
    *,
    sort: str = "title",
    descending: bool = False,
    text: str = "",
    status: ConcernStatus | None = None,
    theme_id: str | None = None,
    kind: ConcernKind | None = None,
    table_id: str | None = None,
) -> list[str]:
    """The ids of the concerns matching ``text`` and the filters given, in order."""
    query = (
        select(Concern.id)
        .outerjoin(Table, Concern.table_id == Table.id)
        .outerjoin(_RAISER, Concern.raised_by_id == _RAISER.id)
    )
    if text.strip():
        columns = [Concern.title, Concern.description, Table.title, *name_columns(_RAISER)]
        query = query.where(like_any(columns, text))
    if status is not None:
        query = query.where(Concern.status == status)
    if kind is not None:
        query = query.where(Concern.kind == kind)
    if theme_id is not None:
        query = query.where(Concern.themes.any(Theme.id == theme_id))
    if table_id is not None:
        query = query.where(Concern.table_id == table_id)
    sorts = ordered(CONCERN_SORTS[sort], descending)
    return scalars(sessions, query.order_by(*sorts, Concern.id))


def concern_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[ConcernRow]:
    """The rows of the concerns ``ids`` (in no particular order)."""
    query = (
        select(Concern, func.coalesce(Table.title, ""), *person_columns(_RAISER))
        .outerjoin(Table, Concern.table_id == Table.id)
        .outerjoin(_RAISER, Concern.raised_by_id == _RAISER.id)
        .where(among(sessions, Concern.id, ids))
    )
    themes_query = (
        select(concern_themes.c.concern_id, Theme.name)
        .join(Theme, concern_themes.c.theme_id == Theme.id)
        .where(among(sessions, concern_themes.c.concern_id, ids))
        .order_by(folded(Theme.name))
    )
    with sessions() as session:
        themes: dict[str, list[str]] = {}
        for concern_id, name in session.execute(themes_query):
            themes.setdefault(concern_id, []).append(name)
        return [
            ConcernRow(
                c.id,
                c.title,
                c.kind,
                c.status,
                c.priority,
                person_of(*person),
                table,
                ", ".join(themes.get(c.id, [])),
            )
            for c, table, *person in session.execute(query)
        ]


_OWNER = aliased(Person)
POINT_SORTS: Sorts = {
    "title": [folded(DevelopmentPoint.title)],
    "status": [rank(DevelopmentPoint.status, DevelopmentPointStatus)],
    "owner": name_sort(_OWNER),
    "table_title": _TABLE,
}


def development_point_ids(
    sessions: SessionFactory,
    *,
    sort: str = "title",
    descending: bool = False,
    text: str = "",
    status: DevelopmentPointStatus | None = None,
) -> list[str]:
    """The ids of the development points matching ``text`` (and a status), in order."""
    query = (
        select(DevelopmentPoint.id)
        .outerjoin(Table, DevelopmentPoint.table_id == Table.id)
        .outerjoin(_OWNER, DevelopmentPoint.owner_id == _OWNER.id)
    )
    if text.strip():
        columns = [DevelopmentPoint.title, Table.title, *name_columns(_OWNER)]
        query = query.where(like_any(columns, text))
    if status is not None:
        query = query.where(DevelopmentPoint.status == status)
    sorts = ordered(POINT_SORTS[sort], descending)
    return scalars(sessions, query.order_by(*sorts, DevelopmentPoint.id))


def development_point_rows(
    sessions: SessionFactory, ids: Sequence[str]
) -> list[DevelopmentPointRow]:
    """The rows of the development points ``ids`` (in no particular order)."""
    query = (
        select(
            DevelopmentPoint.id,
            DevelopmentPoint.title,
            DevelopmentPoint.status,
            func.coalesce(Table.title, ""),
            *person_columns(_OWNER),
        )
        .outerjoin(Table, DevelopmentPoint.table_id == Table.id)
        .outerjoin(_OWNER, DevelopmentPoint.owner_id == _OWNER.id)
        .where(among(sessions, DevelopmentPoint.id, ids))
    )
    with sessions() as session:
        return [
            DevelopmentPointRow(pid, title, status, person_of(*person), table)
            for pid, title, status, table, *person in session.execute(query)
        ]

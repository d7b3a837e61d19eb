"""Query services of the people, organisation, theme and practice lists: ids, then rows."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, select
from sqlalchemy.orm import aliased

from ontwikkeltafel.model import Organisation, Person, Practice, Sector, Theme
from ontwikkeltafel.model.links import concern_themes, practice_themes, table_themes
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
from ontwikkeltafel.store.folding import folded


@dataclass(frozen=True)
class PersonRow:
    """One line of the list of people."""

    id: str
    person: data.Person
    organisation: str
    function: str
    email: str


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the list of organisations."""

    id: str
    name: str
    sector: Sector
    people_count: int


@dataclass(frozen=True)
class ThemeRow:
    """One line of the list of themes, with how much refers to the theme."""

    id: str
    name: str
    table_count: int
    concern_count: int
    practice_count: int


@dataclass(frozen=True)
class PracticeRow:
    """One line of the list of good practices."""

    id: str
    title: str
    summary: str
    contact: data.Person | None
    region: str


def person_of(
    person_id: str | None, first: str | None, prefix: str | None, last: str | None
) -> data.Person | None:
    """A named person for a row (None where nobody is set)."""
    if person_id is None:
        return None
    return data.Person(person_id, first or "", prefix or "", last or "")


_ORG_NAME = func.coalesce(Organisation.name, "")
PERSON_SORTS: dict[str, list[SQLColumnExpression[Any]]] = {
    "name": name_sort(Person),
    "organisation": [folded(_ORG_NAME)],
    "function": [folded(Person.function)],
    "email": [folded(Person.email)],
}


def person_ids(
    sessions: SessionFactory,
    *,
    sort: str = "name",
    descending: bool = False,
    text: str = "",
    organisation_id: str | None = None,
) -> list[str]:
    """The ids of the people (of one organisation, or all) matching ``text``, in order."""
    query = select(Person.id).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    if text.strip():
        columns = [*name_columns(Person), Organisation.name, Person.function, Person.email]
        query = query.where(like_any(columns, text))
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    return scalars(sessions, query.order_by(*ordered(PERSON_SORTS[sort], descending), Person.id))


def person_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[PersonRow]:
    """The rows of the people ``ids`` (in no particular order)."""
    query = (
        select(Person, _ORG_NAME)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(among(sessions, Person.id, ids))
    )
    with sessions() as session:
        rows = []
        for person, organisation in session.execute(query):
            name = data.Person(person.id, person.first_name, person.prefix, person.last_name)
            rows.append(PersonRow(person.id, name, organisation, person.function, person.email))
        return rows


_PEOPLE_COUNT = (
    select(func.count(Person.id))
    .where(Person.organisation_id == Organisation.id)
    .correlate(Organisation)
    .scalar_subquery()
)
ORGANISATION_SORTS: dict[str, list[SQLColumnExpression[Any]]] = {
    "name": [folded(Organisation.name)],
    "sector": [rank(Organisation.sector, Sector)],
    "people_count": [_PEOPLE_COUNT],
}


def organisation_ids(
    sessions: SessionFactory,
    *,
    sort: str = "name",
    descending: bool = False,
    text: str = "",
    sector: Sector | None = None,
) -> list[str]:
    """The ids of the organisations (of one sector, or all) matching ``text``, in order."""
    query = select(Organisation.id)
    if text.strip():
        query = query.where(
            like_any([Organisation.name, Organisation.short_name, Organisation.website], text)
        )
    if sector is not None:
        query = query.where(Organisation.sector == sector)
    sorts = ordered(ORGANISATION_SORTS[sort], descending)
    return scalars(sessions, query.order_by(*sorts, Organisation.id))


def organisation_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[OrganisationRow]:
    """The rows of the organisations ``ids`` (in no particular order)."""
    query = select(Organisation.id, Organisation.name, Organisation.sector, _PEOPLE_COUNT).where(
        among(sessions, Organisation.id, ids)
    )
    with sessions() as session:
        return [OrganisationRow(*row) for row in session.execute(query)]


def _theme_count(link: Any) -> ColumnElement[int]:
    return (
        select(func.count()).where(link.c.theme_id == Theme.id).correlate(Theme).scalar_subquery()
    )


_TABLE_COUNT = _theme_count(table_themes)
_CONCERN_COUNT = _theme_count(concern_themes)
_PRACTICE_COUNT = _theme_count(practice_themes)
THEME_SORTS: dict[str, list[SQLColumnExpression[Any]]] = {
    "name": [folded(Theme.name)],
    "table_count": [_TABLE_COUNT],
    "concern_count": [_CONCERN_COUNT],
    "practice_count": [_PRACTICE_COUNT],
}


def theme_ids(
    sessions: SessionFactory, *, sort: str = "name", descending: bool = False, text: str = ""
) -> list[str]:
    """The ids of the themes matching ``text``, in order."""
    query = select(Theme.id)
    if text.strip():
        query = query.where(like_any([Theme.name], text))
    return scalars(sessions, query.order_by(*ordered(THEME_SORTS[sort], descending), Theme.id))


def theme_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[ThemeRow]:
    """The rows of the themes ``ids`` (in no particular order)."""
    query = select(Theme.id, Theme.name, _TABLE_COUNT, _CONCERN_COUNT, _PRACTICE_COUNT).where(
        among(sessions, Theme.id, ids)
    )
    with sessions() as session:
        return [ThemeRow(*row) for row in session.execute(query)]


_CONTACT = aliased(Person)
PRACTICE_SORTS: dict[str, list[SQLColumnExpression[Any]]] = {
    "title": [folded(Practice.title)],
    "summary": [folded(Practice.summary)],
    "contact": name_sort(_CONTACT),
    "region": [folded(Practice.region)],
}


def practice_ids(
    sessions: SessionFactory, *, sort: str = "title", descending: bool = False, text: str = ""
) -> list[str]:
    """The ids of the good practices matching ``text``, in order."""
    query = select(Practice.id).outerjoin(_CONTACT, Practice.contact_id == _CONTACT.id)
    if text.strip():
        columns = [Practice.title, Practice.summary, Practice.region, *name_columns(_CONTACT)]
        query = query.where(like_any(columns, text))
    sorts = ordered(PRACTICE_SORTS[sort], descending)
    return scalars(sessions, query.order_by(*sorts, Practice.id))


def practice_rows(sessions: SessionFactory, ids: Sequence[str]) -> list[PracticeRow]:
    """The rows of the good practices ``ids`` (in no particular order)."""
    query = (
        select(
            Practice.id,
            Practice.title,
            Practice.summary,
            Practice.region,
            *person_columns(_CONTACT),
        )
        .outerjoin(_CONTACT, Practice.contact_id == _CONTACT.id)
        .where(among(sessions, Practice.id, ids))
    )
    with sessions() as session:
        return [
            PracticeRow(pid, title, summary, person_of(*person), region)
            for pid, title, summary, region, *person in session.execute(query)
        ]

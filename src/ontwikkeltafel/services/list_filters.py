"""Building blocks of the list query services: ordering, the text filter, names of people."""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, case, false, func, or_
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import AliasedClass

from ontwikkeltafel.model import Person
from ontwikkeltafel.services import SessionFactory


def order(column: SQLColumnExpression[Any], descending: bool) -> ColumnElement[Any]:
    """``column`` ascending or descending."""
    return column.desc() if descending else column.asc()


def ordered(
    columns: Sequence[SQLColumnExpression[Any]], descending: bool, nulls_last: bool = False
) -> list[ColumnElement[Any]]:
    """Order terms for a sort key of one or more columns; empty values last if asked (portable)."""
    terms: list[ColumnElement[Any]] = []
    if nulls_last:
        terms.append(case((columns[0].is_(None), 1), else_=0))
    terms += [order(column, descending) for column in columns]
    return terms


def like_any(columns: Iterable[SQLColumnExpression[Any]], text: str) -> ColumnElement[bool]:
    """Case-insensitive LIKE of ``text`` anywhere in one of ``columns`` (wildcards escaped)."""
    needle = text.strip().lower()
    for char in ("\\", "%", "_"):
        needle = needle.replace(char, "\\" + char)
    pattern = f"%{needle}%"
    terms = [func.lower(func.coalesce(column, "")).like(pattern, escape="\\") for column in columns]
    return or_(false(), *terms)


def name_sort(person: type[Person] | AliasedClass[Person]) -> list[SQLColumnExpression[Any]]:
    """Surname proper, tussenvoegsel, first name, ignoring case (as an index lists people)."""
    return [
        func.lower(person.last_name),
        func.lower(person.prefix),
        func.lower(person.first_name),
    ]


def person_columns(person: type[Person] | AliasedClass[Person]) -> tuple[Any, ...]:
    """The columns a row needs to name a person: id, first name, prefix, last name."""
    return (person.id, person.first_name, person.prefix, person.last_name)


def name_columns(person: type[Person] | AliasedClass[Person]) -> list[SQLColumnExpression[Any]]:
    """The name parts the text filter looks in, and "first last" typed together."""
    return [
        person.first_name,
        person.last_name,
        person.prefix + " " + person.last_name,
        person.first_name + " " + person.last_name,
        person.first_name + " " + person.prefix + " " + person.last_name,
    ]


def scalars(sessions: SessionFactory, query: Select[Any]) -> list[str]:
    """The first column of every result row (ids), in a session of its own.

    Run on the session's connection and fetched at once, without the ORM's result
    processing or a fetch per row: a list of 20,000 ids comes back sooner.
    """
    session: Session
    with sessions() as session:
        return [str(row[0]) for row in session.connection().execute(query).fetchall()]


def rank(column: Any, values: Iterable[Any]) -> ColumnElement[Any]:
    """An enum column as its position in ``values``, so a sort follows the domain's order."""
    return case({value.value: position for position, value in enumerate(values)}, value=column)

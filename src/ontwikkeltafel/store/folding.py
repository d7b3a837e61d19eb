"""The fold of names and titles in SQL: i18n.fold on SQLite, unaccent and lower on PostgreSQL.

SQLite's ``lower()`` folds ASCII only ("Özdemir" stays "Özdemir" and sorts after "Zwart"),
so every SQLite connection gets :func:`ontwikkeltafel.i18n.fold` as ``ot_fold``
(:func:`register`). :func:`folded` compiles to it on SQLite and to ``search.fold`` on
PostgreSQL: lower(unaccent(...)) without blanks around (migration 0008), so "Özdemir" and
"ozdemir" filter and sort alike on both engines.
"""

from typing import Any, cast

from sqlalchemy import Column, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal

from ontwikkeltafel.store.fold_function import SQL_NAME, register

__all__ = ["SQL_NAME", "Folded", "StoredFold", "folded", "register", "stored_fold"]


class Folded(FunctionElement[str]):
    """``fold(expression)`` in SQL: case and accents ignored where the database can."""

    type = String()
    name = "folded"
    inherit_cache = True


#: The fold on PostgreSQL, an IMMUTABLE wrapper of unaccent (store.search_schema).
PG_FOLD = "search.fold"


@compiles(Folded)
def _lower(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(Folded, "postgresql")
def _unaccent(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    # A text of ASCII only (as many bytes as characters) has nothing for unaccent to take
    # off: lower(btrim()) is what search.fold gives it, without unaccent's cost a text
    # (folding 20,000 action descriptions to sort them took 80-90 ms, 9 in 10 of them ASCII).
    # Its lower() under the collation "C" folds A-Z as any other does, without the locale's
    # per-character lookup (a quarter of the fold's time); the result sorts and compares
    # under the database's own collation again, as search.fold's does.
    value = compiler.process(element.clauses, **kw)
    return (
        f"CASE WHEN octet_length({value}) = char_length({value}) "
        f'THEN lower(btrim({value}) COLLATE "C") COLLATE "default" ELSE {PG_FOLD}({value}) END'
    )


@compiles(Folded, "sqlite")
def _fold(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQL_NAME}({compiler.process(element.clauses, **kw)})"


def folded(expression: Any) -> ColumnElement[str]:
    """``expression`` folded for sorting or matching (see the module)."""
    return Folded(expression)


class StoredFold(FunctionElement[str]):
    """A column's fold, read on PostgreSQL from the column the server keeps beside it.

    Migration 0013 (store.list_keys) stores search.fold of the column, with an index for
    each direction: a sort by it reads its order from the index. Elsewhere the fold as
    :func:`folded` computes it.
    """

    type = String()
    name = "stored_fold"
    inherit_cache = True
    # The stored column's name is part of the statement cache's key, as the column is.
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own class attribute)
        *FunctionElement._traverse_internals,
        ("stored", InternalTraversal.dp_string),
    ]

    def __init__(self, column: Any, stored: str) -> None:
        super().__init__(column)
        self.column = cast("Column[Any]", self.clauses.clauses[0])
        self.stored = stored


@compiles(StoredFold)
def _computed(element: StoredFold, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(Folded(element.column), **kw)


@compiles(StoredFold, "postgresql")
def _stored(element: StoredFold, compiler: SQLCompiler, **kw: Any) -> str:
    table = compiler.preparer.format_table(element.column.table)
    return f"{table}.{compiler.preparer.quote(element.stored)}"


def stored_fold(column: Any, stored: str) -> ColumnElement[str]:
    """``column`` folded: on PostgreSQL the column ``stored`` that keeps its fold."""
    return StoredFold(column, stored)

"""The fold of names and titles in SQL: i18n.fold on SQLite, unaccent and lower on PostgreSQL.

SQLite's ``lower()`` folds ASCII only ("Özdemir" stays "Özdemir" and sorts after "Zwart"),
so every SQLite connection gets :func:`ontwikkeltafel.i18n.fold` as ``ot_fold``
(:func:`register`). :func:`folded` compiles to it on SQLite and to ``search.fold`` on
PostgreSQL: lower(unaccent(...)) without blanks around (migration 0008), so "Özdemir" and
"ozdemir" filter and sort alike on both engines.
"""

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from ontwikkeltafel.store.fold_function import SQL_NAME, register

__all__ = ["SQL_NAME", "Folded", "folded", "register"]


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

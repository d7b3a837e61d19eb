"""The fold of names and titles in SQL: i18n.fold on SQLite, the server's own lower() elsewhere.

SQLite's ``lower()`` folds ASCII only ("Özdemir" stays "Özdemir" and sorts after "Zwart"),
so every SQLite connection gets :func:`ontwikkeltafel.i18n.fold` as ``ot_fold``
(:func:`register`). :func:`folded` compiles to it on SQLite and to ``lower()`` on any
other database (PostgreSQL keeps its own behaviour).
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


@compiles(Folded)
def _lower(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(Folded, "sqlite")
def _fold(element: Folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQL_NAME}({compiler.process(element.clauses, **kw)})"


def folded(expression: Any) -> ColumnElement[str]:
    """``expression`` folded for sorting or matching (see the module)."""
    return Folded(expression)

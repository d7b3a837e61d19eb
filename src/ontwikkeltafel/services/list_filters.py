"""Building blocks of the list query services: ordering, the text filter, names of people."""

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    Table,
    any_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import AliasedClass
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import ColumnClause, UnaryExpression

from ontwikkeltafel.model import Person
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.announce import engine_of
from ontwikkeltafel.store.folding import StoredFold, folded
from ontwikkeltafel.store.list_keys import POSTGRES_LEADING

_SEPARATOR = "\x1f"  # the unit separator: between the columns a filter looks in


def order(column: SQLColumnExpression[Any], descending: bool) -> ColumnElement[Any]:
    """``column`` ascending or descending."""
    return column.desc() if descending else column.asc()


def ordered(
    columns: Sequence[SQLColumnExpression[Any]], descending: bool, nulls_last: bool = False
) -> list[ColumnElement[Any]]:
    """Order terms for a sort key of one or more columns; empty values last if asked.

    NULLS LAST, which PostgreSQL and SQLite (3.30 and later) both know: a CASE term put in
    front of the key instead cost PostgreSQL a key more to compute and sort (the action list
    by due date: 46 against 27 ms of the server's time).
    """
    terms = [order(column, descending) for column in columns]
    if nulls_last:
        terms[0] = terms[0].nulls_last()
    return terms


def like_any(columns: Iterable[SQLColumnExpression[Any]], text: str) -> ColumnElement[bool]:
    """LIKE of ``text`` anywhere in one of ``columns``, case and accents ignored (store.folding).

    Both sides are folded in SQL, so the database's own fold applies to each (PostgreSQL:
    search.fold, lower(unaccent())). The columns are joined by a separator nobody types and
    folded once a row (a fold per column made filtering 20,000 actions twice as slow).
    Wildcards are escaped
    after NFKC, so no compatibility character (a small percent sign) becomes one when folded.
    """
    needle = unicodedata.normalize("NFKC", text.strip()).replace(_SEPARATOR, "")
    for char in ("\\", "%", "_"):
        needle = needle.replace(char, "\\" + char)
    parts = [func.coalesce(column, "") for column in columns]
    if not parts:
        return false()
    joined: ColumnElement[Any] = parts[0]
    for part in parts[1:]:
        joined = joined + _SEPARATOR + part
    return folded(joined).like(folded(literal(f"%{needle}%")), escape="\\")


def on_server(sessions: SessionFactory) -> bool:
    """Whether ``sessions`` are a PostgreSQL server's (else a SQLite file's)."""
    engine = engine_of(sessions)
    return engine is not None and engine.dialect.name == "postgresql"


def among(
    sessions: SessionFactory, column: SQLColumnExpression[Any], ids: Sequence[str]
) -> ColumnElement[bool]:
    """``column`` is one of ``ids``: a list's rows in view, read by their ids.

    On PostgreSQL one array parameter (``= ANY``): the statement is the same for any count
    of ids, so the server plans it once for the connection (psycopg prepares a statement
    run five times) where 80 parameters of their own made a new statement each time (the
    action list's rows: 9.8 against 7.8 ms). SQLite has no arrays: ``IN`` there.
    """
    if on_server(sessions):
        ids_array = bindparam("ids", list(ids), type_=ARRAY(String), unique=True)
        return column == any_(ids_array)
    return column.in_(ids)


def name_sort(person: type[Person] | AliasedClass[Person]) -> list[SQLColumnExpression[Any]]:
    """Surname proper, tussenvoegsel, first name, case and accents ignored (as reports sort)."""
    return [folded(person.last_name), folded(person.prefix), folded(person.first_name)]


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


#: Between the ids PostgreSQL sends as one text; an id holding it is read row by row.
_ID_SEPARATOR = "\x1e"


#: The modifiers of an ORDER BY term, as the methods that put them back on a column.
_ORDER_MODIFIERS: dict[Any, str] = {
    operators.asc_op: "asc",
    operators.desc_op: "desc",
    operators.nulls_first_op: "nulls_first",
    operators.nulls_last_op: "nulls_last",
}


def _plain_column(element: Any) -> bool:
    """``element`` is a table's own column (not an expression, nor a subquery's).

    Or one PostgreSQL keeps beyond the model (store.list_keys), named on the model's table.
    """
    return isinstance(element, ColumnClause) and isinstance(element.table, Table)


def _index_order(elements: Sequence[Any]) -> bool:
    """The order ``elements`` give may come from an index: table columns, the first leading one.

    Or a stored fold (store.folding.StoredFold) and table columns: migration 0013 gives the
    fold an index for each direction. PostgreSQL's own indexes (migrations 0013 and 0016,
    store.list_keys) count too: this is asked of PostgreSQL's queries only.
    """
    if not elements or not all(_plain_column(element) for element in elements[1:]):
        return False
    first = elements[0]
    if isinstance(first, StoredFold):
        return True
    if not _plain_column(first):
        return False
    if first.name in POSTGRES_LEADING.get(first.table.name, ()):
        return True
    leading = (next(iter(index.columns), None) for index in first.table.indexes)
    return any(column is not None and column.name == first.name for column in leading)


def _binary(element: ColumnElement[Any]) -> ColumnElement[Any]:
    """A text key (an id) compared byte by byte, as SQLite does; any other key as it is.

    Only a table's primary key: the last term of every list's order, which puts equal
    values in a fixed order. Compared under "C" the sort is 10-15 % quicker (by status, with
    some 5,000 ties a value) and keeps the same order where the database's collation is C
    or C.UTF-8, as on the servers the tests run; the lists' own keys (names, titles) keep
    the database's collation.
    """
    if _plain_column(element) and element.primary_key and isinstance(element.type, String):
        return element.collate("C")
    return element


#: The integer keys :func:`_as_text` writes as text: from 0 to this (every int4, not NULL).
_TOP = 2**31
#: A key's two characters: the code points 48 + key // _BASE and 48 + key % _BASE, all
#: below the surrogates (0xD800, no characters).
_BASE = 50_000


def _one_key(terms: Sequence[tuple[Any, list[str]]]) -> bool:
    """Whether the order is an integer key, then a table's text primary key (the id).

    The lists' integer keys (a status's rank, an owner's or table's place, a count) have
    thousands of ties each, broken by the id: PostgreSQL compared two keys a pair of rows.
    As one text under "C" (:func:`_as_text`) the pair compares by its first bytes (an
    abbreviated key): 20,000 actions sorted by status in 35 ms instead of 48, by table in
    33 instead of 42 (server CPU; by owner, with few ties, as before). Only with nothing
    else said of their order.
    """
    if len(terms) != 2:
        return False
    (key, key_order), (tie, tie_order) = terms
    if set(key_order) - {"asc", "desc"} or set(tie_order) - {"asc"}:
        return False
    return isinstance(key.type, Integer) and _binary(tie) is not tie


def _as_text(key: ColumnElement[Any], tie: ColumnElement[Any], descending: bool) -> Any:
    """An integer ``key`` and the id ``tie`` as one text, in their order under "C".

    The key (0 to _TOP) becomes two characters, of code points 48 + key // _BASE and
    48 + key % _BASE (descending: of _TOP - key), then the id. UTF-8 keeps the order of code
    points in its bytes and no character's bytes begin another's: the text's order is the
    key's, then the id's bytes, the same as before. NULL goes where PostgreSQL puts it:
    last ascending, first descending, as _TOP does. A key outside 0 to _TOP counts as the
    nearer end.
    """
    # NULL as _TOP: last ascending, first descending (LEAST and GREATEST skip NULLs).
    number: Any = cast(func.least(func.greatest(func.coalesce(key, _TOP), 0), _TOP), BigInteger)
    if descending:
        number = _TOP - number
    high, low = (
        func.chr(cast(48 + part, Integer), type_=String)
        for part in (number // _BASE, number % _BASE)
    )
    return (high + low + tie).self_group().collate("C")


def _order_terms(query: Select[Any]) -> list[tuple[ColumnElement[Any], list[str]]]:
    """The query's ORDER BY terms: each expression and its modifiers, outermost first."""
    terms: list[tuple[ColumnElement[Any], list[str]]] = []
    for clause in query._order_by_clauses:
        element, modifiers = clause, []
        while isinstance(element, UnaryExpression) and element.modifier in _ORDER_MODIFIERS:
            modifiers.append(_ORDER_MODIFIERS[element.modifier])
            element = element.element
        terms.append((element, modifiers))
    return terms


def _joined_in_order(query: Select[Any], utf8: bool = True) -> ColumnElement[Any]:
    """``string_agg`` of the query's first column, ordered by the query's own ORDER BY.

    Each sort term's expression becomes a column of the subquery and the aggregate orders
    by those columns with the term's direction and nulls: its order is guaranteed, where
    the order a sorted subquery is read in is only what the plan usually does. The subquery
    keeps the ORDER BY only where an index of the table may give it (table columns, the
    first leading an index): PostgreSQL then reads that order from the index (by number:
    8 ms against 40 ms for sorting them) and the aggregate's sort of its sorted input is one
    pass. Any other order (a fold, a rank, a place, the due date) is sorted once, by the
    aggregate: sorting the subquery as well cost a sort more (by description 10-15 % of the
    server's time, by due date 25 %). A row_number() ordinal instead took a
    window over every row: 15 ms a list of 20,000.
    """
    terms = _order_terms(query)
    keys = [_binary(element).label(f"sort_key_{n}") for n, (element, _) in enumerate(terms)]
    if not _index_order([element for element, _ in terms]):
        query = query.order_by(None)
    ordered_rows = query.add_columns(*keys).subquery()
    order_by = []
    for n, (_, modifiers) in enumerate(terms):
        term: ColumnElement[Any] = ordered_rows.c[f"sort_key_{n}"]
        for modifier in reversed(modifiers):  # innermost first: desc() before nulls_last()
            term = getattr(term, modifier)()
        order_by.append(term)
    if utf8 and _one_key(terms):  # chr() of a key's code points needs UTF-8 (README's init)
        key, tie = ordered_rows.c["sort_key_0"], ordered_rows.c["sort_key_1"]
        order_by = [_as_text(key, tie, "desc" in terms[0][1])]
    in_order = aggregate_order_by(literal(_ID_SEPARATOR), *order_by)
    return func.string_agg(ordered_rows.c[0], in_order)


def scalars(sessions: SessionFactory, query: Select[Any]) -> list[str]:
    """The first column of every result row (ids), in a session of its own.

    Run on the session's connection and fetched at once from the driver's cursor, without
    the result rows SQLAlchemy would make of them (20,000 ids: 10 ms less on SQLite). On
    PostgreSQL, an order no index gives comes as one text with the ids' count, in one row
    (20,000 rows took 12-16 ms to receive, one text 5-7 ms), joined in the query's order by
    the aggregate itself (:func:`_joined_in_order`). An order an index may give comes as rows:
    the aggregate would sort again what the index gave sorted (PostgreSQL 15 does not see
    the order of its input), 20,000 actions by number 36 against 28 ms, by description 45
    against 23 (benchmarks/README.md, session 10).
    """
    session: Session
    with sessions() as session:
        connection = session.connection()
        postgres = connection.dialect.name == "postgresql"
        if postgres and not _index_order([element for element, _ in _order_terms(query)]):
            raw = connection.connection.dbapi_connection
            utf8 = raw is not None and raw.info.parameter_status("server_encoding") == "UTF8"
            joined_ids = _joined_in_order(query, utf8)
            count, joined = connection.execute(select(func.count(), joined_ids)).one()
            ids = joined.split(_ID_SEPARATOR) if joined else []
            if len(ids) == count:
                return ids
        result = connection.execute(query)
        try:
            return [row[0] for row in result.cursor.fetchall()]
        finally:
            result.close()


def rank(column: Any, values: Iterable[Any]) -> ColumnElement[Any]:
    """An enum column as its position in ``values``, so a sort follows the domain's order."""
    return case({value.value: position for position, value in enumerate(values)}, value=column)

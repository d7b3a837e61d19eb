"""Insert many rows quickly on any engine: compile once, apply the column types directly.

SQLAlchemy's generic executemany builds and processes a parameter dict per row;
for the 150,000 rows of a large import that costs as much as SQLite's own work.
"""

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, TableClause, insert


def insert_many(
    connection: Connection, table: TableClause, rows: Sequence[Mapping[str, Any]]
) -> None:
    """INSERT ``rows`` (dicts keyed by column; other keys are ignored) into ``table``."""
    if not rows:
        return
    dialect = connection.dialect
    names = [column.key for column in table.columns if column.key in rows[0]]
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    processors: dict[str, Callable[[Any], Any] | None] = {
        name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    }
    order = list(compiled.positiontup or []) if compiled.positional else names
    missing = set(order) - set(names)
    if missing:
        # Columns with Python-side defaults are bound too; rows must bring every value.
        raise ValueError(f"rows for {table.name} lack {sorted(missing)}")
    if compiled.positional:
        params: list[Any] = _positional(rows, order, processors)
    else:
        plan = [(name, processors[name]) for name in order]
        params = [{n: row[n] if p is None else p(row[n]) for n, p in plan} for row in rows]
    connection.exec_driver_sql(compiled.string, params)


def _positional(
    rows: Sequence[Mapping[str, Any]],
    order: list[str],
    processors: Mapping[str, Callable[[Any], Any] | None],
) -> list[Any]:
    """Each row's values in ``order``, converted where the column type says so.

    The values are taken with one ``itemgetter`` call per row; only the few columns
    with a converter (dates, moments, enums) are visited one by one.
    """
    take = itemgetter(*order)
    converted = [(i, p) for i, name in enumerate(order) if (p := processors[name]) is not None]
    if len(order) == 1:
        only = converted[0][1] if converted else None
        return [(take(row) if only is None else only(take(row)),) for row in rows]
    if not converted:
        return [take(row) for row in rows]
    params = []
    for row in rows:
        values = list(take(row))
        for i, convert in converted:
            values[i] = convert(values[i])
        params.append(tuple(values))
    return params

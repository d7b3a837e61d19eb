"""On PostgreSQL every order of the action list comes from an index, both ways.

Migration 0013: the folded description is a column the server keeps, with an index for
each direction, and the number one for descending (ties by id ascending either way).
Migration 0016: the status's rank, the owner's folded name and the table's folded title
likewise, and the due date an index for each direction. The plan of the list's query then
reads its order from an index: with sorting switched off (``enable_sort``) no Sort is left
in it, where sorting every action by the fold took 60-100 ms, and by owner, status, due
date or table 40-80 ms.
"""

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from ontwikkeltafel.model import Action, ActionStatus, Person, Table
from ontwikkeltafel.services.action_list import action_ids
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url

_TEXTS = ["Évaluatie plannen", "  overleg met de GGD", "Brief aan ouders", "ökonomie"]


@pytest.fixture
def server(pg_database_url: str) -> Iterator[Database]:
    database = open_database(location_from_url(pg_database_url))
    try:
        with write_transaction(database.session_factory) as session:
            session.add_all(Person(id=f"p-{n}", last_name=f"Öz {n % 7}") for n in range(20))
            session.add_all(Table(id=f"t-{n}", title=f"Tafel {n}") for n in range(5))
            session.flush()
            session.add_all(
                Action(
                    id=f"a-{n:04}",
                    number=f"2026-{n:04}",
                    description=f"{_TEXTS[n % len(_TEXTS)]} {n % 7}",
                    status=list(ActionStatus)[n % len(ActionStatus)],
                    owner_id=f"p-{n % 20}" if n % 9 else None,
                    table_id=f"t-{n % 5}" if n % 11 else None,
                    due_on=date(2026, 1, 1) + timedelta(days=n % 40) if n % 6 else None,
                )
                for n in range(400)
            )
        with database.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM ANALYZE actions"
            )
        yield database
    finally:
        database.close()


def _plan(database: Database, sort: str, descending: bool) -> tuple[list[str], list[str]]:
    """The ids the list gives, and the plan of the query that read them (sorting off)."""
    statements: list[tuple[str, Any]] = []

    def _seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM actions" in statement:  # the ids' query: its rows, in the index's order
            statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", _seen)
    try:
        ids = action_ids(database.session_factory, sort=sort, descending=descending)
    finally:
        event.remove(database.engine, "before_cursor_execute", _seen)
    [(statement, parameters)] = statements
    with database.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_sort = off")
        rows = connection.exec_driver_sql(f"EXPLAIN (COSTS OFF) {statement}", parameters)
        return ids, [str(row[0]) for row in rows]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    ("sort", "index"),
    [
        ("number", "ix_actions_number"),
        ("description", "ix_actions_description_folded"),
        ("owner", "ix_actions_owner_folded"),
        ("due_on", "ix_actions_due_on"),
        ("status", "ix_actions_status_rank"),
        ("table_title", "ix_actions_table_title_folded"),
    ],
)
def test_the_order_is_read_from_an_index(
    server: Database, sort: str, index: str, descending: bool
) -> None:
    ids, plan = _plan(server, sort, descending)
    assert len(ids) == 400
    assert not [line for line in plan if "Sort" in line or "Aggregate" in line], plan
    wanted = f"{index}_desc" if descending else index
    assert any(f"Index Only Scan using {wanted} on actions" in line for line in plan), plan

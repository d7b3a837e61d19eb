"""PostgreSQL sends a list's ids as one text, joined in the list's order by the aggregate itself.

Issue 15 review, finding 6: ``string_agg`` over an ordered subquery keeps the subquery's order
only as long as the plan happens to; ``string_agg(id, separator ORDER BY place)`` guarantees
it. The ids still come as one text (no fallback to rows), in the order of the rows' query.
"""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from ontwikkeltafel.model import DevelopmentPoint, Person
from ontwikkeltafel.services.list_records import development_point_ids
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url


@pytest.fixture
def server(pg_database_url: str) -> Iterator[Database]:
    """A fresh database on the PostgreSQL server (only PostgreSQL sends the ids as one text)."""
    database = open_database(location_from_url(pg_database_url))
    yield database
    database.close()


def test_the_aggregate_orders_the_ids_itself(server: Database) -> None:
    database = server
    with write_transaction(database.session_factory) as session:
        session.add_all(
            Person(id=f"p-{n}", first_name="Jan", last_name=f"{9 - n}") for n in range(5)
        )
        session.flush()
        session.add_all(
            DevelopmentPoint(id=f"a-{n:02}", title="x", owner_id=f"p-{n % 5}") for n in range(20)
        )
    statements: list[str] = []

    def seen(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        got = development_point_ids(database.session_factory, sort="owner", descending=True)
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    # by the owner's last name (9 - n) descending, so owner p-0 first; then by the point's id
    assert got == [f"a-{n:02}" for owner in range(5) for n in range(owner, 20, 5)]
    aggregates = [sql for sql in statements if "string_agg(" in sql]
    assert len(aggregates) == 1, statements  # one text, not the rows
    assert re.search(r"string_agg\([\w.]+, %\(param_1\)s::VARCHAR ORDER BY ", aggregates[0])

"""A list's rows in view are read by one statement whatever their count (PostgreSQL: ``= ANY``).

With a parameter per id, each count of rows was a statement of its own, planned anew
each time; with the ids as one array the server plans it once for the connection. On
SQLite (no arrays) the ids are listed. Either way the rows are those asked for.
"""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event

from ontwikkeltafel.model import AMSTERDAM, Action, Concern, Meeting, Person, Table, Theme
from ontwikkeltafel.services.action_list import action_rows
from ontwikkeltafel.services.list_records import concern_rows
from ontwikkeltafel.services.listing import meeting_rows, table_rows
from ontwikkeltafel.services.lists import person_rows, theme_rows
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction

_COUNT = 30
_LISTS: dict[str, Callable[..., Sequence[Any]]] = {
    "actions": action_rows,
    "concerns": concern_rows,
    "meetings": meeting_rows,
    "tables": table_rows,
    "people": person_rows,
    "themes": theme_rows,
}


@pytest.fixture
def stocked(database: Database) -> Database:
    with write_transaction(database.session_factory) as session:
        session.add(Table(id="t", title="Tafel"))
        session.flush()
        for n in range(_COUNT):
            session.add_all(
                [
                    Action(id=f"actions-{n}", number=str(n), description="x", table_id="t"),
                    Concern(id=f"concerns-{n}", title=f"Zorg {n}"),
                    Meeting(
                        id=f"meetings-{n}",
                        table_id="t",
                        title=f"Overleg {n}",
                        starts_at=datetime(2026, 3, 1 + n % 28, 14, tzinfo=AMSTERDAM),
                    ),
                    Table(id=f"tables-{n}", title=f"Tafel {n}"),
                    Person(id=f"people-{n}", last_name=f"Jansen {n}"),
                    Theme(id=f"themes-{n}", name=f"Thema {n}"),
                ]
            )
    return database


def _statements(database: Database, read: Callable[[], Sequence[Any]]) -> tuple[set[str], Any]:
    sent: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        rows = read()
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    return set(sent), rows


@pytest.mark.parametrize("name", list(_LISTS))
def test_rows_of_any_count_are_read_by_one_statement(stocked: Database, name: str) -> None:
    rows_of = _LISTS[name]
    by_count = {}
    for count in (1, 7, _COUNT):
        ids = [f"{name}-{n}" for n in range(count)]
        by_count[count], rows = _statements(
            stocked, lambda ids=ids: rows_of(stocked.session_factory, ids)
        )
        assert sorted(row.id for row in rows) == sorted(ids)
    if stocked.engine.dialect.name == "postgresql":
        assert by_count[1] == by_count[7] == by_count[_COUNT]
        assert all("= ANY (" in statement for statement in by_count[1])
    else:
        assert by_count[1] != by_count[_COUNT]  # SQLite lists the ids

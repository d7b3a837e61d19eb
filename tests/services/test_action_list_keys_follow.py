"""The action list's order follows what changes its keys: renames, other owners and tables.

On PostgreSQL the owner's name and the table's title are keys stored on each action and
kept by triggers (migration 0016); a rename of a person or a table, an action given
another owner or table, a person deleted (the action keeps no owner) or a new action must
each move the action in the list at once, as the rows themselves say. The order worked
out here is the one test_action_list_every_order checks, from the rows as they are now.
"""

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, update

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import Action, ActionStatus, Person, Table
from ontwikkeltafel.services.action_list import action_ids
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction

_PEOPLE = {"p-1": "Aalst", "p-2": "Bakker", "p-3": "Claes", "p-4": "Dijk"}
_TABLES = {"t-1": "Armoede", "t-2": "Buurt", "t-3": "Cultuur"}
_SORTS = ("owner", "table_title", "status")


@pytest.fixture
def stocked(database: Database) -> Database:
    with write_transaction(database.session_factory) as session:
        session.add_all(Person(id=i, last_name=name) for i, name in _PEOPLE.items())
        session.add_all(Table(id=i, title=title) for i, title in _TABLES.items())
        session.flush()
        session.add_all(
            Action(
                id=f"a-{n}",
                number=f"2026-{n:02}",
                description=f"Actie {n}",
                owner_id=f"p-{n % 4 + 1}",
                table_id=f"t-{n % 3 + 1}",
                status=list(ActionStatus)[n % 4],
            )
            for n in range(12)
        )
    return database


def _expected(database: Database, sort: str, descending: bool) -> list[str]:
    """The ids in ``sort``'s order worked out from the rows as stored now."""
    empty_last = database.engine.dialect.name == "postgresql"
    with database.session_factory() as session:
        people = {p.id: p for p in session.query(Person)}
        tables = {t.id: t.title for t in session.query(Table)}
        rows = [(a.id, a.owner_id, a.table_id, a.status) for a in session.query(Action)]

    def owner(row: tuple[Any, ...]) -> Any:
        person = people.get(row[1])
        name = (
            ()
            if person is None
            else tuple(fold(part) for part in (person.last_name, person.prefix, person.first_name))
        )
        return ((person is None) == empty_last, name)

    keys: dict[str, Callable[[tuple[Any, ...]], Any]] = {
        "owner": owner,
        "table_title": lambda row: "" if row[2] is None else fold(tables[row[2]]),
        "status": lambda row: list(ActionStatus).index(row[3]),
    }
    rows.sort(key=lambda row: row[0].encode())
    rows.sort(key=keys[sort], reverse=descending)
    return [row[0] for row in rows]


def _assert_in_order(database: Database) -> None:
    for sort in _SORTS:
        for descending in (False, True):
            got = action_ids(database.session_factory, sort=sort, descending=descending)
            assert got == _expected(database, sort, descending), (sort, descending)


def _write(database: Database, *statements: Any) -> None:
    with write_transaction(database.session_factory) as session:
        for statement in statements:
            session.execute(statement)


def test_a_renamed_owner_moves_their_actions(stocked: Database) -> None:
    first = action_ids(stocked.session_factory, sort="owner")
    assert first[:3] == ["a-0", "a-4", "a-8"]  # Aalst's
    _write(stocked, update(Person).where(Person.id == "p-1").values(last_name="Zwart"))
    got = action_ids(stocked.session_factory, sort="owner")
    assert got[-3:] == ["a-0", "a-4", "a-8"]  # Zwart's, last
    _write(stocked, update(Person).where(Person.id == "p-4").values(prefix="van", first_name="A"))
    _assert_in_order(stocked)


def test_a_renamed_table_moves_its_actions(stocked: Database) -> None:
    _write(stocked, update(Table).where(Table.id == "t-1").values(title="Zorg"))
    got = action_ids(stocked.session_factory, sort="table_title")
    assert got[-4:] == ["a-0", "a-3", "a-6", "a-9"]  # Zorg's, last
    _assert_in_order(stocked)


def test_an_action_moved_to_another_owner_table_or_status_moves_in_the_list(
    stocked: Database,
) -> None:
    _write(
        stocked,
        update(Action).where(Action.id == "a-0").values(owner_id="p-4", table_id="t-3"),
        update(Action).where(Action.id == "a-1").values(owner_id=None, table_id=None),
        update(Action).where(Action.id == "a-2").values(status=ActionStatus.OPEN),
    )
    assert action_ids(stocked.session_factory, sort="table_title")[0] == "a-1"  # no table
    _assert_in_order(stocked)


def test_a_deleted_owner_leaves_actions_without_owner_and_new_ones_sort_at_once(
    stocked: Database,
) -> None:
    _write(stocked, delete(Person).where(Person.id == "p-2"))
    with write_transaction(stocked.session_factory) as session:
        session.add(Person(id="p-0", last_name="Ààb"))
        session.flush()
        session.add(
            Action(
                id="a-new",
                number="2026-99",
                description="Nieuw",
                owner_id="p-0",
                table_id="t-2",
                status=ActionStatus.DONE,
            )
        )
    got = action_ids(stocked.session_factory, sort="owner")
    assert got.index("a-new") == got.index("a-0") - 1  # "aab" before Aalst's first
    _assert_in_order(stocked)

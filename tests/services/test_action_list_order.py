"""The action list's order by owner and by table: as by the folded names, on both engines."""

from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import aliased

from ontwikkeltafel.model import Action, Concern, Person, Table
from ontwikkeltafel.services.action_list import ACTION_SORTS, action_ids
from ontwikkeltafel.services.list_filters import name_sort, ordered, scalars
from ontwikkeltafel.services.list_records import concern_ids
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.folding import folded

_PEOPLE = [  # two people of one name; accents and case that the fold ignores
    ("p-1", "Jan", "de", "Vries"),
    ("p-2", "jan", "De", "Vries"),
    ("p-3", "Émile", "", "Özdemir"),
    ("p-4", "Anna", "", "ozdemir"),
    ("p-5", "Bas", "van", "Aalst"),
]
_TABLES = [("t-1", "Zorg dichtbij"), ("t-2", "Één tafel"), ("t-3", "ZORG DICHTBIJ")]
# (id, owner, table): ids out of the order the other columns give, an action without owner
# and one without table
_ACTIONS = [
    ("a-09", "p-2", "t-1"),
    ("a-03", "p-1", "t-3"),
    ("a-07", None, "t-2"),
    ("a-01", "p-4", None),
    ("a-05", "p-3", "t-1"),
    ("a-02", "p-5", "t-2"),
    ("a-08", "p-1", None),
    ("a-04", "p-2", "t-3"),
    ("a-06", None, "t-1"),
]


@pytest.fixture
def stocked(database: Database) -> Database:
    with write_transaction(database.session_factory) as session:
        session.add_all(Person(id=i, first_name=f, prefix=p, last_name=n) for i, f, p, n in _PEOPLE)
        session.add_all(Table(id=i, title=title) for i, title in _TABLES)
        session.flush()
        session.add_all(
            Action(id=i, number=i, description=i, owner_id=owner, table_id=table)
            for i, owner, table in _ACTIONS
        )
    return database


def _by_folded_names(database: Database, sort: str, descending: bool) -> list[str]:
    """The order the list had when it sorted by the folded names of every action's row."""
    owner = aliased(Person)
    keys: dict[str, list[Any]] = {
        "owner": name_sort(owner),
        "table_title": [folded(func.coalesce(Table.title, ""))],
    }
    query = (
        select(Action.id)
        .outerjoin(Table, Action.table_id == Table.id)
        .outerjoin(owner, Action.owner_id == owner.id)
        .order_by(*ordered(keys[sort], descending), Action.id)
    )
    return scalars(database.session_factory, query)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["owner", "table_title"])
def test_owner_and_table_sort_as_their_folded_names(
    stocked: Database, sort: str, descending: bool
) -> None:
    got = action_ids(stocked.session_factory, sort=sort, descending=descending)
    assert got == _by_folded_names(stocked, sort, descending)
    assert len(got) == len(_ACTIONS)


def test_owner_sort_puts_equal_names_together_by_action(stocked: Database) -> None:
    got = action_ids(stocked.session_factory, sort="owner")
    owners = {i: owner for i, owner, _table in _ACTIONS}
    named = [i for i in got if owners[i] is not None]
    # Aalst, then Özdemir/ozdemir (Anna before Émile), then the two Jan de Vries as one name
    assert named == ["a-02", "a-01", "a-05", "a-03", "a-04", "a-08", "a-09"]


def test_table_sort_without_table_first_and_equal_titles_together(stocked: Database) -> None:
    got = action_ids(stocked.session_factory, sort="table_title")
    assert got == ["a-01", "a-08", "a-02", "a-07", "a-03", "a-04", "a-05", "a-06", "a-09"]


def test_ids_that_hold_the_separator_come_back_whole(database: Database) -> None:
    odd = ["a\x1eb", "a\x1e", "\x1e"]
    with write_transaction(database.session_factory) as session:
        session.add_all(Action(id=i, number=str(n), description="x") for n, i in enumerate(odd))
        session.add_all(Concern(id=i, title="x") for i in odd)
    assert action_ids(database.session_factory, sort="number") == odd
    assert action_ids(database.session_factory, sort="status") == sorted(odd)
    # one status each: by the id, through the aggregate on PostgreSQL (no index gives it)
    assert concern_ids(database.session_factory, sort="status") == sorted(odd)
    assert action_ids(database.session_factory, text="niets dergelijks") == []


def _sent(database: Database, ids: Callable[[], list[str]]) -> tuple[list[str], bool]:
    """The ids ``ids`` gives, and whether they came joined in one text (string_agg)."""
    sent: list[str] = []
    listen = partial(event.listen, database.engine, "before_cursor_execute")
    listen(lambda _c, _cur, statement, *_rest: sent.append(statement))
    got = ids()
    return got, any("string_agg" in statement for statement in sent)


@pytest.mark.parametrize("sort", list(ACTION_SORTS))
def test_an_order_an_index_gives_comes_as_rows_not_joined(stocked: Database, sort: str) -> None:
    """On PostgreSQL the aggregate would sort again what an index gave sorted: rows instead.

    Every order of the action list comes from an index there (migrations 0013 and 0016).
    """
    ids, joined = _sent(stocked, partial(action_ids, stocked.session_factory, sort=sort))
    assert sorted(ids) == sorted(i for i, _owner, _table in _ACTIONS)
    assert not joined


def test_an_order_no_index_gives_comes_joined_on_a_server(database: Database) -> None:
    with write_transaction(database.session_factory) as session:
        session.add_all(Concern(id=f"c-{n}", title=f"Zorg {n}") for n in range(3))
    ids, joined = _sent(database, partial(concern_ids, database.session_factory, sort="status"))
    assert ids == ["c-0", "c-1", "c-2"]
    assert joined == (database.engine.dialect.name == "postgresql")

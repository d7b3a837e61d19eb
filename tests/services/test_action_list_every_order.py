"""The action list in every column's order, both ways, on both engines: as sorting its rows says.

The ids the list service gives are compared with the rows' own order, worked out here in
Python: the fold of store.folding (i18n.fold), the status's place in the domain, empty due
dates last, no table before every table, equal values by id (compared as bytes). Owners:
by the folded name; an action without owner comes where its engine puts an empty value
(PostgreSQL: after the others ascending, SQLite: before), as it always has.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import Action, ActionStatus, Person, Table
from ontwikkeltafel.services.action_list import ACTION_SORTS, action_ids
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.engine import write_transaction

_PEOPLE = {  # two of one name, accents and case the fold ignores
    "p-1": ("Jan", "de", "Vries"),
    "p-2": ("jan", "De", "Vries"),
    "p-3": ("Émile", "", "Özdemir"),
    "p-4": ("Anna", "", "ozdemir"),
    "p-5": ("Bas", "van", "Aalst"),
}
_TABLES = {"t-1": "Zorg dichtbij", "t-2": "Één tafel", "t-3": "ZORG DICHTBIJ"}
_TEXTS = [
    "Evaluatie plannen",
    "évaluatie plannen",
    "  Overleg met de GGD",
    "overleg met de ggd",
    "Zorgpad vastleggen",
    "Ökonomie van de tafel",
    "Actie 10",
    "actie 2",
    "Brief aan ouders",
    "brief aan ouders ",
]
_STATUSES = list(ActionStatus)
_DAYS = [date(2026, 3, 1), None, date(2025, 12, 31), date(2026, 3, 1), None]
_OWNERS = [*_PEOPLE, None]
_TABLE_IDS = [*_TABLES, None]
# ids out of the order any column gives, some that only the bytes tell apart
_IDS = [f"a-{n:02}" for n in (17, 3, 11, 0, 8, 14, 5, 2, 16, 9, 1, 12, 6, 15, 4, 10, 13, 7)]
_IDS += ["A-99", "a-1", "a_0", "é-1"]


def _actions() -> list[dict[str, Any]]:
    """Every column with ties, empty values, accents and case."""
    return [
        {
            "id": action_id,
            "number": f"2026-{n // len(_TABLE_IDS):02}",  # four alike, each on another table
            "description": _TEXTS[n % len(_TEXTS)],
            "owner_id": _OWNERS[n % len(_OWNERS)],
            "due_on": _DAYS[n % len(_DAYS)],
            "status": _STATUSES[n % len(_STATUSES)],
            "table_id": _TABLE_IDS[n % len(_TABLE_IDS)],
        }
        for n, action_id in enumerate(_IDS)
    ]


@pytest.fixture
def stocked(database: Database) -> Database:
    actions = _actions()
    numbers = {(a["table_id"], a["number"]) for a in actions}
    assert len(numbers) == len(actions)  # (table, number) is unique
    with write_transaction(database.session_factory) as session:
        session.add_all(
            Person(id=i, first_name=f, prefix=p, last_name=n) for i, (f, p, n) in _PEOPLE.items()
        )
        session.add_all(Table(id=i, title=title) for i, title in _TABLES.items())
        session.flush()
        session.add_all(Action(**action) for action in actions)
    return database


def _name(person_id: str) -> tuple[str, ...]:
    first, prefix, last = _PEOPLE[person_id]
    return (fold(last), fold(prefix), fold(first))


def _keys(engine: str) -> dict[str, Callable[[dict[str, Any]], Any]]:
    """Per column: a row's sort key (empty values placed within it), as the list sorts."""
    empty_last = engine == "postgresql"  # where an engine puts NULL in an ascending order
    return {
        "number": lambda a: a["number"],
        "description": lambda a: fold(a["description"]),
        "owner": lambda a: (
            (a["owner_id"] is None) == empty_last,
            () if a["owner_id"] is None else _name(a["owner_id"]),
        ),
        "due_on": lambda a: a["due_on"] or date.min,
        "status": lambda a: _STATUSES.index(a["status"]),
        "table_title": lambda a: "" if a["table_id"] is None else fold(_TABLES[a["table_id"]]),
    }


def _expected(engine: str, sort: str, descending: bool) -> list[str]:
    rows = sorted(_actions(), key=lambda a: a["id"].encode())  # equal values: by id
    rows.sort(key=_keys(engine)[sort], reverse=descending)  # stable: the ids stay ascending
    if sort == "due_on":  # no due date: last both ways
        rows.sort(key=lambda a: a["due_on"] is None)
    return [a["id"] for a in rows]


def test_every_column_is_compared() -> None:
    assert set(_keys("sqlite")) == set(ACTION_SORTS)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(ACTION_SORTS))
def test_the_list_sorts_as_its_rows_say(stocked: Database, sort: str, descending: bool) -> None:
    engine = stocked.engine.dialect.name
    got = action_ids(stocked.session_factory, sort=sort, descending=descending)
    assert got == _expected(engine, sort, descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(ACTION_SORTS))
def test_a_filtered_list_keeps_the_order(stocked: Database, sort: str, descending: bool) -> None:
    """With the text filter (the joins it brings) and a status filter: the same order."""
    engine = stocked.engine.dialect.name
    got = action_ids(
        stocked.session_factory, sort=sort, descending=descending, text="e", open_only=True
    )
    kept = {
        a["id"] for a in _actions() if a["status"] in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    }
    assert got == [i for i in _expected(engine, sort, descending) if i in kept]

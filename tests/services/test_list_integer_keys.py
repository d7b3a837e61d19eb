"""On PostgreSQL an integer sort key and the id, written as one text, keep their order.

The lists sort by a rank, a place or a count, ties by id: list_filters writes the pair as
one text under "C" for PostgreSQL, which compares it quicker. Every key from 0 up (where
its characters change width in UTF-8, and past the surrogates), NULL, and ids only their
bytes tell apart: the order is the pair's, NULL last ascending and first descending.
"""

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import BigInteger, Column, Engine, MetaData, String, Table, create_engine, select
from sqlalchemy.engine import make_url

from ontwikkeltafel.model import Action, ActionStatus, Concern, ConcernStatus
from ontwikkeltafel.services.action_list import action_ids
from ontwikkeltafel.services.list_filters import _as_text
from ontwikkeltafel.services.list_records import concern_ids
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.shared_setup import MADE, init_database

_KEYS = [0, 1, 47, 48, 79, 80, 2047, 2048, 49_999, 50_000, 55_247, 55_248, 65_535, 65_536]
_KEYS += [1_000_000, 2_000_000_000, 2**31 - 1, None]
_IDS = ["A", "a", "a-1", "a_0", "b", "é"]
_ROWS = [(f"{tie}{n}", key) for n, key in enumerate(_KEYS) for tie in _IDS[n % 3 :][:4]]
_ROWS += [(f"{tie}-{n}", key) for n, key in enumerate(_KEYS) for tie in ("z", "Z")]

_TABLE = Table(
    "pairs", MetaData(), Column("id", String, primary_key=True), Column("key", BigInteger)
)


@pytest.fixture
def engine(pg_database_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_database_url)
    with engine.begin() as connection:
        _TABLE.create(connection)
        connection.execute(_TABLE.insert(), [{"id": i, "key": key} for i, key in _ROWS])
    try:
        yield engine
    finally:
        engine.dispose()


def _expected(descending: bool) -> list[str]:
    """By key (NULL last ascending, first descending), then by id as UTF-8 bytes."""
    top = float("inf")
    by_id = sorted(_ROWS, key=lambda row: row[0].encode())
    keyed = sorted(by_id, key=lambda row: top if row[1] is None else row[1], reverse=descending)
    return [row[0] for row in keyed]


@pytest.mark.parametrize("descending", [False, True])
def test_the_pair_as_text_sorts_as_the_pair(engine: Engine, descending: bool) -> None:
    key = _as_text(_TABLE.c.key, _TABLE.c.id.collate("C"), descending)
    with engine.connect() as connection:
        got = list(connection.scalars(select(_TABLE.c.id).order_by(key)))
    assert got == _expected(descending)
    assert len(got) == len(_ROWS)


@pytest.fixture
def latin1_url(pg_url: str) -> Iterator[str]:
    """A database in LATIN1 (the README asks UTF8; nothing stops an administrator)."""
    name = f"latin1_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(
                f"CREATE DATABASE {name} ENCODING 'LATIN1' TEMPLATE template0 "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    finally:
        admin.dispose()


def test_a_database_not_in_utf8_sorts_by_the_two_keys(latin1_url: str) -> None:
    # chr() of a code point above 255 fails there ("requested character too large for
    # encoding"), and a rank sorted descending is such a key: the list would not sort.
    # The action list reads its orders from indexes (migration 0016), the concerns' not.
    assert init_database(location_from_url(latin1_url)).outcome == MADE
    database = open_database(location_from_url(latin1_url))
    try:
        with write_transaction(database.session_factory) as session:
            session.add_all(
                Action(id=f"a-{n}", number=f"2026-{n:02}", description="Brief", status=status)
                for n, status in enumerate(list(ActionStatus) * 3)
            )
            session.add_all(
                Concern(id=f"a-{n}", title="Wachtlijst", status=status)
                for n, status in enumerate(list(ConcernStatus) * 3)
            )
        by_owner = action_ids(database.session_factory, sort="owner", descending=False)
        by_status = action_ids(database.session_factory, sort="status", descending=True)
        # the key as a code point over 255: the aggregate (no index gives a concern's order)
        concerns = concern_ids(database.session_factory, sort="status", descending=True)
    finally:
        database.close()
    count = 3 * len(ActionStatus)
    assert by_owner == sorted(f"a-{n}" for n in range(count))  # no owner: ties by id
    rank = {f"a-{n}": n % len(ActionStatus) for n in range(count)}
    assert by_status == sorted(rank, key=lambda i: (-rank[i], i))
    ranks = {f"a-{n}": n % len(ConcernStatus) for n in range(3 * len(ConcernStatus))}
    assert concerns == sorted(ranks, key=lambda i: (-ranks[i], i))

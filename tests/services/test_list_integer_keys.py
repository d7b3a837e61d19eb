"""On PostgreSQL an integer sort key and the id, written as one text, keep their order.

The lists sort by a rank, a place or a count, ties by id: list_filters writes the pair as
one text under "C" for PostgreSQL, which compares it quicker. Every key from 0 up (where
its characters change width in UTF-8, and past the surrogates), NULL, and ids only their
bytes tell apart: the order is the pair's, NULL last ascending and first descending.
"""

from collections.abc import Iterator

import pytest
from sqlalchemy import BigInteger, Column, Engine, MetaData, String, Table, create_engine, select

from ontwikkeltafel.services.list_filters import _as_text

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

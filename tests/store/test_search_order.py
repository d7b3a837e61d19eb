"""The order of search hits per kind, alike on both engines: title matches, then the newest."""

from sqlalchemy import text

from ontwikkeltafel.model import Organisation, Sector, Theme
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.engine import write_transaction
from ontwikkeltafel.store.location import location_from_url
from ontwikkeltafel.store.search import CANDIDATES_PER_HIT, search
from tests.store.conftest import find


def _organisations(database: Database, *rows: tuple[str, str, str]) -> None:
    """Organisations (id, name, notes), written one after another in this order."""
    for record_id, name, notes in rows:
        with write_transaction(database.session_factory) as session:
            session.add(Organisation(id=record_id, name=name, notes=notes, sector=Sector.WELFARE))


def test_title_matches_first_then_the_newest(database: Database) -> None:
    _organisations(
        database,
        ("title-old", "Wijkaanpak Noord", ""),
        ("text-old", "Stichting Een", "Doet mee aan de wijkaanpak."),
        ("title-new", "Wijkaanpak Zuid", "Ook de wijkaanpak."),
        ("text-new", "Stichting Twee", "Betaalt de wijkaanpak."),
    )
    hits = find(database, "wijkaanp")
    assert [hit.record_id for hit in hits] == ["title-new", "title-old", "text-new", "text-old"]
    assert [hit.record_id for hit in find(database, "wijkaanpak", limit_per_kind=3)] == [
        "title-new",
        "title-old",
        "text-new",
    ]


def test_many_matches_give_the_limit_newest_first(database: Database) -> None:
    count = 3 * CANDIDATES_PER_HIT * 2
    _organisations(database, *((f"org-{n:03}", f"Buurtteam {n}", "") for n in range(count)))
    hits = find(database, "buurtt", limit_per_kind=2)
    assert [hit.record_id for hit in hits] == [f"org-{count - 1:03}", f"org-{count - 2:03}"]
    assert all(hit.marked_title.startswith("\x02Buurtteam\x03") for hit in hits)


def test_the_caller_plans_as_before_after_a_search(pg_database_url: str) -> None:
    # PostgreSQL only: the search turns sequential scans off for its own statement.
    database = open_database(location_from_url(pg_database_url))
    try:
        with database.session_factory() as session:
            search(session, "wijk")
            assert session.execute(text("SHOW enable_seqscan")).scalar() == "on"
    finally:
        database.close()


def test_the_newest_whatever_plan_gathers_the_matches(pg_database_url: str) -> None:
    # PostgreSQL only: a plan that sorts the matches by kind before gathering them (as it
    # chose for some searches at scale 1) mixed each kind's rows; the newest must stay.
    database = open_database(location_from_url(pg_database_url))
    try:
        count = 3 * CANDIDATES_PER_HIT * 4
        for n in range(count):  # two kinds written in turn: a sort by kind moves them about
            _organisations(database, (f"org-{n:03}", f"Buurtteam {n}", ""))
            with write_transaction(database.session_factory) as session:
                session.add(Theme(id=f"theme-{n:03}", name=f"Buurtteam {n}"))
        with database.session_factory() as session:
            session.execute(text("SET LOCAL enable_hashagg = off"))
            hits = search(session, "buurtt", limit_per_kind=3)
        newest = [f"{kind}-{count - n:03}" for n in (1, 2, 3) for kind in ("org", "theme")]
        assert sorted(hit.record_id for hit in hits) == sorted(newest)
        assert [hit.record_id for hit in hits if hit.kind == "theme"] == newest[1::2]
    finally:
        database.close()

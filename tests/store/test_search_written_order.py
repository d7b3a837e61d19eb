"""The search's newest among equal matches survives a VACUUM (issue 15 review, finding 3).

PostgreSQL took an entry's place in the table (ctid) for its age; after a VACUUM a record
just edited had its entry put in an early place and dropped out of a long list of
matches. Entries are now numbered as written (migration 0011). On SQLite the newest is
the record's search key, which VACUUM keeps: the same hits before and after.
"""

from sqlalchemy import text
from sqlalchemy.orm import Session

from ontwikkeltafel.services.editing import create_record, update_record
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.search import search


def _vacuum(database: Database) -> None:
    if database.engine.dialect.name == "sqlite":  # outside the engine's own BEGIN
        raw = database.engine.raw_connection()
        try:
            assert raw.driver_connection is not None
            raw.driver_connection.execute("VACUUM")
        finally:
            raw.close()
        return
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM search.search_index"))


def _titles(database: Database) -> list[str]:
    with Session(database.engine) as session:
        return [hit.title for hit in search(session, "wijkzorg", 5) if hit.kind == "concern"]


def test_a_record_just_edited_is_the_newest_after_a_vacuum(database: Database) -> None:
    sessions = database.session_factory
    ids = [create_record(sessions, "concerns", {"title": f"Wijkzorg {n}"})[0] for n in range(300)]
    for n, record_id in enumerate(ids[:200]):  # dead entries in the early pages
        update_record(sessions, "concerns", record_id, {"title": f"Wijkzorg {n} bis"})
    _vacuum(database)  # ... freed: the next entry may go there
    update_record(sessions, "concerns", ids[250], {"title": "Wijkzorg NIEUWSTE"})
    titles = _titles(database)
    if database.engine.dialect.name == "postgresql":  # the newest: written last
        assert titles == [
            "Wijkzorg NIEUWSTE",
            "Wijkzorg 199 bis",
            "Wijkzorg 198 bis",
            "Wijkzorg 197 bis",
            "Wijkzorg 196 bis",
        ]
    else:  # the newest: made last
        assert titles == [f"Wijkzorg {n}" for n in range(299, 294, -1)]
    _vacuum(database)
    assert _titles(database) == titles

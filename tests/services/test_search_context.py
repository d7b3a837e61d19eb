"""Search hits of agenda items, decisions and actions name their meeting and its date."""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.search import SearchHit, search_everything
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_url


def two_announcements(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with a "Mededelingen" item (and a decision) in two meetings."""
    first = document["meetings"][0]
    second = copy.deepcopy(first)
    second |= {
        "id": "m-2",
        "title": "Bijeenkomst 6",
        # 23.30 UTC is half past midnight in Amsterdam: the meeting's day is the 23rd.
        "starts_at": "2018-11-22T23:30:00+00:00",
        "ends_at": "2018-11-23T01:00:00+00:00",
        "status": "planned",
        "attendance": [],
    }
    second.pop("minutes_approved_on", None)
    first["agenda"].append(
        {
            "id": "ai-m1",
            "position": 4,
            "title": "Mededelingen",
            "decisions": [{"id": "d-m1", "text": "Mededelingen voortaan schriftelijk."}],
        }
    )
    second["agenda"] = [{"id": "ai-m2", "position": 1, "title": "Mededelingen"}]
    document["meetings"].append(second)
    return document


def hits(database: Database, text: str, kind: str) -> dict[str, SearchHit]:
    results = search_everything(database.session_factory, text)
    return {hit.id: hit for group in results.groups if group.kind == kind for hit in group.hits}


def test_agenda_items_of_the_same_title_name_their_meeting_and_date(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(two_announcements(document)))

    found = hits(database, "Mededelingen", "agenda_item")

    assert set(found) == {"ai-m1", "ai-m2"}
    assert {hit.title for hit in found.values()} == {"Mededelingen"}
    first, second = found["ai-m1"], found["ai-m2"]
    assert (first.meeting_title, first.meeting_date) == ("Eerste bijeenkomst", "18-01-2018")
    assert (second.meeting_title, second.meeting_date) == ("Bijeenkomst 6", "23-11-2018")
    assert first.context == "Eerste bijeenkomst (18-01-2018)"
    assert second.context == "Bijeenkomst 6 (23-11-2018)"
    assert first.meeting_id == "m-1" and second.meeting_id == "m-2"


def test_a_decision_names_the_meeting_of_its_item(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(two_announcements(document)))

    decision = hits(database, "schriftelijk", "decision")["d-m1"]

    assert decision.context == "Eerste bijeenkomst (18-01-2018)"


def test_other_kinds_name_no_meeting(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(document))

    practice = hits(database, "schoolconsulent", "practice")["pr-consulent"]

    assert (practice.meeting_title, practice.meeting_date, practice.context) == ("", "", "")


def test_an_action_names_the_meeting_it_was_agreed_in(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    document["actions"].append(
        {"id": "a-loose", "number": "2018-09", "table_id": "tafel-1", "description": "Losse actie"}
    )
    import_file(database.session_factory, write_json(document))

    agreed = hits(database, "Schoolconsulent uitnodigen", "action")["a-1"]
    loose = hits(database, "Losse actie", "action")["a-loose"]

    assert agreed.context == "Eerste bijeenkomst (18-01-2018)"
    assert agreed.meeting_id == "m-1"
    assert (loose.meeting_id, loose.context) == (None, "")  # agreed outside a meeting


def test_on_a_server_each_part_is_one_statement_that_brings_the_meetings_too(
    pg_database_url: str, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(two_announcements(document)))
    statements: list[str] = []

    def executed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = database.session_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", executed)
    try:
        found = hits(database, "Mededelingen", "agenda_item")
    finally:
        event.remove(engine, "before_cursor_execute", executed)
        database.close()

    assert found["ai-m2"].context == "Bijeenkomst 6 (23-11-2018)"
    assert found["ai-m2"].meeting_id == "m-2"
    # no round trip but the search's own: each part is one statement
    assert len(statements) == 2
    assert all("search.search_index" in text for text in statements)


def test_on_a_server_the_search_reads_the_same_with_old_style_strings(
    pg_database_url: str, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(two_announcements(document)))
    with database.engine.connect() as connection:
        before = hits(database, "Mededelingen", "agenda_item")
        name = connection.execute(text("SELECT current_database()")).scalar_one()
        # a database (or role) may still read a backslash in a string as an escape
        connection.execute(text(f'ALTER DATABASE "{name}" SET standard_conforming_strings = off'))
        connection.commit()
    database.engine.dispose()  # new connections, which take the setting
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SHOW standard_conforming_strings")).scalar() == "off"
        after = hits(database, "Mededelingen", "agenda_item")
    finally:
        database.close()

    assert after == before
    assert after["ai-m2"].context == "Bijeenkomst 6 (23-11-2018)"

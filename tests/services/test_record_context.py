"""How a concern and a good practice hang together: meetings, points, status history."""

from typing import Any

from ontwikkeltafel.model import ConcernStatus
from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.record_context import concern_context, practice_context
from ontwikkeltafel.store.database import Database


def load(database: Database, write_json: Any, document: dict[str, Any]) -> None:
    """c-1 is also discussed at a later meeting m-2; a second point and practice answer it."""
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "kind": "table_session",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-03-15T15:30:00+01:00",
            "status": "held",
            "agenda": [
                {
                    "id": "ai-21",
                    "position": 1,
                    "title": "Terug naar de gezinnen",
                    "minutes": "Gezinnen blijven in beeld via de wijkteams.",
                    "concern_ids": ["c-1"],
                    "practice_ids": ["pr-consulent"],
                },
                {"id": "ai-22", "position": 2, "title": "Rondvraag", "concern_ids": ["c-2"]},
            ],
        }
    )
    document["concerns"].append(
        {"id": "c-2", "title": "Wachtlijsten", "status": "open", "practice_ids": ["pr-consulent"]}
    )
    document["development_points"].append(
        {"id": "dp-2", "title": "Aanspreekpunt per school", "concern_ids": ["c-1", "c-2"]}
    )
    import_file(database.session_factory, write_json(document))


def test_a_concern_where_raised_and_discussed_what_answers_it(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    found = concern_context(database.session_factory, "c-1")
    assert found is not None
    assert found.raised_in is not None and found.raised_in.id == "m-1"
    assert found.raised_in.title == "Eerste bijeenkomst"
    assert found.raised_by is not None and found.raised_by.id == "p-ijs"
    assert [(d.meeting.id, d.item_id, d.item_title, d.minutes) for d in found.discussions] == [
        (
            "m-1",
            "ai-2",
            "Vragen uit de praktijk",
            "We bespraken de vragen.\n\n- in gesprek blijven",
        ),
        ("m-2", "ai-21", "Terug naar de gezinnen", "Gezinnen blijven in beeld via de wijkteams."),
    ]
    assert [(p.id, p.title, p.status) for p in found.development_points] == [
        ("dp-2", "Aanspreekpunt per school", "proposed"),
        ("dp-1", "Samenwerking in de wijk", "in_progress"),
    ]
    assert [p.id for p in found.practices] == ["pr-consulent"]
    assert found.status_history == ()  # imported: no history entries


def test_a_concern_s_status_history_follows_each_change(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    sessions = database.session_factory
    update_record(sessions, "concerns", "c-1", {"status": "addressed"})
    update_record(sessions, "concerns", "c-1", {"title": "Een andere titel"})  # not the status
    update_record(sessions, "concerns", "c-1", {"status": "resolved"})
    found = concern_context(sessions, "c-1")
    assert found is not None
    assert [(c.old, c.new) for c in found.status_history] == [
        (ConcernStatus.DISCUSSING, ConcernStatus.ADDRESSED),
        (ConcernStatus.ADDRESSED, ConcernStatus.RESOLVED),
    ]
    assert found.status_history[0].at <= found.status_history[1].at
    assert found.status_history[0].at.tzinfo is not None


def test_a_concern_raised_nowhere(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    found = concern_context(database.session_factory, "c-2")
    assert found is not None
    assert found.raised_in is None and found.raised_by is None
    assert [d.item_id for d in found.discussions] == ["ai-22"]
    assert [d.minutes for d in found.discussions] == [""]
    assert concern_context(database.session_factory, "c-unknown") is None


def test_a_practice_with_the_concerns_it_helped_and_the_meetings(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    load(database, write_json, document)
    found = practice_context(database.session_factory, "pr-consulent")
    assert found is not None
    assert [(c.id, c.status) for c in found.concerns] == [
        ("c-1", "discussing"),  # "Hoe blijf je ..." before "Wachtlijsten"
        ("c-2", "open"),
    ]
    assert [(d.meeting.id, d.item_id) for d in found.discussions] == [
        ("m-1", "ai-2"),
        ("m-2", "ai-21"),
    ]
    assert practice_context(database.session_factory, "pr-unknown") is None

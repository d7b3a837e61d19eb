"""A meeting to lead in the live mode tests: planned, three timed items, attendance."""

from typing import Any

LIVE_MEETING = "m-live"


def add_live_meeting(document: dict[str, Any]) -> dict[str, Any]:
    """Add to ``document`` a planned meeting of tafel-1, 14.00-15.00, with 5 + 20 + 10 minutes."""
    document["meetings"].append(
        {
            "id": LIVE_MEETING,
            "table_id": "tafel-1",
            "kind": "table_session",
            "title": "Derde bijeenkomst",
            "starts_at": "2026-12-07T14:00:00+01:00",
            "ends_at": "2026-12-07T15:00:00+01:00",
            "location": "Utrecht",
            "chair_id": "p-anna",
            "secretary_id": "p-bas",
            "status": "planned",
            "attendance": [
                {"person_id": "p-anna", "status": "present"},
                {"person_id": "p-bas", "status": "present"},
                {"person_id": "p-ijs", "status": "excused"},
            ],
            "agenda": [
                {
                    "id": "li-1",
                    "position": 1,
                    "title": "Opening",
                    "kind": "opening",
                    "planned_minutes": 5,
                },
                {
                    "id": "li-2",
                    "position": 2,
                    "title": "Vragen uit de praktijk",
                    "planned_minutes": 20,
                    "presenter_id": "p-bas",
                    "description": "Wat leeft er bij de scholen? Drie vragen van leerkrachten.",
                },
                {
                    "id": "li-3",
                    "position": 3,
                    "title": "Rondvraag",
                    "kind": "any_other_business",
                    "planned_minutes": 10,
                },
            ],
        }
    )
    return document

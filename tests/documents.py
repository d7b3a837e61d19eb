"""Exchange documents for tests, small enough to read."""

from typing import Any


def small_document() -> dict[str, Any]:
    """One table with a meeting, agenda, decisions, concerns, practices, points and actions."""
    return {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "exported_at": "2026-11-22T10:00:00+01:00",
        "organisations": [
            {"id": "org-kion", "name": "KION", "sector": "childcare"},
            {"id": "org-ggd", "name": "GGD regio Utrecht", "sector": "health"},
        ],
        "people": [
            {
                "id": "p-anna",
                "first_name": "Anna",
                "prefix": "de",
                "last_name": "Vries",
                "organisation_id": "org-kion",
                "function": "pedagogisch coach",
                "email": "anna@voorbeeld.nl",
            },
            {
                "id": "p-bas",
                "first_name": "Bas",
                "last_name": "Bakker",
                "organisation_id": "org-ggd",
                "function": "jeugdverpleegkundige",
            },
            {"id": "p-ijs", "first_name": "IJsbrand", "prefix": "van der", "last_name": "Berg"},
        ],
        "themes": [{"id": "th-geweld", "name": "Geweld in gezinnen"}],
        "tables": [
            {
                "id": "tafel-1",
                "title": "Onderwijs en zorg vinden elkaar!",
                "goal": "Betere samenwerking tussen onderwijs en zorg.",
                "theme_ids": ["th-geweld"],
                "started_on": "2018-01-18",
                "status": "active",
                "members": [
                    {"person_id": "p-anna", "role": "chair"},
                    {"person_id": "p-bas", "role": "secretary"},
                    {"person_id": "p-ijs", "role": "member"},
                ],
                "agenda_template": [
                    {"title": "Opening", "kind": "opening", "planned_minutes": 5},
                    {"title": "Rondvraag", "kind": "any_other_business", "planned_minutes": 10},
                ],
                "retention_years": 7,
            }
        ],
        "practices": [
            {
                "id": "pr-consulent",
                "title": "De schoolconsulent",
                "summary": "Een zorgmedewerker gekoppeld aan verschillende basisscholen.",
                "organisation_ids": ["org-ggd"],
                "contact_id": "p-bas",
                "theme_ids": ["th-geweld"],
            }
        ],
        "meetings": [
            {
                "id": "m-1",
                "table_id": "tafel-1",
                "kind": "table_session",
                "title": "Eerste bijeenkomst",
                "starts_at": "2018-01-18T15:30:00+01:00",
                "ends_at": "2018-01-18T17:00:00+01:00",
                "location": "Utrecht",
                "chair_id": "p-anna",
                "secretary_id": "p-bas",
                "status": "minutes_approved",
                "minutes_approved_on": "2018-03-15",
                "attendance": [
                    {"person_id": "p-anna", "status": "present"},
                    {"person_id": "p-bas", "status": "present"},
                    {"person_id": "p-ijs", "status": "excused"},
                ],
                "agenda": [
                    {"id": "ai-1", "position": 1, "title": "Opening", "kind": "opening"},
                    {
                        "id": "ai-2",
                        "position": 2,
                        "title": "Vragen uit de praktijk",
                        "minutes": "We bespraken de vragen.\n\n- in gesprek blijven",
                        "decisions": [
                            {"id": "d-1", "text": "De tafel verzamelt goede voorbeelden."}
                        ],
                        "concern_ids": ["c-1"],
                        "practice_ids": ["pr-consulent"],
                    },
                    {
                        "id": "ai-3",
                        "position": 3,
                        "title": "Casusbespreking",
                        "confidential": True,
                        "minutes": "Een kind uit groep 3 werd besproken.",
                        "decisions": [{"id": "d-2", "text": "Vertrouwelijk besluit."}],
                    },
                ],
            }
        ],
        "concerns": [
            {
                "id": "c-1",
                "table_id": "tafel-1",
                "kind": "question",
                "title": "Hoe blijf je in gesprek met gezinnen?",
                "raised_by_id": "p-ijs",
                "raised_in_meeting_id": "m-1",
                "status": "discussing",
                "priority": "high",
                "theme_ids": ["th-geweld"],
                "practice_ids": ["pr-consulent"],
            }
        ],
        "development_points": [
            {
                "id": "dp-1",
                "table_id": "tafel-1",
                "title": "Samenwerking in de wijk",
                "status": "in_progress",
                "owner_id": "p-anna",
                "concern_ids": ["c-1"],
            }
        ],
        "actions": [
            {
                "id": "a-1",
                "number": "2018-01",
                "table_id": "tafel-1",
                "meeting_id": "m-1",
                "agenda_item_id": "ai-2",
                "description": "Schoolconsulent uitnodigen",
                "owner_id": "p-bas",
                "due_on": "2018-03-15",
                "status": "done",
                "done_on": "2018-03-01",
            },
            {
                "id": "a-2",
                "number": "2018-02",
                "table_id": "tafel-1",
                "meeting_id": "m-1",
                "agenda_item_id": "ai-3",
                "description": "Vertrouwelijke actie",
                "owner_id": "p-anna",
                "status": "open",
            },
        ],
    }

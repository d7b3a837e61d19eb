"""An exchange document for the retention tests: closed tables and stand-alone meetings.

On 2026-07-01, with a default of 5 years: tafel-1 (closed 2019-06-30, its own 7 years,
kept until 2026-06-30) is past; tafel-oud (closed 2020-01-15, the default, kept until
2025-01-15) is past; tafel-open (no end date) is listed apart; tafel-nieuw (closed
2024-01-01) is not past; the stand-alone m-los (23:30 UTC on 1 March 2019 is 2 March in
Amsterdam, kept until 2024-03-02) is past, m-recent (2023) is not. Cor Jansen is only in
m-los, Anna and IJsbrand only in tafel-1; Bas is the contact of a practice and stays.
"""

from typing import Any

#: A word that is only in the records retention removes (grepped for in the file).
UNIQUE = "Zwanenbloemoverleg"


def retention_document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document made into the retention case above."""
    first = document["tables"][0]
    first.update(status="closed", ended_on="2019-06-30", retention_years=7)
    first["title"] = f"Onderwijs en zorg ({UNIQUE})"
    document["people"].append({"id": "p-cor", "first_name": "Cor", "last_name": "Jansen"})
    document["tables"] += [
        {"id": "tafel-oud", "title": "Oude tafel", "status": "closed", "ended_on": "2020-01-15"},
        {"id": "tafel-open", "title": "Tafel zonder einde", "status": "closed"},
        {"id": "tafel-nieuw", "title": "Nieuw", "status": "closed", "ended_on": "2024-01-01"},
    ]
    document["meetings"] += [
        {
            "id": "m-los",
            "kind": "consultation",
            "title": "Los consult",
            "starts_at": "2019-03-01T23:30:00+00:00",
            "status": "held",
            "attendance": [{"person_id": "p-cor", "status": "present"}],
            "agenda": [
                {"id": "ai-los", "position": 1, "title": "Casus", "minutes": f"{UNIQUE} besproken."}
            ],
        },
        {
            "id": "m-recent",
            "kind": "consultation",
            "title": "Recent consult",
            "starts_at": "2023-05-01T10:00:00+02:00",
            "status": "held",
        },
    ]
    document["actions"].append(
        {
            "id": "a-los",
            "number": "2019-01",
            "meeting_id": "m-los",
            "description": f"Nabellen na het {UNIQUE}",
            "owner_id": "p-cor",
            "status": "open",
        }
    )
    return document

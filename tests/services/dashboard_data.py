"""The data of the table dashboard's tests (services and window): eight meetings of tafel-1."""

from datetime import date
from typing import Any

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database

TODAY = date(2019, 1, 10)


def _meeting(n: int, day: str, ijs: str, bas: str = "present", **extra: Any) -> dict[str, Any]:
    return {
        "id": f"m-{n}",
        "table_id": "tafel-1",
        "kind": "table_session",
        "title": f"Bijeenkomst {n}",
        "starts_at": f"{day}T15:30:00+01:00",
        "status": "minutes_approved",
        "attendance": [
            {"person_id": "p-anna", "status": "present"},
            {"person_id": "p-bas", "status": bas},
            {"person_id": "p-ijs", "status": ijs},
        ],
        **extra,
    }


def load(database: Database, write_json: Any, document: dict[str, Any]) -> None:
    """m-1 (2018-01-18) and seven more; the last six before TODAY are m-3 .. m-8."""
    days = ["2018-03-01", "2018-05-01", "2018-07-01", "2018-09-01", "2018-10-01", "2018-11-01"]
    ijs = ["absent", "excused", "present", "absent", "excused", "absent"]
    bas = ["present", "present", "present", "present", "excused", "present"]
    for n, (day, i, b) in enumerate(zip(days, ijs, bas, strict=True), start=2):
        document["meetings"].append(_meeting(n, day, i, b))
    last = document["meetings"][-1]
    last["status"] = "minutes_draft"
    last["agenda"] = [
        {"id": "ai-71", "position": 1, "title": "Opening", "kind": "opening"},
        {
            "id": "ai-72",
            "position": 2,
            "title": "Besluiten",
            "minutes": "Besproken.",
            "decisions": [
                {"id": "d-72a", "text": "Eerste besluit."},
                {"id": "d-72b", "text": "Tweede besluit."},
            ],
        },
    ]
    document["meetings"].append(
        {**_meeting(9, "2019-01-10", "present"), "status": "planned", "attendance": []}
    )
    document["meetings"].append(
        {**_meeting(10, "2019-02-10", "present"), "status": "planned", "attendance": []}
    )
    document["actions"] += [
        {"id": f"a-{n}", "number": f"2018-{n:02}", "table_id": "tafel-1", "description": f"A{n}"}
        | extra
        for n, extra in (
            (3, {"owner_id": "p-bas", "due_on": "2019-01-09"}),  # overdue, GGD
            (4, {"owner_id": "p-bas", "due_on": "2019-01-10", "status": "in_progress"}),
            (5, {"owner_id": "p-anna", "due_on": "2018-12-01"}),  # overdue, KION
            (6, {"owner_id": "p-ijs"}),  # no organisation, no date
            (7, {"owner_id": "p-bas", "due_on": "2018-01-01", "status": "done"}),
            (8, {"due_on": "2018-01-01", "status": "cancelled"}),
        )
    ]
    document["concerns"] += [
        {"id": "c-2", "table_id": "tafel-1", "title": "Wachtlijsten", "status": "open"},
        {"id": "c-3", "table_id": "tafel-1", "title": "Privacy", "status": "open"},
        {"id": "c-4", "title": "Zonder tafel", "status": "parked"},
    ]
    import_file(database.session_factory, write_json(document))

"""Helpers shared by the services tests and the UI tests that reuse their data."""

from typing import Any

from sqlalchemy import inspect, text

from ontwikkeltafel.store.database import Database


def extend(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with a few more actions, a concern and a theme to filter on."""
    document["themes"].append({"id": "th-vve", "name": "vve"})
    document["concerns"].append(
        {"id": "c-2", "kind": "bottleneck", "title": "Wachtlijsten", "status": "open"}
    )
    document["actions"] += [
        {
            "id": "a-3",
            "number": "2018-03",
            "table_id": "tafel-1",
            "description": "Overzicht maken_100%",
            "owner_id": "p-bas",
            "due_on": "2018-02-01",
            "status": "open",
        },
        {
            "id": "a-4",
            "number": "2018-04",
            "table_id": "tafel-1",
            "description": "Handreiking schrijven",
            "owner_id": "p-anna",
            "due_on": "2199-01-01",
            "status": "in_progress",
        },
    ]
    return document


def snapshot(database: Database) -> dict[str, Any]:
    """Row counts of every table and the search triggers: what an import could change."""
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        counts = {
            n: connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names
        }
        triggers = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            if connection.dialect.name == "sqlite"
            else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"
        ).all()
    return {"counts": counts, "triggers": triggers}

"""Helpers for the documents-as-they-stood tests: a table with two meetings, dated history."""

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from ontwikkeltafel.model import HistoryEntry
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.report_files import write_report
from ontwikkeltafel.store.database import Database
from tests.documents import small_document
from tests.reports.report_samples import document_lines


def two_meetings() -> dict[str, Any]:
    """The small document with its first verslag a concept and a second meeting after it.

    m-1 (18 January 2018): action 2018-01 done on 1 March, 2018-02 (confidential) open.
    m-2 (15 March 2018): action 2018-03 agreed there; 2018-04 at no meeting.
    """
    document = copy.deepcopy(small_document())
    first = document["meetings"][0]
    first["status"] = "minutes_draft"
    del first["minutes_approved_on"]
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "kind": "table_session",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-03-15T15:30:00+01:00",
            "ends_at": "2018-03-15T17:00:00+01:00",
            "location": "Zeist",
            "chair_id": "p-anna",
            "secretary_id": "p-bas",
            "status": "held",
            "attendance": [{"person_id": "p-anna", "status": "present"}],
            "agenda": [
                {"id": "ai-21", "position": 1, "title": "Opening", "planned_minutes": 5},
                {"id": "ai-22", "position": 2, "title": "Verslag", "planned_minutes": 10},
                {"id": "ai-23", "position": 3, "title": "Thema", "planned_minutes": 30},
            ],
        }
    )
    document["actions"] += [
        {
            "id": "a-3",
            "number": "2018-03",
            "table_id": "tafel-1",
            "meeting_id": "m-2",
            "agenda_item_id": "ai-23",
            "description": "Thema uitwerken",
            "owner_id": "p-anna",
            "status": "open",
        },
        {
            "id": "a-4",
            "number": "2018-04",
            "table_id": "tafel-1",
            "description": "Website bijwerken",
            "owner_id": "p-anna",
            "status": "open",
        },
    ]
    return document


def load(database: Database, document: dict[str, Any], folder: Path) -> None:
    """Import ``document`` (a file without history: the import enters it as created now)."""
    path = folder / "two-meetings.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_file(database.session_factory, path)


def last_seq(database: Database) -> int:
    """The seq of the newest history entry (0 when there is none)."""
    with database.session_factory() as session:
        return int(session.scalar(select(func.max(HistoryEntry.seq))) or 0)


def backdate(database: Database, after_seq: int, at: datetime) -> None:
    """Make every entry written after ``after_seq`` have taken effect at ``at``."""
    with database.session_factory.begin() as session:
        session.execute(update(HistoryEntry).where(HistoryEntry.seq > after_seq).values(at=at))


def report_lines(
    database: Database, kind: str, record_id: str, path: Path, *, internal: bool = False
) -> list[str]:
    """The text of a report written through the services, paragraph by paragraph."""
    write_report(
        database.session_factory,
        kind,
        record_id,
        path,
        internal=internal,
        template=None,
        lang="nl",
    )
    return document_lines(path)

"""When the app made a document or mail draft of each kind for a meeting (``documents_sent``)."""

import json
from datetime import date

from sqlalchemy import select, update

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import DocumentKind, Meeting
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.conflicts import next_version
from ontwikkeltafel.store.engine import write_transaction

Sent = list[tuple[DocumentKind, date]]


def _parse(stored: str | None) -> Sent:
    if not stored:
        return []
    return [(DocumentKind(e["kind"]), date.fromisoformat(e["on"])) for e in json.loads(stored)]


def documents_sent(sessions: SessionFactory, meeting_id: str) -> Sent:
    """Every (kind, day) a document was made for the meeting, oldest first."""
    with sessions() as session:
        stored = session.scalar(select(Meeting.documents_sent).where(Meeting.id == meeting_id))
    return _parse(stored)


def last_sent(sent: Sent, kind: DocumentKind) -> date | None:
    """The last day a document of ``kind`` was made (None: never)."""
    days = [day for k, day in sent if k is kind]
    return max(days) if days else None


def record_sent(sessions: SessionFactory, meeting_id: str, kind: DocumentKind, on: date) -> None:
    """Note that a document of ``kind`` was made for the meeting on ``on`` (once per day)."""
    with write_transaction(sessions) as session:
        stored = session.scalar(select(Meeting.documents_sent).where(Meeting.id == meeting_id))
        exists = session.scalar(select(Meeting.id).where(Meeting.id == meeting_id))
        if exists is None:
            raise UserError("report.unknown_meeting", meeting_id=meeting_id)
        sent = _parse(stored)
        if (kind, on) in sent:
            return
        sent.append((kind, on))
        sent.sort(key=lambda entry: (entry[1], list(DocumentKind).index(entry[0])))
        value = json.dumps([{"kind": str(k), "on": d.isoformat()} for k, d in sent])
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(documents_sent=value, **next_version(Meeting))  # a stored change too
        )

"""Suggested file names for reports, invitations and exports, e.g. "Verslag 2024-05-14 …docx"."""

import re
from datetime import date

from sqlalchemy import select

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.model import AMSTERDAM, Meeting, Table
from ontwikkeltafel.services import SessionFactory

MAX_STEM = 120  # characters before the extension: well within every file system's limit

# Not allowed in a file name on Windows (and "/" nowhere), nor control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MEETING_KINDS = ("minutes", "agenda", "invitation", "attendance")


def safe_file_name(stem: str, extension: str) -> str:
    """``stem`` made fit for a file name on any system, then ``extension`` (".docx")."""
    cleaned = " ".join(_FORBIDDEN.sub(" ", stem).split())[:MAX_STEM].rstrip(" .")
    return f"{cleaned or 'Ontwikkeltafel'}{extension}"


def _meeting(sessions: SessionFactory, meeting_id: str) -> tuple[date, str]:
    query = (
        select(Meeting.starts_at, Meeting.title, Table.title)
        .outerjoin(Table, Meeting.table_id == Table.id)
        .where(Meeting.id == meeting_id)
    )
    with sessions() as session:
        row = session.execute(query).first()
    if row is None:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    starts_at, title, table_title = row
    return starts_at.astimezone(AMSTERDAM).date(), table_title or title


def _table(sessions: SessionFactory, table_id: str) -> str:
    with sessions() as session:
        title = session.scalar(select(Table.title).where(Table.id == table_id))
    if title is None:
        raise UserError("report.unknown_table", table_id=table_id)
    return title


def report_file_name(
    sessions: SessionFactory, kind: str, record_id: str, lang: str, today: date | None = None
) -> str:
    """A name for the report ``kind`` of ``record_id``, or for its invitation ("invitation").

    A meeting's documents carry its date and its table (or its own title); a table's
    carry the table and the day they were made.
    """
    if kind in MEETING_KINDS:
        day, name = _meeting(sessions, record_id)
    else:
        day, name = today or date.today(), _table(sessions, record_id)
    stem = message(f"file_name.{kind}", lang, date=day.isoformat(), name=name)
    return safe_file_name(stem, ".ics" if kind == "invitation" else ".docx")


def export_file_name(
    sessions: SessionFactory, table_id: str | None, lang: str, today: date | None = None
) -> str:
    """A name for an export of everything, or of one table, made today."""
    name = message("file_name.everything", lang) if table_id is None else _table(sessions, table_id)
    day = (today or date.today()).isoformat()
    return safe_file_name(message("file_name.export", lang, name=name, date=day), ".json")

"""What deleting a table or a meeting takes with it, counted, so the user is asked knowingly."""

from typing import Any

from sqlalchemy import func, select

from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Attendance,
    Concern,
    Decision,
    DevelopmentPoint,
    Meeting,
    TableMember,
)
from ontwikkeltafel.services import SessionFactory


def _count(session: Any, model: Any, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def table_contents(sessions: SessionFactory, table_id: str) -> dict[str, int]:
    """What goes with a table, by kind (only kinds there are some of).

    Its meetings with their agenda items and decisions, its actions, concerns,
    development points and members.
    """
    meetings = select(Meeting.id).where(Meeting.table_id == table_id)
    items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meetings))
    with sessions() as session:
        counts = {
            "meetings": _count(session, Meeting, Meeting.table_id == table_id),
            "agenda_items": _count(session, AgendaItem, AgendaItem.meeting_id.in_(meetings)),
            "decisions": _count(session, Decision, Decision.agenda_item_id.in_(items)),
            "actions": _count(session, Action, Action.table_id == table_id),
            "concerns": _count(session, Concern, Concern.table_id == table_id),
            "development_points": _count(
                session, DevelopmentPoint, DevelopmentPoint.table_id == table_id
            ),
            "members": _count(session, TableMember, TableMember.table_id == table_id),
        }
    return {kind: n for kind, n in counts.items() if n}


def meeting_contents(sessions: SessionFactory, meeting_id: str) -> dict[str, int]:
    """What goes with a meeting: its agenda items, decisions and attendance.

    Its actions stay on the table's actielijst; they are counted as "actions_kept".
    """
    items = select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
    with sessions() as session:
        counts = {
            "agenda_items": _count(session, AgendaItem, AgendaItem.meeting_id == meeting_id),
            "decisions": _count(session, Decision, Decision.agenda_item_id.in_(items)),
            "attendance": _count(session, Attendance, Attendance.meeting_id == meeting_id),
            "actions_kept": _count(session, Action, Action.meeting_id == meeting_id),
        }
    return {kind: n for kind, n in counts.items() if n}

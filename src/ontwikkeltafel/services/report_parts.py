"""Shared queries of the report services: people, headers, the numbered decisions, actions."""

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.exchange.values import AMSTERDAM
from ontwikkeltafel.model import Action as ActionRecord
from ontwikkeltafel.model import ActionStatus, AgendaItem, Decision, Meeting
from ontwikkeltafel.model import Person as PersonRecord
from ontwikkeltafel.reports import data

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def person(record: PersonRecord | None) -> data.Person | None:
    """A person as reports see them (None stays None)."""
    if record is None:
        return None
    organisation = record.organisation
    return data.Person(
        id=record.id,
        first_name=record.first_name,
        prefix=record.prefix,
        last_name=record.last_name,
        organisation=organisation.name if organisation else "",
        sector=organisation.sector if organisation else None,
        function=record.function,
        email=record.email,
    )


def local_date(moment: datetime) -> date:
    """The calendar date of a moment in Amsterdam."""
    return moment.astimezone(AMSTERDAM).date()


def header(meeting: Meeting) -> data.MeetingHeader:
    """The head of a verslag or convocatie."""
    return data.MeetingHeader(
        id=meeting.id,
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        status=meeting.status,
        minutes_approved_on=meeting.minutes_approved_on,
        table_id=meeting.table_id,
        table_title=meeting.table.title if meeting.table else "",
        chair=person(meeting.chair),
        secretary=person(meeting.secretary),
    )


def numbered_decisions(session: Session, meeting: Meeting) -> list[tuple[str, str, data.Decision]]:
    """(meeting id, agenda item id, decision) for the table's besluitenlijst, in date order.

    Numbers run over every decision, confidential ones too, so that a number means the
    same decision in the internal and the participant version. A stand-alone meeting
    numbers its own decisions.
    """
    query = (
        select(Decision, AgendaItem.confidential, Meeting)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .order_by(
            Meeting.starts_at, Meeting.id, AgendaItem.position, Decision.position, Decision.id
        )
    )
    if meeting.table_id is None:
        query = query.where(Meeting.id == meeting.id)
    else:
        query = query.where(Meeting.table_id == meeting.table_id)
    result = []
    for number, (decision, confidential, owner) in enumerate(session.execute(query), start=1):
        item = data.Decision(
            number=number,
            text=decision.text,
            taken_on=local_date(owner.starts_at),
            meeting_title=owner.title,
            confidential=confidential,
        )
        result.append((owner.id, decision.agenda_item_id, item))
    return result


def table_actions(session: Session, table_id: str | None, meeting_id: str) -> list[ActionRecord]:
    """The actions of a table (or, without a table, of the one meeting), with their owners."""
    query = select(ActionRecord).options(
        selectinload(ActionRecord.owner).selectinload(PersonRecord.organisation)
    )
    if table_id is None:
        query = query.where(ActionRecord.meeting_id == meeting_id)
    else:
        query = query.where(ActionRecord.table_id == table_id)
    return list(session.scalars(query))


def action(
    record: ActionRecord, confidential_items: set[str], agreed: dict[str, date]
) -> data.Action:
    """An action as reports show it; confidential when agreed under a confidential item."""
    return data.Action(
        number=record.number,
        description=record.description,
        owner=person(record.owner),
        due_on=record.due_on,
        status=record.status,
        done_on=record.done_on,
        agreed_on=agreed.get(record.meeting_id or ""),
        notes=record.notes,
        confidential=record.agenda_item_id in confidential_items,
    )


def confidential_items(session: Session, actions: list[ActionRecord]) -> set[str]:
    """The confidential agenda items the actions were agreed under (any meeting's)."""
    item_ids = sorted({a.agenda_item_id for a in actions if a.agenda_item_id})
    if not item_ids:
        return set()
    query = select(AgendaItem.id).where(
        AgendaItem.id.in_(item_ids), AgendaItem.confidential.is_(True)
    )
    return set(session.scalars(query))


def action_sort_key(item: data.Action) -> tuple[str, str]:
    """Actions in number order ("2018-02" before "2018-10")."""
    year, _, sequence = item.number.partition("-")
    return (year, sequence.zfill(6))

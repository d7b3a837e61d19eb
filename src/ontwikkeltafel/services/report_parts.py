"""Shared queries of the report services: people, headers, the numbered decisions, actions."""

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.exchange.values import AMSTERDAM
from ontwikkeltafel.model import Action as ActionRecord
from ontwikkeltafel.model import ActionStatus, AgendaItem, Decision, Meeting, Organisation
from ontwikkeltafel.model import Person as PersonRecord
from ontwikkeltafel.reports import data
from ontwikkeltafel.services.as_of import AsOf, deleted_since, typed

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


_PERSON = ("first_name", "prefix", "last_name", "organisation_id", "function", "email")


def person(record: PersonRecord | None, past: AsOf | None = None) -> data.Person | None:
    """A person as reports see them (None stays None); as at ``past``'s moment when given."""
    if record is None:
        return None
    if past is None:
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
            organisation_short=organisation.short_name if organisation else "",
        )
    made: data.Person | None = past.made.get(("people", record.id))
    if made is not None:
        return made
    values = past.values(record, _PERSON)
    organisation = record.organisation
    if values["organisation_id"] != record.organisation_id:
        organisation_id = values["organisation_id"]
        organisation = past.session.get(Organisation, organisation_id) if organisation_id else None
    named = past.values(organisation, ("name", "sector", "short_name")) if organisation else {}
    past.made["people", record.id] = result = data.Person(
        id=record.id,
        first_name=values["first_name"],
        prefix=values["prefix"],
        last_name=values["last_name"],
        organisation=named.get("name", ""),
        sector=named.get("sector"),
        function=values["function"],
        email=values["email"],
        organisation_short=named.get("short_name", ""),
    )
    return result


def load_people(past: AsOf, people: list[PersonRecord | None]) -> None:
    """Read the history of ``people`` and their organisations in a few queries."""
    known = [p for p in people if p is not None]
    past.load("people", [p.id for p in known])
    past.load("organisations", [p.organisation_id for p in known if p.organisation_id])


def local_date(moment: datetime) -> date:
    """The calendar date of a moment in Amsterdam."""
    return moment.astimezone(AMSTERDAM).date()


_HEADER = ("title", "kind", "starts_at", "ends_at", "location", "status", "minutes_approved_on")


def header(meeting: Meeting, past: AsOf | None = None) -> data.MeetingHeader:
    """The head of a verslag or convocatie; as at ``past``'s moment when given."""
    values = {name: getattr(meeting, name) for name in _HEADER}
    chair, secretary = meeting.chair, meeting.secretary
    if past is not None:
        values = past.values(meeting, (*_HEADER, "chair_id", "secretary_id"))
        chair_id, secretary_id = values.pop("chair_id"), values.pop("secretary_id")
        if chair_id != meeting.chair_id:
            chair = past.session.get(PersonRecord, chair_id) if chair_id else None
        if secretary_id != meeting.secretary_id:
            secretary = past.session.get(PersonRecord, secretary_id) if secretary_id else None
    return data.MeetingHeader(
        id=meeting.id,
        table_id=meeting.table_id,
        table_title=meeting.table.title if meeting.table else "",
        chair=person(chair, past),
        secretary=person(secretary, past),
        **values,
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


_PROGRESS = ("status", "done_on", "notes")
_TEXTS = ("description", "due_on", "owner_id")


def action(
    record: ActionRecord,
    confidential_items: set[str],
    agreed: dict[str, date],
    *,
    progress: AsOf | None = None,
    texts: AsOf | None = None,
) -> data.Action:
    """An action as reports show it; confidential when agreed under a confidential item.

    Its status, done date and notes are as at ``progress``'s moment, and what it is, by
    when and whose as at ``texts``'s, when given.
    """
    done = {name: getattr(record, name) for name in _PROGRESS}
    if progress is not None:
        done = progress.values(record, _PROGRESS)
    owner = record.owner
    what = {name: getattr(record, name) for name in _TEXTS}
    if texts is not None:
        what = texts.values(record, _TEXTS)
        owner_id = what["owner_id"]
        if owner_id != record.owner_id:
            owner = texts.session.get(PersonRecord, owner_id) if owner_id else None
    return data.Action(
        number=record.number,
        description=what["description"],
        owner=person(owner, texts),
        due_on=what["due_on"],
        status=done["status"],
        done_on=done["done_on"],
        agreed_on=agreed.get(record.meeting_id or ""),
        notes=done["notes"],
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


_NEXT = ("table_id", "starts_at", "location")


def next_meeting(
    session: Session, meeting: Meeting, meetings: list[Meeting], past: AsOf | None = None
) -> data.NextMeeting | None:
    """The first meeting of the table after ``meeting`` (of ``meetings``, the table's now).

    As it is, or with ``past`` as it stood at its moment: a meeting made since was not
    there, one deleted since was, and each had the time and place it had then.
    """
    if meeting.table_id is None:
        return None
    others = {m.id: m for m in meetings if m.id != meeting.id}
    if past is None:
        found = [(m.starts_at, m.id, m.location) for m in others.values()]
        start = meeting.starts_at
    else:
        start = past.value(meeting, "starts_at")
        gone = deleted_since(session, "meetings", past.moment, "table_id", meeting.table_id)
        gone = [i for i in gone if i not in others and i != meeting.id]
        past.load("meetings", [*others, *gone])
        found = []
        for meeting_id in [*others, *gone]:
            stood = past.past("meetings", meeting_id)
            if not stood.existed:
                continue
            if meeting_id in others:
                values = past.values(others[meeting_id], _NEXT)
            else:
                values = typed(Meeting, stood.values)
            if values.get("table_id") == meeting.table_id and values.get("starts_at"):
                found.append((values["starts_at"], meeting_id, values.get("location") or ""))
    later = [item for item in found if item[0] > start]
    if not later:
        return None
    starts_at, _id, location = min(later)
    return data.NextMeeting(starts_at=starts_at, location=location)

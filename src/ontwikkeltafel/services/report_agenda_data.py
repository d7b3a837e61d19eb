"""Query services of the convocatie (as it stood at the meeting's start) and the invitation."""

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontwikkeltafel.model import Action as ActionRecord
from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItem,
    Meeting,
    MeetingStatus,
    MemberRole,
    Person,
    TableMember,
)
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.as_of import AsOf, deleted_since, revisions, typed
from ontwikkeltafel.services.report_data import (
    ItemView,
    agenda_entries,
    items_now,
    load_meeting,
    table_meetings,
    visible,
)
from ontwikkeltafel.services.report_parts import (
    OPEN,
    action,
    confidential_items,
    header,
    load_people,
    local_date,
    person,
    table_actions,
)

_ITEM = ("meeting_id", "position", "title", "kind", "planned_minutes", "presenter_id")
_ITEM_TEXT = ("description", "minutes", "confidential")


def agenda_data(sessions: SessionFactory, meeting_id: str, internal: bool) -> data.AgendaData:
    """The convocatie as it stood at the earlier of now and the meeting's start.

    The agenda then; the actions agreed at earlier meetings that were open then; the
    previous verslag to adopt when it was waiting for adoption then, adopted since or not.
    """
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        now = datetime.now(UTC)
        # Before the meeting the convocatie is as things are: no history to read.
        then = AsOf(session, meeting.starts_at) if meeting.starts_at < now else None
        meetings = table_meetings(session, meeting)
        earlier = [m for m in meetings if m.starts_at < meeting.starts_at]
        agreed = {m.id: local_date(m.starts_at) for m in meetings}
        before = {m.id for m in earlier}
        records = [
            r
            for r in table_actions(session, meeting.table_id, meeting.id)
            if r.meeting_id in before or r.meeting_id not in agreed
        ]
        records, reopened = _open_then(records, then)
        if then is not None:
            load_people(then, [r.owner for r in records] + [meeting.chair, meeting.secretary])
        secret = confidential_items(session, records)
        open_actions = []
        for record in records:
            item = action(record, secret, agreed, progress=then, texts=then)
            if record.id in reopened:
                item = replace(item, status=ActionStatus.OPEN, done_on=None)
            open_actions.append(item)
        head = replace(header(meeting, then), starts_at=meeting.starts_at, ends_at=meeting.ends_at)
        items = items_now(meeting) if then is None else items_as_of(session, meeting, then)
        return data.AgendaData(
            meeting=head,
            agenda=agenda_entries(meeting, items, {}, {}, internal),
            previous_minutes=_to_adopt(earlier[-1], meeting, then) if earlier else None,
            open_actions=visible(open_actions, internal),
            invitees=_invitees(session, meeting),
            internal=internal,
            table_secretary=_table_secretary(session, meeting, then),
        )


def _open_then(
    records: list[ActionRecord], then: AsOf | None
) -> tuple[list[ActionRecord], set[str]]:
    """The actions open at ``then``'s moment (now without one), and which of them are done.

    Those are open then all the same: done after then, or that day when no history
    says it was before.
    """
    if then is None:
        return [r for r in records if r.status in OPEN], set()
    then.load("actions", [r.id for r in records])
    day = local_date(then.moment)
    found, reopened = [], set()
    for record in records:
        if not then.existed(record):
            continue
        values = then.values(record, ("status", "done_on"))
        status, done = values["status"], values["done_on"]
        if status not in OPEN:
            told = "status" in then.past("actions", record.id).known
            if done is None or not (done > day or (done == day and not told)):
                continue
            reopened.add(record.id)
        found.append(record)
    return found, reopened


def _to_adopt(previous: Meeting, meeting: Meeting, then: AsOf | None) -> data.MeetingHeader:
    """The previous meeting as it stood then; adopted at this meeting or later is a concept."""
    head = header(previous, then)
    told = then is not None and "status" in then.past("meetings", previous.id).known
    adopted = head.minutes_approved_on
    if (
        not told
        and head.status is MeetingStatus.MINUTES_APPROVED
        and adopted is not None
        and adopted >= local_date(meeting.starts_at)
    ):
        head = replace(head, status=MeetingStatus.MINUTES_DRAFT, minutes_approved_on=None)
    return head


def items_as_of(session: Session, meeting: Meeting, then: AsOf) -> list[ItemView]:
    """The agenda items of ``meeting`` as they stood at ``then``'s moment, in order."""
    current = {item.id: item for item in meeting.agenda}
    gone = [
        i
        for i in deleted_since(session, "agenda", then.moment, "meeting_id", meeting.id)
        if i not in current
    ]
    then.load("agenda", [*current, *gone])
    load_people(then, [item.presenter for item in meeting.agenda])
    views = []
    for item_id in [*current, *gone]:
        past = then.past("agenda", item_id)
        if not past.existed:
            continue
        if item_id in current:
            values = then.values(current[item_id], (*_ITEM, *_ITEM_TEXT))
        else:
            values = typed(AgendaItem, past.values)
        if values.get("meeting_id") != meeting.id:
            continue
        presenter_id = values.get("presenter_id")
        presenter = session.get(Person, presenter_id) if presenter_id else None
        views.append(
            ItemView(
                id=item_id,
                position=values["position"],
                title=values["title"],
                kind=values["kind"],
                planned_minutes=values.get("planned_minutes"),
                presenter=person(presenter, then),
                description=values.get("description", ""),
                minutes=values.get("minutes", ""),
                confidential=bool(values.get("confidential", False)),
            )
        )
    return sorted(views, key=lambda view: (view.position, view.id))


def _invitees(session: Session, meeting: Meeting) -> tuple[data.Person, ...]:
    """The table's members and whoever is on the meeting's attendance list, once each."""
    people: dict[str, data.Person] = {}
    if meeting.table_id is not None:
        query = (
            select(TableMember)
            .where(TableMember.table_id == meeting.table_id)
            .options(selectinload(TableMember.person).selectinload(Person.organisation))
            .order_by(TableMember.position)
        )
        for member in session.scalars(query):
            people[member.person_id] = person(member.person)  # type: ignore[assignment]
    for entry in meeting.attendance:
        people.setdefault(entry.person_id, person(entry.person))  # type: ignore[arg-type]
    return tuple(people.values())


def _table_secretary(
    session: Session, meeting: Meeting, then: AsOf | None = None
) -> data.Person | None:
    """The table's first member with the role secretary (as a person stood at ``then``)."""
    if meeting.table_id is None:
        return None
    query = (
        select(TableMember)
        .where(TableMember.table_id == meeting.table_id, TableMember.role == MemberRole.SECRETARY)
        .options(selectinload(TableMember.person).selectinload(Person.organisation))
        .order_by(TableMember.position)
        .limit(1)
    )
    member = session.scalars(query).first()
    return person(member.person, then) if member is not None else None


def invite_data(sessions: SessionFactory, meeting_id: str) -> data.InviteData:
    """An invitation: never internal, it goes to everyone invited.

    Its sequence counts the changes to the meeting's time, place and agenda, so that a
    calendar takes a new invitation for a moved meeting as an update.
    """
    with sessions() as session:
        meeting = load_meeting(session, meeting_id)
        return data.InviteData(
            meeting=header(meeting),
            agenda=agenda_entries(meeting, items_now(meeting), {}, {}, internal=False),
            organizer=person(meeting.secretary),
            attendees=_invitees(session, meeting),
            sequence=revisions(session, meeting.id, [item.id for item in meeting.agenda]),
            table_secretary=_table_secretary(session, meeting),
        )

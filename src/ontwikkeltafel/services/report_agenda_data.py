"""Query services of the convocatie (as it stood at the meeting's start) and the invitation."""

from dataclasses import replace
from datetime import UTC, datetime
from typing import Final

from ontwikkeltafel.model import ActionStatus, MeetingStatus, MemberRole
from ontwikkeltafel.reports import data
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.past import AsOf, deleted_since, revisions, typed
from ontwikkeltafel.services.report_rows import (
    OPEN,
    ItemView,
    action,
    agenda_entries,
    agenda_items,
    confidential_items,
    items_now,
    table_actions,
    visible,
)
from ontwikkeltafel.services.report_stood import (
    People,
    Record,
    attendance,
    header,
    local_date,
    meeting_record,
    seats,
    table_meetings,
)
from ontwikkeltafel.store.plain import Plain

_ITEM: Final = ("meeting_id", "position", "title", "kind", "planned_minutes", "presenter_id")
_ITEM_TEXT: Final = ("description", "minutes", "confidential")


def agenda_data(source: Source, meeting_id: str, internal: bool) -> data.AgendaData:
    """The convocatie as it stood at the earlier of now and the meeting's start.

    The agenda then; the actions agreed at earlier meetings that were open then; the
    previous verslag to adopt when it was waiting for adoption then, adopted since or not.
    """
    with plain_of(source) as db:
        meeting = meeting_record(db, meeting_id)
        starts = meeting["starts_at"]
        # Before the meeting the convocatie is as things are: no history to read.
        then = AsOf(db, starts) if starts < datetime.now(UTC) else None
        people = People(db, then)
        meetings = table_meetings(db, meeting)
        earlier = [m for m in meetings if m["starts_at"] < starts]
        agreed = {m["id"]: local_date(m["starts_at"]) for m in meetings}
        before = {m["id"] for m in earlier}
        records = [
            r
            for r in table_actions(db, meeting["table_id"], meeting["id"])
            if r["meeting_id"] in before or r["meeting_id"] not in agreed
        ]
        records, reopened = _open_then(records, then)
        people.load([r["owner_id"] for r in records] + [meeting["chair_id"]])
        secret = confidential_items(db, records)
        open_actions = []
        for record in records:
            item = action(record, secret, agreed, people, progress=then)
            if record["id"] in reopened:
                item = replace(item, status=ActionStatus.OPEN, done_on=None)
            open_actions.append(item)
        head = replace(header(meeting, people), starts_at=starts, ends_at=meeting["ends_at"])
        if then is None:
            items = items_now(agenda_items(db, meeting["id"]), people)
        else:
            items = _items_then(db, meeting, then, people)
        return data.AgendaData(
            meeting=head,
            agenda=agenda_entries(starts, items, {}, {}, internal),
            previous_minutes=_to_adopt(earlier[-1], meeting, people) if earlier else None,
            open_actions=visible(open_actions, internal),
            invitees=_invitees(db, meeting, people if then is None else People(db)),
            internal=internal,
            table_secretary=_table_secretary(db, meeting, people),
        )


def _open_then(records: list[Record], then: AsOf | None) -> tuple[list[Record], set[str]]:
    """The actions open at ``then``'s moment (now without one), and which of them are done.

    Those are open then all the same: done after then, or that day when no history
    says it was before.
    """
    if then is None:
        return [r for r in records if r["status"] in OPEN], set()
    then.load("actions", [r["id"] for r in records])
    day = local_date(then.moment)
    found, reopened = [], set()
    for record in records:
        if not then.existed("actions", record["id"]):
            continue
        values = then.values("actions", record, ("status", "done_on"))
        status, done = values["status"], values["done_on"]
        if status not in OPEN:
            told = "status" in then.past("actions", record["id"]).known
            if done is None or not (done > day or (done == day and not told)):
                continue
            reopened.add(record["id"])
        found.append(record)
    return found, reopened


def _to_adopt(previous: Record, meeting: Record, people: People) -> data.MeetingHeader:
    """The previous meeting as it stood then; adopted at this meeting or later is a concept."""
    head = header(previous, people)
    then = people.then
    told = then is not None and "status" in then.past("meetings", previous["id"]).known
    adopted = head.minutes_approved_on
    if (
        not told
        and head.status is MeetingStatus.MINUTES_APPROVED
        and adopted is not None
        and adopted >= local_date(meeting["starts_at"])
    ):
        head = replace(head, status=MeetingStatus.MINUTES_DRAFT, minutes_approved_on=None)
    return head


def _items_then(db: Plain, meeting: Record, then: AsOf, people: People) -> list[ItemView]:
    """The agenda items of ``meeting`` as they stood at ``then``'s moment, in order."""
    current = {r["id"]: r for r in agenda_items(db, meeting["id"])}
    gone = [
        i
        for i in deleted_since(db, "agenda", then.moment, "meeting_id", meeting["id"])
        if i not in current
    ]
    then.load("agenda", [*current, *gone])
    people.load([r["presenter_id"] for r in current.values()])
    views = []
    for item_id in [*current, *gone]:
        past = then.past("agenda", item_id)
        if not past.existed:
            continue
        if item_id in current:
            values = then.values("agenda", current[item_id], (*_ITEM, *_ITEM_TEXT))
        else:
            values = typed("agenda", past.values)
        if values.get("meeting_id") != meeting["id"]:
            continue
        views.append(
            ItemView(
                id=item_id,
                position=values["position"],
                title=values["title"],
                kind=values["kind"],
                planned_minutes=values.get("planned_minutes"),
                presenter=people.get(values.get("presenter_id")),
                description=values.get("description", ""),
                minutes=values.get("minutes", ""),
                confidential=bool(values.get("confidential", False)),
            )
        )
    return sorted(views, key=lambda view: (view.position, view.id))


def _invitees(db: Plain, meeting: Record, people: People) -> tuple[data.Person, ...]:
    """The table's members and whoever is on the meeting's attendance list, once each."""
    ids = [s["person_id"] for s in seats(db, meeting["table_id"])]
    ids += [a["person_id"] for a in attendance(db, meeting["id"])]
    people.load(ids)
    found: dict[str, data.Person] = {}
    for person_id in ids:
        made = people.get(person_id)
        if made is not None:
            found.setdefault(person_id, made)
    return tuple(found.values())


def _table_secretary(db: Plain, meeting: Record, people: People) -> data.Person | None:
    """The table's first member with the role secretary (as ``people`` gives them)."""
    found = [s for s in seats(db, meeting["table_id"]) if s["role"] is MemberRole.SECRETARY]
    return people.get(found[0]["person_id"]) if found else None


def invite_data(source: Source, meeting_id: str) -> data.InviteData:
    """An invitation: never internal, it goes to everyone invited.

    Its sequence counts the changes to the meeting's time, place and agenda, so that a
    calendar takes a new invitation for a moved meeting as an update.
    """
    with plain_of(source) as db:
        meeting = meeting_record(db, meeting_id)
        people = People(db)
        items = items_now(agenda_items(db, meeting["id"]), people)
        return data.InviteData(
            meeting=header(meeting, people),
            agenda=agenda_entries(meeting["starts_at"], items, {}, {}, internal=False),
            organizer=people.get(meeting["secretary_id"]),
            attendees=_invitees(db, meeting, people),
            sequence=revisions(db, meeting["id"], [item.id for item in items]),
            table_secretary=_table_secretary(db, meeting, people),
        )

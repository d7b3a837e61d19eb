"""The iCalendar (RFC 5545) invitation for one meeting: its time, place, attendees and agenda."""

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from ontwikkeltafel.i18n import message
from ontwikkeltafel.reports.data import AgendaEntry, InviteData, MeetingHeader, Person
from ontwikkeltafel.reports.format import full_name, initials_name, local, time_of_day, when

if TYPE_CHECKING:
    # icalendar is imported where the invitation is made: the convocatie uses this
    # module's times only and should not pay for it.
    from icalendar import vCalAddress

PRODID: Final = "-//Ontwikkeltafel//NL"
DEFAULT_LENGTH: Final = timedelta(hours=2)


def invite_uid(meeting_id: str) -> str:
    """The UID of a meeting's event: the same on every export, so a calendar updates it."""
    return f"{meeting_id}@ontwikkeltafel"


def _planned_minutes(agenda: tuple[AgendaEntry, ...]) -> int:
    return sum(entry.planned_minutes or 0 for entry in agenda)


def meeting_end(meeting: MeetingHeader, agenda: tuple[AgendaEntry, ...]) -> datetime:
    """When the meeting ends: its end, else start plus the agenda's planned minutes, else +2 h."""
    start = local(meeting.starts_at)
    if meeting.ends_at is not None:
        return local(meeting.ends_at)
    minutes = _planned_minutes(agenda)
    return start + (timedelta(minutes=minutes) if minutes > 0 else DEFAULT_LENGTH)


def known_end(meeting: MeetingHeader, agenda: tuple[AgendaEntry, ...]) -> datetime | None:
    """The end to show: its own, else where the agenda's minutes lead when every item has them."""
    if meeting.ends_at is not None or not agenda:
        return meeting_end(meeting, agenda)
    if all(entry.planned_minutes for entry in agenda):
        return meeting_end(meeting, agenda)
    return None


def planned_times(
    meeting: MeetingHeader, agenda: tuple[AgendaEntry, ...]
) -> list[tuple[AgendaEntry, datetime | None]]:
    """Each item in order with its planned start, None where it is not known.

    The query service sets the start of every item whose start is known (every item
    before it, a left-out one too, has planned minutes) and leaves it out of the others.
    An agenda that comes without any starts gets them from the meeting's start and the
    minutes of the items before, as far as those have minutes.
    """
    ordered = sorted(agenda, key=lambda item: item.position)
    if any(entry.planned_start is not None for entry in ordered):
        return [
            (entry, local(entry.planned_start) if entry.planned_start is not None else None)
            for entry in ordered
        ]
    running: datetime | None = local(meeting.starts_at)
    timed: list[tuple[AgendaEntry, datetime | None]] = []
    for entry in ordered:
        timed.append((entry, running))
        minutes = entry.planned_minutes
        running = running + timedelta(minutes=minutes) if running and minutes else None
    return timed


def _agenda_lines(meeting: MeetingHeader, agenda: tuple[AgendaEntry, ...], lang: str) -> list[str]:
    lines: list[str] = []
    # Numbered 1, 2, 3 over what remains, as in the participants' convocatie.
    shown = [
        (entry, start) for entry, start in planned_times(meeting, agenda) if not entry.confidential
    ]
    for number, (entry, start) in enumerate(shown, start=1):
        title = entry.title.strip()
        if entry.presenter is not None:
            title = message("invite.presenter", lang, title=title, name=full_name(entry.presenter))
        planned = f"{time_of_day(start, lang)} " if start is not None else ""
        lines.append(f"{number}. {planned}{title}")
    return lines


def description(data: InviteData, lang: str) -> str:
    """The event's text: when, where, who chairs, the numbered agenda (nothing confidential)."""
    meeting = data.meeting
    lines = [
        message(
            "invite.when",
            lang,
            when=when(meeting.starts_at, known_end(meeting, data.agenda), lang),
        )
    ]
    if meeting.location.strip():
        lines.append(message("invite.location", lang, location=meeting.location.strip()))
    if meeting.chair is not None:
        lines.append(message("invite.chair", lang, name=initials_name(meeting.chair)))
    agenda = _agenda_lines(meeting, data.agenda, lang)
    if agenda:
        lines += ["", message("invite.agenda", lang), *agenda]
    return "\n".join(lines)


def summary(meeting: MeetingHeader, lang: str) -> str:
    """The meeting's title, with the table's title when it has one and the title lacks it."""
    title, table = meeting.title.strip(), meeting.table_title.strip()
    if not table or table.casefold() in title.casefold():
        return title or table
    if not title:
        return table
    return message("invite.summary_with_table", lang, title=title, table=table)


_EMAIL = re.compile(r"[^\s@<>\"()\[\],;:\\]+@[^\s@<>\"()\[\],;:\\]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def has_address(person: Person) -> bool:
    """Whether a person's e-mail is an address an invitation can be sent to."""
    email = person.email.strip()
    return bool(_EMAIL.fullmatch(email)) and not _CONTROL.search(email)


def _address(person: Person, **params: str | bool) -> "vCalAddress | None":
    """A mailto: address for a person, or None when their e-mail is not an address."""
    from icalendar import vCalAddress

    if not has_address(person):
        return None
    email = person.email.strip()
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = " ".join(_CONTROL.sub(" ", full_name(person)).split())
    for key, value in params.items():
        address.params[key] = ("TRUE" if value else "FALSE") if isinstance(value, bool) else value
    return address


def contact(meeting: MeetingHeader, table_secretary: Person | None) -> Person | None:
    """Who signs a convocatie and takes apologies: secretary, else chair, else table's secretary."""
    return meeting.secretary or meeting.chair or table_secretary


def _organizer(data: InviteData) -> "vCalAddress | None":
    """The first of the secretary, the chair and the table's secretary with an address."""
    meeting = data.meeting
    for person in (data.organizer, meeting.secretary, meeting.chair, data.table_secretary):
        address = _address(person) if person is not None else None
        if address is not None:
            return address
    return None


def unreachable(data: InviteData) -> list[str]:
    """The names of the invitees the invitation leaves out: they have no e-mail address."""
    names: list[str] = []
    seen: set[str] = set()
    for person in data.attendees:
        if person.id not in seen and not has_address(person):
            names.append(full_name(person))
        seen.add(person.id)
    return names


def _attendees(data: InviteData) -> "list[vCalAddress]":
    chair = data.meeting.chair
    seen: set[str] = set()
    result: list[vCalAddress] = []
    for person in data.attendees:
        key = person.email.strip().casefold()
        is_chair = chair is not None and person.id == chair.id
        role = "CHAIR" if is_chair else "REQ-PARTICIPANT"
        address = _address(person, ROLE=role, PARTSTAT="NEEDS-ACTION", RSVP=True)
        if address is not None and key not in seen:
            seen.add(key)
            result.append(address)
    return result


def invite_bytes(data: InviteData, lang: str, *, stamp: datetime | None = None) -> bytes:
    """One VCALENDAR with one VEVENT for the meeting, in ``lang``; ``stamp`` is DTSTAMP (now)."""
    from icalendar import Calendar, Event

    meeting = data.meeting
    start = local(meeting.starts_at)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", invite_uid(meeting.id))
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC))
    event.add("summary", summary(meeting, lang))
    event.add("dtstart", start)
    event.add("dtend", meeting_end(meeting, data.agenda))
    if meeting.location.strip():
        event.add("location", meeting.location.strip())
    organizer_address = _organizer(data)
    if organizer_address is not None:
        event.add("organizer", organizer_address)
    for attendee in _attendees(data):
        event.add("attendee", attendee)
    event.add("description", description(data, lang))
    event.add("sequence", data.sequence)
    event.add("status", "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones(
        first_date=date(start.year - 1, 1, 1), last_date=date(start.year + 2, 1, 1)
    )
    return bytes(calendar.to_ical())

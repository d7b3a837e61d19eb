"""Who a mail draft of a meeting goes to, and from whom (no Qt).

The participants' version goes to the members of the meeting's table (a stand-alone
meeting: to whoever is on its attendance list); an internal version only to the chair
and the secretary: the table's members with those roles and the meeting's own.
"""

from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Attendance, Meeting, MemberRole, Person, TableMember
from ontwikkeltafel.preferences import Preferences, email_is_valid
from ontwikkeltafel.services import SessionFactory


@dataclass(frozen=True)
class Recipient:
    """A name and an e-mail address, as a mail's To or From names them."""

    name: str
    email: str

    def address(self) -> Address:
        """The header's address: ``Anna de Vries <anna@voorbeeld.nl>``."""
        return Address(display_name=self.name, addr_spec=self.email)


@dataclass(frozen=True)
class Addressees:
    """Those a mail goes to, and the names of those left out for want of an e-mail address."""

    meeting_title: str
    table_id: str | None
    recipients: tuple[Recipient, ...]
    without_email: tuple[str, ...]


def full_name(person: Person) -> str:
    """First name, prefix and last name, as a mail names a person."""
    return " ".join(part for part in (person.first_name, person.prefix, person.last_name) if part)


def usable(email: str) -> str | None:
    """The address as a mail header can carry it, or None when it is no usable address."""
    email = email.strip()
    if not email or not email_is_valid(email) or not email.isascii():
        return None
    try:
        Address(addr_spec=email)
    except (HeaderParseError, ValueError, IndexError):
        return None
    return email


def sender(preferences: Preferences) -> Recipient:
    """The user as the mail's From and Reply-To; a UserError when Voorkeuren has no address."""
    email = preferences.email.strip()
    if not email:
        raise UserError("mail.no_sender")
    if usable(email) is None:
        raise UserError("mail.bad_sender", email=email)
    return Recipient(preferences.name.strip(), email)


def addressees(sessions: SessionFactory, meeting_id: str, internal: bool) -> Addressees:
    """The recipients of a meeting's mail, each address once, in the table's order."""
    query = (
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.attendance).selectinload(Attendance.person),
            selectinload(Meeting.chair),
            selectinload(Meeting.secretary),
        )
    )
    with sessions() as session:
        meeting = session.scalars(query).first()
        if meeting is None:
            raise UserError("report.unknown_meeting", meeting_id=meeting_id)
        members: list[tuple[Person, MemberRole]] = []
        if meeting.table_id is not None:
            seats = session.scalars(
                select(TableMember)
                .where(TableMember.table_id == meeting.table_id)
                .options(selectinload(TableMember.person))
                .order_by(TableMember.position)
            )
            members = [(seat.person, seat.role) for seat in seats]
        if internal:
            people = _chair_and_secretary(meeting, members)
        elif meeting.table_id is not None:
            people = [person for person, _role in members]
        else:
            people = [entry.person for entry in meeting.attendance]
        recipients, left_out = _split(people)
        return Addressees(meeting.title, meeting.table_id, recipients, left_out)


def _chair_and_secretary(
    meeting: Meeting, members: list[tuple[Person, MemberRole]]
) -> list[Person]:
    """The meeting's chair and secretary, then the table's members with those roles."""
    people = [p for p in (meeting.chair, meeting.secretary) if p is not None]
    for role in (MemberRole.CHAIR, MemberRole.SECRETARY):
        people += [person for person, seat in members if seat is role]
    return people


def _split(people: list[Person]) -> tuple[tuple[Recipient, ...], tuple[str, ...]]:
    """Those with a usable address (each address once) and the names of the others."""
    recipients: list[Recipient] = []
    left_out: list[str] = []
    seen_people: set[str] = set()
    seen_addresses: set[str] = set()
    for person in people:
        if person.id in seen_people:
            continue
        seen_people.add(person.id)
        email = usable(person.email)
        if email is None:
            left_out.append(full_name(person))
        elif email.casefold() not in seen_addresses:
            seen_addresses.add(email.casefold())
            recipients.append(Recipient(full_name(person), email))
    return tuple(recipients), tuple(left_out)

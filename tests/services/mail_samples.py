"""A small database for the mail drafts' tests, and reading an .eml back part by part."""

import email
import email.policy
import io
from email.message import EmailMessage
from typing import Any

import docx
import icalendar

from ontwikkeltafel.preferences import Preferences

SENDER = Preferences(name="Sanne Secretaris", email="sanne@tafel.nl")
SECRET = ("Casusbespreking", "groep 3", "Vertrouwelijk besluit")


def mail_document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document: Bas and IJsbrand with an address, Kees (a member) without one;
    a planned meeting m-2 with a confidential item; a stand-alone consultation."""
    people = {person["id"]: person for person in document["people"]}
    people["p-bas"]["email"] = "bas@ggd.nl"
    people["p-ijs"]["email"] = "ijsbrand@voorbeeld.nl"
    document["people"].append({"id": "p-kees", "first_name": "Kees", "last_name": "Bos"})
    document["tables"][0]["members"].append({"person_id": "p-kees", "role": "member"})
    document["meetings"] += [
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "kind": "table_session",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-03-15T15:30:00+01:00",
            "ends_at": "2018-03-15T17:00:00+01:00",
            "location": "Zeist, Het Baken",
            "status": "minutes_draft",
            "agenda": [
                {"id": "m2-1", "position": 1, "title": "Opening", "kind": "opening"},
                {
                    "id": "m2-2",
                    "position": 2,
                    "title": "Casusbespreking",
                    "confidential": True,
                    "minutes": "Een kind uit groep 3 werd besproken.",
                },
                {"id": "m2-3", "position": 3, "title": "Wijkteams en scholen"},
            ],
        },
        {
            "id": "los",
            "kind": "consultation",
            "title": "Overleg jeugdzorg",
            "starts_at": "2018-04-02T10:00:00+02:00",
            "attendance": [
                {"person_id": "p-ijs", "status": "present"},
                {"person_id": "p-kees", "status": "present"},
            ],
        },
    ]
    return document


def parse(content: bytes) -> EmailMessage:
    """The .eml read back as a mail program reads it."""
    parsed = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def addresses(mail: EmailMessage, header: str) -> list[str]:
    """The bare addresses of a header (To, From, Reply-To)."""
    value = mail[header]
    return [] if value is None else [a.addr_spec for a in value.addresses]


def attachments(mail: EmailMessage) -> dict[str, bytes]:
    """Each attachment's file name and content."""
    found: dict[str, bytes] = {}
    for part in mail.iter_attachments():
        assert isinstance(part, EmailMessage)
        content = part.get_payload(decode=True)
        assert isinstance(content, bytes)
        found[str(part.get_filename())] = content
    return found


def docx_text(content: bytes) -> str:
    """Every paragraph and table cell of a Word document (it opens with python-docx)."""
    document = docx.Document(io.BytesIO(content))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def ics_text(content: bytes) -> str:
    """The event's summary, location and description (it opens with icalendar)."""
    calendar = icalendar.Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    return "\n".join(str(event.get(name, "")) for name in ("SUMMARY", "LOCATION", "DESCRIPTION"))


def body_of(mail: EmailMessage) -> str:
    """The plain text body, its lines ended by newlines (on the wire CRLF)."""
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def every_text(mail: EmailMessage) -> str:
    """The subject, the body and the text of every attachment, opened."""
    texts = [str(mail["Subject"]), body_of(mail)]
    for name, content in attachments(mail).items():
        texts.append(ics_text(content) if name.endswith(".ics") else docx_text(content))
    return "\n".join(texts)

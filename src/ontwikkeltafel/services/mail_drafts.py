"""Mail drafts (.eml) of a meeting's uitnodiging, verslag or actielijst; nothing is sent (no Qt).

One RFC 5322 message made with the standard library's ``email`` package: UTF-8 headers,
a plain text body from the templates in Voorkeuren (Mailteksten), the documents attached
as the report builders make them, and ``X-Unsent: 1`` so that Outlook opens it as a draft
to send. A participants' mail is made from data that never held the confidential parts.
"""

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from ontwikkeltafel.catalogue import CATALOGUE
from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.model import DocumentKind, MeetingStatus
from ontwikkeltafel.preferences import (
    DEFAULT_MAIL_BODIES,
    DEFAULT_MAIL_SUBJECTS,
    Preferences,
    load_preferences,
)
from ontwikkeltafel.reports.data import AgendaEntry, MeetingHeader
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.mail_recipients import Addressees, addressees, sender
from ontwikkeltafel.services.progress import Meter, Progress

MAIL_KINDS = ("agenda", "minutes", "actions")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
SENT_KIND = {
    "agenda": DocumentKind.AGENDA,
    "minutes": DocumentKind.MINUTES,
    "actions": DocumentKind.ACTIONS,
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class MailDraft:
    """A draft made: the message, who it goes to, who was left out, what is attached."""

    message: EmailMessage
    addressees: Addressees
    attachments: tuple[str, ...]
    path: Path | None = None

    @property
    def subject(self) -> str:
        """The mail's subject line."""
        return str(self.message["Subject"])


def mail_text_kind(kind: str, status: MeetingStatus) -> str:
    """Which of Voorkeuren' Mailteksten a mail uses: a verslag's by the meeting's status."""
    if kind == "minutes":
        return "approved" if status is MeetingStatus.MINUTES_APPROVED else "minutes"
    return kind


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each known ``{name}`` replaced; anything else is left as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def build_mail(
    sessions: SessionFactory,
    kind: str,
    meeting_id: str,
    *,
    internal: bool,
    lang: str,
    preferences: Preferences | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> MailDraft:
    """The draft of one kind of mail ("agenda", "minutes", "actions") of a meeting.

    A UserError (nothing made) when Voorkeuren has no e-mail address, the meeting is
    unknown, or an actielijst is asked for a meeting that belongs to no table.
    """
    if kind not in MAIL_KINDS:
        raise ValueError(f"unknown kind of mail: {kind!r}")
    meter = Meter(progress)
    meter.reach(0)
    preferences = preferences or load_preferences()
    author = sender(preferences)
    to = addressees(sessions, meeting_id, internal)
    if kind == "actions" and to.table_id is None:
        raise UserError("mail.no_table", title=to.meeting_title)
    header, agenda = _meeting_view(sessions, meeting_id, internal)
    meter.reach(20)
    files = _attachments(sessions, kind, meeting_id, to.table_id, internal, lang)
    meter.reach(80)
    text_kind = mail_text_kind(kind, header.status)
    subject, body = _texts(preferences, text_kind, lang)
    values = _values(header, agenda, [name for name, _m, _c in files], preferences, lang)
    mail = EmailMessage(policy=SMTP)
    mail["From"] = author.address()
    mail["Reply-To"] = author.address()
    if to.recipients:
        mail["To"] = [recipient.address() for recipient in to.recipients]
    mail["Subject"] = " ".join(fill(subject, values).split())
    mail["Date"] = format_datetime((now or datetime.now()).astimezone())
    mail["X-Unsent"] = "1"
    mail.set_content(fill(body, values), charset="utf-8")
    for name, (maintype, subtype), content in files:
        mail.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    meter.reach(90)
    return MailDraft(mail, to, tuple(name for name, _m, _c in files))


def write_mail(
    sessions: SessionFactory,
    kind: str,
    meeting_id: str,
    output: Path,
    *,
    internal: bool,
    lang: str,
    preferences: Preferences | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> MailDraft:
    """Write the draft to ``output`` (.eml) and note in the meeting that it was made."""
    from ontwikkeltafel.files import write_atomically
    from ontwikkeltafel.services.documents_sent import record_sent

    draft = build_mail(
        sessions,
        kind,
        meeting_id,
        internal=internal,
        lang=lang,
        preferences=preferences,
        progress=progress,
    )
    content = draft.message.as_bytes()
    write_atomically(output, lambda stream: stream.write(content), "export.cannot_write")
    record_sent(sessions, meeting_id, SENT_KIND[kind], today or date.today())
    return MailDraft(draft.message, draft.addressees, draft.attachments, output)


def _texts(preferences: Preferences, text_kind: str, lang: str) -> tuple[str, str]:
    """The subject and body templates; an unchanged Dutch default in the mail's language."""
    subject, body = preferences.mail_text(text_kind)
    if lang != "nl":
        if subject == DEFAULT_MAIL_SUBJECTS[text_kind]:
            subject = CATALOGUE[f"mail.default.{text_kind}.subject"][lang]
        if body == DEFAULT_MAIL_BODIES[text_kind]:
            body = CATALOGUE[f"mail.default.{text_kind}.body"][lang]
    return subject, body


def _meeting_view(
    sessions: SessionFactory, meeting_id: str, internal: bool
) -> tuple[MeetingHeader, tuple[AgendaEntry, ...]]:
    """The meeting's head and its agenda as the version (participants', internal) shows them."""
    from ontwikkeltafel.services.report_agenda_data import agenda_data

    data = agenda_data(sessions, meeting_id, internal)
    return data.meeting, data.agenda


Attachment = tuple[str, tuple[str, str], bytes]


def _attachments(
    sessions: SessionFactory,
    kind: str,
    meeting_id: str,
    table_id: str | None,
    internal: bool,
    lang: str,
) -> list[Attachment]:
    """The documents of the mail, made by the report builders in a temporary folder."""
    from ontwikkeltafel.services.file_names import report_file_name
    from ontwikkeltafel.services.report_files import report_builder

    record_id = table_id if kind == "actions" else meeting_id
    assert record_id is not None
    name = report_file_name(sessions, kind, record_id, lang)
    if internal:
        name = message("file_name.internal", lang, name=Path(name).stem) + ".docx"
    gather, write = report_builder(kind)
    files = [
        (
            name,
            DOCX,
            _made(
                lambda path: write(
                    gather(sessions, record_id, internal), path, lang=lang, template=None
                )
            ),
        )
    ]
    if kind == "agenda":
        from ontwikkeltafel.reports.invite import invite_bytes
        from ontwikkeltafel.services.report_agenda_data import invite_data

        ics = report_file_name(sessions, "invitation", meeting_id, lang)
        content = invite_bytes(invite_data(sessions, meeting_id), lang)
        files.append((ics, ("text", "calendar"), content))
    return files


def _made(write: Callable[[Path], Any]) -> bytes:
    """The bytes of a file ``write`` makes at a path in a temporary folder (then removed)."""
    with tempfile.TemporaryDirectory(prefix="ontwikkeltafel-mail-") as folder:
        path = Path(folder) / "document.docx"
        write(path)
        return path.read_bytes()


def _values(
    header: MeetingHeader,
    agenda: tuple[AgendaEntry, ...],
    attachments: list[str],
    preferences: Preferences,
    lang: str,
) -> dict[str, str]:
    """What the placeholders of the templates stand for."""
    from ontwikkeltafel.reports.format import clock, local, long_date, time_range
    from ontwikkeltafel.reports.invite import known_end, summary

    start = local(header.starts_at)
    end = known_end(header, agenda)
    lines = [
        message(
            "mail.confidential_line" if entry.confidential else "mail.agenda_line",
            lang,
            number=number,
            title=entry.title.strip(),
        )
        for number, entry in enumerate(sorted(agenda, key=lambda e: e.position), start=1)
    ]
    return {
        "tafel": header.table_title.strip() or header.title.strip(),
        "bijeenkomst": summary(header, lang),
        "datum": long_date(start, lang),
        "tijd": time_range(start, end, lang) if end is not None else clock(start, lang),
        "plaats": header.location.strip() or message("mail.no_place", lang),
        "agenda": "\n".join(lines) or message("mail.no_agenda", lang),
        "bijlagen": "\n".join(message("mail.attachment_line", lang, name=n) for n in attachments),
        "naam": preferences.name.strip(),
    }

"""The convocatie of a meeting: the invitation, the agenda with its times, what to read."""

from pathlib import Path

from ontwikkeltafel.i18n import message
from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.reports.data import AgendaData
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import (
    full_name,
    initials_name,
    long_date,
    time_of_day,
    when,
)
from ontwikkeltafel.reports.invite import contact, known_end, planned_times
from ontwikkeltafel.reports.meeting_parts import (
    actions_table,
    body_rows,
    cell_lines,
    details,
    fit_widths,
    keep_end_together,
    mark_cell,
    start_report,
    table_name,
)

AGENDA_WIDTHS_CM = (0.9, 1.4, 9.6, 3.0, 1.1)  # Nr, Tijd, Onderwerp, Door, Min.: 16 cm of text
_AWAITING_ADOPTION = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT)


def write_convocation(data: AgendaData, path: Path, *, lang: str, template: Path | None) -> None:
    """Write the convocatie of ``data.meeting`` to ``path`` in ``lang`` on ``template``.

    An internal version (``data.internal``) marks every confidential part "Vertrouwelijk";
    a participant version never held them.
    """
    meeting = data.meeting
    subject = message("agenda.subject", lang, table=table_name(meeting))
    doc = start_report(meeting, template, subject=subject, lang=lang, internal=data.internal)
    _invitation(doc, data, lang)
    _agenda(doc, data, lang)
    _reading(doc, data, lang)
    doc.save(path)


def _invitation(doc: ReportDocument, data: AgendaData, lang: str) -> None:
    """The letter: who is invited to what, when, where, who chairs; signed by the secretary."""
    meeting = data.meeting
    title, table = meeting.title.strip(), meeting.table_title.strip()
    doc.title(title)
    above = [table] if table and table != title else []
    doc.subtitle("\n".join([*above, message("agenda.kind", lang)]))
    doc.paragraph(message("agenda.salutation", lang))
    if table:
        doc.paragraph(message("agenda.invite_table", lang, table=table))
    else:
        doc.paragraph(message("agenda.invite_meeting", lang, title=title))
    end = known_end(meeting, data.agenda)
    details(
        doc,
        [
            (message("meeting.date", lang), [when(meeting.starts_at, end, lang)]),
            (message("meeting.place", lang), [meeting.location]),
            (message("meeting.chair", lang), [full_name(meeting.chair)] if meeting.chair else []),
        ],
    )
    secretary = contact(meeting, data.table_secretary)
    if secretary is not None:
        name, email = full_name(secretary), secretary.email.strip()
        if email:
            doc.paragraph(message("agenda.apologies_email", lang, name=name, email=email))
        else:
            doc.paragraph(message("agenda.apologies", lang, name=name))
    doc.paragraph(message("agenda.closing", lang))
    signature = [message("agenda.regards", lang)]
    if secretary is not None:
        signature += ["", full_name(secretary)]
        role = (part.strip() for part in (secretary.function, secretary.organisation))
        signature.append(", ".join(part for part in role if part))
    doc.paragraph("\n".join(signature).rstrip())


def _agenda(doc: ReportDocument, data: AgendaData, lang: str) -> None:
    """The agenda table: Nr, Tijd, Onderwerp (with what was prepared), Door, Min."""
    doc.heading(message("agenda.agenda", lang))
    headers = [message("meeting.col_number", lang)]
    headers += [message(f"agenda.col_{key}", lang) for key in ("time", "subject", "by", "minutes")]
    rows = []
    timed = [
        (n, entry, start)
        for n, (entry, start) in enumerate(planned_times(data.meeting, data.agenda), start=1)
    ]
    for number, entry, start in timed:
        subject = [entry.title.strip(), *cell_lines(entry.description)]
        if entry.confidential:
            subject.insert(0, message("report.confidential", lang))
        rows.append(
            (
                str(number),
                time_of_day(start, lang) if start is not None else "",
                "\n".join(subject),
                initials_name(entry.presenter) if entry.presenter else "",
                str(entry.planned_minutes) if entry.planned_minutes else "",
            )
        )
    doc.table(headers, rows, widths_cm=fit_widths(doc, AGENDA_WIDTHS_CM, 2))
    keep_end_together(doc)
    for cells, (_number, entry, _start) in zip(body_rows(doc), timed, strict=True):
        mark_cell(cells[2], confidential=entry.confidential, details_from=1)


def _reading(doc: ReportDocument, data: AgendaData, lang: str) -> None:
    """The concept verslag to adopt and the open actions; left out when there is neither."""
    previous = data.previous_minutes
    if previous is not None and previous.status not in _AWAITING_ADOPTION:
        previous = None
    if previous is None and not data.open_actions:
        return
    doc.heading(message("agenda.reading", lang))
    if previous is not None:
        doc.bullets(
            [
                message(
                    "agenda.previous_minutes",
                    lang,
                    title=previous.title.strip(),
                    date=long_date(previous.starts_at, lang),
                )
            ]
        )
    if data.open_actions:
        doc.paragraph(message("agenda.open_actions", lang))
        actions_table(doc, data.open_actions, lang)

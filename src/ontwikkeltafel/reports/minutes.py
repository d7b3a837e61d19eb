"""The verslag of a meeting: header, attendance, each agenda item, besluiten- en actielijst."""

from collections.abc import Sequence
from pathlib import Path

from docx.shared import Pt

from ontwikkeltafel.i18n import message
from ontwikkeltafel.model import AttendanceStatus, MeetingStatus
from ontwikkeltafel.reports.data import Action, AgendaEntry, Decision, MinutesData
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import (
    attendee_line,
    by_status,
    initials_name,
    long_date,
    order_present,
    sortable_date,
    time_of_day,
    when,
    with_affiliation,
)
from ontwikkeltafel.reports.meeting_parts import (
    actions_table,
    body_rows,
    details,
    fit_widths,
    keep_end_together,
    last_paragraph,
    mark_cell,
    numbered,
    start_report,
    table_name,
)

DECISION_WIDTHS_CM = (1.2, 2.3, 12.5)  # Nr, Datum, Besluit: 16 cm of text
_NOT_PRESENT = (
    ("minutes.excused", AttendanceStatus.EXCUSED),
    ("minutes.absent", AttendanceStatus.ABSENT),
    ("minutes.guests", AttendanceStatus.GUEST),
)


def write_minutes(data: MinutesData, path: Path, *, lang: str, template: Path | None) -> None:
    """Write the verslag of ``data.meeting`` to ``path`` in ``lang`` on ``template``.

    An internal version (``data.internal``) marks every confidential part "Vertrouwelijk";
    a participant version never held them.
    """
    meeting = data.meeting
    subject = message("minutes.subject", lang, table=table_name(meeting))
    doc = start_report(meeting, template, subject=subject, lang=lang, internal=data.internal)
    if meeting.status is not MeetingStatus.MINUTES_APPROVED:
        doc.mark_pages(message("minutes.draft_mark", lang))
    _header(doc, data, lang)
    for number, entry in numbered(data.agenda):
        _item(doc, number, entry, lang, data.internal)
    _decisions(doc, data.decisions, lang)
    doc.heading(message("minutes.actions", lang))
    actions_table(doc, data.actions, lang)
    _next_meeting(doc, data, lang)
    _adoption_line(doc, data, lang)
    doc.save(path)


def status_line(data: MinutesData, lang: str) -> str:
    """The status: "Conceptverslag" until adopted, then "Verslag vastgesteld op <date>"."""
    meeting = data.meeting
    if meeting.status is not MeetingStatus.MINUTES_APPROVED:
        return message("minutes.draft", lang)
    if meeting.minutes_approved_on is None:
        return message("minutes.approved_undated", lang)
    return message("minutes.approved", lang, date=long_date(meeting.minutes_approved_on, lang))


def _next_meeting(doc: ReportDocument, data: MinutesData, lang: str) -> None:
    """When and where the table meets next: "Volgende bijeenkomst: dinsdag 14 mei 2024, ..."."""
    upcoming = data.next_meeting
    if upcoming is None:
        return
    parts = [when(upcoming.starts_at, None, lang), upcoming.location.strip()]
    label = message("minutes.next_meeting", lang)
    doc.paragraph(", ".join(part for part in parts if part), bold_label=label)
    last_paragraph(doc).paragraph_format.space_before = Pt(12)


def _adoption_line(doc: ReportDocument, data: MinutesData, lang: str) -> None:
    """An adopted verslag ends with when it was adopted: in which meeting, else on which day."""
    day = data.meeting.minutes_approved_on
    if data.meeting.status is not MeetingStatus.MINUTES_APPROVED or day is None:
        return
    key = "minutes.adopted_in" if data.adopted_in == day else "minutes.adopted_on"
    doc.paragraph(message(key, lang, date=long_date(day, lang)), italic=True)


def _header(doc: ReportDocument, data: MinutesData, lang: str) -> None:
    """Title, table and status, then when and where, and who was there and who was not."""
    meeting = data.meeting
    doc.title(meeting.title.strip())
    table = meeting.table_title.strip()
    above = [table] if table and table != meeting.title.strip() else []
    doc.subtitle("\n".join([*above, status_line(data, lang)]))
    rows: list[tuple[str, Sequence[str]]] = [
        (message("meeting.date", lang), [when(meeting.starts_at, meeting.ends_at, lang)]),
        (message("meeting.place", lang), [meeting.location]),
        (
            message("minutes.present", lang),
            [attendee_line(a, lang) for a in order_present(data.attendees)],
        ),
    ]
    for key, status in _NOT_PRESENT:
        people = by_status(data.attendees, status)
        rows.append((message(key, lang), [with_affiliation(a.person) for a in people]))
    details(doc, rows)


def _item(doc: ReportDocument, number: int, entry: AgendaEntry, lang: str, internal: bool) -> None:
    """One agenda item: its minutes, its decisions with their numbers, the actions agreed.

    The internal version says when it was really discussed (the live mode recorded it).
    """
    heading = f"{number}. {entry.title.strip()}"
    if entry.confidential:
        _marked_heading(doc, heading)
    else:
        doc.heading(heading)
    if internal and entry.discussed_from and entry.discussed_until:
        times = f"{time_of_day(entry.discussed_from, lang)}-"
        times += time_of_day(entry.discussed_until, lang)
        doc.paragraph(message("minutes.discussed", lang, times=times), italic=True)
    if entry.minutes.strip():
        doc.plain_text(entry.minutes)
    elif not entry.decisions and not entry.actions:  # not a bare heading
        doc.paragraph(message("minutes.no_minutes", lang), italic=True)
    for decision in entry.decisions:
        if decision.confidential and not entry.confidential:
            doc.confidential_mark()
        caption = message("minutes.decision", lang, number=decision.number)
        doc.paragraph(decision.text.strip(), bold_label=caption)
    for action in entry.actions:
        if action.confidential and not entry.confidential:
            doc.confidential_mark()
        caption = message("minutes.action", lang, number=action.number)
        doc.paragraph(action_text(action, lang), bold_label=caption)


def _marked_heading(doc: ReportDocument, text: str) -> None:
    """A heading with the "Vertrouwelijk" mark right above it, kept on its page."""
    doc.confidential_mark()
    mark = last_paragraph(doc).paragraph_format
    doc.heading(text)
    heading = last_paragraph(doc)
    style = heading.style.paragraph_format if heading.style is not None else None
    mark.space_before = (style.space_before if style else None) or Pt(18)
    mark.keep_with_next = True
    heading.paragraph_format.space_before = Pt(0)


def action_text(action: Action, lang: str) -> str:
    """Wat, then wie and wanneer in brackets: "Notitie sturen (B. Bakker, uiterlijk ...)."."""
    who_when = []
    if action.owner is not None:
        who_when.append(initials_name(action.owner))
    if action.due_on is not None:
        who_when.append(message("minutes.action_due", lang, date=long_date(action.due_on, lang)))
    what = action.description.strip()
    if not who_when:
        return what
    stop = "." if what.endswith(".") else ""  # the full stop goes after the brackets
    return f"{what.removesuffix(stop)} ({', '.join(who_when)}){stop}"


def _decisions(doc: ReportDocument, decisions: Sequence[Decision], lang: str) -> None:
    """The besluitenlijst of this meeting: Nr, Datum, Besluit."""
    doc.heading(message("minutes.decisions", lang))
    if not decisions:
        doc.paragraph(message("minutes.no_decisions", lang))
        return
    headers = [message(key, lang) for key in ("meeting.col_number", "minutes.col_date")]
    headers.append(message("minutes.col_decision", lang))
    rows = []
    for decision in decisions:
        text = decision.text.strip()
        if decision.confidential:
            text = f"{message('report.confidential', lang)}\n{text}"
        rows.append((str(decision.number), sortable_date(decision.taken_on), text))
    doc.table(headers, rows, widths_cm=fit_widths(doc, DECISION_WIDTHS_CM, 2))
    keep_end_together(doc)
    for cells, decision in zip(body_rows(doc), decisions, strict=True):
        if decision.confidential:
            mark_cell(cells[2], confidential=True, details_from=None)
